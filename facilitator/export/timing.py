"""How a meeting ran against time: per agenda item and overall, for the minutes and the chart."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from facilitator.domain import ItemKind, ItemStatus
from facilitator.serialize import MeetingRecord


@dataclass(frozen=True)
class ItemTiming:
    """Planned and actual minutes of one agenda item (actual None: the clock never ran on it)."""

    number: int
    title: str
    kind: ItemKind
    presenter: str
    planned_minutes: int
    actual_minutes: float | None
    skipped: bool = False

    @property
    def difference(self) -> float | None:
        if self.actual_minutes is None:
            return None
        return round(self.actual_minutes - self.planned_minutes, 1)

    @property
    def over(self) -> bool:
        return (self.difference or 0) >= 0.5  # rounds to at least one minute over


# Renders the planned-vs-actual chart as PNG bytes (the window draws it with QPainter).
ChartRenderer = Callable[[Sequence[ItemTiming]], bytes | None]


@dataclass(frozen=True)
class MeetingTiming:
    items: list[ItemTiming]
    planned_minutes: float  # the meeting's planned span, or the sum of the agenda
    actual_minutes: float | None  # the meeting's actual span, or the sum of the items run

    @property
    def ran(self) -> list[ItemTiming]:
        return [i for i in self.items if i.actual_minutes is not None]

    @property
    def not_run(self) -> list[ItemTiming]:
        return [i for i in self.items if i.actual_minutes is None]

    @property
    def over_items(self) -> list[ItemTiming]:
        return [i for i in self.items if i.over]

    def summary(self) -> str:
        """The meeting as a whole (start to finish, breaks between items included) against its
        planned span, then the items: e.g. 'The meeting ran 7 min over (3 h 37 min start to
        finish against 3 h 30 min planned); 2 of 6 items over time, 1 not run.'"""
        if self.actual_minutes is None:
            return ""
        diff = round(self.actual_minutes - self.planned_minutes)
        against = (f"{duration(self.actual_minutes)} start to finish against "
                   f"{duration(self.planned_minutes)} planned")
        if diff > 0:
            head = f"The meeting ran {duration(diff)} over ({against})"
        elif diff < 0:
            head = f"The meeting finished {duration(-diff)} early ({against})"
        else:
            head = f"The meeting finished on time ({against})"
        ran = self.ran
        over = len(self.over_items)
        items = f"{over} of {len(ran)} item{'s' if len(ran) != 1 else ''} over time"
        if self.not_run:
            items += f", {len(self.not_run)} not run"
        return f"{head}; {items}."


def duration(minutes: float) -> str:
    """'45 min', '1 h', '3 h 37 min'."""
    total = round(minutes)
    hours, rest = divmod(total, 60)
    if hours and rest:
        return f"{hours} h {rest} min"
    if hours:
        return f"{hours} h"
    return f"{rest} min"


def _span_minutes(start: dt.time | None, end: dt.time | None) -> float | None:
    if start is None or end is None:
        return None
    day = dt.date(2000, 1, 1)
    minutes = (dt.datetime.combine(day, end) - dt.datetime.combine(day, start)).total_seconds()
    return minutes / 60 if minutes > 0 else None


def meeting_timing(record: MeetingRecord) -> MeetingTiming:
    items: list[ItemTiming] = []
    for number, item in enumerate(record.agenda, start=1):
        seconds = record.elapsed_seconds.get(item.id, 0.0)
        has_time = bool(item.slices) or seconds > 0
        if item.status in (ItemStatus.PENDING, ItemStatus.SKIPPED) and seconds < 30:
            has_time = False  # never really run: a slip of the clock is not a run
        items.append(ItemTiming(
            number=number, title=item.title, kind=item.kind, presenter=item.presenter,
            planned_minutes=item.planned_minutes,
            actual_minutes=round(seconds / 60, 1) if has_time else None,
            skipped=item.status is ItemStatus.SKIPPED,
        ))
    m = record.meeting
    planned = _span_minutes(m.planned_start, m.planned_end)
    if planned is None:
        planned = float(sum(i.planned_minutes for i in items))
    actual: float | None = None
    if m.actual_start is not None and m.actual_end is not None and m.actual_end > m.actual_start:
        actual = (m.actual_end - m.actual_start).total_seconds() / 60
    elif any(i.actual_minutes is not None for i in items):
        actual = sum(i.actual_minutes or 0.0 for i in items)
    return MeetingTiming(items=items, planned_minutes=planned, actual_minutes=actual)
