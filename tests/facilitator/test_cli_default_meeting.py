"""Which meeting show / export-* mean without --meeting."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from docx import Document

from facilitator.domain import MeetingStatus
from facilitator.services import meetings
from facilitator.workspace import open_workspace


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "facilitator", *args],
                          capture_output=True, text=True, timeout=60)


def shown_id(db: str) -> int:
    shown = run("show", "--db", db, "--json")
    assert shown.returncode == 0, shown.stderr
    return json.loads(shown.stdout)["id"]


def test_default_is_running_then_last_held_then_latest(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    with open_workspace(db) as ws:  # only planned meetings: the latest by date
        meetings.create_meeting(ws, title="March", date=dt.date(2026, 3, 1))
        april = meetings.create_meeting(ws, title="April", date=dt.date(2026, 4, 1)).id
    assert shown_id(db) == april

    held = int(run("demo", "--db", db).stdout)
    future = (dt.date.today() + dt.timedelta(days=14)).isoformat()
    follow_up = run("next", "--db", db, "--meeting", str(held), "--date", future)
    assert follow_up.returncode == 0, follow_up.stderr
    assert shown_id(db) == held  # not next fortnight's planned meeting
    out = tmp_path / "m.docx"
    assert run("export-minutes", "--db", db, "--out", str(out)).returncode == 0
    assert Document(str(out)).paragraphs[0].text == "Sales & Marketing Summit"

    with open_workspace(db) as ws:
        meetings.update_meeting(ws, meeting_id=april, status=MeetingStatus.RUNNING,
                                actual_start=dt.datetime(2026, 4, 1, 9, tzinfo=dt.UTC))
    assert shown_id(db) == april  # the one running now wins over the one held last
    out = tmp_path / "a.docx"
    assert run("export-agenda", "--db", db, "--out", str(out)).returncode == 0
    assert Document(str(out)).paragraphs[0].text == "April"


def test_help_says_what_the_default_is() -> None:
    helped = run("show", "--help")
    assert "running now, else the one held last, else the latest" in " ".join(
        helped.stdout.split())
