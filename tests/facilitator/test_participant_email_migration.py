"""Migration 0004: an older workspace is backed up and gains participants.email ("" for all)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from facilitator.services import participants
from facilitator.workspace import HEAD_REVISION, SCHEMA_NUMBER, open_workspace

FIXTURES = Path(__file__).parents[1] / "fixtures"
PEOPLE = [(1, "Jane Doe", "Finance"), (2, "Tom Becker", "Sales")]


def _schema1_with_people(tmp_path: Path) -> Path:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / "schema1.db", path)
    raw = sqlite3.connect(path)
    raw.executemany("INSERT INTO participants (id, meeting_id, position, name, team, role, "
                    "present) VALUES (?, 1, ?, ?, ?, '', 1)",
                    [(i, i, name, team) for i, name, team in PEOPLE])
    raw.commit()
    raw.close()
    return path


def _schema3_with_people(tmp_path: Path) -> Path:
    """The same workspace as release 3 left it: migrated up to 0003, not further."""
    from alembic import command
    from alembic.config import Config

    import facilitator.migrations as migrations

    path = _schema1_with_people(tmp_path)
    with open_workspace(path) as ws, ws.engine.begin() as conn:
        cfg = Config()
        cfg.set_main_option("script_location", str(Path(migrations.__file__).parent))
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003")
    for backup in tmp_path.glob("old.schema1-backup-*"):
        backup.unlink()
    return path


def _columns(path: Path) -> set[str]:
    raw = sqlite3.connect(path)
    try:
        return {r[1] for r in raw.execute("PRAGMA table_info(participants)")}
    finally:
        raw.close()


def _check_migrated(path: Path) -> None:
    raw = sqlite3.connect(path)
    try:
        assert raw.execute("PRAGMA user_version").fetchone() == (SCHEMA_NUMBER,)
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == (
            HEAD_REVISION,)
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        raw.close()


def test_a_schema3_workspace_is_backed_up_and_gains_email(tmp_path: Path) -> None:
    old = _schema3_with_people(tmp_path)
    assert "email" not in _columns(old)
    with open_workspace(old) as ws:
        backup = ws.backup_path
        assert backup is not None and backup.name.startswith("old.schema3-backup-")
        people = participants.list_participants(ws, meeting_id=1)
        assert [(p.id, p.name, p.team, p.email) for p in people] == [
            (i, name, team, "") for i, name, team in PEOPLE]
        participants.update_participant(ws, participant_id=1, email="jane.doe@contoso.com")
        added = participants.add_participant(ws, meeting_id=1, name="Lena", email="l@x.org")
        assert added.id == 3 and added.email == "l@x.org"
    # The backup is the file as it was: schema 3, no e-mail column.
    raw = sqlite3.connect(backup)
    assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0003",)
    assert raw.execute("PRAGMA user_version").fetchone() == (3,)
    raw.close()
    assert "email" not in _columns(backup)
    _check_migrated(old)


def test_a_schema1_workspace_migrates_through_0004(tmp_path: Path) -> None:
    old = _schema1_with_people(tmp_path)
    with open_workspace(old) as ws:
        assert ws.backup_path is not None
        assert [p.email for p in participants.list_participants(ws, meeting_id=1)] == ["", ""]
        participants.update_participant(ws, participant_id=2, email="tom@contoso.com")
    _check_migrated(old)
    with open_workspace(old) as ws:
        assert [p.email for p in participants.list_participants(ws, meeting_id=1)] == [
            "", "tom@contoso.com"]
