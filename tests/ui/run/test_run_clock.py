"""The shared run clock: one per document, readings on the second, and a resumed crash."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from facilitator.timing import SegmentClock, SegmentState
from facilitator.workspace import open_workspace
from tests.ui.run.timing_fixtures import clock, document, errors, focus, ids  # noqa: F401
from ui.common.document import MeetingDocument
from ui.run.preview import RunPreviewWindow
from ui.run.projector import ProjectorWindow
from ui.run.run_clock import AFTER_BOUNDARY_MS, IDLE_INTERVAL_MS, RunClock
from ui.run.run_view import RunView


def test_views_of_one_meeting_share_one_clock(qtbot, document, clock) -> None:  # noqa: F811
    view = RunView(document, clock)
    projector = ProjectorWindow(document, clock)
    qtbot.addWidget(view)
    qtbot.addWidget(projector)
    view.show()
    projector.show()
    assert view.run_clock is projector.run_clock is RunClock.of(document, clock)
    view.run_clock.toggle()
    clock.advance(75)
    view.run_clock.tick()
    assert view.countdown.text() == projector.countdown.text() == "08:45"


def test_hidden_views_skip_the_readings_and_catch_up_when_shown(qtbot, document,  # noqa: F811
                                                                clock) -> None:  # noqa: F811
    projector = ProjectorWindow(document, clock)
    qtbot.addWidget(projector)
    projector.run_clock.toggle()
    clock.advance(60)
    projector.run_clock.tick()
    assert projector.countdown.text() == "--:--"  # hidden: nothing was laid out or painted
    projector.show()
    assert projector.countdown.text() == "09:00"


def test_next_reading_comes_just_after_the_next_second(document, clock) -> None:  # noqa: F811
    run_clock = RunClock.of(document, clock)
    assert run_clock.timer.remainingTime() <= IDLE_INTERVAL_MS  # idle: once a second
    run_clock.toggle()
    clock.advance(12.3)
    run_clock.tick()
    assert run_clock.timer.isSingleShot()
    assert run_clock.timer.interval() == 700 + AFTER_BOUNDARY_MS


def test_reopened_after_a_crash_the_view_shows_the_running_item(qtbot, db_path, ws, ids,  # noqa: F811
                                                               clock) -> None:  # noqa: F811
    SegmentClock(ws, 1, clock).start()
    clock.advance(4 * 60)
    ws.close()  # the app dies here
    clock.advance(90)  # and is started again a minute and a half later
    reopened = open_workspace(db_path)
    try:
        view = RunView(MeetingDocument(reopened, 1), clock)
        qtbot.addWidget(view)
        view.show()
        assert view.state_label.text() == "Running"
        assert view.countdown.text() == "04:30"  # 10 minutes − 4 − 1.5
    finally:
        view.run_clock.timer.stop()
        reopened.close()


def test_preview_window_hosts_the_console_with_undo(qtbot, ws, ids, clock) -> None:  # noqa: F811
    window = RunPreviewWindow(ws, 1, clock, tz=dt.UTC)
    qtbot.addWidget(window)
    focus(qtbot, window)
    window.run_view.setFocus()
    qtbot.keyClick(window.run_view, Qt.Key.Key_Space)
    assert window.run_view.run_clock.reading.state is SegmentState.RUNNING
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    undo = next(a for a in menus["&Edit"].actions() if a.text().startswith("&Undo"))
    assert undo.text() == "&Undo Start the clock"
    undo.trigger()
    assert window.run_view.state_label.text() == "Not started"
    run_menu = [a.text() for a in menus["&Run"].actions()]
    assert run_menu[:3] == ["Start", "Previous", "Next"]
