"""Where a parked point goes at the close: an action item, or the agenda of another meeting.

Each move is one transaction (the point's new status with the row it made, all or none), and
so are its undo and its redo.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.domain import ItemKind, ParkingStatus
from facilitator.models import Meeting, ParkingLotItem
from facilitator.services import agenda, capture, meetings
from facilitator.services.common import get
from facilitator.services.rows import DeletedRows, restore_rows
from facilitator.workspace import Workspace

# A parked point arrives on the next agenda as a short discussion.
NEXT_AGENDA_MINUTES = 15


@dataclass(frozen=True)
class ParkedMove:
    """What a move made, for its undo: the action item, or the agenda item (and the meeting,
    when the move created it)."""

    point_id: int
    previous_status: ParkingStatus
    action_id: int | None = None
    meeting_id: int | None = None
    item_id: int | None = None
    created_meeting: bool = False

    @property
    def status(self) -> ParkingStatus:
        return ParkingStatus.TO_ACTION if self.action_id is not None else ParkingStatus.TO_AGENDA


def to_action(ws: Workspace, *, point_id: int, owner: str = "") -> ParkedMove:
    """The point becomes an open action item of its meeting, raised in the same agenda item."""
    with ws.session() as s:
        point = get(s, ParkingLotItem, point_id)
        action = capture.add_action(ws, meeting_id=point.meeting_id, text=point.text,
                                    owner=owner, item_id=point.agenda_item_id)
        previous = capture.update_parked(ws, point_id=point_id, status=ParkingStatus.TO_ACTION)
        return ParkedMove(point_id, previous["status"], action_id=action.id)


def to_agenda(ws: Workspace, *, point_id: int, meeting_id: int | None,
              new_title: str | None = None) -> ParkedMove:
    """The point goes at the end of another meeting's agenda; with meeting_id None, a new
    meeting is made for it (`new_title`, same series, start, place and facilitator)."""
    with ws.session() as s:
        point = get(s, ParkingLotItem, point_id)
        this = get(s, Meeting, point.meeting_id)
        created = meeting_id is None
        if meeting_id is None:
            meeting_id = meetings.create_meeting(
                ws, title=new_title or this.title, series=this.series.name if this.series
                else None, planned_start=this.planned_start, location=this.location,
                facilitator=this.facilitator).id
        by = f" by {point.raised_by}" if point.raised_by else ""
        item = agenda.add_item(ws, meeting_id=meeting_id, title=point.text,
                               kind=ItemKind.DISCUSSION_DECISION,
                               planned_minutes=NEXT_AGENDA_MINUTES,
                               goal=f"Parked in “{this.title}”{by}")
        previous = capture.update_parked(ws, point_id=point_id, status=ParkingStatus.TO_AGENDA)
        return ParkedMove(point_id, previous["status"], meeting_id=meeting_id, item_id=item.id,
                          created_meeting=created)


def undo_move(ws: Workspace, *, move: ParkedMove) -> DeletedRows:
    """The point as it was, without the row the move made; redo_move(deleted) makes it again."""
    with ws.session():
        capture.update_parked(ws, point_id=move.point_id, status=move.previous_status)
        if move.action_id is not None:
            return capture.delete_action(ws, action_id=move.action_id)
        if move.created_meeting:
            assert move.meeting_id is not None
            return meetings.delete_meeting(ws, meeting_id=move.meeting_id)
        assert move.item_id is not None
        return agenda.delete_item(ws, item_id=move.item_id)


def redo_move(ws: Workspace, *, move: ParkedMove, deleted: DeletedRows) -> None:
    """Makes the move again after undo_move, with the same ids."""
    with ws.session() as s:
        if move.action_id is not None or move.created_meeting:
            restore_rows(s, deleted)
        else:
            agenda.restore_item(ws, deleted=deleted)
        capture.update_parked(ws, point_id=move.point_id, status=move.status)
