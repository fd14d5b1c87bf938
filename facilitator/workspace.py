"""Opening the workspace file: checks that leave bad files untouched, the lock, migrations, WAL."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from facilitator.errors import WorkspaceError
from facilitator.lock import WorkspaceLock
from facilitator.workspace_file import (  # noqa: E402 - re-exported for the callers
    _SIDECARS,
    APPLICATION_ID,
    HEAD_REVISION,
    SCHEMA_NUMBER,
    inspect_file,
)


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA busy_timeout = 5000")
    # FULL: each commit is on disk when the call returns, even if the battery dies next.
    cur.execute("PRAGMA synchronous = FULL")
    cur.close()


def _make_engine(path: Path) -> Engine:
    # One connection per process (StaticPool): the app has one writer, more only add locking.
    engine = create_engine(
        f"sqlite:///{path}",
        poolclass=StaticPool,
        connect_args={"check_same_thread": False},
    )
    event.listen(engine, "connect", _on_connect)
    return engine


class Workspace:
    """An open workspace file. Services take it and run one short transaction per call."""

    def __init__(self, path: Path, engine: Engine, lock: WorkspaceLock) -> None:
        self.path = path
        self.engine = engine
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._local = threading.local()  # the session open in this thread, if any
        self.backup_path: Path | None = None  # set when opening migrated an older file

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on an exception.

        Inside another session() block (in the same thread) it is that same transaction: a
        service made of other services is still one transaction, all of it or none.
        """
        outer = getattr(self._local, "session", None)
        if outer is not None:
            yield outer
            return
        if self._lock is None:
            # A closed workspace's lock is gone: writing now could race another window on it.
            raise WorkspaceError(f"{self.path}: the workspace is closed")
        with self._sessions.begin() as session:
            self._local.session = session
            try:
                yield session
            finally:
                self._local.session = None

    def close(self) -> None:
        if self._lock is None:
            return
        with contextlib.suppress(Exception), self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.engine.dispose()
        self._lock.release()
        self._lock = None  # type: ignore[assignment]

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).first()
        if not has_table:
            return None
        row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
        return row[0] if row else None


def _backup(engine: Engine, path: Path, schema: int) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.schema{schema}-backup-{stamp}{path.suffix}")
    n = 1
    while target.exists():  # an earlier attempt this very second (a migration that failed)
        n += 1
        target = path.with_name(f"{path.stem}.schema{schema}-backup-{stamp}-{n}{path.suffix}")
    # VACUUM INTO writes a consistent copy through SQLite itself (never a raw file copy).
    with engine.connect() as conn:
        conn.exec_driver_sql("VACUUM INTO ?", (str(target),))
    return target


def _migrate(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    import facilitator.migrations as migrations

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(migrations.__file__).parent))
    with engine.connect() as conn:
        # Table rebuilds must not fire ON DELETE CASCADE; checked again once done.
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        conn.commit()
        # All of the upgrade in one SQLite transaction, so that a crash or an error half-way
        # leaves the file as it was. Python's sqlite3 (legacy mode) opens no transaction before
        # CREATE/ALTER/DROP and would commit each one alone: BEGIN is given by hand instead.
        dbapi = conn.connection.dbapi_connection
        legacy = dbapi.isolation_level  # type: ignore[union-attr]
        dbapi.isolation_level = None  # type: ignore[union-attr]
        try:
            with conn.begin():
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        finally:
            dbapi.isolation_level = legacy  # type: ignore[union-attr]
        problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        conn.exec_driver_sql("PRAGMA foreign_keys = ON")
        conn.commit()
    if problems:
        raise WorkspaceError(f"migration left {len(problems)} broken references")


def _remove_new_sidecars(path: Path, existed: set[str]) -> None:
    for suffix in _SIDECARS:
        side = Path(str(path) + suffix)
        if suffix not in existed:
            with contextlib.suppress(OSError):
                side.unlink()


def _set_aside_orphans(path: Path) -> None:
    """Moves away the -wal and -journal of a workspace that is no longer there (deleted or
    moved without them, or a crash during its deletion).

    SQLite would apply a stale -wal to the new file of the same name and corrupt it (seen: the
    new file's indexes missing rows, "database disk image is malformed" at the first delete).
    They are kept beside, renamed, in case they are someone's last changes; -shm is only an
    index of the -wal and goes.
    """
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    for suffix in _SIDECARS:
        side = Path(str(path) + suffix)
        if not side.exists():
            continue
        if suffix == "-shm":
            side.unlink()
        else:
            side.replace(side.with_name(f"{side.name}.orphaned-{stamp}"))


def _create(path: Path) -> None:
    """Builds a new workspace beside `path` and moves it into place whole.

    A crash while the schema is being made then leaves no empty or half-made file under the
    user's name, only a hidden `.NAME.creating` that the next attempt clears away.
    """
    temp = path.with_name(f".{path.name}.creating")
    for leftover in (temp, *(Path(str(temp) + suffix) for suffix in _SIDECARS)):
        leftover.unlink(missing_ok=True)
    engine = _make_engine(temp)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.commit()
            conn.exec_driver_sql("PRAGMA journal_mode = WAL")
            conn.commit()
        _migrate(engine)
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except (SADatabaseError, sqlite3.DatabaseError) as exc:
        reason = getattr(exc, "orig", exc)
        raise WorkspaceError(f"{path}: cannot create the workspace ({reason})") from None
    finally:
        engine.dispose()  # the last connection: SQLite folds the WAL in and removes it
        for suffix in _SIDECARS:
            Path(str(temp) + suffix).unlink(missing_ok=True)
    _set_aside_orphans(path)
    os.replace(temp, path)
    with contextlib.suppress(OSError):  # make the new name itself durable (POSIX)
        folder = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def open_workspace(path: Path | str) -> Workspace:
    """Opens (or creates) a workspace file; migrates an older one after taking a backup."""
    path = Path(path).absolute()
    schema = inspect_file(path)
    lock = WorkspaceLock(path)
    try:
        lock.acquire()
    except OSError as exc:
        raise WorkspaceError(f"{path}: cannot create the lock file ({exc.strerror})") from None
    if schema is None:
        try:
            _create(path)
        except BaseException:
            Path(str(path.with_name(f".{path.name}.creating"))).unlink(missing_ok=True)
            lock.release()
            raise
    existed = {s for s in _SIDECARS if Path(str(path) + s).exists()}
    engine = _make_engine(path)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA journal_mode = WAL")
            conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").all()
            conn.commit()
        revision = _current_revision(engine)
        workspace = Workspace(path, engine, lock)
        if revision is None:  # our header, but the schema was never made
            _migrate(engine)
        elif revision != HEAD_REVISION:
            assert schema is not None  # an existing file: its header said which schema
            workspace.backup_path = _backup(engine, path, schema)
            _migrate(engine)
        return workspace
    except (SADatabaseError, sqlite3.DatabaseError) as exc:
        engine.dispose()
        _remove_new_sidecars(path, existed)
        lock.release()
        reason = getattr(exc, "orig", exc)
        raise WorkspaceError(f"{path}: the database is damaged ({reason})") from None
    except BaseException:
        engine.dispose()
        _remove_new_sidecars(path, existed)
        lock.release()
        raise


def workspace_error_text(exc: BaseException) -> str:
    return str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__


__all__ = ["APPLICATION_ID", "SCHEMA_NUMBER", "Workspace", "open_workspace", "inspect_file"]
