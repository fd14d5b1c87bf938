"""A parked point goes to an action item or to another meeting's agenda: each move, its undo and
its redo are one transaction; killed at any statement of the move, all of it or none is there."""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator.domain import ParkingStatus
from facilitator.errors import NotFoundError
from facilitator.serialize import load_meeting, meeting_to_json
from facilitator.services import capture, meetings, parking
from facilitator.workspace import open_workspace
from tests.facilitator.crash_parking import NEW_TITLE

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def point(ws, demo_id) -> int:
    return capture.park(ws, meeting_id=demo_id, text="Pricing tiers", raised_by="Ana").id


def test_to_action_undo_and_redo(ws, demo_id, point) -> None:
    before = meeting_to_json(load_meeting(ws, demo_id))
    move = parking.to_action(ws, point_id=point, owner="Ana")
    action = next(a for a in capture.list_actions(ws, meeting_id=demo_id) if a.id ==
                  move.action_id)
    assert (action.text, action.owner) == ("Pricing tiers", "Ana")
    deleted = parking.undo_move(ws, move=move)
    assert meeting_to_json(load_meeting(ws, demo_id)) == before
    parking.redo_move(ws, move=move, deleted=deleted)
    assert {p.id: p.status for p in capture.list_parked(ws, meeting_id=demo_id)}[point] is (
        ParkingStatus.TO_ACTION)
    assert move.action_id in [a.id for a in capture.list_actions(ws, meeting_id=demo_id)]


def test_to_a_new_meeting_undo_and_redo(ws, demo_id, point) -> None:
    move = parking.to_agenda(ws, point_id=point, meeting_id=None, new_title="Next review")
    made = load_meeting(ws, move.meeting_id)
    assert made.meeting.title == "Next review" and [i.title for i in made.agenda] == [
        "Pricing tiers"]
    title = meetings.get_meeting(ws, demo_id).title
    assert made.agenda[0].goal == f"Parked in “{title}” by Ana"
    parking.undo_move(ws, move=move)
    with pytest.raises(NotFoundError):
        meetings.get_meeting(ws, move.meeting_id)


def test_a_failing_step_changes_nothing(ws, demo_id, point) -> None:
    other = meetings.create_meeting(ws, title="Other").id
    move = parking.to_agenda(ws, point_id=point, meeting_id=other)
    meetings.delete_meeting(ws, meeting_id=other)
    with pytest.raises(NotFoundError):
        parking.undo_move(ws, move=move)
    # the point's status change was rolled back with the failed delete
    assert {p.id: p.status for p in capture.list_parked(ws, meeting_id=demo_id)}[point] is (
        ParkingStatus.TO_AGENDA)


def _state(path: Path, point_id: int) -> tuple[str, int, int]:
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        status = raw.execute("SELECT status FROM parking_lot WHERE id = ?",
                             (point_id,)).fetchone()[0]
        made = raw.execute("SELECT count(*) FROM meetings WHERE title = ?",
                           (NEW_TITLE,)).fetchone()[0]
        items = raw.execute("SELECT count(*) FROM agenda_items WHERE title = 'Pricing tiers'"
                            ).fetchone()[0]
        return status, made, items
    finally:
        raw.close()


def _child(path: Path, point_id: int, kill_at: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tests.facilitator.crash_parking", str(path),
                           str(point_id), kill_at], cwd=ROOT, capture_output=True, text=True,
                          timeout=60)


def test_killed_at_any_statement_the_move_is_all_there_or_not_at_all(
        ws, demo_id, point, tmp_path) -> None:
    ws.close()
    start = tmp_path / "start.db"
    shutil.copy(ws.path, start)
    whole = tmp_path / "whole.db"
    shutil.copy(start, whole)
    done = _child(whole, point, "0")
    assert done.returncode == 0, done.stderr
    statements = int(done.stdout)
    assert statements >= 4  # a meeting, an agenda item, the point's status, and their reads
    assert _state(whole, point) == ("to_agenda", 1, 1)

    for kill_at in [*map(str, range(1, statements + 1)), "commit", "after"]:
        run = tmp_path / f"kill-{kill_at}.db"
        shutil.copy(start, run)
        killed = _child(run, point, kill_at)
        assert killed.returncode == -signal.SIGKILL, killed.stderr
        expected = ("to_agenda", 1, 1) if kill_at == "after" else ("open", 0, 0)
        assert _state(run, point) == expected, f"killed at {kill_at}"
        with open_workspace(run) as again:  # the killed child's lock is recovered
            assert meetings.get_meeting(again, demo_id).title
