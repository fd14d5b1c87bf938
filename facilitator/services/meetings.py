"""Meetings in the workspace: create, edit, duplicate, delete (restorable), list."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator.domain import BOARD_PRESETS, BoardPreset, MeetingStatus, preset_labels
from facilitator.errors import NotFoundError, ValidationError
from facilitator.models import (
    AgendaItem,
    Meeting,
    Participant,
    Series,
    table_of,
)
from facilitator.services.common import (
    MAX_MINUTES,
    Fields,
    count_field,
    date_field,
    enum_field,
    get,
    one_of,
    optional,
    text,
    text_field,
    time_field,
    utc_field,
)
from facilitator.services.rows import DeletedRows, delete_with_dependents, restore_rows
from facilitator.services.vote_copies import copy_votes
from facilitator.workspace import Workspace


@dataclass(frozen=True)
class MeetingSummary:
    id: int
    title: str
    date: dt.date | None
    status: MeetingStatus
    series: str | None
    agenda_items: int
    planned_minutes: int
    updated_at: dt.datetime


_MEETING = Fields("a meeting", {
    "title": text("title", required=True),
    **{key: text(key, strip=False) for key in ("objective", "location", "facilitator")},
    "date": date_field,
    "planned_start": lambda value: time_field(value, "planned start"),
    "planned_end": lambda value: time_field(value, "planned end"),
    "status": one_of(MeetingStatus, "status"),
    "vote_limit": optional(lambda value: count_field(value, "vote limit")),
    "votes_per_participant": optional(lambda value: count_field(value,
                                                                "votes per participant")),
    "warn_minutes": lambda value: count_field(value, "warn minutes", maximum=MAX_MINUTES),
    "warn_percent": lambda value: count_field(value, "warn percent", maximum=100),
    "actual_start": optional(lambda value: utc_field(value, "actual start")),
    "actual_end": optional(lambda value: utc_field(value, "actual end")),
})


def _clean_meeting_fields(session: Any, changes: dict[str, Any]) -> dict[str, Any]:
    # The series is given by name and stored as a row of its own: found or made here.
    series = {"series_id": _series_id(session, changes["series"])} if "series" in changes else {}
    out = {**_MEETING.clean({k: v for k, v in changes.items() if k != "series"}), **series}
    _check_span(out.get("planned_start"), out.get("planned_end"))
    return out


END_BEFORE_START = "the end time is before the start time"


def _check_span(start: dt.time | None, end: dt.time | None) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError(END_BEFORE_START)


def _keep_span(meeting: Meeting, values: dict[str, Any]) -> None:
    """Moving the start alone past the end moves the end too, keeping the meeting's length (as
    a calendar does); an end moved alone before the start is refused."""
    start, end = values.get("planned_start"), values.get("planned_end")
    if "planned_end" not in values and start is not None and meeting.planned_end is not None \
            and meeting.planned_start is not None and meeting.planned_end < start:
        day = dt.date(2000, 1, 1)
        length = (dt.datetime.combine(day, meeting.planned_end)
                  - dt.datetime.combine(day, meeting.planned_start))
        moved = dt.datetime.combine(day, start) + length
        if moved.date() != day:
            raise ValidationError(END_BEFORE_START)
        values["planned_end"] = moved.time()
    elif "planned_start" not in values and end is not None:
        _check_span(meeting.planned_start, end)
    elif "planned_end" not in values:
        _check_span(start, meeting.planned_end)


def _series_id(session: Any, name: str | None) -> int | None:
    name = text_field(name, "series").strip()
    if not name:
        return None
    series = session.scalar(select(Series).where(Series.name == name))
    if series is None:
        series = Series(name=name)
        session.add(series)
        session.flush()
    return series.id


def create_meeting(ws: Workspace, *, title: str, **fields: Any) -> Meeting:
    """Creates a planned meeting; fields as in update_meeting."""
    with ws.session() as s:
        values = _clean_meeting_fields(s, {"title": title, **fields})
        meeting = Meeting(**values)
        s.add(meeting)
        s.flush()
        return meeting


def update_meeting(ws: Workspace, *, meeting_id: int, **changes: Any) -> dict[str, Any]:
    """Changes the given fields; returns their previous values (what undo needs). A planned
    end before the planned start raises ValidationError; moving the start alone past the end
    moves the end with it (both are then in the previous values)."""
    with ws.session() as s:
        meeting = get(s, Meeting, meeting_id)
        values = _clean_meeting_fields(s, changes)
        _keep_span(meeting, values)
        previous: dict[str, Any] = {}
        for key, value in values.items():
            if key == "series_id":
                previous["series"] = meeting.series.name if meeting.series else None
            else:
                previous[key] = getattr(meeting, key)
            setattr(meeting, key, value)
        return previous


def get_meeting(ws: Workspace, meeting_id: int) -> Meeting:
    with ws.session() as s:
        return get(s, Meeting, meeting_id)


def series_name(ws: Workspace, meeting_id: int) -> str | None:
    with ws.session() as s:
        meeting = get(s, Meeting, meeting_id)
        return meeting.series.name if meeting.series else None


def list_meetings(ws: Workspace, *, search: str = "") -> list[MeetingSummary]:
    """All meetings, the most recent first (by date, then by last change)."""
    with ws.session() as s:
        counts = (
            select(
                AgendaItem.meeting_id,
                func.count(AgendaItem.id).label("n"),
                func.coalesce(func.sum(AgendaItem.planned_minutes), 0).label("minutes"),
            )
            .group_by(AgendaItem.meeting_id)
            .subquery()
        )
        query = (  # columns, not whole rows: the list needs eight fields of each meeting
            select(Meeting.id, Meeting.title, Meeting.date, Meeting.status, Meeting.updated_at,
                   Series.name, counts.c.n, counts.c.minutes)
            .outerjoin(Series, Meeting.series_id == Series.id)
            .outerjoin(counts, counts.c.meeting_id == Meeting.id)
            .order_by(
                Meeting.date.desc().nulls_last(), Meeting.updated_at.desc(), Meeting.id.desc()
            )
        )
        if search.strip():
            query = query.where(Meeting.title.icontains(search.strip(), autoescape=True))
        return [
            MeetingSummary(
                id=mid, title=title, date=date, status=status, series=series,
                agenda_items=n or 0, planned_minutes=minutes or 0, updated_at=updated_at,
            )
            for mid, title, date, status, updated_at, series, n, minutes in s.execute(query)
        ]


def series_names(ws: Workspace) -> list[str]:
    """The names of the series that meetings belong to, sorted (for completers)."""
    with ws.session() as s:
        return sorted(s.scalars(select(Series.name).join(Meeting, Meeting.series_id == Series.id)
                                .distinct()), key=str.casefold)


def most_recent_meeting_id(ws: Workspace) -> int:
    """The meeting a command means without --meeting: the one running now, else the one held
    last (latest actual start), else the latest (as list_meetings orders them)."""
    with ws.session() as s:
        for query in (
            select(Meeting.id).where(Meeting.status == MeetingStatus.RUNNING)
            .order_by(Meeting.actual_start.desc().nulls_last(), Meeting.id.desc()),
            select(Meeting.id).where(Meeting.actual_start.is_not(None))
            .order_by(Meeting.actual_start.desc(), Meeting.id.desc()),
        ):
            found = s.scalars(query.limit(1)).first()
            if found is not None:
                return found
    meetings = list_meetings(ws)
    if not meetings:
        raise NotFoundError("the workspace has no meetings yet (try: facilitator demo)")
    return meetings[0].id


def delete_meeting(ws: Workspace, *, meeting_id: int) -> DeletedRows:
    """Deletes a meeting with all its parts; restore_meeting(deleted) brings it all back."""
    with ws.session() as s:
        get(s, Meeting, meeting_id)
        return delete_with_dependents(s, table_of(Meeting), meeting_id)


def restore_meeting(ws: Workspace, *, deleted: DeletedRows) -> None:
    with ws.session() as s:
        restore_rows(s, deleted)


def set_board_preset(
    ws: Workspace, *, meeting_id: int, preset: BoardPreset | str, labels: list[str] | None = None
) -> tuple[BoardPreset, list[str]]:
    """Chooses the board's quadrants; returns the previous preset and labels."""
    preset = enum_field(BoardPreset, preset, "board preset")
    if labels is None:
        labels = preset_labels(preset)
    labels = [text_field(label, "quadrant label", required=True).strip() for label in labels]
    if len(labels) != 4:
        raise ValidationError("a board has exactly four quadrant labels")
    with ws.session() as s:
        meeting = get(s, Meeting, meeting_id)
        previous = (meeting.board_preset, list(meeting.board_labels))
        meeting.board_preset, meeting.board_labels = preset, labels
        return previous


def board_preset_names() -> dict[str, str]:
    return {p.value: BOARD_PRESETS[p][0] for p in BoardPreset}


def copy_meeting_rows(session: Session, src: Meeting, title: str) -> Meeting:
    """Inside a transaction: a new planned meeting with src's details, participants, agenda
    (planned minutes without run-time extensions), board labels and votes (their questions,
    not their answers)."""
    copy = Meeting(
        title=title, objective=src.objective, date=src.date, planned_start=src.planned_start,
        planned_end=src.planned_end, location=src.location, facilitator=src.facilitator,
        series_id=src.series_id, board_preset=src.board_preset,
        board_labels=list(src.board_labels), vote_limit=src.vote_limit,
        votes_per_participant=src.votes_per_participant, warn_minutes=src.warn_minutes,
        warn_percent=src.warn_percent,
    )
    session.add(copy)
    session.flush()
    for p in src.participants:
        session.add(Participant(meeting_id=copy.id, position=p.position, name=p.name,
                                team=p.team, role=p.role, email=p.email, present=True))
    items = {item.id: AgendaItem(
        meeting_id=copy.id, position=item.position, title=item.title, kind=item.kind,
        presenter=item.presenter, planned_minutes=item.planned_minutes - item.extended_minutes,
        goal=item.goal,
    ) for item in src.agenda}
    session.add_all(items.values())
    session.flush()
    copy_votes(session, src_id=src.id, dst_id=copy.id,
               items={old: new.id for old, new in items.items()})
    return copy


def duplicate_meeting(ws: Workspace, *, meeting_id: int, title: str | None = None) -> Meeting:
    """A new planned meeting with the same details, participants, agenda, board labels and
    votes (to be answered afresh)."""
    with ws.session() as s:
        src = get(s, Meeting, meeting_id)
        title = text_field(title, "title", required=True) if title else f"{src.title} (copy)"
        return copy_meeting_rows(s, src, title)


__all__ = [
    "MeetingSummary", "create_meeting", "update_meeting", "get_meeting",
    "list_meetings", "series_names", "most_recent_meeting_id", "delete_meeting", "restore_meeting",
    "duplicate_meeting", "copy_meeting_rows", "set_board_preset", "board_preset_names",
    "series_name",
]
