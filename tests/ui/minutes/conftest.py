"""The minutes feature's fixtures."""

from __future__ import annotations

import pytest

from facilitator.workspace import Workspace
from tests.ui.minutes.export_dialogs import Dialogs
from ui.common.document import MeetingDocument


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    return Dialogs(monkeypatch)


@pytest.fixture
def document(ws: Workspace, demo_id: int, qtbot) -> MeetingDocument:
    return MeetingDocument(ws, demo_id)
