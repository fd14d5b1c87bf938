"""The agenda as a table model: start times computed live, edits and moves through undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt
from PySide6.QtGui import QFont

from facilitator.domain import KIND_LABELS, ItemKind, ItemStatus
from facilitator.models import AgendaItem
from facilitator.services import agenda, meetings
from facilitator.textclean import short
from ui.common.document import Topic
from ui.common.edits import create_edit, delete_edit, run_edit, update_edit
from ui.common.table_model import Index, ServiceTableModel

MIME_TYPE = "application/x-facilitator-agenda-item"


def _status_mark(status: ItemStatus) -> str:
    """Blank while pending (most rows): the table shows what has happened, and where it is now."""
    if status is ItemStatus.PENDING:
        return ""
    return f"▶ {status.label}" if status is ItemStatus.ACTIVE else status.label


def fmt_minutes(total: int) -> str:
    hours, minutes = divmod(total, 60)
    return f"{hours} h {minutes:02d} min" if hours else f"{minutes} min"


class AgendaModel(ServiceTableModel):
    START, TITLE, KIND, PRESENTER, MINUTES, GOAL, STATUS = range(7)
    HEADERS = ("Start", "Title", "Kind", "Presenter", "Min", "Goal", "Status")
    TOPICS = (Topic.AGENDA, Topic.MEETING, Topic.CLOCK)
    EDITABLE = frozenset({TITLE, KIND, PRESENTER, MINUTES, GOAL})
    _FIELDS = {TITLE: "title", KIND: "kind", PRESENTER: "presenter",
               MINUTES: "planned_minutes", GOAL: "goal"}

    def load(self) -> list[AgendaItem]:
        meeting = meetings.get_meeting(self.ws, self.meeting_id)
        self.planned_start, self.planned_end = meeting.planned_start, meeting.planned_end
        items = agenda.list_items(self.ws, meeting_id=self.meeting_id)
        self.starts = agenda.start_times(self.planned_start, [i.planned_minutes for i in items])
        return items

    # --- the plan as a whole --------------------------------------------------------------------
    def total_minutes(self) -> int:
        return sum(i.planned_minutes for i in self._rows)

    def planned_finish(self) -> dt.time | None:
        if self.planned_start is None:
            return None
        start = dt.datetime.combine(dt.date(2000, 1, 1), self.planned_start)
        return (start + dt.timedelta(minutes=self.total_minutes())).time()

    def overrun_minutes(self) -> int:
        """Minutes by which the plan runs past the meeting's stated end (0 when it fits)."""
        if self.planned_start is None or self.planned_end is None:
            return 0
        day = dt.date(2000, 1, 1)
        start = dt.datetime.combine(day, self.planned_start)
        end = dt.datetime.combine(day, self.planned_end)
        if end <= start:
            end += dt.timedelta(days=1)
        finish = start + dt.timedelta(minutes=self.total_minutes())
        return max(0, int((finish - end).total_seconds() // 60))

    def current_item_id(self) -> int | None:
        return next((i.id for i in self._rows if i.status is ItemStatus.ACTIVE), None)

    # --- cells ----------------------------------------------------------------------------------
    def cell(self, item: AgendaItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.START:
                start = self.starts[self._rows.index(item)]
                return start.strftime("%H:%M") if start else ""
            if column == self.KIND:
                return KIND_LABELS[item.kind]
            if column == self.MINUTES:
                return str(item.planned_minutes)
            if column == self.STATUS:
                return _status_mark(item.status)
            if column == self.GOAL:
                return item.goal.replace("\n", " ")
            return getattr(item, self._FIELDS[column])
        if role == Qt.ItemDataRole.EditRole and column in self._FIELDS:
            value = getattr(item, self._FIELDS[column])
            return value.value if isinstance(value, ItemKind) else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.TITLE, self.GOAL):
            return item.goal or item.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.START, self.MINUTES):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and item.status is ItemStatus.ACTIVE:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def write(self, item: AgendaItem, column: int, value: Any) -> None:
        field = self._FIELDS[column]
        if field != "title" and str(getattr(item, field)) == str(value):
            return
        label = {"title": "Rename", "kind": "Change kind of", "presenter": "Change presenter of",
                 "planned_minutes": "Change minutes of", "goal": "Change goal of"}[field]
        update_edit(self.document, f"{label} “{short(item.title)}”", Topic.AGENDA,
                    lambda **c: agenda.update_item(self.ws, item_id=item.id, **c),
                    **{field: value})

    # --- add, delete, move ----------------------------------------------------------------------
    def add_item(self, title: str, planned_minutes: Any = 10, position: int | None = None,
                 **fields: Any) -> int:
        """Adds an item (undoable); returns its id. Raises ValidationError for bad input."""
        return create_edit(
            self.document, f"Add agenda item “{short(title)}”", Topic.AGENDA,
            lambda: agenda.add_item(self.ws, meeting_id=self.meeting_id, title=title,
                                    planned_minutes=planned_minutes, position=position,
                                    **fields).id,
            lambda item_id: agenda.delete_item(self.ws, item_id=item_id),
            lambda deleted: agenda.restore_item(self.ws, deleted=deleted),
        )

    def delete_item(self, row: int) -> None:
        item = self._rows[row]
        delete_edit(self.document, f"Delete agenda item “{short(item.title)}”", Topic.AGENDA,
                    lambda: agenda.delete_item(self.ws, item_id=item.id),
                    lambda deleted: agenda.restore_item(self.ws, deleted=deleted))

    def move_item(self, row: int, to_row: int) -> bool:
        """Moves the item at row so that it ends up at to_row (undoable)."""
        to_row = max(0, min(to_row, len(self._rows) - 1))
        if not 0 <= row < len(self._rows) or to_row == row:
            return False
        item = self._rows[row]
        dest = to_row + 1 if to_row > row else to_row
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), dest)
        self._rows.insert(to_row, self._rows.pop(row))
        self.endMoveRows()
        run_edit(self.document, f"Move “{short(item.title)}”", Topic.AGENDA,
                 lambda: agenda.move_item(self.ws, item_id=item.id, position=to_row),
                 lambda: agenda.move_item(self.ws, item_id=item.id, position=row))
        return True

    def moveRows(self, source_parent: Index, source_row: int, count: int,  # noqa: N802
                 destination_parent: Index, destination_child: int) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count != 1:
            return False
        to_row = destination_child - 1 if destination_child > source_row else destination_child
        return self.move_item(source_row, to_row)

    # --- drag and drop --------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid():
            return flags | Qt.ItemFlag.ItemIsDragEnabled
        return flags | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(MIME_TYPE, QByteArray(str(self._rows[rows[0]].id).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                        column: int, parent: Index) -> bool:
        return data.hasFormat(MIME_TYPE) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                     column: int, parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            source = self.row_of(int(bytes(data.data(MIME_TYPE).data()).decode()))
        except ValueError:
            return False
        if source < 0:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        return self.moveRows(QModelIndex(), source, 1, QModelIndex(), row)
