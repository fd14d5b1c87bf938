"""The whole window: run tab, board tab, projector pages, exports and series wired together."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from facilitator import series
from facilitator.clock import FakeClock
from facilitator.domain import ItemStatus
from facilitator.services import agenda, board, capture
from tests.ui.window_helpers import make_meeting
from ui.app import main_window
from ui.board.board_projector_view import BoardProjectorView
from ui.board.board_view import BoardView
from ui.common.document import Topic
from ui.minutes import export_actions
from ui.run.run_view import RunView
from ui.shell.main_window import MainWindow


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def window(qtbot, ws, clock):
    win = main_window(ws, clock)
    qtbot.addWidget(win)
    win.show()
    return win


def tab(window: MainWindow, title: str):
    """The tab's page as the user gets it: clicking the tab (hidden tabs build on first show)."""
    titles = [window.meeting_tabs.tabText(i) for i in range(window.meeting_tabs.count())]
    if title not in titles:
        return None
    bar = window.meeting_tabs.tabBar()
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(titles.index(title)).center())
    return window.meeting_tabs.currentWidget()


def test_run_tab_drives_the_clock_and_notes_follow(window, qtbot, ws, clock) -> None:
    meeting_id = make_meeting(ws)
    window.open_meeting(meeting_id)
    run = tab(window, "Run")
    assert isinstance(run, RunView)
    window.meeting_tabs.setCurrentWidget(run)
    run.setFocus()
    qtbot.keyClick(run, Qt.Key.Key_Space)  # start
    items = agenda.list_items(ws, meeting_id=meeting_id)
    assert items[0].status is ItemStatus.ACTIVE
    clock.advance(5 * 60)
    qtbot.keyClick(run, Qt.Key.Key_PageDown)  # next
    items = agenda.list_items(ws, meeting_id=meeting_id)
    assert [i.status for i in items[:2]] == [ItemStatus.DONE, ItemStatus.ACTIVE]
    assert window.features.capture.notes_editor() is not None
    qtbot.waitUntil(lambda: window.features.capture.notes_editor().item_id == items[1].id)
    assert window.features.capture.current_item_id() == items[1].id
    # The Run menu offers the run view's controls; Ctrl+Z undoes the last clock step.
    assert run.next_action in window.features.run.menu.actions()
    assert window.undo_action.text() == "&Undo Next agenda item"
    window.undo_action.trigger()
    items = agenda.list_items(ws, meeting_id=meeting_id)
    assert items[0].status is ItemStatus.ACTIVE and items[1].status is ItemStatus.PENDING


def test_board_tab_and_board_on_the_projector(window, qtbot, ws, demo_id) -> None:
    window.open_meeting(demo_id)
    # Not built while hidden: the Board menu waits for it.
    assert window.features.board.board_view is None and not window.features.board.menu.actions()
    view = tab(window, "Board")
    assert isinstance(view, BoardView)
    assert set(view.board_actions()) <= set(window.features.board.menu.actions())
    window.features.board.project_action.trigger()
    projector = window.features.run.run_view.projector()
    qtbot.addWidget(projector)
    assert projector.isVisible()
    assert projector.page() == "board" and window.features.board.project_action.isChecked()
    board_page = projector.findChild(BoardProjectorView)
    assert board_page is not None
    # V on the projector goes on to the next page (the vote's), then round to the clock.
    qtbot.keyClick(projector, Qt.Key.Key_V)
    assert projector.page() == "vote"
    qtbot.keyClick(projector, Qt.Key.Key_V)
    assert projector.page() == "clock"
    # A card added on the console is on the projector's board.
    before = board_page.model.quadrants[3].rowCount()
    window.document.edit("Add card", Topic.BOARD, lambda: board.add_card(
        ws, meeting_id=demo_id, quadrant=3, text="Monthly joint offsite"), lambda: None)
    texts = [c.text for c in board_page.model.quadrants[3].cards()]
    assert len(texts) == before + 1 and "Monthly joint offsite" in texts


def test_board_menu_builds_the_board_tab_when_it_opens(window, qtbot, demo_id) -> None:
    window.open_meeting(demo_id)
    assert window.features.board.board_view is None
    window.features.board.menu.aboutToShow.emit()
    board = window.features.board.board_view
    assert isinstance(board, BoardView)
    assert set(board.board_actions()) <= set(window.features.board.menu.actions())
    assert window.meeting_page("Board") is board


def test_export_minutes_from_the_file_menu(window, ws, demo_id, tmp_path: Path,
                                           monkeypatch) -> None:
    target = tmp_path / "minutes.docx"
    monkeypatch.setattr(export_actions, "ask_save_path", lambda *a: target)
    monkeypatch.setattr(export_actions, "ask_open_folder", lambda *a: False)
    window.open_meeting(demo_id)
    action = next(a for a in window.file_menu.actions() if a.text() == "Export &minutes…")
    assert action.isEnabled()
    action.trigger()
    document = docx.Document(str(target))
    assert document.paragraphs[0].text == "Sales & Marketing Summit"
    assert "Minutes written to" in window.statusBar().currentMessage()


def test_review_tab_only_for_meetings_that_carry_actions(window, ws, demo_id) -> None:
    window.open_meeting(demo_id)
    assert tab(window, "Review") is None
    nxt = series.next_meeting(ws, meeting_id=demo_id, title="Summit follow-up")
    open_actions = [a for a in capture.list_actions(ws, meeting_id=demo_id)
                    if a.status.value == "open"]
    window.features.meetings.model.refresh()
    window.open_meeting(nxt.id)
    review = tab(window, "Review")
    assert review is not None
    assert review.model.rowCount() == len(open_actions)


def test_meeting_actions_disabled_without_a_meeting(window) -> None:
    names = ("Export &minutes…", "Export a&genda…", "Ne&xt meeting of the series…")
    actions = [a for a in window.file_menu.actions() if a.text() in names]
    assert len(actions) == 3 and not any(a.isEnabled() for a in actions)
    template = next(a for a in window.file_menu.actions()
                    if a.text() == "New meeting from &template…")
    assert template.isEnabled()


def test_clicker_keys_work_anywhere_but_in_text(window, qtbot, ws) -> None:
    meeting_id = make_meeting(ws)
    window.open_meeting(meeting_id)
    with qtbot.waitActive(window):
        window.activateWindow()
    # Focus in the meeting list, as after a double-click.
    window.features.meetings.view.table.setFocus()
    qtbot.keyClick(window.features.meetings.view.table, Qt.Key.Key_PageDown)
    items = agenda.list_items(ws, meeting_id=meeting_id)
    assert items[0].status is ItemStatus.ACTIVE
    # While typing notes, Page Down and B are the editor's, not the clock's.
    editor = window.features.capture.notes_editor().editor
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_B)
    qtbot.keyClick(editor, Qt.Key.Key_PageDown)
    items = agenda.list_items(ws, meeting_id=meeting_id)
    assert items[0].status is ItemStatus.ACTIVE and items[1].status is ItemStatus.PENDING
    assert window.features.run.run_view.projector().is_blank() is False
    window.features.meetings.view.table.setFocus()
    qtbot.keyClick(window.features.meetings.view.table, Qt.Key.Key_PageDown)
    assert agenda.list_items(ws, meeting_id=meeting_id)[1].status is ItemStatus.ACTIVE
    qtbot.keyClick(window.features.meetings.view.table, Qt.Key.Key_B)
    assert window.features.run.run_view.projector().is_blank() is True


def test_run_tab_takes_the_keys_when_chosen(window, qtbot, ws) -> None:
    window.open_meeting(make_meeting(ws))
    with qtbot.waitActive(window):
        window.activateWindow()
    window.meeting_tabs.setCurrentWidget(tab(window, "Run"))
    qtbot.waitUntil(lambda: tab(window, "Run").hasFocus())


def test_quitting_closes_the_projector(window, qtbot, ws) -> None:
    window.open_meeting(make_meeting(ws))
    window.features.run.run_view.show_projector()
    projector = window.features.run.run_view.projector()
    qtbot.addWidget(projector)
    assert projector.isVisible()
    window.close()
    assert not projector.isVisible()


def test_a_finished_meeting_asks_before_the_clock_runs_again(window, qtbot, ws, monkeypatch
                                                             ) -> None:
    from ui.run import run_clock

    meeting_id = make_meeting(ws)
    window.open_meeting(meeting_id)
    run = tab(window, "Run")
    run.run_clock.toggle()
    run.run_clock.finish()
    asked: list[bool] = []
    monkeypatch.setattr(run_clock, "confirm_reopen", lambda parent: asked.append(True) or False)
    window.meeting_tabs.setCurrentWidget(run)
    run.setFocus()
    qtbot.keyClick(run, Qt.Key.Key_Space)
    qtbot.keyClick(run, Qt.Key.Key_PageDown)
    assert len(asked) == 2
    assert run.run_clock.reading.meeting.status.value == "finished"
    monkeypatch.setattr(run_clock, "confirm_reopen", lambda parent: True)
    qtbot.keyClick(run, Qt.Key.Key_Space)
    assert run.run_clock.reading.meeting.status.value == "running"
