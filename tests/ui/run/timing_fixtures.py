"""Fixtures for the run view and projector tests: the kick-off meeting on a fake clock."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from facilitator.clock import FakeClock
from tests.facilitator.timing.meeting import make_meeting
from ui.common.document import MeetingDocument
from ui.run.run_clock import RunClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC))


@pytest.fixture
def ids(ws) -> list[int]:
    return make_meeting(ws)[1]


@pytest.fixture
def document(ws, ids, clock) -> Iterator[MeetingDocument]:
    doc = MeetingDocument(ws, 1)
    run_clock = RunClock(doc, clock, tz=dt.UTC)  # the views share it (the room's zone: UTC)
    yield doc
    run_clock.timer.stop()  # its readings must not outlive the workspace, closed next


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr("ui.run.run_clock.show_error", lambda parent, message: seen.append(message))
    return seen


def focus(qtbot, widget) -> None:
    """Shows the window active with the keyboard focus (shortcuts need both)."""
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    widget.setFocus()
