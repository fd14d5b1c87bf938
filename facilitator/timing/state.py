"""What the segment clock reads: the meeting's timing as plain data, the states and formats."""

from __future__ import annotations

import datetime as dt
import enum
import math
from dataclasses import dataclass

from facilitator.domain import ItemKind, ItemStatus, MeetingStatus


class SegmentState(enum.StrEnum):
    """What the screens show for the current segment (the colour comes from Band)."""

    NOT_STARTED = "not_started"  # no segment on the clock yet (or between two segments)
    RUNNING = "running"
    WARNING = "warning"  # running, in the last minutes of the segment
    OVERTIME = "overtime"  # running, past the planned minutes
    PAUSED = "paused"
    FINISHED = "finished"  # the meeting is over


class Band(enum.StrEnum):
    """The colour band of a countdown: normal, in the warning stretch, or over time."""

    NORMAL = "normal"
    WARNING = "warning"
    OVERTIME = "overtime"


@dataclass(frozen=True)
class ItemTiming:
    """One agenda item as the clock sees it, loaded from the database."""

    id: int
    position: int
    title: str
    kind: ItemKind
    presenter: str
    planned_minutes: int
    extended_minutes: int
    status: ItemStatus
    actual_start: dt.datetime | None
    actual_end: dt.datetime | None
    closed_seconds: float  # the sum of the item's finished time slices
    open_slice_id: int | None  # the running slice, if the clock runs on this item
    open_slice_start: dt.datetime | None

    @property
    def planned_seconds(self) -> float:
        return self.planned_minutes * 60.0

    @property
    def is_break(self) -> bool:
        return self.kind is ItemKind.BREAK


@dataclass(frozen=True)
class MeetingTiming:
    """The meeting's fields the clock and the schedule need, with its agenda in order."""

    id: int
    title: str
    status: MeetingStatus
    date: dt.date | None
    planned_start: dt.time | None
    planned_end: dt.time | None
    actual_start: dt.datetime | None
    actual_end: dt.datetime | None
    warn_minutes: int
    warn_percent: int
    items: tuple[ItemTiming, ...]


def warn_seconds(planned_seconds: float, warn_minutes: int, warn_percent: int) -> float:
    """The warning stretch: the longer of N minutes and P % of the item."""
    return max(warn_minutes * 60.0, planned_seconds * warn_percent / 100.0)


def band_of(remaining: float, planned_seconds: float, warn_minutes: int, warn_percent: int) -> Band:
    if remaining < 0:
        return Band.OVERTIME
    if remaining <= warn_seconds(planned_seconds, warn_minutes, warn_percent):
        return Band.WARNING
    return Band.NORMAL


@dataclass(frozen=True)
class ItemReading:
    """An item at one instant: its elapsed time and what follows from it."""

    item: ItemTiming
    elapsed: float
    running: bool
    band: Band

    @property
    def remaining(self) -> float:
        """Planned minus elapsed seconds; negative in overtime."""
        return self.item.planned_seconds - self.elapsed

    @property
    def overtime(self) -> float:
        return max(0.0, -self.remaining)


def format_clock(seconds: float) -> str:
    """Seconds as mm:ss (minutes may pass 59: a 90-minute segment starts at 90:00)."""
    whole = int(seconds)
    return f"{whole // 60:02d}:{whole % 60:02d}"


def format_duration(seconds: float) -> str:
    """A meeting-length duration: mm:ss under an hour, h:mm:ss from an hour on."""
    whole = int(seconds)
    if whole < 3600:
        return format_clock(whole)
    return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


def format_countdown(remaining: float) -> str:
    """The big countdown: mm:ss left (rounded up, so a fresh 10-minute item shows 10:00), or
    +mm:ss over time."""
    if remaining >= 0:
        return format_clock(math.ceil(remaining - 1e-9))
    return "+" + format_clock(-remaining)


def format_minutes(seconds: float) -> str:
    """A signed whole-minute difference for the schedule: '+7 min', '−3 min', 'on time'."""
    minutes = round(seconds / 60.0)
    if minutes == 0:
        return "on time"
    return f"+{minutes} min" if minutes > 0 else f"−{-minutes} min"


def format_time_of_day(moment: dt.datetime | None, tz: dt.tzinfo | None = None) -> str:
    """HH:MM in the room's time zone (tz; None = the system's)."""
    if moment is None:
        return ""
    local = moment.astimezone(tz) if tz is not None else moment.astimezone()
    return local.strftime("%H:%M")
