"""The running meeting's clock in the window: one timer, readings, and undoable clock actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitator.clock import Clock
from facilitator.errors import FacilitatorError
from facilitator.timing import (
    Band,
    MeetingReading,
    SegmentClock,
    SegmentState,
    apply_rebalance,
    restore_snapshot,
    take_snapshot,
)
from ui.common.commands import SnapshotCommand
from ui.common.document import MeetingDocument, Topic

# While a segment runs, the next reading is taken just after the countdown's next whole second
# (computed from the monotonic elapsed time, so the display turns on the second and the timer
# never accumulates drift); otherwise once a second (the time of day still moves).
AFTER_BOUNDARY_MS = 15
IDLE_INTERVAL_MS = 1000
_RANK = {Band.NORMAL: 0, Band.WARNING: 1, Band.OVERTIME: 2}


def show_error(parent: QWidget | None, message: str) -> None:
    """Tells the user why a clock action could not be done (tests replace this)."""
    QMessageBox.warning(parent, "Facilitator", message)


def confirm_reopen(parent: QWidget | None) -> bool:
    """Asks before a finished meeting's clock runs again (tests replace this)."""
    answer = QMessageBox.question(
        parent, "Facilitator",
        "This meeting is finished. Run the clock again and reopen it?\n\n"
        "The actual end time in the minutes will change.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class RunClock(QObject):
    """The segment clock of one open meeting, shared by the run view and the projector.

    Signals:
        ticked(object): a fresh MeetingReading (a few times a second while running).
        band_entered(str): the running item just entered the "warning" or "overtime" band.
    """

    ticked = Signal(object)
    band_entered = Signal(str)

    def __init__(
        self, document: MeetingDocument, clock: Clock, *, tz: dt.tzinfo | None = None
    ) -> None:
        super().__init__(document)
        self.document = document
        self.segment_clock = SegmentClock(document.ws, document.meeting_id, clock, tz=tz)
        self.tz = tz
        self._last_band: tuple[int, Band] | None = None
        self.reading: MeetingReading = self.segment_clock.reading()
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.tick)
        document.edited.connect(self._on_changed)
        self._schedule_timer()
        self._note_band(self.reading, announce=False)

    @classmethod
    def of(cls, document: MeetingDocument, clock: Clock) -> RunClock:
        """The document's one RunClock (created on first use), so all views agree to the ms."""
        found = document.findChild(RunClock)
        return found if found is not None else cls(document, clock)

    @Slot(object)
    def _on_changed(self, topics: frozenset[Topic]) -> None:
        # Once per edit: a clock action's "clock" and "agenda" are one reading, not two.
        if not {Topic.AGENDA, Topic.CLOCK, Topic.MEETING}.isdisjoint(topics):
            self.segment_clock.reload()
            self.tick()

    @Slot()
    def tick(self) -> None:
        """Takes a reading from the monotonic clock (never by counting ticks) and announces it."""
        self.reading = self.segment_clock.reading()
        self._note_band(self.reading, announce=True)
        self._schedule_timer()
        self.ticked.emit(self.reading)

    def _schedule_timer(self) -> None:
        cur = self.reading.current
        if cur is not None and cur.running:
            to_next_second = 1.0 - (cur.elapsed % 1.0)
            interval = int(to_next_second * 1000) + AFTER_BOUNDARY_MS
        else:
            interval = IDLE_INTERVAL_MS
        self.timer.start(interval)

    def _note_band(self, reading: MeetingReading, *, announce: bool) -> None:
        cur = reading.current
        now = (cur.item.id, cur.band) if cur is not None and cur.running else None
        last = self._last_band
        # Only a move forward on the same running item (normal -> warning -> overtime) chimes;
        # starting an item, resuming it or extending it does not.
        forward = (now is not None and last is not None and last[0] == now[0]
                   and _RANK[now[1]] > _RANK[last[1]])
        if announce and forward and now is not None:
            self.band_entered.emit(now[1].value)
        self._last_band = now

    # Undoable actions ----------------------------------------------------------------------

    def perform(self, text: str, action: Callable[[], bool], parent: QWidget | None = None,
                *, reopens: bool = True) -> bool:
        """Runs a clock action now, then records it as one undoable edit (topics clock+agenda).

        Undo puts the timing back as it was before; redo puts it back as it was right after.
        On a finished meeting, an action that would run the clock again asks first: a stray
        clicker press after the close must not rewrite the meeting's times.
        """
        if (reopens and self.reading.state is SegmentState.FINISHED
                and not confirm_reopen(parent)):
            return False
        ws, meeting_id = self.document.ws, self.document.meeting_id
        before = take_snapshot(ws, meeting_id)
        try:
            changed = action()
        except FacilitatorError as exc:
            show_error(parent, str(exc))
            return False
        if not changed:
            return False
        after = take_snapshot(ws, meeting_id)
        self.document.push(SnapshotCommand(text, lambda state: restore_snapshot(ws, state),
                                           before, after), (Topic.CLOCK, Topic.AGENDA), done=True)
        return True

    def toggle(self, parent: QWidget | None = None) -> bool:
        cur = self.reading.current
        text = "Pause the clock" if cur is not None and cur.running else "Start the clock"
        return self.perform(text, self.segment_clock.toggle, parent)

    def next(self, parent: QWidget | None = None) -> bool:
        return self.perform("Next agenda item", self.segment_clock.next, parent)

    def previous(self, parent: QWidget | None = None) -> bool:
        return self.perform("Previous agenda item", self.segment_clock.previous, parent)

    def skip(self, parent: QWidget | None = None) -> bool:
        return self.perform("Skip agenda item", self.segment_clock.skip, parent)

    def extend(self, minutes: int = 1, parent: QWidget | None = None) -> bool:
        return self.perform(f"Extend by {minutes} min",
                            lambda: self.segment_clock.extend(minutes), parent)

    def jump(self, item_id: int, parent: QWidget | None = None) -> bool:
        return self.perform("Jump to agenda item", lambda: self.segment_clock.jump(item_id),
                            parent)

    def stop(self, parent: QWidget | None = None) -> bool:
        return self.perform("Stop the item", self.segment_clock.stop, parent)

    def finish(self, parent: QWidget | None = None) -> bool:
        return self.perform("Finish the meeting", self.segment_clock.finish, parent,
                            reopens=False)

    def apply_rebalance(self, parent: QWidget | None = None) -> bool:
        suggestion = self.reading.rebalance
        if suggestion is None or not suggestion.cuts:
            return False

        def run() -> bool:
            apply_rebalance(self.document.ws, rebalance=suggestion)
            self.segment_clock.reload()
            return True

        return self.perform("Rebalance the agenda", run, parent, reopens=False)
