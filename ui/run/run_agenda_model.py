"""The agenda as the clock sees it: times, planned and actual minutes, status per item."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from facilitator.domain import ItemStatus
from facilitator.timing import ItemReading, MeetingReading, format_clock, format_time_of_day

COLUMNS = ("Start", "Item", "Presenter", "Planned", "Actual", "Status")
ACTUAL = COLUMNS.index("Actual")

_STATUS_TEXT = {
    ItemStatus.PENDING: "",
    ItemStatus.DONE: "✓ done",
    ItemStatus.SKIPPED: "skipped",
}
_OVER = QColor("#c62828")
_CURRENT_BG = QColor("#fff3c4")
_DIM = QColor("#8a8f98")

Index = QModelIndex | QPersistentModelIndex


class RunAgendaModel(QAbstractTableModel):
    """Rows are agenda items in order; update(reading) signals only the cells that changed.

    Signals:
        rows_restyled(list): after a clock step, the rows whose status or font changed (the
            table widens its columns for them, without measuring every row again).
    """

    rows_restyled = Signal(list)

    def __init__(self, tz: dt.tzinfo | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self._rows: list[tuple[str, ...]] = []
        self._keys: list[tuple[Any, ...]] = []  # what each row is: a new one resets the model
        self._styles: list[tuple[Any, ...]] = []
        self._reading: MeetingReading | None = None

    def item_id(self, row: int) -> int:
        assert self._reading is not None
        return self._reading.items[row].item.id

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._reading is None:
            return None
        r = self._reading.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.BackgroundRole and r.item.status is ItemStatus.ACTIVE:
            return QBrush(_CURRENT_BG)
        if role == Qt.ItemDataRole.ForegroundRole:
            if index.column() == ACTUAL and r.elapsed > r.item.planned_seconds:
                return QBrush(_OVER)
            if r.item.status in (ItemStatus.DONE, ItemStatus.SKIPPED):
                return QBrush(_DIM)
        if role == Qt.ItemDataRole.FontRole and r.item.status is ItemStatus.ACTIVE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, 3, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return f"{r.item.kind.label} · double-click to run this item"
        return None

    def _row(self, reading: MeetingReading, index: int) -> tuple[str, ...]:
        r = reading.items[index]
        status = _STATUS_TEXT.get(r.item.status, "")
        if r.item.status is ItemStatus.ACTIVE:
            status = "▶ running" if r.running else "❚❚ paused"
        elapsed = format_clock(r.elapsed) if r.elapsed > 0 else ""
        start = format_time_of_day(reading.schedule.item_starts.get(r.item.id), self.tz)
        return (start, r.item.title, r.item.presenter, f"{r.item.planned_minutes} min",
                elapsed, status)

    def update(self, reading: MeetingReading) -> None:
        """A new, removed, moved or retitled item resets the model; a clock step (statuses,
        times) repaints only the rows that changed, then emits rows_restyled for them."""
        keys = [(r.item.id, r.item.planned_minutes, r.item.title, r.item.presenter)
                for r in reading.items]
        rows = [self._row(reading, i) for i in range(len(reading.items))]
        if keys != self._keys:
            self.beginResetModel()
            self._reading, self._keys, self._rows = reading, keys, rows
            self._styles = [_style(r) for r in reading.items]
            self.endResetModel()
            return
        old_rows, old_styles = self._rows, self._styles
        self._rows, self._reading = rows, reading
        self._styles = [_style(r) for r in reading.items]
        restyled = []
        for row, (before, now) in enumerate(zip(old_rows, rows, strict=True)):
            if old_styles[row] != self._styles[row]:
                restyled.append(row)  # bold, colours: every cell of the row looks different
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
                continue
            cols = [c for c in range(len(COLUMNS)) if before[c] != now[c]]
            if cols:
                self.dataChanged.emit(self.index(row, min(cols)), self.index(row, max(cols)))
        if restyled:  # the Status text follows the style (status, running)
            self.rows_restyled.emit(restyled)


def _style(r: ItemReading) -> tuple[Any, ...]:
    """What decides a row's font and colours besides its text."""
    return (r.item.status, r.running)
