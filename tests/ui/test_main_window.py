"""The first window: lists the workspace's meetings, searches them, remembers its geometry."""

from __future__ import annotations

import pytest

from facilitator.services import meetings
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, ws, demo_id):
    meetings.create_meeting(ws, title="CMO–CEO alignment review", date="2026-11-10")
    win = MainWindow(ws)
    qtbot.addWidget(win)
    win.show()
    return win


def test_lists_meetings_most_recent_first(window, qtmodeltester) -> None:
    qtmodeltester.check(window.meetings)
    titles = [window.meetings.index(r, 0).data() for r in range(window.meetings.rowCount())]
    assert titles == ["Sales & Marketing Summit", "CMO–CEO alignment review"]


def test_search_filters_as_you_type(window, qtbot) -> None:
    qtbot.keyClicks(window.search, "cmo")
    assert window.meetings.rowCount() == 1
    assert window.meetings.index(0, 0).data() == "CMO–CEO alignment review"
    window.search.clear()
    assert window.meetings.rowCount() == 2
