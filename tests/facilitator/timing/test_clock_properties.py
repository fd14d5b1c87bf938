"""Any sequence of clock actions keeps the books straight (property-based, on the fake clock)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.clock import FakeClock
from facilitator.domain import ItemStatus
from facilitator.errors import ValidationError
from facilitator.timing import SegmentClock, restore_snapshot, take_snapshot
from facilitator.workspace import open_workspace
from tests.facilitator.timing.meeting import make_meeting

ACTIONS = st.one_of(
    st.sampled_from(["start", "pause", "toggle", "next", "previous", "skip", "stop", "finish"]),
    st.tuples(st.sampled_from(["jump", "skip_item", "extend"]), st.integers(0, 4)),
)
STEPS = st.lists(st.tuples(ACTIONS, st.integers(0, 900)), min_size=1, max_size=25)


def act(sc: SegmentClock, ids: list[int], action: object) -> None:
    if isinstance(action, str):
        getattr(sc, action)()
        return
    name, n = action  # type: ignore[misc]
    if name == "jump":
        sc.jump(ids[n])
    elif name == "skip_item":
        sc.skip(ids[n])
    else:
        sc.extend(n + 1)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=STEPS)
def test_any_sequence_keeps_time_and_state_consistent(tmp_path_factory, steps) -> None:
    path = Path(tmp_path_factory.mktemp("prop")) / "p.db"
    ws = open_workspace(path)
    try:
        meeting_id, ids = make_meeting(ws)
        clock = FakeClock(dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC))
        sc = SegmentClock(ws, meeting_id, clock, tz=dt.UTC)
        running_total = 0.0
        for action, wait in steps:
            before = take_snapshot(ws, meeting_id)
            try:
                act(sc, ids, action)
            except ValidationError:
                assert take_snapshot(ws, meeting_id) == before  # a refused action writes nothing
            r = sc.reading()
            active = [i for i in r.items if i.item.status is ItemStatus.ACTIVE]
            running = [i for i in r.items if i.running]
            assert len(active) <= 1 and len(running) <= 1
            assert all(i.item.status is ItemStatus.ACTIVE for i in running)
            if running:
                running_total += wait
            clock.advance(wait)
            r = sc.reading()
            assert abs(sum(i.elapsed for i in r.items) - running_total) < 1e-6
            # A fresh reader (a restarted app) agrees with the long-lived one.
            fresh = SegmentClock(ws, meeting_id, clock, tz=dt.UTC).reading()
            assert [round(i.elapsed, 6) for i in fresh.items] == [
                round(i.elapsed, 6) for i in r.items]
            # Undo to the state before the action, then redo it: both land exactly.
            after = take_snapshot(ws, meeting_id)
            restore_snapshot(ws, before)
            restore_snapshot(ws, after)
            assert take_snapshot(ws, meeting_id) == after
            sc.reload()
    finally:
        ws.close()
