"""The workspace's meetings as a table model (title, date, status, series, items, minutes)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from facilitator.services.meetings import list_meetings
from facilitator.workspace import Workspace
from ui.common.rows_table_model import RowsTableModel

Index = QModelIndex | QPersistentModelIndex


class MeetingListModel(RowsTableModel):
    HEADERS = ("Title", "Date", "Status", "Series", "Items", "Planned")
    MeetingIdRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, ws: Workspace, parent: Any = None) -> None:
        super().__init__(parent)
        self._ws = ws
        self._search = ""
        self.refresh()

    def refresh(self, search: str | None = None) -> None:
        if search is not None:
            self._search = search
        rows = list_meetings(self._ws, search=self._search)
        if [m.id for m in rows] != [m.id for m in self._rows]:
            self.beginResetModel()
            self._rows = rows
            self.endResetModel()
            return
        # The same meetings in the same order (an edit in the open meeting): only the rows
        # that changed are repainted, and the selection and scroll position stay.
        changed = [i for i, (old, new) in enumerate(zip(self._rows, rows, strict=True))
                   if old != new]
        self._rows = rows
        if changed:
            self.dataChanged.emit(self.index(changed[0], 0),
                                  self.index(changed[-1], len(self.HEADERS) - 1))

    def meeting_id(self, row: int) -> int:
        return self._rows[row].id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self._rows[index.row()]
        if role == self.MeetingIdRole:
            return m.id
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                m.title,
                m.date.isoformat() if m.date else "",
                m.status.label,
                m.series or "",
                str(m.agenda_items),
                f"{m.planned_minutes} min",
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return m.title
        return None
