"""What is captured while the meeting runs: notes, decisions, action items, parking-lot points."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select

from facilitator.domain import ActionStatus, ParkingStatus
from facilitator.errors import ValidationError
from facilitator.models import (
    ActionItem,
    AgendaItem,
    Decision,
    Meeting,
    Note,
    ParkingLotItem,
    utcnow,
)
from facilitator.services.common import (
    Fields,
    as_is,
    date_field,
    delete_row,
    get,
    one_of,
    text,
    text_field,
    update_fields,
    utc_field,
)
from facilitator.services.rows import DeletedRows
from facilitator.workspace import Workspace


def _check_item(session: Any, meeting_id: int, item_id: int | None) -> None:
    if item_id is None:
        return
    item = get(session, AgendaItem, item_id)
    if item.meeting_id != meeting_id:
        raise ValidationError(f"agenda item {item_id} belongs to another meeting")


# --- notes -------------------------------------------------------------------------------------

def item_note(ws: Workspace, *, meeting_id: int, item_id: int | None) -> Note | None:
    """The live note of an agenda item (or of the whole meeting when item_id is None)."""
    with ws.session() as s:
        return s.scalar(
            select(Note)
            .where(Note.meeting_id == meeting_id, Note.agenda_item_id.is_(item_id)
                   if item_id is None else Note.agenda_item_id == item_id)
            .order_by(Note.position, Note.id)
            .limit(1)
        )


def set_item_note(ws: Workspace, *, meeting_id: int, item_id: int | None, text: str) -> Note:
    """Writes the live note text of an item, creating the note on first keystroke."""
    text = text_field(text, "note")
    with ws.session() as s:
        get(s, Meeting, meeting_id)
        _check_item(s, meeting_id, item_id)
        cond = Note.agenda_item_id.is_(None) if item_id is None else Note.agenda_item_id == item_id
        note = s.scalar(
            select(Note).where(Note.meeting_id == meeting_id, cond)
            .order_by(Note.position, Note.id).limit(1)
        )
        if note is None:
            note = Note(meeting_id=meeting_id, agenda_item_id=item_id, text=text)
            s.add(note)
        else:
            note.text = text
        s.flush()
        return note


def add_note(ws: Workspace, *, meeting_id: int, text: str, item_id: int | None = None) -> Note:
    text = text_field(text, "note")
    with ws.session() as s:
        get(s, Meeting, meeting_id)
        _check_item(s, meeting_id, item_id)
        last = s.scalar(select(func.max(Note.position)).where(Note.meeting_id == meeting_id))
        note = Note(meeting_id=meeting_id, agenda_item_id=item_id, text=text,
                    position=(last or 0) + 1)
        s.add(note)
        s.flush()
        return note


def update_note(ws: Workspace, *, note_id: int, text: str) -> dict[str, Any]:
    return update_fields(ws, Note, note_id, {"text": text_field(text, "note")})


def delete_note(ws: Workspace, *, note_id: int) -> DeletedRows:
    return delete_row(ws, Note, note_id)


def list_notes(ws: Workspace, *, meeting_id: int) -> list[Note]:
    with ws.session() as s:
        return list(s.scalars(
            select(Note).where(Note.meeting_id == meeting_id).order_by(Note.position, Note.id)
        ))


# --- decisions ---------------------------------------------------------------------------------

_DECISION = Fields("a decision", {
    "text": text("decision", required=True),
    "rationale": text("rationale"),
    "owner": text("owner"),
    "decided_at": lambda value: utc_field(value, "decision time"),
    "agenda_item_id": as_is,
})
_clean_decision = _DECISION.clean


def record_decision(
    ws: Workspace, *, meeting_id: int, text: str, item_id: int | None = None,
    rationale: str = "", owner: str = "", decided_at: dt.datetime | None = None,
) -> Decision:
    values = _clean_decision({"text": text, "rationale": rationale, "owner": owner,
                              "decided_at": decided_at or utcnow()})
    with ws.session() as s:
        get(s, Meeting, meeting_id)
        _check_item(s, meeting_id, item_id)
        decision = Decision(meeting_id=meeting_id, agenda_item_id=item_id,
                            **values)
        s.add(decision)
        s.flush()
        return decision


def update_decision(ws: Workspace, *, decision_id: int, **changes: Any) -> dict[str, Any]:
    return update_fields(ws, Decision, decision_id, _clean_decision(changes))


def delete_decision(ws: Workspace, *, decision_id: int) -> DeletedRows:
    return delete_row(ws, Decision, decision_id)


def list_decisions(ws: Workspace, *, meeting_id: int) -> list[Decision]:
    with ws.session() as s:
        return list(s.scalars(
            select(Decision).where(Decision.meeting_id == meeting_id)
            .order_by(Decision.decided_at, Decision.id)
        ))


# --- action items ------------------------------------------------------------------------------

_ACTION = Fields("an action item", {
    "text": text("action", required=True),
    "owner": text("owner"),
    "due": lambda value: date_field(value, "due date"),
    "status": one_of(ActionStatus, "status"),
    "agenda_item_id": as_is,
})
_clean_action = _ACTION.clean


def add_action(
    ws: Workspace, *, meeting_id: int, text: str, owner: str = "",
    due: dt.date | str | None = None, item_id: int | None = None,
    status: ActionStatus | str = ActionStatus.OPEN,
) -> ActionItem:
    values = _clean_action({"text": text, "owner": owner, "due": due, "status": status})
    with ws.session() as s:
        get(s, Meeting, meeting_id)
        _check_item(s, meeting_id, item_id)
        action = ActionItem(meeting_id=meeting_id, agenda_item_id=item_id, **values)
        s.add(action)
        s.flush()
        return action


def update_action(ws: Workspace, *, action_id: int, **changes: Any) -> dict[str, Any]:
    return update_fields(ws, ActionItem, action_id, _clean_action(changes))


def delete_action(ws: Workspace, *, action_id: int) -> DeletedRows:
    return delete_row(ws, ActionItem, action_id)


def list_actions(ws: Workspace, *, meeting_id: int) -> list[ActionItem]:
    with ws.session() as s:
        return list(s.scalars(
            select(ActionItem).where(ActionItem.meeting_id == meeting_id)
            .order_by(ActionItem.created_at, ActionItem.id)
        ))


# --- parking lot -------------------------------------------------------------------------------

def park(
    ws: Workspace, *, meeting_id: int, text: str, item_id: int | None = None, raised_by: str = ""
) -> ParkingLotItem:
    text = text_field(text, "parking-lot point", required=True).strip()
    with ws.session() as s:
        get(s, Meeting, meeting_id)
        _check_item(s, meeting_id, item_id)
        point = ParkingLotItem(meeting_id=meeting_id, agenda_item_id=item_id, text=text,
                               raised_by=text_field(raised_by, "raised by").strip())
        s.add(point)
        s.flush()
        return point


_PARKED = Fields("a parking-lot point", {
    "text": text("parking-lot point", required=True),
    "status": one_of(ParkingStatus, "status"),
    "raised_by": text("raised by"),
})


def update_parked(ws: Workspace, *, point_id: int, **changes: Any) -> dict[str, Any]:
    return update_fields(ws, ParkingLotItem, point_id, _PARKED.clean(changes))


def delete_parked(ws: Workspace, *, point_id: int) -> DeletedRows:
    return delete_row(ws, ParkingLotItem, point_id)


def list_parked(ws: Workspace, *, meeting_id: int) -> list[ParkingLotItem]:
    with ws.session() as s:
        return list(s.scalars(
            select(ParkingLotItem).where(ParkingLotItem.meeting_id == meeting_id)
            .order_by(ParkingLotItem.created_at, ParkingLotItem.id)
        ))
