"""Table columns sized to their contents when rows come or change, not at every layout pass."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Slot
from PySide6.QtWidgets import QHeaderView, QTableView

# A change to at most this many rows widens the columns for those rows only; a larger one
# (a refresh of the whole table) measures the column again (over CONTENTS_ROWS rows).
_FEW_ROWS = 8


class ColumnFitter(QObject):
    """Keeps `columns` of `table` as wide as their contents, like ResizeToContents, but
    measures only when the rows change, and only while shown (a hidden table is measured when
    it shows): ResizeToContents measures every column again at each
    layout pass (several while a meeting opens) and on every repaint of a cell. The columns stay
    Interactive, so the facilitator can also drag them wider or narrower."""

    def __init__(self, table: QTableView, columns: Iterable[int]) -> None:
        super().__init__(table)
        self.table = table
        self.columns = tuple(columns)
        header = table.horizontalHeader()
        for column in self.columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        model = table.model()
        model.modelReset.connect(self.fit)
        model.layoutChanged.connect(self.fit)
        model.rowsInserted.connect(self._inserted)
        model.dataChanged.connect(self._changed)
        table.installEventFilter(self)  # measured when shown (in its final font and style)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.table and event.type() == QEvent.Type.Show:
            self.fit()
        return False

    @Slot()
    def fit(self) -> None:
        if not self.table.isVisible():
            return  # on a hidden tab or dock: measured when it shows (eventFilter)
        for column in self.columns:
            self.table.resizeColumnToContents(column)

    @Slot(QModelIndex, int, int)
    def _inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        self._widen(first, last, self.columns)

    @Slot(QModelIndex, QModelIndex)
    def _changed(self, top: QModelIndex, bottom: QModelIndex) -> None:
        columns = [c for c in self.columns if top.column() <= c <= bottom.column()]
        if columns:
            self._widen(top.row(), bottom.row(), columns)

    def _widen(self, first: int, last: int, columns: Iterable[int]) -> None:
        if not self.table.isVisible():
            return
        if last - first >= _FEW_ROWS:
            for column in columns:
                self.table.resizeColumnToContents(column)
            return
        model, grid = self.table.model(), 1 if self.table.showGrid() else 0
        for column in columns:
            width = max(self.table.sizeHintForIndex(model.index(row, column)).width()
                        for row in range(first, last + 1)) + grid
            if width > self.table.columnWidth(column):
                self.table.setColumnWidth(column, width)
