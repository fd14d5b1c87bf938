"""vote add | record | list, run as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

from facilitator.services import meetings, participants
from facilitator.workspace import open_workspace
from tests.facilitator.test_cli_templates import run, show


def _meeting(db: str) -> int:
    with open_workspace(db) as ws:
        mid = meetings.create_meeting(ws, title="Summit").id
        for name in ("Ana", "Ben", "Chloé"):
            participants.add_participant(ws, meeting_id=mid, name=name)
    return mid


def test_add_record_and_list_votes(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    mid = _meeting(db)
    added = run("vote", "add", "--db", db, "--meeting", str(mid), "--kind", "yes_no",
                "--question", "Adopt the definition?", "--rule", "two_thirds")
    assert added.returncode == 0, added.stderr
    yes_no = int(added.stdout)
    recorded = run("vote", "record", "--db", db, "--vote", str(yes_no),
                   "--counts", "yes=2,no=1,abstain=0")
    assert recorded.returncode == 0, recorded.stderr
    assert "2 yes, 1 no, 0 abstain; 3 of 3 present voted; carried" in recorded.stdout
    choice = int(run("vote", "add", "--db", db, "--meeting", str(mid), "--kind", "choice",
                     "--question", "Quick win?", "--option", "Lead review",
                     "--option", "Shared CRM").stdout)
    assert run("vote", "record", "--db", db, "--vote", str(choice),
               "--counts", "lead review=1, Shared CRM=2").returncode == 0
    roti = int(run("vote", "add", "--db", db, "--meeting", str(mid), "--kind", "roti",
                   "--question", "Worth your time?").stdout)
    over = run("vote", "record", "--db", db, "--vote", str(roti), "--counts", "3=1,4=2,5=2")
    assert "more than the participants present" in over.stdout
    check = int(run("vote", "add", "--db", db, "--meeting", str(mid), "--kind", "checklist",
                    "--question", "Process check", "--option", "Scalable?",
                    "--option", "Efficient?").stdout)
    assert run("vote", "record", "--db", db, "--vote", str(check),
               "--counts", "Scalable?=no:built by hand,efficient?=yes").returncode == 0

    listed = run("vote", "list", "--db", db, "--meeting", str(mid), "--json")
    assert listed.returncode == 0, listed.stderr
    data = json.loads(listed.stdout)
    assert data == show(db, mid)["votes"]
    assert [v["kind"] for v in data] == ["yes_no", "choice", "roti", "checklist"]
    assert data[1]["counts"] == {"Lead review": 1, "Shared CRM": 2}
    assert data[2]["average"] == 4.2 and data[2]["over_present"]
    assert data[3]["counts"]["Scalable?"]["comment"] == "built by hand"
    text = run("vote", "list", "--db", db)
    assert text.returncode == 0 and "[roti] Worth your time?  ROTI 4.2 of 5" in text.stdout


def test_bad_votes_and_counts_are_refused_in_one_line(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    mid = _meeting(db)
    vote = run("vote", "add", "--db", db, "--meeting", str(mid), "--kind", "yes_no",
               "--question", "Go?").stdout.strip()
    for args, message in (
        (("record", "--vote", vote, "--counts", "yes=-2"), "cannot be negative"),
        (("record", "--vote", vote, "--counts", "yes=20000"), "above 10,000"),
        (("record", "--vote", vote, "--counts", "yes 3"), "NAME=NUMBER"),
        (("record", "--vote", "999", "--counts", "yes=1"), "no vote with id 999"),
        (("add", "--meeting", str(mid), "--kind", "choice", "--question", "Q"), "at least 2"),
    ):
        done = run("vote", *args[:1], "--db", db, *args[1:])
        assert done.returncode == 1, done.stdout
        assert message in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert show(db, mid)["votes"][0]["counts"] == {"yes": None, "no": None, "abstain": None}
