"""The rebalance suggestion: proportional, never below the floor, breaks protected."""

from __future__ import annotations

import pytest

from facilitator.domain import ItemKind, ItemStatus
from facilitator.services import agenda
from facilitator.timing import ItemTiming, apply_rebalance, suggest_rebalance


def items(*specs: tuple[int, ItemKind, ItemStatus]) -> list[ItemTiming]:
    return [
        ItemTiming(n, n, f"item {n}", kind, "", minutes, 0, status, None, None, 0.0, None, None)
        for n, (minutes, kind, status) in enumerate(specs)
    ]


P, B, W = ItemKind.PRESENTATION, ItemKind.BREAK, ItemKind.WORKING_SESSION
PEND, DONE, ACTIVE = ItemStatus.PENDING, ItemStatus.DONE, ItemStatus.ACTIVE


@pytest.mark.parametrize(
    ("specs", "late_seconds", "expected", "shortfall"),
    [
        # 10 minutes from 30 + 20 + 10 (+ a 15-minute break left alone): 5, 3.33, 1.67
        ([(30, P, PEND), (20, W, PEND), (10, P, PEND), (15, B, PEND)], 600,
         {0: 25, 1: 17, 2: 8}, 0),
        # an item at the floor cannot give; the others cover it
        ([(5, P, PEND), (40, P, PEND), (20, W, PEND)], 6 * 60, {1: 36, 2: 18}, 0),
        # 7 of 67 of 20 min is 2.09 > the 2 above the floor: capped, the rest shared again
        ([(60, P, PEND), (7, P, PEND)], 20 * 60, {0: 42, 1: 5}, 0),
        # not enough room: everything down to the floor, the rest reported
        ([(10, P, PEND), (7, P, PEND), (30, B, PEND)], 15 * 60, {0: 5, 1: 5}, 8),
        # 30 s late rounds up to a minute only past a whole minute
        ([(20, P, PEND)], 61, {0: 18}, 0),
        # done and running items are never touched
        ([(30, P, DONE), (30, P, ACTIVE), (10, P, PEND)], 3 * 60, {2: 7}, 0),
    ],
)
def test_suggestion(specs, late_seconds, expected, shortfall) -> None:
    result = suggest_rebalance(items(*specs), late_seconds)
    assert {c.item_id: c.new_minutes for c in result.cuts} == expected
    assert result.shortfall_minutes == shortfall
    assert result.minutes + shortfall == result.late_minutes


@pytest.mark.parametrize("late", [None, 0, -300, 59])
def test_no_suggestion_when_not_late(late) -> None:
    assert suggest_rebalance(items((30, P, PEND)), late) is None


def test_apply_writes_the_minutes_and_returns_the_old_ones(room) -> None:
    room.clock.advance(10 * 60)
    room.segment_clock.start()  # ten minutes late
    suggestion = room.segment_clock.reading().rebalance
    assert suggestion.late_minutes == 10
    previous = apply_rebalance(room.ws, rebalance=suggestion)
    after = {i.id: i.planned_minutes for i in agenda.list_items(room.ws,
                                                                meeting_id=room.meeting_id)}
    assert previous == {c.item_id: c.planned_minutes for c in suggestion.cuts}
    assert after[room.ids[2]] == 10  # the coffee break keeps its minutes
    assert sum(after.values()) == 60 - 10
    room.segment_clock.reload()
    r = room.segment_clock.reading()
    assert r.schedule.late_seconds == 0 and r.rebalance is None
