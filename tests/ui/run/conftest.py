"""The run feature's fixtures."""

from __future__ import annotations

import pytest

from tests.ui.run.timing_fixtures import clock, document, errors, focus, ids  # noqa: F401
from ui.run.projector import ProjectorWindow
from ui.run.run_view import RunView


@pytest.fixture
def projector(qtbot, document, clock):  # noqa: F811
    window = ProjectorWindow(document, clock)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    focus(qtbot, window)
    return window


@pytest.fixture
def view(qtbot, document, clock):  # noqa: F811
    v = RunView(document, clock)
    qtbot.addWidget(v)
    v.resize(1280, 760)
    focus(qtbot, v)
    return v
