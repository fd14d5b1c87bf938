"""Action items as a table model, and a proxy that sorts them and filters by owner/status."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor

from facilitator.domain import ActionStatus, labels
from facilitator.due_dates import parse_due
from facilitator.models import ActionItem
from facilitator.services import capture
from facilitator.services.common import restore
from facilitator.textclean import short
from ui.common.document import Topic
from ui.common.edits import create_edit, delete_edit, update_edit
from ui.common.table_model import ServiceTableModel

SortRole = Qt.ItemDataRole.UserRole + 2
STATUS_LABELS = labels(ActionStatus)


def due_text(due: dt.date | None) -> str:
    return f"{due:%a} {due.isoformat()}" if due else ""


class ActionModel(ServiceTableModel):
    TEXT, OWNER, DUE, STATUS, ITEM = range(5)
    HEADERS = ("Action", "Owner", "Due", "Status", "Agenda item")
    TOPICS = (Topic.ACTIONS, Topic.AGENDA)
    ITEM_COLUMN = ITEM
    EDITABLE = frozenset({TEXT, OWNER, DUE, STATUS})
    _FIELDS = {TEXT: "text", OWNER: "owner", DUE: "due", STATUS: "status"}

    def load(self) -> list[ActionItem]:
        self.item_titles = self.load_item_titles()
        return capture.list_actions(self.ws, meeting_id=self.meeting_id)

    def owners(self) -> list[str]:
        return sorted({a.owner for a in self._rows if a.owner}, key=str.casefold)

    def cell(self, a: ActionItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.DUE:
                return due_text(a.due)
            if column == self.STATUS:
                return STATUS_LABELS[a.status]
            if column == self.ITEM:
                return self.item_titles.get(a.agenda_item_id, "") if a.agenda_item_id else ""
            return getattr(a, self._FIELDS[column]).replace("\n", " ")
        if role == Qt.ItemDataRole.EditRole and column in self._FIELDS:
            value = getattr(a, self._FIELDS[column])
            if column == self.DUE:
                return value.isoformat() if value else ""
            return value.value if isinstance(value, ActionStatus) else value
        if role == SortRole:
            if column == self.DUE:
                return a.due.isoformat() if a.due else "9999"
            if column == self.STATUS:
                return list(ActionStatus).index(a.status)
            return str(self.cell(a, column, Qt.ItemDataRole.DisplayRole)).casefold()
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return a.text
        if role == Qt.ItemDataRole.ForegroundRole and a.status is not ActionStatus.OPEN:
            return QColor(Qt.GlobalColor.gray)
        return None

    def write(self, a: ActionItem, column: int, value: Any) -> None:
        field = self._FIELDS[column]
        if field == "due":
            value = parse_due(str(value), dt.date.today())
        if getattr(a, field) == value:
            return
        verb = {"text": "Edit", "owner": "Change owner of", "due": "Change due date of",
                "status": "Change status of"}[field]
        update_edit(self.document, f"{verb} action “{short(a.text)}”", Topic.ACTIONS,
                    lambda **c: capture.update_action(self.ws, action_id=a.id, **c),
                    **{field: value})

    def add(self, text: str, *, owner: str = "", due: str = "",
            status: ActionStatus | str = ActionStatus.OPEN, item_id: int | None = None) -> int:
        """Captures an action item (undoable); due takes quick entries. Returns its id."""
        day = parse_due(due, dt.date.today())
        return create_edit(
            self.document, f"Add action “{short(text)}”", Topic.ACTIONS,
            lambda: capture.add_action(self.ws, meeting_id=self.meeting_id, text=text,
                                       owner=owner, due=day, status=status,
                                       item_id=item_id).id,
            lambda aid: capture.delete_action(self.ws, action_id=aid),
            lambda deleted: restore(self.ws, deleted),
        )

    def delete(self, row: int) -> None:
        a = self._rows[row]
        delete_edit(self.document, f"Delete action “{short(a.text)}”", Topic.ACTIONS,
                    lambda: capture.delete_action(self.ws, action_id=a.id),
                    lambda deleted: restore(self.ws, deleted))


class ActionFilterModel(QSortFilterProxyModel):
    """Sorts on real values (dates, status order) and keeps rows of one owner and/or status."""

    def __init__(self, source: ActionModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSourceModel(source)
        self.setSortRole(SortRole)
        self.owner: str | None = None
        self.status: str | None = None

    def set_filter(self, *, owner: str | None, status: str | None) -> None:
        self.beginFilterChange()
        self.owner, self.status = owner, status
        self.endFilterChange()

    def filterAcceptsRow(self, row: int,  # noqa: N802
                         parent: QModelIndex | QPersistentModelIndex) -> bool:
        source = self.sourceModel()
        assert isinstance(source, ActionModel)
        action = source.row(row)
        if self.owner is not None and action.owner != self.owner:
            return False
        return self.status is None or action.status.value == self.status
