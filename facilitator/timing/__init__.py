"""Timekeeping: the segment clock, the meeting's schedule and the rebalance suggestion."""

from facilitator.timing.rebalance import Cut, Rebalance, apply_rebalance, suggest_rebalance
from facilitator.timing.schedule import Schedule, meeting_schedule
from facilitator.timing.segment_clock import MeetingReading, SegmentClock
from facilitator.timing.snapshot import TimingSnapshot, restore_snapshot, take_snapshot
from facilitator.timing.state import (
    Band,
    ItemReading,
    ItemTiming,
    MeetingTiming,
    SegmentState,
    format_clock,
    format_countdown,
    format_duration,
    format_minutes,
    format_time_of_day,
)

__all__ = [
    "Band", "Cut", "ItemReading", "ItemTiming", "MeetingReading", "MeetingTiming", "Rebalance",
    "Schedule", "SegmentClock", "SegmentState", "TimingSnapshot", "apply_rebalance",
    "format_clock", "format_countdown", "format_duration", "format_minutes",
    "format_time_of_day", "meeting_schedule",
    "restore_snapshot", "suggest_rebalance", "take_snapshot",
]
