"""The window's menus and toolbar as named slots that the features fill (see MenuSlot)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from ui.shell.contract import MenuSlot

# The menus in the bar, and the slots each holds in order. File's own actions (Close meeting,
# Quit) come after its slots.
_MENUS: tuple[tuple[str, tuple[MenuSlot, ...]], ...] = (
    ("&File", (MenuSlot.FILE_NEW, MenuSlot.FILE_MEETING, MenuSlot.FILE_EXPORT)),
    ("&Edit", (MenuSlot.EDIT,)),
    ("&Capture", (MenuSlot.CAPTURE,)),
    ("&Agenda", (MenuSlot.AGENDA,)),
    ("&Run", (MenuSlot.RUN,)),
    ("&Board", (MenuSlot.BOARD,)),
    ("&View", (MenuSlot.VIEW,)),
    ("&Help", (MenuSlot.HELP,)),
)
# The toolbar: new meetings, then undo and redo, then the captures.
_TOOLBAR = (MenuSlot.FILE_NEW, MenuSlot.EDIT, MenuSlot.CAPTURE)


class Menus:
    """Each slot ends at a marker (a separator) before which its actions go, so that a feature
    installed later still puts its actions in their place."""

    def __init__(self, window: QMainWindow) -> None:
        bar = window.menuBar()
        self.menus: dict[MenuSlot, QMenu] = {}
        self._ends: dict[MenuSlot, QAction] = {}
        for title, slots in _MENUS:
            menu = bar.addMenu(title)
            for slot in slots:
                self.menus[slot] = menu
                if len(slots) > 1:  # a menu of one slot just grows at its end
                    self._ends[slot] = menu.addSeparator()
        self.toolbar = QToolBar("Main", window)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        window.addToolBar(self.toolbar)
        self._tool_ends = {slot: self.toolbar.addSeparator() for slot in _TOOLBAR}

    def menu(self, slot: MenuSlot) -> QMenu:
        return self.menus[slot]

    def add(self, slot: MenuSlot, action: QAction, *, toolbar: bool = False) -> None:
        end = self._ends.get(slot)
        if end is None:
            self.menus[slot].addAction(action)
        else:
            self.menus[slot].insertAction(end, action)
        if toolbar:
            self.toolbar.insertAction(self._tool_ends[slot], action)
