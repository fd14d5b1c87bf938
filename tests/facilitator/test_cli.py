"""The command line, run as a user runs it: a real process, real files, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import sha256


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "facilitator", *args],
                          capture_output=True, text=True, timeout=60)


def test_demo_then_list_and_show_json(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    demo = run("demo", "--db", db)
    assert demo.returncode == 0, demo.stderr
    meeting_id = int(demo.stdout.strip())
    listed = json.loads(run("list", "--db", db, "--json").stdout)
    assert [(m["id"], m["title"]) for m in listed] == [(meeting_id, "Sales & Marketing Summit")]
    shown = run("--db", db, "show", "--json")
    assert shown.returncode == 0, shown.stderr
    data = json.loads(shown.stdout)
    assert data["id"] == meeting_id and data["status"] == "finished"
    assert {p["team"] for p in data["participants"]} >= {"Marketing", "Sales"}
    assert any(not p["present"] for p in data["participants"])
    kinds = {i["kind"] for i in data["agenda"]}
    assert len(data["agenda"]) >= 6 and len(kinds) >= 4
    assert [i["position"] for i in data["agenda"]] == list(range(len(data["agenda"])))
    over = [i for i in data["agenda"] if i["actual_minutes"] > i["planned_minutes"]]
    under = [i for i in data["agenda"] if i["actual_minutes"] < i["planned_minutes"]]
    assert over and under
    assert data["notes"] and data["decisions"]
    assert all(a["owner"] and a["due"] for a in data["actions"])
    assert [q["label"] for q in data["board"]["quadrants"]] == ["Keep", "Tune", "Overhaul", "Start"]
    assert all(q["cards"] for q in data["board"]["quadrants"])
    assert any(c["votes"] for q in data["board"]["quadrants"] for c in q["cards"])
    assert data["parking_lot"]
    assert set(data) >= {"id", "title", "objective", "date", "status", "participants", "agenda",
                         "notes", "decisions", "actions", "board", "parking_lot"}
    text = run("show", "--db", db, "--meeting", str(meeting_id))
    assert "Sales & Marketing Summit" in text.stdout


def test_default_workspace_lives_in_the_user_data_dir(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("FACILITATOR_DATA_DIR", str(tmp_path / "data"))
    assert run("demo").returncode == 0
    assert (tmp_path / "data" / "workspace.facilitator.db").exists()


@pytest.mark.parametrize(
    ("args", "status", "message"),
    [
        (["show", "--meeting", "42"], 1, "no meeting with id 42"),
        (["show"], 1, "no meetings yet"),
        (["show", "--meeting", "x"], 2, "invalid int value"),
        (["frobnicate"], 2, "invalid choice"),
    ],
)
def test_errors_are_one_line_with_status(tmp_path: Path, args, status, message) -> None:
    result = run(*args, "--db", str(tmp_path / "w.db"))
    assert result.returncode == status
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_file_from_the_command_line(tmp_path: Path) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("not a database")
    before = sha256(bad)
    result = run("list", "--db", str(bad))
    assert result.returncode == 1
    expected = f"facilitator: {bad}: is a text file, not a Facilitator workspace"
    assert result.stderr.strip() == expected
    assert sha256(bad) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]
