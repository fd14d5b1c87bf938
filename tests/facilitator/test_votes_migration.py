"""Migration 0005: a schema-4 workspace is backed up and gains the vote tables (AUTOINCREMENT)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from facilitator.models import Vote
from facilitator.services import meetings
from facilitator.workspace import HEAD_REVISION, SCHEMA_NUMBER, open_workspace

FIXTURES = Path(__file__).parents[1] / "fixtures"
VOTE_TABLES = {"votes", "vote_options", "vote_answers"}


def _schema4(tmp_path: Path) -> Path:
    """A workspace as release 4 left it: migrated up to 0004, not further."""
    from alembic import command
    from alembic.config import Config

    import facilitator.migrations as migrations

    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / "schema1.db", path)
    with open_workspace(path) as ws, ws.engine.begin() as conn:
        cfg = Config()
        cfg.set_main_option("script_location", str(Path(migrations.__file__).parent))
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
    for backup in tmp_path.glob("old.schema1-backup-*"):
        backup.unlink()
    return path


def _tables(path: Path) -> dict[str, str]:
    raw = sqlite3.connect(path)
    try:
        return dict(raw.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"))
    finally:
        raw.close()


def test_a_schema4_workspace_is_backed_up_and_gains_votes(tmp_path: Path) -> None:
    old = _schema4(tmp_path)
    assert not VOTE_TABLES & set(_tables(old))
    with open_workspace(old) as ws:
        backup = ws.backup_path
        assert backup is not None and backup.name.startswith("old.schema4-backup-")
        meeting = meetings.create_meeting(ws, title="After the migration")
        with ws.session() as s:
            s.add(Vote(meeting_id=meeting.id, question="Go?", kind="yes_no"))
    assert not VOTE_TABLES & set(_tables(backup))
    tables = _tables(old)
    assert all("AUTOINCREMENT" in tables[name] for name in VOTE_TABLES)
    raw = sqlite3.connect(old)
    try:
        assert raw.execute("PRAGMA user_version").fetchone() == (SCHEMA_NUMBER,)
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == (
            HEAD_REVISION,)
        assert raw.execute("SELECT question FROM votes").fetchall() == [("Go?",)]
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        raw.close()
