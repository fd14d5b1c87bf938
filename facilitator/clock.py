"""The clock the core is given: monotonic seconds for running time, UTC for the record."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterable
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds from an arbitrary origin; never jumps when the system clock is changed."""
        ...

    def now(self) -> dt.datetime:
        """Aware wall-clock time in UTC, stored with time slices so a crash can be resumed."""
        ...


# Linux's CLOCK_MONOTONIC stops while the laptop sleeps; CLOCK_BOOTTIME does not, so a lid closed
# during a break still counts as time passed in the room. Elsewhere time.monotonic already does.
_BOOTTIME = getattr(time, "CLOCK_BOOTTIME", None)


class SystemClock:
    def monotonic(self) -> float:
        if _BOOTTIME is not None:
            return time.clock_gettime(_BOOTTIME)
        return time.monotonic()

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)


class FakeClock:
    """A clock that tests and benchmarks move by hand: hours of meeting in microseconds."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self._mono = 1000.0
        self._wall = start or dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)

    def monotonic(self) -> float:
        return self._mono

    def now(self) -> dt.datetime:
        return self._wall

    def advance(self, seconds: float) -> None:
        """Time passes in the room: both clocks move."""
        self._mono += seconds
        self._wall += dt.timedelta(seconds=seconds)

    def jump_wall(self, seconds: float) -> None:
        """The system clock is changed (NTP, time zone, by hand): only wall time moves."""
        self._wall += dt.timedelta(seconds=seconds)


def slices_seconds(
    slices: Iterable[tuple[dt.datetime, dt.datetime | None]], now: dt.datetime
) -> float:
    """Elapsed seconds of an item from its stored slices; an open slice counts up to now."""
    total = 0.0
    for started, ended in slices:
        total += max(0.0, ((ended or now) - started).total_seconds())
    return total
