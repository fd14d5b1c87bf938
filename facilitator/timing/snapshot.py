"""A copy of a meeting's timing (statuses, minutes, actual times, slices) for undo and redo."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select

from facilitator.domain import ItemStatus, MeetingStatus
from facilitator.models import AgendaItem, Meeting, TimeSlice, table_of
from facilitator.services.common import get
from facilitator.workspace import Workspace

_ITEM_FIELDS = ("status", "planned_minutes", "extended_minutes", "actual_start", "actual_end")


@dataclass(frozen=True)
class TimingSnapshot:
    meeting_id: int
    status: MeetingStatus
    actual_start: dt.datetime | None
    actual_end: dt.datetime | None
    items: dict[int, dict[str, Any]]
    slices: tuple[dict[str, Any], ...]


def take_snapshot(ws: Workspace, meeting_id: int) -> TimingSnapshot:
    """One query each for the meeting, its items and their slices (plain rows, no ORM objects)."""
    items_t, slices_t = table_of(AgendaItem), table_of(TimeSlice)
    with ws.session() as s:
        meeting = s.execute(
            select(Meeting.status, Meeting.actual_start, Meeting.actual_end)
            .where(Meeting.id == meeting_id)).one_or_none()
        if meeting is None:
            get(s, Meeting, meeting_id)  # raises the usual "not found" error
            raise AssertionError("unreachable")
        item_rows = s.execute(
            select(items_t.c.id, *(items_t.c[f] for f in _ITEM_FIELDS))
            .where(items_t.c.meeting_id == meeting_id)).all()
        slice_rows = s.execute(
            select(slices_t).join(items_t, items_t.c.id == slices_t.c.agenda_item_id)
            .where(items_t.c.meeting_id == meeting_id)).mappings().all()
        return TimingSnapshot(
            meeting_id, MeetingStatus(meeting.status), meeting.actual_start, meeting.actual_end,
            {r[0]: dict(zip(_ITEM_FIELDS, r[1:], strict=True)) for r in item_rows},
            tuple(dict(r) for r in slice_rows),
        )


def restore_snapshot(ws: Workspace, snapshot: TimingSnapshot) -> None:
    """Puts the timing back as it was; items added or removed since are left alone."""
    with ws.session() as s:
        meeting = get(s, Meeting, snapshot.meeting_id)
        meeting.status = snapshot.status
        meeting.actual_start, meeting.actual_end = snapshot.actual_start, snapshot.actual_end
        items = {i.id: i for i in s.scalars(
            select(AgendaItem).where(AgendaItem.meeting_id == snapshot.meeting_id))}
        for item_id, values in snapshot.items.items():
            item = items.get(item_id)
            if item is None:
                continue
            for key, value in values.items():
                setattr(item, key, ItemStatus(value) if key == "status" else value)
        s.flush()
        s.execute(delete(TimeSlice).where(TimeSlice.agenda_item_id.in_(list(items))))
        rows = [r for r in snapshot.slices if r["agenda_item_id"] in items]
        if rows:
            s.execute(insert(table_of(TimeSlice)), rows)
        s.expire_all()
