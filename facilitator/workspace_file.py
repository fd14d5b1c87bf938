"""Reading a workspace file's header only: is it ours, which schema, can it be used (no SQLite)."""

from __future__ import annotations

import stat
from pathlib import Path

from facilitator.errors import WorkspaceError

# "FCLT": stamped in the SQLite header so that our files are recognisable without opening them.
APPLICATION_ID = 0x46434C54
# The newest schema this release knows; each migration also writes it to PRAGMA user_version.
SCHEMA_NUMBER = 6
HEAD_REVISION = "0006"

_SQLITE_MAGIC = b"SQLite format 3\x00"
_SIDECARS = ("-wal", "-shm", "-journal")


def _describe_foreign(head: bytes) -> str:
    if head.startswith(b"PK\x03\x04"):
        return "is a zip archive (a Word or Office document?), not a Facilitator workspace"
    if head.startswith(b"%PDF"):
        return "is a PDF document, not a Facilitator workspace"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return "is not a Facilitator workspace (not an SQLite database)"
    return "is a text file, not a Facilitator workspace"


def inspect_file(path: Path) -> int | None:
    """Checks a workspace file by reading its header only; returns its schema number.

    Returns None when the file does not exist yet. Raises WorkspaceError, touching nothing, when
    the file cannot be used.
    """
    try:
        st = path.stat()
    except FileNotFoundError:
        if not path.parent.is_dir():
            raise WorkspaceError(f"{path}: the folder {path.parent} does not exist") from None
        return None
    except OSError as exc:
        raise WorkspaceError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if stat.S_ISDIR(st.st_mode):
        raise WorkspaceError(f"{path}: is a folder, not a workspace file")
    if not stat.S_ISREG(st.st_mode):
        raise WorkspaceError(f"{path}: is not a regular file")
    if st.st_size == 0:
        raise WorkspaceError(f"{path}: the file is empty (0 bytes), not a Facilitator workspace")
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise WorkspaceError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if not head.startswith(_SQLITE_MAGIC):
        raise WorkspaceError(f"{path}: {_describe_foreign(head)}")
    if len(head) < 100:
        raise WorkspaceError(f"{path}: the file is truncated (damaged database header)")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(head[28:32], "big")
    app_id = int.from_bytes(head[68:72], "big")
    user_version = int.from_bytes(head[60:64], "big")
    if app_id != APPLICATION_ID:
        raise WorkspaceError(f"{path}: is an SQLite database, but not a Facilitator workspace")
    if page_size < 512 or st.st_size % page_size or st.st_size < page_count * page_size:
        raise WorkspaceError(
            f"{path}: the file is truncated or damaged "
            f"({st.st_size} bytes, expected {page_count * page_size})"
        )
    if user_version > SCHEMA_NUMBER:
        raise WorkspaceError(
            f"{path}: was written by a newer version of Facilitator (schema {user_version}; "
            f"this version knows up to {SCHEMA_NUMBER}); please update Facilitator"
        )
    if not st.st_mode & stat.S_IWUSR:
        raise WorkspaceError(f"{path}: the file is read-only; make it writable or open a copy")
    return user_version
