"""The keyboard shortcuts help (F1): every menu action with a shortcut, grouped by menu."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

EXTRA = [
    ("Agenda table", "Alt+Up / Alt+Down", "Move the selected item up / down"),
    ("Agenda table", "Delete", "Delete the selected item"),
    ("Agenda table", "F2 or typing", "Edit the cell in place"),
    ("Any table", "Delete", "Delete the selected decision, action, point or participant"),
    ("Capture entry", "Enter / Esc", "Save the entry / close it"),
    ("Notes", "(typing)", "Saved as you type and when you leave the editor"),
    ("Votes", "Digits, Tab", "Type the counted hands; each count is saved as you leave it"),
    ("Votes", "Ctrl+Return", "Record the selected vote as a decision"),
    ("Votes", "F2 / Delete", "Edit / delete the selected vote"),
    ("Projector", "R", "Reveal or hide the results (on the vote's page)"),
]


def shortcut_rows(menu_bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, keys, what) for each action of the menus that has a shortcut."""
    rows: list[tuple[str, str, str]] = []
    for top in menu_bar.actions():
        menu = top.menu()
        if not isinstance(menu, QMenu):  # None for a plain action
            continue
        for action in menu.actions():
            keys = [k.toString(QKeySequence.SequenceFormat.NativeText)
                    for k in action.shortcuts() if not k.isEmpty()]
            if keys and isinstance(action, QAction):
                text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
                rows.append((top.text().replace("&", ""), " or ".join(keys), text))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, menu_bar: QMenuBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(["Keys", "Does"])
        self.tree.setRootIsDecorated(False)
        groups: dict[str, QTreeWidgetItem] = {}
        for group, keys, what in [*shortcut_rows(menu_bar), *EXTRA]:
            if group not in groups:
                groups[group] = QTreeWidgetItem(self.tree, [group])
                font = groups[group].font(0)
                font.setBold(True)
                groups[group].setFont(0, font)
            QTreeWidgetItem(groups[group], [keys, what])
        self.tree.expandAll()
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(580, 540)

    def rows(self) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            assert group is not None
            for j in range(group.childCount()):
                child = group.child(j)
                assert child is not None
                out.append((child.text(0), child.text(1)))
        return out
