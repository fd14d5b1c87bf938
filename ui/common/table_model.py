"""The base of the meeting's table models: rows from a service, refreshed on their topics."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)

from facilitator.errors import FacilitatorError
from facilitator.services import agenda
from ui.common.document import MeetingDocument, Topic
from ui.common.rows_table_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex
IdRole = Qt.ItemDataRole.UserRole + 1


class ServiceTableModel(RowsTableModel):
    """Subclasses set HEADERS, TOPICS and EDITABLE and write load(), cell() and write().

    Signals:
        error(str): an edit was refused (ValidationError); the view shows it inline.
        edited(): an edit went through.
    """

    HEADERS: tuple[str, ...] = ()
    TOPICS: tuple[Topic, ...] = ()
    EDITABLE: frozenset[int] = frozenset()
    # The column showing the agenda item a row belongs to (its title from item_titles), or -1.
    # On "agenda" the rows are then reloaded only when an item came or went: a reorder, a
    # rename or a clock step repaints that column (or nothing) instead of reloading every row.
    ITEM_COLUMN = -1

    error = Signal(str)
    edited = Signal()

    def __init__(self, document: MeetingDocument, parent: Any = None) -> None:
        super().__init__(parent)
        self.document = document
        self.ws = document.ws
        self.meeting_id = document.meeting_id
        self.item_titles: dict[int, str] = {}
        document.changed.connect(self._on_changed)
        self.refresh()

    # --- for subclasses -------------------------------------------------------------------------
    def load(self) -> list[Any]:
        raise NotImplementedError

    def cell(self, row: Any, column: int, role: int) -> Any:
        raise NotImplementedError

    def write(self, row: Any, column: int, value: Any) -> None:
        """Makes the edit through document.edit (may raise ValidationError)."""
        raise NotImplementedError

    # --- rows -----------------------------------------------------------------------------------
    def load_item_titles(self) -> dict[int, str]:
        """The meeting's agenda item titles by id (for ITEM_COLUMN)."""
        return agenda.item_titles(self.ws, meeting_id=self.meeting_id)

    @Slot(object)
    def _on_changed(self, topic: Topic) -> None:
        if topic == Topic.AGENDA and self.ITEM_COLUMN >= 0:
            titles = self.load_item_titles()
            if titles.keys() != self.item_titles.keys():
                self.refresh()  # an item was deleted or restored: rows may have gone with it
            elif titles != self.item_titles:
                self.item_titles = titles
                if self._rows:
                    self.dataChanged.emit(self.index(0, self.ITEM_COLUMN),
                                          self.index(len(self._rows) - 1, self.ITEM_COLUMN))
        elif topic in self.TOPICS:
            self.refresh()

    def refresh(self) -> None:
        rows = self.load()
        if [r.id for r in rows] == [r.id for r in self._rows] and rows:
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(rows) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row(self, index: int) -> Any:
        return self._rows[index]

    def rows(self) -> list[Any]:
        return list(self._rows)

    # --- Qt model API ---------------------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == IdRole:
            return row.id
        return self.cell(row, index.column(), role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role not in (Qt.ItemDataRole.EditRole,
                                               Qt.ItemDataRole.CheckStateRole):
            return False
        try:
            self.write(self._rows[index.row()], index.column(), value)
        except FacilitatorError as exc:
            self.error.emit(str(exc))
            return False
        self.edited.emit()
        return True


# "Resize to contents" columns measure this many rows (Qt's default is 1,000): a meeting with
# 300 decisions would otherwise be measured cell by cell each time it opens or changes.
CONTENTS_ROWS = 60
