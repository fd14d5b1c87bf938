"""A running clock for the crash tests: a child process that the test kills while an item runs.

`python -m tests.facilitator.crash_clock DB PAUSES` creates a meeting of three items, starts the
clock on the system clock (facilitator.timing.SegmentClock with SystemClock), pauses and resumes
the first item PAUSES times (so it has closed slices and an open one), prints
`RUNNING meeting_id item_id`, then prints `ELAPSED seconds` (the clock's reading of the running
item) every few milliseconds until it is killed. Every line goes straight to the pipe.
"""

from __future__ import annotations

import os
import sys
import time

from facilitator.clock import SystemClock
from facilitator.services import agenda, meetings
from facilitator.timing import SegmentClock
from facilitator.workspace import open_workspace


def _say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def main(argv: list[str]) -> int:
    path, pauses = argv[1], int(argv[2])
    ws = open_workspace(path)
    mid = meetings.create_meeting(ws, title="Clock crash", planned_start="09:00").id
    for n in range(3):
        agenda.add_item(ws, meeting_id=mid, title=f"Item {n + 1}", planned_minutes=10)
    clock = SegmentClock(ws, mid, SystemClock())
    clock.start()
    for _ in range(pauses):
        time.sleep(0.03)
        clock.pause()
        time.sleep(0.03)  # paused time: not the item's
        clock.resume()
    current = clock.reading().current
    assert current is not None and current.running
    _say(f"RUNNING {mid} {current.item.id}")
    while True:
        reading = clock.reading().current
        assert reading is not None
        _say(f"ELAPSED {reading.elapsed!r}")
        time.sleep(0.005)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
