"""Migration 0006: a schema-5 workspace is backed up; its votes keep every row and id, and
vote_options gains the follow-up marks (still AUTOINCREMENT)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from facilitator.services import meetings, participants, votes
from facilitator.workspace import SCHEMA_NUMBER, open_workspace


def _downgrade_to_5(path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    import facilitator.migrations as migrations

    with open_workspace(path) as ws, ws.engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        cfg = Config()
        cfg.set_main_option("script_location", str(Path(migrations.__file__).parent))
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005")


def _columns(path: Path) -> tuple[set[str], str]:
    raw = sqlite3.connect(path)
    try:
        names = {row[1] for row in raw.execute("PRAGMA table_info(vote_options)")}
        sql = raw.execute("SELECT sql FROM sqlite_master WHERE name = 'vote_options'").fetchone()
        return names, sql[0]
    finally:
        raw.close()


def test_a_schema5_workspace_keeps_its_votes_and_gains_the_marks(tmp_path: Path) -> None:
    path = tmp_path / "five.db"
    with open_workspace(path) as ws:
        mid = meetings.create_meeting(ws, title="Check").id
        ana = participants.add_participant(ws, meeting_id=mid, name="Ana").id
        vote = votes.add_vote(ws, meeting_id=mid, kind="checklist", question="Check",
                              options=["Scalable?", "Efficient?"])
        first = votes.get_vote(ws, vote_id=vote.id).options[0].id
        votes.set_checklist_answer(ws, vote_id=vote.id, option_id=first, answer="no",
                                   participant_id=ana, comment="by hand")
        before = votes.get_vote(ws, vote_id=vote.id)
    _downgrade_to_5(path)
    assert "action_id" not in _columns(path)[0]

    with open_workspace(path) as ws:
        assert ws.backup_path is not None and "schema5-backup" in ws.backup_path.name
        assert votes.get_vote(ws, vote_id=vote.id) == before
        action = votes.checklist_no_to_action(ws, vote_id=vote.id, option_id=first)
        assert votes.get_vote(ws, vote_id=vote.id).options[0].action_id == action.id
    names, sql = _columns(path)
    assert {"action_id", "parking_id"} <= names and "AUTOINCREMENT" in sql
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA user_version").fetchone() == (SCHEMA_NUMBER,) == (6,)
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        raw.close()
