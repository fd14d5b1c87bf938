"""The parking lot as a table model; points convert into action items or next agenda items."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from facilitator.domain import ParkingStatus, labels
from facilitator.models import ParkingLotItem
from facilitator.services import capture, parking
from facilitator.services.common import restore
from facilitator.services.rows import DeletedRows
from facilitator.textclean import short
from ui.common.commands import Command
from ui.common.document import Topic
from ui.common.edits import create_edit, delete_edit, update_edit
from ui.common.table_model import ServiceTableModel

STATUS_LABELS = labels(ParkingStatus)


class ParkingLotModel(ServiceTableModel):
    TEXT, RAISED_BY, ITEM, STATUS = range(4)
    HEADERS = ("Point", "Raised by", "Raised in", "Status")
    TOPICS = (Topic.PARKING, Topic.AGENDA)
    ITEM_COLUMN = ITEM
    EDITABLE = frozenset({TEXT, RAISED_BY, STATUS})
    _FIELDS = {TEXT: "text", RAISED_BY: "raised_by", STATUS: "status"}

    def load(self) -> list[ParkingLotItem]:
        self.item_titles = self.load_item_titles()
        return capture.list_parked(self.ws, meeting_id=self.meeting_id)

    def cell(self, p: ParkingLotItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.ITEM:
                return self.item_titles.get(p.agenda_item_id, "") if p.agenda_item_id else ""
            if column == self.STATUS:
                return STATUS_LABELS[p.status]
            return getattr(p, self._FIELDS[column]).replace("\n", " ")
        if role == Qt.ItemDataRole.EditRole and column in self._FIELDS:
            value = getattr(p, self._FIELDS[column])
            return value.value if isinstance(value, ParkingStatus) else value
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return p.text
        if role == Qt.ItemDataRole.ForegroundRole and p.status is not ParkingStatus.OPEN:
            return QColor(Qt.GlobalColor.gray)
        return None

    def write(self, p: ParkingLotItem, column: int, value: Any) -> None:
        field = self._FIELDS[column]
        if getattr(p, field) == value:
            return
        update_edit(self.document, f"Edit parked point “{short(p.text)}”", Topic.PARKING,
                    self._update(p.id), **{field: value})

    def _update(self, point_id: int) -> Any:
        return lambda **c: capture.update_parked(self.ws, point_id=point_id, **c)

    def park(self, text: str, *, raised_by: str = "", item_id: int | None = None) -> int:
        return create_edit(
            self.document, f"Park “{short(text)}”", Topic.PARKING,
            lambda: capture.park(self.ws, meeting_id=self.meeting_id, text=text,
                                 raised_by=raised_by, item_id=item_id).id,
            lambda pid: capture.delete_parked(self.ws, point_id=pid),
            lambda deleted: restore(self.ws, deleted),
        )

    def delete(self, row: int) -> None:
        p = self._rows[row]
        delete_edit(self.document, f"Delete parked point “{short(p.text)}”", Topic.PARKING,
                    lambda: capture.delete_parked(self.ws, point_id=p.id),
                    lambda deleted: restore(self.ws, deleted))

    def set_status(self, row: int, status: ParkingStatus) -> None:
        p = self._rows[row]
        update_edit(self.document, f"Mark parked point {STATUS_LABELS[status].lower()}",
                    Topic.PARKING, self._update(p.id), status=status)

    def to_action(self, row: int, *, owner: str = "") -> int:
        """Turns a point into an open action item of this meeting (one undoable step)."""
        p = self._rows[row]
        made = parking.to_action(self.ws, point_id=p.id, owner=owner)
        move = self._move(f"Turn “{short(p.text)}” into an action",
                          (Topic.PARKING, Topic.ACTIONS), made)
        assert move.action_id is not None
        return move.action_id

    def to_next_agenda(self, row: int, *, meeting_id: int | None,
                       new_title: str | None = None) -> tuple[int, int]:
        """Adds a point to the end of another meeting's agenda, creating that meeting if asked.

        Returns (meeting id, agenda item id). One undoable step.
        """
        p = self._rows[row]
        made = parking.to_agenda(self.ws, point_id=p.id, meeting_id=meeting_id,
                                 new_title=new_title)
        move = self._move(f"Move “{short(p.text)}” to the next meeting",
                          (Topic.PARKING, Topic.MEETING), made)
        assert move.meeting_id is not None and move.item_id is not None
        return move.meeting_id, move.item_id

    def _move(self, text: str, topics: tuple[Topic, ...], move: parking.ParkedMove
              ) -> parking.ParkedMove:
        """The move is made: it becomes one undoable step."""
        self.document.push(ParkedMoveCommand(text, self.ws, move), topics, done=True)
        return move


class ParkedMoveCommand(Command):
    """A parked point turned into an action item or put on another meeting's agenda; its undo
    and its redo are one transaction each."""

    def __init__(self, text: str, ws: Any, move: parking.ParkedMove) -> None:
        super().__init__(text)
        self.ws, self.move = ws, move
        self.deleted: DeletedRows | None = None

    def undo(self) -> None:
        self.deleted = parking.undo_move(self.ws, move=self.move)

    def redo(self) -> None:
        assert self.deleted is not None
        parking.redo_move(self.ws, move=self.move, deleted=self.deleted)
