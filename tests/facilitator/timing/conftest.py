"""A small meeting on a fake clock: five items, 09:00–10:00 UTC, with a break."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from facilitator.clock import FakeClock
from facilitator.timing import SegmentClock
from facilitator.workspace import Workspace
from tests.facilitator.timing.meeting import make_meeting


@dataclass
class Room:
    ws: Workspace
    meeting_id: int
    ids: list[int]
    clock: FakeClock
    segment_clock: SegmentClock

    def at(self, hh: int, mm: int, ss: int = 0) -> dt.datetime:
        return dt.datetime(2026, 11, 24, hh, mm, ss, tzinfo=dt.UTC)


@pytest.fixture
def room(ws: Workspace) -> Room:
    meeting_id, ids = make_meeting(ws)
    clock = FakeClock(dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC))
    return Room(ws, meeting_id, ids, clock, SegmentClock(ws, meeting_id, clock, tz=dt.UTC))
