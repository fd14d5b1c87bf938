"""The template, pasted-agenda and series commands, run as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from facilitator.services import capture
from facilitator.workspace import open_workspace

AGENDA = """Agenda for Friday

1. Welcome (10 min)
2. Presentation: pipeline review by Tom Becker – 20m
3) Working session: qualified leads
4. Close & actions: read back 5 min
"""


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "facilitator", *args], input=stdin,
                          capture_output=True, text=True, timeout=60)


def show(db: str, meeting_id: int) -> dict:
    shown = run("show", "--db", db, "--meeting", str(meeting_id), "--json")
    assert shown.returncode == 0, shown.stderr
    return json.loads(shown.stdout)


def test_import_agenda_from_a_file_and_from_stdin(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    source = tmp_path / "agenda.txt"
    source.write_text("\ufeff" + AGENDA, encoding="utf-8")  # Notepad writes a BOM
    made = run("import-agenda", "--db", db, "--title", "Friday", "--total-minutes", "90",
               str(source))
    assert made.returncode == 0, made.stderr
    data = show(db, int(made.stdout))
    assert data["title"] == "Friday"
    assert [(i["title"], i["kind"], i["planned_minutes"], i["presenter"])
            for i in data["agenda"]] == [
        ("Welcome", "other", 10, ""),
        ("Pipeline review", "presentation", 20, "Tom Becker"),
        ("Qualified leads", "working_session", 55, ""),
        ("Read back", "close_actions", 5, ""),
    ]
    piped = run("import-agenda", "--db", db, "--title", "Piped", "-", stdin=AGENDA)
    assert piped.returncode == 0, piped.stderr
    assert [i["planned_minutes"] for i in show(db, int(piped.stdout))["agenda"]] == [
        10, 20, 10, 5]


def test_import_agenda_refuses_clearly(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    missing = run("import-agenda", "--db", db, "--title", "X", str(tmp_path / "nope.txt"))
    assert missing.returncode == 1 and "No such file" in missing.stderr
    empty = run("import-agenda", "--db", db, "--title", "X", "-", stdin="\n\n")
    assert empty.returncode == 1
    assert empty.stderr.strip() == "facilitator: no agenda items found in standard input"
    blank = run("import-agenda", "--db", db, "--title", " ", "-", stdin=AGENDA)
    assert blank.returncode == 1 and "title cannot be blank" in blank.stderr
    no_title = run("import-agenda", "--db", db, "-", stdin=AGENDA)
    assert no_title.returncode == 2
    assert json.loads(run("list", "--db", db, "--json").stdout) == []


def test_new_from_template_then_save_as_template(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    listed = run("templates", "--db", db, "--json")
    assert listed.returncode == 0, listed.stderr
    templates = json.loads(listed.stdout)
    assert len(templates) == 5 and all(t["builtin"] for t in templates)
    summit = next(t for t in templates if t["key"] == "sales-marketing-summit")
    made = run("new", "--db", db, "--template", "Sales & Marketing summit", "--title",
               "Spring summit", "--date", "2027-03-02")
    assert made.returncode == 0, made.stderr
    data = show(db, int(made.stdout))
    assert data["date"] == "2027-03-02"
    assert data["board"]["preset"] == summit["board_preset"]
    assert [(i["title"], i["planned_minutes"]) for i in data["agenda"]] == [
        (i["title"], i["minutes"]) for i in summit["items"]]

    saved = run("save-template", "--db", db, "--meeting", made.stdout.strip(), "--name",
                "Spring")
    assert saved.returncode == 0 and saved.stdout.strip() == "Spring"
    again = run("save-template", "--db", db, "--meeting", made.stdout.strip(), "--name",
                "Spring")
    assert again.returncode == 1 and "already called 'Spring'" in again.stderr
    text = run("templates", "--db", db).stdout
    assert "Spring" in text.splitlines()[-1] and "saved" in text.splitlines()[-1]
    unknown = run("new", "--db", db, "--template", "weekly", "--title", "X")
    assert unknown.returncode == 1 and "no template called 'weekly'" in unknown.stderr


def test_next_meeting_of_a_series_brings_the_open_actions(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    first = run("new", "--db", db, "--template", "executive-review", "--title", "Exec review",
                "--series", "Exec")
    first_id = int(first.stdout)
    with open_workspace(Path(db)) as ws:
        capture.add_action(ws, meeting_id=first_id, text="Send the budget", owner="Daniel")
        capture.add_action(ws, meeting_id=first_id, text="Done already", status="done")
    nxt = run("next", "--db", db, "--meeting", str(first_id), "--date", "2026-12-08")
    assert nxt.returncode == 0, nxt.stderr
    assert "1 open action(s) to review" in nxt.stderr
    data = show(db, int(nxt.stdout))
    assert data["series"] == "Exec" and data["date"] == "2026-12-08"
    assert [(r["action"], r["owner"], r["outcome"]) for r in data["reviews"]] == [
        ("Send the budget", "Daniel", "pending")]
    lone = run("import-agenda", "--db", db, "--title", "Lone", "-", stdin=AGENDA)
    refused = run("next", "--db", db, "--meeting", lone.stdout.strip())
    assert refused.returncode == 1 and "not part of a series" in refused.stderr


def test_import_agenda_dry_run_json_gives_the_items_as_read(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    text = ("10:40 – 11:25\nReview of the regional plans\n   1. North\n   2. South\n"
            "11:25 Next steps (Priya)\n11:45 End\n")
    read = run("import-agenda", "--db", db, "--title", "X", "--dry-run", "--json", "-",
               stdin=text)
    assert read.returncode == 0, read.stderr
    assert json.loads(read.stdout) == [
        {"title": "Review of the regional plans", "kind": "other", "minutes": 45,
         "minutes_from": "text", "start": "10:40", "presenter": "", "goal": "North; South",
         "line": 1},
        {"title": "Next steps", "kind": "close_actions", "minutes": 20, "minutes_from": "times",
         "start": "11:25", "presenter": "Priya", "goal": "", "line": 5},
    ]
    assert json.loads(run("list", "--db", db, "--json").stdout) == []
