"""The whole meeting's schedule: planned end, projected end, over or under, used vs planned."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from facilitator.domain import ItemStatus, MeetingStatus
from facilitator.timing.state import ItemReading, MeetingTiming


@dataclass(frozen=True)
class Schedule:
    """Where the meeting stands against its plan at one instant (all datetimes aware UTC)."""

    planned_start: dt.datetime | None
    planned_end: dt.datetime | None
    projected_end: dt.datetime
    used_seconds: float  # time spent on items so far
    planned_so_far_seconds: float  # what the plan gave the items run so far
    pending_seconds: float  # planned time of the items still to come (current one excluded)
    # When each item started (run items) or should start (pending items), by item id.
    item_starts: dict[int, dt.datetime] = field(default_factory=dict)

    @property
    def late_seconds(self) -> float | None:
        """Projected minus planned end: positive when running late, negative when early."""
        if self.planned_end is None:
            return None
        return (self.projected_end - self.planned_end).total_seconds()

    @property
    def so_far_seconds(self) -> float:
        """Used minus planned so far: positive when behind the plan."""
        return self.used_seconds - self.planned_so_far_seconds


def _local(day: dt.date, time: dt.time, tz: dt.tzinfo | None) -> dt.datetime:
    naive = dt.datetime.combine(day, time)
    aware = naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()
    return aware.astimezone(dt.UTC)


def planned_bounds(
    meeting: MeetingTiming, now: dt.datetime, tz: dt.tzinfo | None = None
) -> tuple[dt.datetime | None, dt.datetime | None]:
    """The promised start and end. Without a planned end: start + the agenda's original minutes
    (extensions are not part of the promise). Times of day are local (tz; None = system's)."""
    local_now = now.astimezone(tz) if tz is not None else now.astimezone()
    day = meeting.date or local_now.date()
    start = _local(day, meeting.planned_start, tz) if meeting.planned_start else None
    if meeting.planned_end is not None:
        end = _local(day, meeting.planned_end, tz)
        if start is not None and end <= start:
            end += dt.timedelta(days=1)  # a meeting running past midnight
        return start, end
    origin = start or meeting.actual_start
    if origin is None:
        return None, None
    minutes = sum(item.planned_minutes - item.extended_minutes for item in meeting.items)
    return start, origin + dt.timedelta(minutes=minutes)


def meeting_schedule(
    meeting: MeetingTiming,
    readings: Sequence[ItemReading],
    now: dt.datetime,
    tz: dt.tzinfo | None = None,
) -> Schedule:
    """Projected end = now + what remains of the current item + the pending items' minutes."""
    planned_start, planned_end = planned_bounds(meeting, now, tz)
    used = planned_so_far = pending = current_left = 0.0
    for r in readings:
        status = r.item.status
        if status is ItemStatus.PENDING:
            pending += r.item.planned_seconds
            used += r.elapsed  # an item sent back by "previous" keeps its time
            planned_so_far += min(r.elapsed, r.item.planned_seconds)
        elif status is ItemStatus.ACTIVE:
            used += r.elapsed
            planned_so_far += min(r.elapsed, r.item.planned_seconds)
            current_left += max(0.0, r.remaining)
        elif status is ItemStatus.DONE or r.elapsed > 0:
            used += r.elapsed
            planned_so_far += r.item.planned_seconds if status is ItemStatus.DONE else r.elapsed
    if meeting.status is MeetingStatus.FINISHED and meeting.actual_end is not None:
        projected = meeting.actual_end
    else:
        base = now
        if meeting.status is MeetingStatus.PLANNED and planned_start is not None:
            base = max(now, planned_start)
        projected = base + dt.timedelta(seconds=current_left + pending)
    return Schedule(planned_start, planned_end, projected, used, planned_so_far, pending,
                    _item_starts(meeting, readings, projected - dt.timedelta(seconds=pending)))


def _item_starts(
    meeting: MeetingTiming, readings: Sequence[ItemReading], cursor: dt.datetime
) -> dict[int, dt.datetime]:
    """Run items keep their actual start; pending ones follow each other from the cursor."""
    starts: dict[int, dt.datetime] = {}
    finished = meeting.status is MeetingStatus.FINISHED
    for r in readings:
        if r.item.status is ItemStatus.PENDING and not finished:
            starts[r.item.id] = cursor
            cursor += dt.timedelta(seconds=r.item.planned_seconds)
        elif r.item.actual_start is not None and r.item.status is not ItemStatus.SKIPPED:
            starts[r.item.id] = r.item.actual_start
    return starts
