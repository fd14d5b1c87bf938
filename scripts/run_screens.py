"""Shows the run view or the projector mid-meeting, for the README screenshots.

    screenshot docs/run-view.png -- .venv/bin/python scripts/run_screens.py run
    screenshot docs/projector.png -- .venv/bin/python scripts/run_screens.py projector

(screenshot: the team's Xvfb tool, /work/shared/tools/screenshot.)

The meeting (the sample summit's agenda) is run on a fake clock to 10:16 — two items done, the
working session in its last minutes, the meeting late — and the picture is taken there.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from facilitator.clock import FakeClock
from facilitator.demo import AGENDA
from facilitator.services import agenda, meetings
from facilitator.timing import SegmentClock
from facilitator.workspace import open_workspace
from ui.common import settings
from ui.run.preview import RunPreviewWindow

DAY = dt.date(2026, 11, 24)


def rehearse(db: Path) -> tuple[object, int, FakeClock]:
    ws = open_workspace(db)
    m = meetings.create_meeting(
        ws, title="Sales & Marketing Summit", date=DAY, planned_start="09:00",
        planned_end="12:20", location="Harbour Room", facilitator="Sam Rivera")
    for title, kind, presenter, planned, _actual, goal in AGENDA:
        agenda.add_item(ws, meeting_id=m.id, title=title, kind=kind, presenter=presenter,
                        planned_minutes=planned, goal=goal)
    clock = FakeClock(dt.datetime.combine(DAY, dt.time(9, 4), tzinfo=dt.UTC))
    sc = SegmentClock(ws, m.id, clock, tz=dt.UTC)
    sc.start()
    clock.advance(17 * 60 + 40)
    sc.next()
    clock.advance(23 * 60 + 5)
    sc.next()
    clock.advance(20 * 60)
    sc.pause()
    clock.advance(2 * 60)
    sc.start()
    clock.advance(17 * 60 + 25)
    return ws, m.id, clock


def main() -> int:
    which = sys.argv[1] if len(sys.argv) > 1 else "run"
    app = QApplication(sys.argv[:1])
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(f"{settings.APPLICATION}-screens")  # keeps the user's settings clean
    with tempfile.TemporaryDirectory() as tmp:
        ws, meeting_id, clock = rehearse(Path(tmp) / "screens.db")
        window = RunPreviewWindow(ws, meeting_id, clock, tz=dt.UTC)
        if which == "projector":
            projector = window.run_view.projector()
            projector.resize(1600, 900)
            projector.move(0, 0)
            projector.show()
        else:
            window.resize(1600, 900)
            window.move(0, 0)
            window.show()
        code = app.exec()
        ws.close()
        return code


if __name__ == "__main__":
    raise SystemExit(main())
