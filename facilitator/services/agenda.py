"""Agenda items of a meeting: ordered, with kind, presenter, planned minutes and goal."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from facilitator.domain import ItemKind, ItemStatus
from facilitator.models import AgendaItem, Meeting, table_of
from facilitator.services.common import (
    Fields,
    get,
    minutes_field,
    one_of,
    text,
    update_fields,
)
from facilitator.services.rows import DeletedRows, delete_with_dependents, restore_rows
from facilitator.workspace import Workspace

_ITEM = Fields("an agenda item", {
    "title": text("agenda item title", required=True),
    "presenter": text("presenter", strip=False),
    "goal": text("goal", strip=False),
    "planned_minutes": minutes_field,
    "kind": one_of(ItemKind, "kind"),
    "status": one_of(ItemStatus, "status"),
})
_clean = _ITEM.clean


# Rows being renumbered pass through positions above this, clear of the real ones.
_PARK = 1_000_000


def _shift(session: Session, meeting_id: int, start: int, end: int | None, delta: int) -> None:
    """Moves positions in [start, end] by delta without tripping the unique (meeting, position).

    SQLite checks uniqueness row by row, so the rows are parked out of range first.
    """
    cond = [AgendaItem.meeting_id == meeting_id, AgendaItem.position >= start,
            AgendaItem.position < _PARK]
    if end is not None:
        cond.append(AgendaItem.position <= end)
    session.execute(
        update(AgendaItem).where(*cond).values(position=AgendaItem.position + delta + _PARK)
    )
    session.execute(
        update(AgendaItem)
        .where(AgendaItem.meeting_id == meeting_id, AgendaItem.position >= _PARK,
               AgendaItem.position < 2 * _PARK)
        .values(position=AgendaItem.position - _PARK)
    )


def _count(session: Session, meeting_id: int) -> int:
    return session.scalar(
        select(func.count(AgendaItem.id)).where(AgendaItem.meeting_id == meeting_id)
    ) or 0


def add_item(
    ws: Workspace, *, meeting_id: int, title: str, position: int | None = None,
    kind: ItemKind | str = ItemKind.OTHER, presenter: str = "", planned_minutes: int = 10,
    goal: str = "",
) -> AgendaItem:
    """Adds an item at position (default: at the end); later items move down one."""
    values = _clean({"title": title, "kind": kind, "presenter": presenter,
                     "planned_minutes": planned_minutes, "goal": goal})
    with ws.session() as s:
        get(s, Meeting, meeting_id)
        count = _count(s, meeting_id)
        pos = count if position is None else max(0, min(position, count))
        if pos < count:
            _shift(s, meeting_id, pos, None, +1)
        item = AgendaItem(meeting_id=meeting_id, position=pos, **values)
        s.add(item)
        s.flush()
        return item


def update_item(ws: Workspace, *, item_id: int, **changes: Any) -> dict[str, Any]:
    """Changes the given fields; returns their previous values."""
    return update_fields(ws, AgendaItem, item_id, _clean(changes))


def move_item(ws: Workspace, *, item_id: int, position: int) -> int:
    """Moves an item to a new position (0-based); returns its old position."""
    with ws.session() as s:
        item = get(s, AgendaItem, item_id)
        old = item.position
        new = max(0, min(position, _count(s, item.meeting_id) - 1))
        if new == old:
            return old
        item.position = 3 * _PARK  # out of the way while the others shift
        s.flush()
        if new < old:
            _shift(s, item.meeting_id, new, old - 1, +1)
        else:
            _shift(s, item.meeting_id, old + 1, new, -1)
        s.execute(update(AgendaItem).where(AgendaItem.id == item_id).values(position=new))
        s.expire_all()
        return old


def delete_item(ws: Workspace, *, item_id: int) -> DeletedRows:
    """Deletes an item with its notes and time; restore_item(deleted) brings it back in place."""
    with ws.session() as s:
        item = get(s, AgendaItem, item_id)
        meeting_id, pos = item.meeting_id, item.position
        deleted = delete_with_dependents(s, table_of(AgendaItem), item_id)
        _shift(s, meeting_id, pos + 1, None, -1)
        return deleted


def restore_item(ws: Workspace, *, deleted: DeletedRows) -> None:
    table, row = deleted.rows[0]
    assert table == AgendaItem.__tablename__
    with ws.session() as s:
        _shift(s, row["meeting_id"], row["position"], None, +1)
        restore_rows(s, deleted)


def delete_items(ws: Workspace, *, item_ids: Sequence[int]) -> list[DeletedRows]:
    """Deletes several items in one transaction (the last first, so that each restores in its
    place); restore_items(deleted) brings them all back."""
    with ws.session():
        return [delete_item(ws, item_id=i) for i in reversed(item_ids)]


def restore_items(ws: Workspace, *, deleted: Sequence[DeletedRows]) -> None:
    """Undoes delete_items, in one transaction."""
    with ws.session():
        for rows in reversed(deleted):
            restore_item(ws, deleted=rows)


def list_items(ws: Workspace, *, meeting_id: int) -> list[AgendaItem]:
    with ws.session() as s:
        return list(s.scalars(
            select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.position)
        ))


def item_titles(ws: Workspace, *, meeting_id: int) -> dict[int, str]:
    """The meeting's item titles by id, in agenda order (one plain query, no ORM rows)."""
    with ws.session() as s:
        rows = s.execute(
            select(AgendaItem.id, AgendaItem.title).where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.position)
        ).all()
    return {item_id: title for item_id, title in rows}


def start_times(
    planned_start: dt.time | None, minutes: list[int], day: dt.date | None = None
) -> list[dt.time | None]:
    """Each item's planned start from the meeting's start and the minutes before it."""
    if planned_start is None:
        return [None] * len(minutes)
    at = dt.datetime.combine(day or dt.date(2000, 1, 1), planned_start)
    out: list[dt.time | None] = []
    for m in minutes:
        out.append(at.time())
        at += dt.timedelta(minutes=m)
    return out
