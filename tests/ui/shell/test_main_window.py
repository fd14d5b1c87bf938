"""The main window: the meeting list (search, create, duplicate, delete + undo), menus, layout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from facilitator.services import meetings
from ui.app import main_window
from ui.common import dialogs, settings
from ui.plan.page import PlanPage


@pytest.fixture
def window(qtbot, ws, demo_id):
    meetings.create_meeting(ws, title="CMO–CEO alignment review", date="2026-11-10")
    win = main_window(ws)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    return win


def row_titles(window) -> list[str]:
    listed = window.features.meetings.model
    return [listed.index(r, 0).data() for r in range(listed.rowCount())]


def double_click_row(qtbot, window, row: int) -> None:
    table = window.features.meetings.view.table
    rect = table.visualRect(window.features.meetings.model.index(row, 0))
    qtbot.mouseClick(window.features.meetings.view.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    qtbot.mouseDClick(window.features.meetings.view.table.viewport(), Qt.MouseButton.LeftButton,
                      pos=rect.center())


def test_lists_meetings_most_recent_first(window, qtmodeltester) -> None:
    qtmodeltester.check(window.features.meetings.model)
    assert row_titles(window) == ["Sales & Marketing Summit", "CMO–CEO alignment review"]


def test_search_filters_as_you_type(window, qtbot) -> None:
    qtbot.keyClicks(window.features.meetings.view.search, "cmo")
    assert window.features.meetings.model.rowCount() == 1
    assert window.features.meetings.model.index(0, 0).data() == "CMO–CEO alignment review"
    window.features.meetings.view.search.clear()
    assert window.features.meetings.model.rowCount() == 2


def test_double_click_opens_the_meeting_in_all_parts(window, qtbot, demo_id) -> None:
    assert window.document is None
    with qtbot.waitSignal(window.documentChanged) as opened:
        double_click_row(qtbot, window, 0)
    assert opened.args[0] is window.document and window.document.meeting_id == demo_id
    assert isinstance(window.meeting_tabs.widget(0), PlanPage)
    assert window.meeting_tabs.tabText(0) == "Plan"
    assert window.features.plan.page().agenda.model.rowCount() == 8
    assert window.view("Actions").model.rowCount() == 7
    assert window.view("Decisions").model.rowCount() == 4
    assert window.view("Parking lot").model.rowCount() == 2
    assert "Sales & Marketing Summit" in window.windowTitle()
    window.close_action.trigger()
    assert window.document is None and window.meeting_tabs.count() == 0


def test_create_duplicate_delete_with_confirmation_and_undo(window, qtbot, ws,
                                                            monkeypatch) -> None:
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Strategy offsite")
    qtbot.mouseClick(window.features.meetings.view.new_button, Qt.MouseButton.LeftButton)
    assert "Strategy offsite" in row_titles(window)
    assert window.document is not None  # a new meeting opens at once
    created = window.document.meeting_id
    assert window.undo_action.text() == "&Undo Create meeting “Strategy offsite”"

    window.features.meetings.view.select(created)
    qtbot.mouseClick(window.features.meetings.view.duplicate_button, Qt.MouseButton.LeftButton)
    assert "Strategy offsite (copy)" in row_titles(window)

    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask", lambda parent, title, q: asked.append(q) or False)
    window.features.meetings.view.select(created)
    qtbot.mouseClick(window.features.meetings.view.delete_button, Qt.MouseButton.LeftButton)
    assert "Strategy offsite" in row_titles(window) and "“Strategy offsite”" in asked[0]

    monkeypatch.setattr(dialogs, "ask", lambda *a: True)
    window.open_meeting(created)
    window.features.meetings.view.select(created)
    qtbot.mouseClick(window.features.meetings.view.delete_button, Qt.MouseButton.LeftButton)
    assert "Strategy offsite" not in row_titles(window)
    assert window.document is None  # the open meeting was closed before it went
    assert window.undo_action.text() == "&Undo Delete meeting “Strategy offsite”"
    window.undo_action.trigger()
    assert "Strategy offsite" in row_titles(window)
    assert meetings.get_meeting(ws, created).title == "Strategy offsite"
    window.redo_action.trigger()
    assert "Strategy offsite" not in row_titles(window)


def test_blank_title_is_refused_inline(window, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "   ")
    qtbot.mouseClick(window.features.meetings.view.new_button, Qt.MouseButton.LeftButton)
    assert window.features.meetings.view.message.isVisible()
    assert "Title cannot be blank" in window.features.meetings.view.message.text()
    assert window.features.meetings.model.rowCount() == 2


def test_capture_shortcuts_open_inline_entries(window, qtbot, demo_id) -> None:
    window.open_meeting(demo_id)
    table, ctrl = window.features.meetings.view.table, Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(table, Qt.Key.Key_D, ctrl)
    assert window.view("Decisions").entry.isVisible()
    qtbot.keyClick(table, Qt.Key.Key_T, ctrl)
    assert window.view("Actions").entry.isVisible()
    qtbot.keyClick(table, Qt.Key.Key_L, ctrl)
    assert window.view("Parking lot").entry.isVisible()


def test_shortcuts_dialog_lists_every_shortcut(window, qtbot) -> None:
    dialog = window.show_shortcuts()
    qtbot.addWidget(dialog)
    keys = dict(dialog.rows())
    assert keys["Ctrl+D"] == "Decision"
    assert keys["Ctrl+T"] == "Action item"
    assert keys["Ctrl+L"] == "Park a point"
    assert "Alt+Up / Alt+Down" in keys
    assert any(k.startswith("Ctrl+Z") for k in keys)
    assert keys["F1 or Ctrl+/"] == "Keyboard shortcuts"


def test_dock_layout_persists(qtbot, ws, demo_id, tmp_path) -> None:
    assert settings.settings().fileName().startswith(str(tmp_path))  # never the user's own
    first = main_window(ws)
    qtbot.addWidget(first)
    first.show()
    first.docks["Parking lot"].hide()
    first.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, first.docks["Notes"])
    first.close()
    second = main_window(ws)
    qtbot.addWidget(second)
    second.show()
    assert not second.docks["Parking lot"].isVisible()
    notes: QDockWidget = second.docks["Notes"]
    assert second.dockWidgetArea(notes) == Qt.DockWidgetArea.LeftDockWidgetArea


def test_undo_of_creating_the_open_meeting_closes_it(window, qtbot, monkeypatch) -> None:
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Short-lived")
    window.features.meetings.new_action.trigger()
    assert window.document is not None
    window.undo_action.trigger()
    assert window.document is None and "Short-lived" not in row_titles(window)


def test_reopens_the_meeting_open_at_the_last_close(qtbot, ws, demo_id) -> None:
    other = meetings.create_meeting(ws, title="Budget review", date="2020-01-01").id
    first = main_window(ws)
    qtbot.addWidget(first)
    first.reopen_last_meeting()  # the first time: the most recent meeting
    assert first.document.meeting_id == demo_id
    first.open_meeting(other)
    first.close()
    second = main_window(ws)
    qtbot.addWidget(second)
    second.reopen_last_meeting()
    assert second.document.meeting_id == other
    second.close_meeting()
    second.close()
    third = main_window(ws)
    qtbot.addWidget(third)
    third.reopen_last_meeting()  # the user had closed it: nothing opens
    assert third.document is None


def test_other_parts_plug_in_as_tabs_and_docks(window, qtbot, ws, demo_id) -> None:
    from PySide6.QtWidgets import QLabel

    built: list[int] = []

    def extra_view(document):
        built.append(document.meeting_id)
        return QLabel(f"extra {document.meeting_id}")

    window.add_meeting_tab("Extra", extra_view)
    window.add_meeting_dock("Side", "sideDock", lambda d: QLabel(f"side {d.meeting_id}"))
    window.add_meeting_tab("Never", lambda d: None)  # a factory may add no tab
    later: list[int] = []

    def later_view(document):
        later.append(document.meeting_id)
        return QLabel(f"later {document.meeting_id}")

    window.add_meeting_tab("Later", later_view, later=True)
    window.add_meeting_tab("Not here", later_view, later=True, shown=lambda d: False)
    other = meetings.create_meeting(ws, title="Other").id
    window.features.meetings.model.refresh()
    window.open_meeting(demo_id)
    tabs = [window.meeting_tabs.tabText(i) for i in range(window.meeting_tabs.count())]
    assert tabs == ["Plan", "Run", "Board", "Extra", "Later"]
    assert window.view("Side").text() == f"side {demo_id}"
    assert later == []  # a later tab is built when it first shows
    window.meeting_tabs.setCurrentIndex(4)
    assert window.meeting_tabs.currentWidget().text() == f"later {demo_id}"
    assert later == [demo_id]
    window.open_meeting(other)
    assert window.meeting_tabs.widget(3).text() == f"extra {other}"
    assert built == [demo_id, other]
    assert window.meeting_page("Later").text() == f"later {other}"  # or when asked for
    assert window.meeting_tabs.widget(4).text() == f"later {other}"
    assert later == [demo_id, other]
    assert window.docks["Side"].toggleViewAction() in window.view_menu.actions()


def test_agenda_menu_moves_and_deletes_the_selected_item(window, qtbot, ws, demo_id) -> None:
    window.open_meeting(demo_id)
    window.features.plan.page().agenda.select_row(0)
    move_up, move_down, delete = window.features.plan.agenda_item_actions
    assert move_down.text() == "Move item &down\tAlt+Down"
    move_down.trigger()
    titles = [i.title for i in window.features.plan.page().agenda.model.rows()]
    assert titles[:2] == ["Case study: the Nordbank win and the Alder loss",
                          "Welcome, objectives and regional targets"]
    move_up.trigger()
    delete.trigger()
    assert window.features.plan.page().agenda.model.rowCount() == 7
    assert window.undo_action.text().startswith("&Undo Delete agenda item “Welcome")
    window.undo_action.trigger()
    assert window.features.plan.page().agenda.model.rowCount() == 8


def test_undo_brings_back_a_deleted_meeting_after_typing_in_it(qtbot, ws, demo_id,
                                                                monkeypatch) -> None:
    from tests.ui.window_helpers import new_window, type_into

    monkeypatch.setattr(dialogs, "ask", lambda *a, **k: True)
    window = new_window(qtbot, ws, demo_id)
    window.features.capture.focus_notes()
    type_into(qtbot, window.features.capture.notes_editor().editor, " and more")
    qtbot.waitUntil(lambda: window.document.undo_stack.count() > 0, timeout=3000)
    window.features.meetings.view.select(demo_id)
    delete = next(a for a in window.file_menu.actions() if a.text() == "&Delete meeting…")
    delete.trigger()
    qtbot.wait(50)  # let the closed meeting's widgets go, as the event loop would
    assert meetings.list_meetings(ws) == []
    assert window.undo_action.isEnabled()
    assert window.undo_action.text().startswith("&Undo Delete meeting")
    window.undo_action.trigger()
    assert [m.id for m in meetings.list_meetings(ws)] == [demo_id]
