"""A whole meeting walked on the fake clock: every reading checked at every step."""

from __future__ import annotations

import datetime as dt

import pytest

from facilitator.domain import ItemStatus, MeetingStatus
from facilitator.errors import ValidationError
from facilitator.serialize import load_meeting
from facilitator.services import meetings
from facilitator.timing import Band, SegmentState, format_countdown

MIN = 60.0


def item(reading, index):
    return reading.items[index]


def test_full_meeting_with_pause_extension_skip_previous_and_overtime(room) -> None:
    sc, clock = room.segment_clock, room.clock
    welcome, pipeline, coffee, board, close = room.ids

    r = sc.reading()
    assert r.state is SegmentState.NOT_STARTED and r.current is None
    assert r.next_item.id == welcome
    assert r.schedule.planned_end == room.at(10, 0)
    assert r.schedule.projected_end == room.at(10, 0)
    assert r.rebalance is None  # not running yet

    # 09:02 the room is ready: two minutes late.
    clock.advance(2 * MIN)
    assert sc.start() is True
    r = sc.reading()
    assert r.state is SegmentState.RUNNING
    assert r.current.item.id == welcome and r.current.elapsed == 0
    assert format_countdown(r.current.remaining) == "10:00"
    assert r.meeting.status is MeetingStatus.RUNNING and r.meeting.actual_start == room.at(9, 2)
    assert r.schedule.projected_end == room.at(10, 2)
    assert r.schedule.late_seconds == 2 * MIN
    # Two minutes shared by the pending items in proportion, the break protected, the 5-minute
    # close already at the floor: 20 and 15 minutes give 1.14 and 0.86 -> one each.
    cuts = {c.item_id: (c.planned_minutes, c.new_minutes) for c in r.rebalance.cuts}
    assert cuts == {pipeline: (20, 19), board: (15, 14)}
    assert r.rebalance.shortfall_minutes == 0

    # Eight minutes in: the last two minutes are the warning (longer than 10 % = 1 minute).
    clock.advance(7 * MIN + 59)
    assert sc.reading().state is SegmentState.RUNNING
    clock.advance(1)
    r = sc.reading()
    assert r.state is SegmentState.WARNING and r.current.band is Band.WARNING
    assert r.current.elapsed == 8 * MIN and r.current.remaining == 2 * MIN

    # A pause of a minute: elapsed stands still, the projected end moves.
    assert sc.pause() is True
    assert sc.pause() is False  # already paused: nothing to do
    clock.advance(MIN)
    r = sc.reading()
    assert r.state is SegmentState.PAUSED and r.current.elapsed == 8 * MIN
    assert r.schedule.projected_end == room.at(9, 11) + dt.timedelta(minutes=2 + 50)

    # Resumed with Space (toggle); three minutes later it is a minute over.
    assert sc.toggle() is True
    clock.advance(3 * MIN)
    r = sc.reading()
    assert r.state is SegmentState.OVERTIME and r.current.overtime == MIN
    assert format_countdown(r.current.remaining) == "+01:00"
    assert r.schedule.used_seconds == 11 * MIN
    assert r.schedule.planned_so_far_seconds == 10 * MIN
    assert r.schedule.projected_end == room.at(9, 14) + dt.timedelta(minutes=50)
    assert r.rebalance.late_minutes == 4

    # Extended by a minute: planned 11, nothing left: back in the warning band.
    assert sc.extend(1) is True
    r = sc.reading()
    assert item(r, 0).item.planned_minutes == 11 and item(r, 0).item.extended_minutes == 1
    assert r.current.remaining == 0 and r.state is SegmentState.WARNING

    # Next: Welcome done (planned 11 vs actual 11 min), Pipeline running.
    assert sc.next() is True
    r = sc.reading()
    assert item(r, 0).item.status is ItemStatus.DONE
    assert item(r, 0).item.actual_start == room.at(9, 2)
    assert item(r, 0).item.actual_end == room.at(9, 14)
    assert item(r, 0).elapsed == 11 * MIN
    assert r.current.item.id == pipeline and r.current.item.actual_start == room.at(9, 14)
    assert r.schedule.projected_end == room.at(10, 4)  # 09:14 + 20 + 10 + 15 + 5
    cuts = {c.item_id: (c.planned_minutes, c.new_minutes) for c in r.rebalance.cuts}
    assert cuts == {board: (15, 11)}  # the one item above the floor that is not a break

    # The board is skipped before its turn; the projection drops its 15 minutes.
    assert sc.skip(board) is True
    r = sc.reading()
    assert item(r, 3).item.status is ItemStatus.SKIPPED
    assert r.schedule.projected_end == room.at(9, 49)
    starts = [r.schedule.item_starts.get(i) for i in room.ids]
    assert starts == [room.at(9, 2), room.at(9, 14), room.at(9, 34), None, room.at(9, 44)]
    assert r.rebalance is None  # no longer late

    clock.advance(21 * MIN)
    assert sc.reading().state is SegmentState.OVERTIME
    assert sc.next() is True  # Pipeline done at 09:35 (21 of 20 min), coffee starts
    r = sc.reading()
    assert r.current.item.id == coffee and item(r, 1).elapsed == 21 * MIN

    # Coffee started too early: Previous puts Pipeline back on the clock, coffee waits.
    clock.advance(30)
    assert sc.previous() is True
    r = sc.reading()
    assert r.current.item.id == pipeline and item(r, 1).item.actual_end is None
    assert item(r, 2).item.status is ItemStatus.PENDING and item(r, 2).elapsed == 30
    clock.advance(MIN)
    assert sc.reading().current.elapsed == 22 * MIN
    assert sc.next() is True and sc.reading().current.item.id == coffee
    clock.advance(10 * MIN)
    assert sc.reading().current.elapsed == 10 * MIN + 30
    assert sc.next() is True
    r = sc.reading()
    assert r.current.item.id == close  # the skipped board is passed over
    clock.advance(4 * MIN)
    assert sc.next() is True  # the last item: the meeting ends

    r = sc.reading()
    assert r.state is SegmentState.FINISHED and r.current is None
    assert r.meeting.status is MeetingStatus.FINISHED
    assert r.meeting.actual_end == room.at(9, 50, 30)
    assert r.schedule.projected_end == room.at(9, 50, 30)
    assert r.schedule.late_seconds == -(9 * MIN + 30)
    statuses = [i.item.status for i in r.items]
    assert statuses == [ItemStatus.DONE, ItemStatus.DONE, ItemStatus.DONE, ItemStatus.SKIPPED,
                        ItemStatus.DONE]
    # Planned vs actual, as the minutes will show them (read back through the foundation).
    record = load_meeting(room.ws, room.meeting_id, now=clock.now())
    actual = [round(record.elapsed_seconds[i.id] / 60, 1) for i in record.agenda]
    assert [i.planned_minutes for i in record.agenda] == [11, 20, 10, 15, 5]
    assert actual == [11.0, 22.0, 10.5, 0.0, 4.0]


def test_a_wall_clock_jump_while_running_changes_nothing(room) -> None:
    sc, clock = room.segment_clock, room.clock
    sc.start()
    clock.advance(MIN)
    clock.jump_wall(3600)  # NTP, a time zone change, a hand-set clock
    r = sc.reading()
    assert r.current.elapsed == MIN and r.state is SegmentState.RUNNING
    clock.advance(MIN)
    clock.jump_wall(-2 * 3600)
    assert sc.reading().current.elapsed == 2 * MIN
    assert sc.pause() is True
    # The stored slice has the monotonic length, so a fresh reader agrees.
    fresh = type(sc)(room.ws, room.meeting_id, clock, tz=dt.UTC)
    assert fresh.reading().current.elapsed == 2 * MIN
    sc.start()
    clock.advance(30)
    assert sc.reading().current.elapsed == 2 * MIN + 30


def test_a_crash_resumes_the_running_item_with_the_downtime(room, db_path) -> None:
    from facilitator.timing import SegmentClock
    from facilitator.workspace import open_workspace

    sc, clock = room.segment_clock, room.clock
    sc.start()
    clock.advance(5 * MIN)
    sc.next()
    clock.advance(3 * MIN)
    # The laptop dies: nothing is closed properly, the objects are gone.
    del sc
    room.segment_clock = None
    room.ws.close()
    clock.advance(2 * MIN)  # the time it takes to restart the app
    ws = open_workspace(db_path)
    try:
        sc = SegmentClock(ws, room.meeting_id, clock, tz=dt.UTC)
        r = sc.reading()
        assert r.current.item.id == room.ids[1] and r.state is SegmentState.RUNNING
        assert r.current.elapsed == 5 * MIN  # 3 minutes before the crash, 2 during it
        assert r.items[0].elapsed == 5 * MIN and r.items[0].item.status is ItemStatus.DONE
        clock.advance(MIN)
        assert sc.reading().current.elapsed == 6 * MIN
        clock.jump_wall(600)  # after the reopen, the monotonic clock rules again
        assert sc.reading().current.elapsed == 6 * MIN
        sc.pause()
        assert SegmentClock(ws, room.meeting_id, clock).reading().current.elapsed == 6 * MIN
    finally:
        ws.close()


@pytest.mark.parametrize(
    ("planned", "warn_minutes", "warn_percent", "elapsed", "band"),
    [
        (10, 2, 10, 7 * 60 + 59, Band.NORMAL),
        (10, 2, 10, 8 * 60, Band.WARNING),  # 2 minutes are longer than 10 % (1 minute)
        (60, 2, 10, 53 * 60 + 59, Band.NORMAL),
        (60, 2, 10, 54 * 60, Band.WARNING),  # 10 % (6 minutes) is longer than 2 minutes
        (10, 0, 0, 10 * 60, Band.WARNING),
        (10, 0, 0, 10 * 60 + 1, Band.OVERTIME),
        (10, 5, 10, 5 * 60, Band.WARNING),  # configurable per meeting
    ],
)
def test_warning_band_is_the_longer_of_minutes_and_percent(
    room, planned, warn_minutes, warn_percent, elapsed, band
) -> None:
    meetings.update_meeting(room.ws, meeting_id=room.meeting_id, warn_minutes=warn_minutes,
                            warn_percent=warn_percent)
    from facilitator.services import agenda

    agenda.update_item(room.ws, item_id=room.ids[0], planned_minutes=planned)
    room.segment_clock.start()
    room.clock.advance(elapsed)
    assert room.segment_clock.reading().current.band is band


def test_jump_forward_and_back(room) -> None:
    sc = room.segment_clock
    sc.start()
    room.clock.advance(MIN)
    sc.jump(room.ids[3])  # forward: the welcome is done
    r = sc.reading()
    assert r.current.item.id == room.ids[3] and r.items[0].item.status is ItemStatus.DONE
    sc.jump(room.ids[1])  # back: the board waits again as pending
    r = sc.reading()
    assert r.items[3].item.status is ItemStatus.PENDING and r.current.item.id == room.ids[1]
    assert sc.jump(room.ids[1]) is False  # already running
    sc.stop()
    r = sc.reading()
    assert r.current is None and r.state is SegmentState.NOT_STARTED
    assert r.meeting.status is MeetingStatus.RUNNING
    assert r.next_item.id == room.ids[2]
    sc.finish()
    assert sc.reading().state is SegmentState.FINISHED
    sc.jump(room.ids[4])  # reopening a finished meeting
    r = sc.reading()
    assert r.meeting.status is MeetingStatus.RUNNING and r.meeting.actual_end is None


def test_bad_requests_are_clear_messages(room, ws) -> None:
    sc = room.segment_clock
    with pytest.raises(ValidationError, match="first item"):
        sc.previous()
    with pytest.raises(ValidationError, match="whole number"):
        sc.extend(0)
    with pytest.raises(ValidationError, match="not started"):
        sc.finish()
    sc.start()
    sc.next()
    with pytest.raises(ValidationError, match="already been run"):
        sc.skip(room.ids[0])
    empty = meetings.create_meeting(ws, title="Empty")
    from facilitator.timing import SegmentClock

    with pytest.raises(ValidationError, match="agenda is empty"):
        SegmentClock(ws, empty.id, room.clock).start()


@pytest.mark.parametrize(
    ("seconds", "countdown", "duration"),
    [(600, "10:00", "10:00"), (599.2, "10:00", "09:59"), (0, "00:00", "00:00"),
     (-0.5, "+00:00", "00:00"), (-61, "+01:01", "01:01"), (5400, "90:00", "1:30:00")],
)
def test_formats(seconds, countdown, duration) -> None:
    from facilitator.timing import format_duration

    assert format_countdown(seconds) == countdown
    assert format_duration(abs(seconds)) == duration
