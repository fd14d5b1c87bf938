"""Opening workspaces: new, reopened, migrated, and every kind of bad file left untouched."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from facilitator.errors import WorkspaceError, WorkspaceInUseError
from facilitator.services import meetings
from facilitator.workspace import APPLICATION_ID, SCHEMA_NUMBER, open_workspace
from tests.helpers import sha256, siblings

FIXTURES = Path(__file__).parent.parent / "fixtures"


def test_new_workspace_is_wal_with_our_application_id(db_path: Path) -> None:
    with open_workspace(db_path) as ws, ws.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_NUMBER
    raw.close()


def test_every_change_is_on_disk_when_the_call_returns(db_path: Path) -> None:
    ws = open_workspace(db_path)
    meeting = meetings.create_meeting(ws, title="Kick-off")
    # Read it back through a separate plain SQLite connection while the workspace is still open.
    raw = sqlite3.connect(db_path)
    assert raw.execute("SELECT title FROM meetings WHERE id=?", (meeting.id,)).fetchone() == (
        "Kick-off",)
    raw.close()
    ws.close()
    with open_workspace(db_path) as again:
        assert [m.title for m in meetings.list_meetings(again)] == ["Kick-off"]


def test_schema_number_matches_the_newest_migration() -> None:
    versions = Path(__file__).parents[2] / "facilitator" / "migrations" / "versions"
    numbers = []
    for script in versions.glob("*.py"):
        for line in script.read_text().splitlines():
            if line.startswith("SCHEMA_NUMBER ="):
                numbers.append(int(line.split("=")[1]))
    assert max(numbers) == SCHEMA_NUMBER


def test_migrations_build_exactly_the_models(db_path: Path) -> None:
    """Alembic's autogenerate finds nothing to do: the migrations and the ORM agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from facilitator.models import Base

    with open_workspace(db_path) as ws, ws.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_older_file_is_backed_up_and_migrated(tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    shutil.copy(FIXTURES / "schema1.db", old)
    before = sha256(old)
    with open_workspace(old) as ws:
        backup = ws.backup_path
        assert backup is not None and backup.exists()
        listed = meetings.list_meetings(ws)
        assert [m.title for m in listed] == ["Executive alignment review"]
        assert listed[0].agenda_items == 2
        meetings.update_meeting(ws, meeting_id=1, planned_end="10:00")  # the new column works
    # The backup is a faithful SQLite copy of the old schema, with the data.
    raw = sqlite3.connect(backup)
    assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert raw.execute("SELECT count(*) FROM action_items").fetchone() == (1,)
    assert raw.execute("PRAGMA user_version").fetchone() == (1,)
    raw.close()
    assert sha256(old) != before
    raw = sqlite3.connect(old)
    assert raw.execute("PRAGMA user_version").fetchone() == (SCHEMA_NUMBER,)
    assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    raw.close()


def _newer_schema(path: Path) -> None:
    with open_workspace(path):
        pass
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_NUMBER + 1}")
    raw.commit()
    raw.close()


def _foreign_sqlite(path: Path) -> None:
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE contacts (name TEXT)")
    raw.commit()
    raw.close()


def _truncated(path: Path) -> None:
    with open_workspace(path) as ws:
        meetings.create_meeting(ws, title="x")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])


BAD_FILES = [
    ("empty", lambda p: p.write_bytes(b""), "empty"),
    ("text", lambda p: p.write_text("Agenda\n1. Welcome\n"), "text file"),
    ("random", lambda p: p.write_bytes(os.urandom(4096)), "not a Facilitator workspace"),
    ("docx", lambda p: p.write_bytes(b"PK\x03\x04" + os.urandom(2000)), "Word"),
    ("foreign sqlite", _foreign_sqlite, "not a Facilitator workspace"),
    ("newer schema", _newer_schema, "newer version"),
    ("truncated", _truncated, "truncated"),
    ("short header", lambda p: p.write_bytes(b"SQLite format 3\x00\x10\x00"), "truncated"),
]


@pytest.mark.parametrize(("make", "expected"), [(m, e) for _, m, e in BAD_FILES],
                         ids=[name for name, _, _ in BAD_FILES])
def test_bad_file_is_refused_and_left_untouched(tmp_path: Path, make, expected: str) -> None:
    path = tmp_path / "bad.db"
    make(path)
    before, names = sha256(path), siblings(path)
    with pytest.raises(WorkspaceError) as info:
        open_workspace(path)
    message = str(info.value)
    assert expected in message
    assert str(path) in message and "\n" not in message
    assert sha256(path) == before
    assert siblings(path) == names  # no -wal, -shm, -journal or lock file left beside it


def test_directory_and_missing_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(WorkspaceError, match="is a folder"):
        open_workspace(tmp_path)
    with pytest.raises(WorkspaceError, match="does not exist"):
        open_workspace(tmp_path / "nowhere" / "w.db")
    assert not (tmp_path / "nowhere").exists()


def test_read_only_file_is_refused(db_path: Path) -> None:
    with open_workspace(db_path):
        pass
    db_path.chmod(0o444)
    before, names = sha256(db_path), siblings(db_path)
    with pytest.raises(WorkspaceError, match="read-only"):
        open_workspace(db_path)
    assert sha256(db_path) == before and siblings(db_path) == names


def test_second_instance_is_told_the_file_is_in_use(db_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from facilitator.workspace import open_workspace
            ws = open_workspace({str(db_path)!r})
            print("open", flush=True)
            time.sleep(60)
        """)],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(WorkspaceInUseError, match="already open") as info:
            open_workspace(db_path)
        assert f"process {holder.pid}" in str(info.value)
    finally:
        holder.kill()
        holder.wait()
    # The killed holder left its lock file behind: a stale lock, recovered without a word.
    assert db_path.with_name(db_path.name + ".lock").exists()
    with open_workspace(db_path) as ws:
        assert meetings.list_meetings(ws) == []
    assert not db_path.with_name(db_path.name + ".lock").exists()


def test_same_process_cannot_open_twice(ws, db_path: Path) -> None:
    with pytest.raises(WorkspaceInUseError):
        open_workspace(db_path)


def _power_cut(*args: object, **kwargs: object) -> None:
    raise RuntimeError("power cut")


def test_a_new_workspace_appears_whole_or_not_at_all(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Made beside its name and moved into place: a failure (or a crash) half-way through
    leaves no empty or half-made file that the next start would refuse."""
    import alembic.op

    names = siblings(db_path)
    with monkeypatch.context() as patch:
        patch.setattr(alembic.op, "execute", _power_cut)  # the last step of the first revision
        with pytest.raises(RuntimeError, match="power cut"):
            open_workspace(db_path)
    assert siblings(db_path) == names  # nothing at all: no file, temp file or lock
    db_path.with_name(f".{db_path.name}.creating").write_bytes(b"left by a crash")
    with open_workspace(db_path) as ws:
        meetings.create_meeting(ws, title="Kick-off")
    assert siblings(db_path) == names | {db_path.name}


def test_a_migration_that_fails_half_way_leaves_the_old_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole upgrade is one transaction: after an error (or a crash) in the middle, the
    file reopens and migrates from where it was instead of finding half-changed tables."""
    import alembic.op

    old = tmp_path / "old.db"
    shutil.copy(FIXTURES / "schema1.db", old)
    with monkeypatch.context() as patch:
        patch.setattr(alembic.op, "execute", _power_cut)  # the last step of revision 0002
        with pytest.raises(RuntimeError, match="power cut"):
            open_workspace(old)
    raw = sqlite3.connect(old)
    assert raw.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    columns = {r[1] for r in raw.execute("PRAGMA table_info(meetings)")}
    tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    raw.close()
    assert "planned_end" not in columns and "saved_templates" not in tables
    with open_workspace(old) as ws:
        meetings.update_meeting(ws, meeting_id=1, planned_end="10:00")
        assert [m.title for m in meetings.list_meetings(ws)] == ["Executive alignment review"]


def test_a_new_workspace_is_not_corrupted_by_a_wal_left_behind(tmp_path: Path) -> None:
    """The workspace was deleted (or moved) without its -wal, left by a crash: SQLite would
    replay that -wal into the new file of the same name and corrupt it. It is set aside."""
    import signal
    import subprocess
    import sys

    path = tmp_path / "workspace.db"
    script = ("import os, signal, sys\n"
              "from facilitator.workspace import open_workspace\n"
              "from facilitator.demo import create_demo_meeting\n"
              "ws = open_workspace(sys.argv[1]); create_demo_meeting(ws)\n"
              "os.kill(os.getpid(), signal.SIGKILL)\n")
    killed = subprocess.run([sys.executable, "-c", script, str(path)],
                            cwd=Path(__file__).parents[2], timeout=60)
    assert killed.returncode == -signal.SIGKILL
    wal = Path(str(path) + "-wal")
    assert wal.stat().st_size > 0
    path.unlink()  # the file goes, its -wal stays

    from facilitator.demo import create_demo_meeting

    with open_workspace(path) as ws:
        demo = create_demo_meeting(ws)
        meetings.delete_meeting(ws, meeting_id=demo)  # "database disk image is malformed"
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    raw.close()
    kept = [p.name for p in tmp_path.iterdir() if ".orphaned-" in p.name]
    assert len(kept) == 1 and kept[0].startswith("workspace.db-wal.orphaned-")


def test_a_closed_workspace_refuses_to_be_used(db_path: Path) -> None:
    """After close() the lock is released; a late write (a window going away after its
    workspace) must fail loudly rather than write to a file another window may hold."""
    ws = open_workspace(db_path)
    ws.close()
    with pytest.raises(WorkspaceError, match="the workspace is closed"):
        meetings.create_meeting(ws, title="Too late")
    with open_workspace(db_path) as again:
        assert meetings.list_meetings(again) == []
