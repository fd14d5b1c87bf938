"""The segment clock: start, pause, next, skip, extend, jump... written as time slices."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from facilitator.clock import Clock
from facilitator.domain import ItemStatus, MeetingStatus
from facilitator.errors import ValidationError
from facilitator.models import AgendaItem, Meeting, TimeSlice
from facilitator.services.common import MAX_MINUTES, get
from facilitator.timing.rebalance import Rebalance, suggest_rebalance
from facilitator.timing.schedule import Schedule, meeting_schedule
from facilitator.timing.state import (
    ItemReading,
    ItemTiming,
    MeetingTiming,
    SegmentState,
    band_of,
)
from facilitator.workspace import Workspace


@dataclass(frozen=True)
class MeetingReading:
    """The whole meeting at one instant: what the run view and the projector display."""

    meeting: MeetingTiming
    items: tuple[ItemReading, ...]
    current: ItemReading | None  # the active item (running or paused)
    next_item: ItemTiming | None  # what `next` would start
    now: dt.datetime
    schedule: Schedule
    rebalance: Rebalance | None

    @property
    def state(self) -> SegmentState:
        if self.meeting.status is MeetingStatus.FINISHED:
            return SegmentState.FINISHED
        cur = self.current
        if cur is None:
            return SegmentState.NOT_STARTED
        if not cur.running:
            return SegmentState.PAUSED
        return {"normal": SegmentState.RUNNING, "warning": SegmentState.WARNING,
                "overtime": SegmentState.OVERTIME}[cur.band.value]


@dataclass
class _Tx:
    session: Session
    meeting: Meeting
    items: list[AgendaItem]

    def current(self) -> AgendaItem | None:
        return next((i for i in self.items if i.status is ItemStatus.ACTIVE), None)

    def item(self, item_id: int) -> AgendaItem:
        for i in self.items:
            if i.id == item_id:
                return i
        raise ValidationError(f"agenda item {item_id} is not in this meeting")

    def next_pending(self, after: AgendaItem | None) -> AgendaItem | None:
        pending = [i for i in self.items if i.status is ItemStatus.PENDING]
        if after is not None:
            later = [i for i in pending if i.position > after.position]
            pending = later or pending
        return pending[0] if pending else None


class SegmentClock:
    """Runs the clock of one meeting. Every action is one transaction on the database.

    While the app runs, the elapsed time of a running slice comes from the monotonic clock,
    anchored when the slice starts (or, after a crash, when the clock first sees the open slice:
    then the stored UTC start gives the time that passed in the room). Changing the system clock
    therefore moves nothing; a paused slice is stored with the monotonic length it ran.
    """

    def __init__(
        self, ws: Workspace, meeting_id: int, clock: Clock, *, tz: dt.tzinfo | None = None
    ) -> None:
        self.ws, self.meeting_id, self.clock, self.tz = ws, meeting_id, clock, tz
        # open slice id -> (monotonic reading at the anchor, seconds the slice had run by then)
        self._anchors: dict[int, tuple[float, float]] = {}
        self._timing: MeetingTiming | None = None

    # Reading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Forgets the cached timing: the next reading loads it again (call after any edit)."""
        self._timing = None

    def timing(self) -> MeetingTiming:
        if self._timing is None:
            self._timing = self._load()
        return self._timing

    def _load(self) -> MeetingTiming:
        with self.ws.session() as s:
            m = get(s, Meeting, self.meeting_id)
            rows = s.scalars(
                select(AgendaItem).where(AgendaItem.meeting_id == self.meeting_id)
                .options(selectinload(AgendaItem.slices)).order_by(AgendaItem.position)
            )
            items = []
            for i in rows:
                open_slice = next((x for x in i.slices if x.ended_at is None), None)
                closed = sum(max(0.0, (x.ended_at - x.started_at).total_seconds())
                             for x in i.slices if x.ended_at is not None)
                items.append(ItemTiming(
                    i.id, i.position, i.title, i.kind, i.presenter, i.planned_minutes,
                    i.extended_minutes, i.status, i.actual_start, i.actual_end, closed,
                    open_slice.id if open_slice else None,
                    open_slice.started_at if open_slice else None,
                ))
            return MeetingTiming(
                m.id, m.title, m.status, m.date, m.planned_start, m.planned_end, m.actual_start,
                m.actual_end, m.warn_minutes, m.warn_percent, tuple(items),
            )

    def _slice_seconds(self, slice_id: int, started_at: dt.datetime) -> float:
        anchor = self._anchors.get(slice_id)
        mono = self.clock.monotonic()
        if anchor is None:
            # First sight of a slice we did not start (reopened after a crash): wall time.
            ran = max(0.0, (self.clock.now() - started_at).total_seconds())
            anchor = self._anchors[slice_id] = (mono, ran)
        return anchor[1] + max(0.0, mono - anchor[0])

    def elapsed(self, item: ItemTiming) -> float:
        if item.open_slice_id is None or item.open_slice_start is None:
            return item.closed_seconds
        return item.closed_seconds + self._slice_seconds(item.open_slice_id,
                                                         item.open_slice_start)

    def reading(self) -> MeetingReading:
        m = self.timing()
        readings = []
        for item in m.items:
            elapsed = self.elapsed(item)
            band = band_of(item.planned_seconds - elapsed, item.planned_seconds,
                           m.warn_minutes, m.warn_percent)
            readings.append(ItemReading(item, elapsed, item.open_slice_id is not None, band))
        current = next((r for r in readings if r.item.status is ItemStatus.ACTIVE), None)
        after = current.item.position if current else -1
        pending = [i for i in m.items if i.status is ItemStatus.PENDING]
        next_item = next((i for i in pending if i.position > after), pending[0] if pending
                         else None)
        now = self.clock.now()
        schedule = meeting_schedule(m, readings, now, self.tz)
        rebalance = None
        if m.status is MeetingStatus.RUNNING:
            rebalance = suggest_rebalance(m.items, schedule.late_seconds)
        return MeetingReading(m, tuple(readings), current, next_item, now, schedule, rebalance)

    # Actions -----------------------------------------------------------------------------

    def _act(self, action: Callable[[_Tx], bool]) -> bool:
        try:
            with self.ws.session() as s:
                meeting = get(s, Meeting, self.meeting_id)
                items = list(s.scalars(
                    select(AgendaItem).where(AgendaItem.meeting_id == self.meeting_id)
                    .options(selectinload(AgendaItem.slices)).order_by(AgendaItem.position)
                ))
                return action(_Tx(s, meeting, items))
        finally:
            self.reload()

    def _close(self, tx: _Tx, item: AgendaItem) -> dt.datetime | None:
        """Ends the item's running slice with the length the monotonic clock measured."""
        for x in item.slices:
            if x.ended_at is None:
                # The anchor is kept: an undone pause reopens this very slice, and its time
                # since the start is still best measured from the anchor.
                x.ended_at = x.started_at + dt.timedelta(
                    seconds=self._slice_seconds(x.id, x.started_at))
                return x.ended_at
        return None

    def _open(self, tx: _Tx, item: AgendaItem) -> None:
        slice_ = TimeSlice(agenda_item_id=item.id, started_at=self.clock.now())
        tx.session.add(slice_)
        tx.session.flush()
        self._anchors[slice_.id] = (self.clock.monotonic(), 0.0)

    def _leave(self, tx: _Tx, item: AgendaItem, status: ItemStatus) -> dt.datetime:
        end = self._close(tx, item) or self.clock.now()
        item.status = status
        item.actual_end = None if status is ItemStatus.PENDING else end
        return end

    def _enter(self, tx: _Tx, item: AgendaItem) -> None:
        now = self.clock.now()
        item.status = ItemStatus.ACTIVE
        item.actual_start = item.actual_start or now
        item.actual_end = None
        m = tx.meeting
        if m.status is not MeetingStatus.RUNNING:
            m.status = MeetingStatus.RUNNING
            m.actual_start = m.actual_start or now
            m.actual_end = None
        self._open(tx, item)

    def _finish(self, tx: _Tx, end: dt.datetime | None = None) -> None:
        tx.meeting.status = MeetingStatus.FINISHED
        tx.meeting.actual_end = end or self.clock.now()

    def _advance(self, tx: _Tx, leave_as: ItemStatus) -> bool:
        cur = tx.current()
        end = self._leave(tx, cur, leave_as) if cur else None
        target = tx.next_pending(cur)
        if target is not None:
            self._enter(tx, target)
        elif cur is not None:
            self._finish(tx, end)  # the last item ended: so did the meeting
        elif not tx.items:
            raise ValidationError("the agenda is empty: add items before starting the clock")
        else:
            raise ValidationError("no agenda item is left to run")
        return True

    def start(self) -> bool:
        """Starts the meeting (first pending item) or resumes the current item."""
        def run(tx: _Tx) -> bool:
            cur = tx.current()
            if cur is None:
                return self._advance(tx, ItemStatus.DONE)
            if any(x.ended_at is None for x in cur.slices):
                return False
            self._open(tx, cur)
            return True
        return self._act(run)

    def pause(self) -> bool:
        def run(tx: _Tx) -> bool:
            cur = tx.current()
            return cur is not None and self._close(tx, cur) is not None
        return self._act(run)

    def resume(self) -> bool:
        return self.start()

    def toggle(self) -> bool:
        """Space: pause when running, otherwise start or resume."""
        cur = self.reading().current
        return self.pause() if cur is not None and cur.running else self.start()

    def next(self) -> bool:
        """Ends the current item (done) and starts the next pending one."""
        return self._act(lambda tx: self._advance(tx, ItemStatus.DONE))

    def skip(self, item_id: int | None = None) -> bool:
        """Skips the current item (and starts the next), or marks a pending item skipped."""
        def run(tx: _Tx) -> bool:
            cur = tx.current()
            if item_id is None or (cur is not None and cur.id == item_id):
                if cur is None:
                    target = tx.next_pending(None)
                    if target is None:
                        raise ValidationError("no agenda item is left to skip")
                    target.status = ItemStatus.SKIPPED
                    return True
                return self._advance(tx, ItemStatus.SKIPPED)
            item = tx.item(item_id)
            if item.status is not ItemStatus.PENDING:
                raise ValidationError(f"“{item.title}” has already been run")
            item.status = ItemStatus.SKIPPED
            return True
        return self._act(run)

    def previous(self) -> bool:
        """Goes back to the item before the current one; the current one returns to pending."""
        def run(tx: _Tx) -> bool:
            cur = tx.current()
            if cur is not None:
                ref = cur.position
            else:
                run_items = [i for i in tx.items if i.status is not ItemStatus.PENDING]
                ref = run_items[-1].position + 1 if run_items else 0
            before = [i for i in tx.items if i.position < ref]
            if not before:
                raise ValidationError("this is the first item of the agenda")
            if cur is not None:
                self._leave(tx, cur, ItemStatus.PENDING)
            self._enter(tx, before[-1])
            return True
        return self._act(run)

    def jump(self, item_id: int) -> bool:
        """Runs any item: the current one ends (done if the jump goes forward, else pending)."""
        def run(tx: _Tx) -> bool:
            target = tx.item(item_id)
            cur = tx.current()
            if cur is not None and cur.id == target.id:
                if any(x.ended_at is None for x in cur.slices):
                    return False
                self._open(tx, cur)
                return True
            if cur is not None:
                forward = target.position > cur.position
                self._leave(tx, cur, ItemStatus.DONE if forward else ItemStatus.PENDING)
            self._enter(tx, target)
            return True
        return self._act(run)

    def extend(self, minutes: int = 1, item_id: int | None = None) -> bool:
        """Adds minutes to an item's plan (default: the current, else the next item)."""
        if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes < 1:
            raise ValidationError("extend by a whole number of minutes (1 or more)")

        def run(tx: _Tx) -> bool:
            item = tx.item(item_id) if item_id is not None else (
                tx.current() or tx.next_pending(None))
            if item is None:
                raise ValidationError("there is no item to extend")
            if item.planned_minutes + minutes > MAX_MINUTES:
                raise ValidationError("an item cannot be planned for more than 24 hours")
            item.planned_minutes += minutes
            item.extended_minutes += minutes
            return True
        return self._act(run)

    def stop(self) -> bool:
        """Ends the current item (done) without starting another."""
        def run(tx: _Tx) -> bool:
            cur = tx.current()
            if cur is None:
                return False
            self._leave(tx, cur, ItemStatus.DONE)
            return True
        return self._act(run)

    def finish(self) -> bool:
        """Ends the meeting: the current item is done, the pending ones stay not run."""
        def run(tx: _Tx) -> bool:
            if tx.meeting.status is MeetingStatus.FINISHED:
                return False
            if tx.meeting.status is MeetingStatus.PLANNED:
                raise ValidationError("the meeting has not started")
            cur = tx.current()
            self._finish(tx, self._leave(tx, cur, ItemStatus.DONE) if cur else None)
            return True
        return self._act(run)
