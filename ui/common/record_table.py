"""The table of records that the capture docks share (decisions, actions, parking lot)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QTableView


def record_table(model: QAbstractItemModel) -> QTableView:
    """One row per record, selected whole; one line per row, alternating colours."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    return table


def delete_action(table: QTableView, text: str, slot: Callable[[], object]) -> QAction:
    """Del deletes the selected record while the table has the focus (not Ctrl+D: see
    ui/main_menus.py, where Ctrl+D captures a decision)."""
    action = QAction(text, table)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
    action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
    action.triggered.connect(slot)
    table.addAction(action)
    return action
