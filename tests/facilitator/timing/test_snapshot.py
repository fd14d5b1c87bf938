"""Undo and redo of clock actions: a timing snapshot taken and put back."""

from __future__ import annotations

from facilitator.domain import ItemStatus, MeetingStatus
from facilitator.timing import SegmentState, restore_snapshot, take_snapshot


def test_restore_undoes_next_and_the_time_runs_on_the_first_item(room) -> None:
    sc, clock = room.segment_clock, room.clock
    before_start = take_snapshot(room.ws, room.meeting_id)
    sc.start()
    clock.advance(120)
    before = take_snapshot(room.ws, room.meeting_id)
    sc.next()
    sc.extend(3)
    after = take_snapshot(room.ws, room.meeting_id)
    clock.advance(30)

    restore_snapshot(room.ws, before)  # undo: as if Next had never been pressed
    sc.reload()
    r = sc.reading()
    assert r.current.item.id == room.ids[0] and r.current.elapsed == 150
    assert r.items[1].item.status is ItemStatus.PENDING and r.items[1].elapsed == 0
    assert r.items[1].item.planned_minutes == 20

    restore_snapshot(room.ws, after)  # redo: Next at the moment it was pressed
    sc.reload()
    r = sc.reading()
    assert r.current.item.id == room.ids[1] and r.current.item.planned_minutes == 23
    assert r.items[0].elapsed == 120 and r.current.elapsed == 30

    restore_snapshot(room.ws, before_start)
    sc.reload()
    r = sc.reading()
    assert r.state is SegmentState.NOT_STARTED and r.meeting.status is MeetingStatus.PLANNED
    assert r.meeting.actual_start is None and all(i.elapsed == 0 for i in r.items)


def test_an_undone_pause_runs_on_by_the_monotonic_clock(room) -> None:
    sc, clock = room.segment_clock, room.clock
    sc.start()
    clock.advance(60)
    before = take_snapshot(room.ws, room.meeting_id)
    sc.pause()
    clock.advance(30)
    clock.jump_wall(-3600)  # the system clock is set back an hour meanwhile
    restore_snapshot(room.ws, before)  # undo the pause
    sc.reload()
    r = sc.reading()
    assert r.current.running and r.current.elapsed == 90
