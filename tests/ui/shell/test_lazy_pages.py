"""Hidden tabs and tabbed-away docks are built on first show; one edit is one refresh."""

from __future__ import annotations

import pytest

from facilitator.clock import FakeClock
from facilitator.services import agenda
from tests.ui.window_helpers import make_meeting
from ui.app import main_window
from ui.capture.action_view import ActionView
from ui.capture.decision_log_view import DecisionLogView
from ui.capture.notes_editor import NotesEditor
from ui.capture.parking_lot_view import ParkingLotView
from ui.common.document import Topic


@pytest.fixture
def window(qtbot, ws):
    win = main_window(ws, FakeClock())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_tabbed_away_docks_wait_until_raised(window, qtbot, demo_id) -> None:
    window.open_meeting(demo_id)
    # Shown at open: Notes, and Decisions (in front of its tabbed group).
    assert isinstance(window.docks["Notes"].widget(), NotesEditor)
    assert isinstance(window.docks["Decisions"].widget(), DecisionLogView)
    assert not isinstance(window.docks["Actions"].widget(), ActionView)
    assert not isinstance(window.docks["Parking lot"].widget(), ParkingLotView)
    window.docks["Parking lot"].raise_()
    qtbot.waitUntil(lambda: isinstance(window.docks["Parking lot"].widget(), ParkingLotView))
    # Ctrl+T raises the Actions dock and starts an entry: the dock is built on demand.
    assert window.features.capture.action_action.shortcut().toString() == "Ctrl+T"
    window.features.capture.action_action.trigger()
    view = window.docks["Actions"].widget()
    assert isinstance(view, ActionView) and window.view("Actions") is view
    qtbot.waitUntil(lambda: view.isVisible())


def test_view_builds_a_dock_that_has_not_shown(qtbot, ws, demo_id) -> None:
    window = main_window(ws, FakeClock())  # never shown: nothing is built until asked for
    qtbot.addWidget(window)
    window.open_meeting(demo_id)
    assert not isinstance(window.docks["Decisions"].widget(), DecisionLogView)
    assert isinstance(window.view("Decisions"), DecisionLogView)
    assert window.docks["Decisions"].widget() is window.view("Decisions")
    plan = window.features.plan.page()
    assert plan is not None and plan.agenda.model.rowCount() == 8


def test_a_clock_jump_reads_the_clock_and_refreshes_the_list_once(window, qtbot, ws,
                                                                   monkeypatch) -> None:
    meeting_id = make_meeting(ws)
    window.open_meeting(meeting_id)
    run_view = window.features.run.run_view
    assert run_view is not None
    refreshes: list[int] = []
    original = window.features.meetings.model.refresh
    monkeypatch.setattr(window.features.meetings.model, "refresh",
                        lambda *a: (refreshes.append(1), original(*a))[1])
    readings: list[object] = []
    run_view.run_clock.ticked.connect(readings.append)
    edits: list[frozenset[Topic]] = []
    window.document.edited.connect(edits.append)
    items = agenda.list_items(ws, meeting_id=meeting_id)
    assert run_view.run_clock.jump(items[1].id, window)
    assert edits == [frozenset({Topic.CLOCK, Topic.AGENDA})]
    assert len(readings) == 1 and len(refreshes) == 1
    assert readings[0].current.item.id == items[1].id
    window.undo_action.trigger()  # undo is one edit too
    assert len(readings) == 2 and len(refreshes) == 2
    assert agenda.list_items(ws, meeting_id=meeting_id)[1].status.value == "pending"
