"""The main window's menus and toolbar: QActions with standard shortcuts, set on the window."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from ui.common.commands import edit_actions

if TYPE_CHECKING:
    from ui.shell.main_window import MainWindow

# Capture keys: one chord each. Ctrl+L ("parking Lot") leaves Ctrl+P to printing.
# Notes: Ctrl+Shift+N or F6 (line edits keep Ctrl+E for "end of line" on Linux).
DECISION_KEY, ACTION_KEY, PARK_KEY = "Ctrl+D", "Ctrl+T", "Ctrl+L"
NOTES_KEYS = ("Ctrl+Shift+N", "F6")


def _action(window: MainWindow, text: str, slot: Callable[[], object], *keys: object,
            menu: object = None) -> QAction:
    action = QAction(text, window)
    action.setShortcuts([QKeySequence(k) for k in keys if not QKeySequence(k).isEmpty()])
    action.triggered.connect(slot)
    if menu is not None:
        menu.addAction(action)  # type: ignore[attr-defined]
    return action


def build_menus(window: MainWindow) -> None:
    """File, Edit, Capture, Agenda, View and Help, and the main toolbar; the actions become
    attributes of the window (new_action, undo_action, decision_action, quit_action...)."""
    w = window
    bar = w.menuBar()
    w.file_menu = bar.addMenu("&File")
    # The meeting list arrives with the workspace (attach_workspace): until then these wait.
    w.new_action = _action(w, "&New meeting…", lambda: w.meeting_list.create_meeting(),
                           QKeySequence.StandardKey.New, menu=w.file_menu)
    w.workspace_actions += [
        w.new_action,
        _action(w, "&Find meeting", w.find_meeting, QKeySequence.StandardKey.Find,
                QKeySequence.StandardKey.Open, menu=w.file_menu),
        _action(w, "D&uplicate meeting", lambda: w.meeting_list.duplicate_selected(),
                menu=w.file_menu),
        _action(w, "&Delete meeting…", lambda: w.meeting_list.delete_selected(),
                menu=w.file_menu),
    ]
    w.close_action = _action(w, "&Close meeting", w.close_meeting,
                             QKeySequence.StandardKey.Close, menu=w.file_menu)
    w.file_menu.addSeparator()
    w.quit_action = _action(w, "&Quit", w.close, "Ctrl+Q", menu=w.file_menu)

    w.edit_menu = bar.addMenu("&Edit")
    w.undo_action, w.redo_action = edit_actions(w.undo_group, w, w.report_failure,
                                                  w.flush_notes)
    w.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
    w.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    for action in (w.undo_action, w.redo_action):
        w.edit_menu.addAction(action)

    w.capture_menu = bar.addMenu("&Capture")
    w.decision_action = _action(w, "&Decision", lambda: w.capture("Decisions"), DECISION_KEY,
                                menu=w.capture_menu)
    w.action_action = _action(w, "&Action item", lambda: w.capture("Actions"), ACTION_KEY,
                              menu=w.capture_menu)
    w.park_action = _action(w, "&Park a point", lambda: w.capture("Parking lot"), PARK_KEY,
                            menu=w.capture_menu)
    w.notes_action = _action(w, "Go to &notes", w.focus_notes, *NOTES_KEYS,
                             menu=w.capture_menu)

    w.agenda_menu = bar.addMenu("&Agenda")
    w.add_item_action = _action(w, "&Add item", w.add_agenda_item, "Ctrl+I",
                                menu=w.agenda_menu)
    # The keys belong to the agenda table (Alt+Up/Down, Del); the menu names them and acts on
    # the selected item. A window-wide shortcut would be ambiguous with the table's own.
    w.agenda_item_actions = []
    for text, keys, verb in (("Move item &up", "Alt+Up", "move_up"),
                             ("Move item &down", "Alt+Down", "move_down"),
                             ("&Delete item", "Del", "delete_selected")):
        action = w.agenda_menu.addAction(f"{text}\t{keys}")
        action.triggered.connect(lambda _=False, verb=verb: w.act_on_agenda(verb))
        w.agenda_item_actions.append(action)

    w.view_menu = bar.addMenu("&View")
    for dock in w.docks.values():
        w.view_menu.addAction(dock.toggleViewAction())
    w.toolbar = w.addToolBar("Main")
    w.toolbar.setObjectName("mainToolbar")
    w.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    for action in (w.new_action, None, w.undo_action, w.redo_action, None, w.decision_action,
                   w.action_action, w.park_action, w.notes_action):
        if action is None:
            w.toolbar.addSeparator()
        else:
            w.toolbar.addAction(action)
    w.view_menu.addSeparator()
    w.view_menu.addAction(w.toolbar.toggleViewAction())

    w.help_menu = bar.addMenu("&Help")
    w.shortcuts_action = _action(w, "&Keyboard shortcuts", w.show_shortcuts,
                                 QKeySequence.StandardKey.HelpContents, "Ctrl+/",
                                 menu=w.help_menu)
    _action(w, "&About Facilitator", w.about, menu=w.help_menu)
