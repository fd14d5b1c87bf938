"""Columns fitted to their contents as rows are added, edited and reset; still resizable."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView

from ui.common.column_fit import ColumnFitter


def _needed(table: QTableView, column: int) -> int:
    return max(table.sizeHintForColumn(column),
               table.horizontalHeader().sectionSizeHint(column))


def test_columns_follow_their_contents(qtbot) -> None:
    model = QStandardItemModel(0, 2)
    model.setHorizontalHeaderLabels(["Owner", "Text"])
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    ColumnFitter(table, (0,))
    table.show()
    assert table.horizontalHeader().sectionResizeMode(0) is QHeaderView.ResizeMode.Interactive

    model.appendRow([QStandardItem("Al"), QStandardItem("short")])
    narrow = table.columnWidth(0)
    model.appendRow([QStandardItem("Bartholomew Featherstonehaugh"), QStandardItem("x")])
    assert table.columnWidth(0) > narrow and table.columnWidth(0) >= _needed(table, 0)

    model.item(0, 0).setText("Al " * 30)  # an edit to one cell widens its column
    assert table.columnWidth(0) >= _needed(table, 0)

    model.setRowCount(0)  # rows gone (a reset): the column shrinks back to its header
    model.appendRow([QStandardItem("Al"), QStandardItem("short")])
    model.beginResetModel()
    model.endResetModel()
    assert table.columnWidth(0) == _needed(table, 0) and table.columnWidth(0) < narrow * 3


def test_a_hidden_table_is_measured_when_it_shows(qtbot) -> None:
    model = QStandardItemModel(0, 1)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(model)
    ColumnFitter(table, (0,))
    model.appendRow([QStandardItem("Bartholomew Featherstonehaugh")])
    table.show()
    qtbot.waitExposed(table)
    assert table.columnWidth(0) == _needed(table, 0)
