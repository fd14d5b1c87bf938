"""Bad workspace files through the real command line: one clear line, status 1, file untouched."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import docx
import pytest

from facilitator.services import meetings
from facilitator.workspace import SCHEMA_NUMBER, open_workspace
from tests.helpers import sha256, siblings

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "facilitator", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)


def _workspace_with_a_meeting(path: Path) -> None:
    with open_workspace(path) as ws:
        for n in range(40):
            meetings.create_meeting(ws, title=f"Weekly review {n}", objective="x" * 500)


def _truncated(path: Path) -> None:
    _workspace_with_a_meeting(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _newer(path: Path) -> None:
    _workspace_with_a_meeting(path)
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_NUMBER + 1}")
    raw.commit()
    raw.close()


def _word_document(path: Path) -> None:
    document = docx.Document()
    document.add_heading("Minutes", 0)
    document.add_paragraph("Decisions and actions of the summit.")
    document.save(str(path))


def _read_only(path: Path) -> None:
    _workspace_with_a_meeting(path)
    path.chmod(0o444)


BAD_FILES: list[tuple[str, str, Callable[[Path], None], str]] = [
    # id, file name, how to make it, what the one line says
    ("random bytes", "noise.db", lambda p: p.write_bytes(os.urandom(8192)),
     "is not a Facilitator workspace (not an SQLite database)"),
    ("empty", "empty.db", lambda p: p.write_bytes(b""),
     "the file is empty (0 bytes), not a Facilitator workspace"),
    ("truncated database", "cut.db", _truncated, "the file is truncated or damaged"),
    ("text file", "agenda.txt", lambda p: p.write_text("Agenda\n1. Welcome\n2. Targets\n"),
     "is a text file, not a Facilitator workspace"),
    ("word document", "minutes.docx", _word_document,
     "is a zip archive (a Word or Office document?), not a Facilitator workspace"),
    ("newer schema", "future.db", _newer, "was written by a newer version of Facilitator"),
    ("read-only file", "locked-down.db", _read_only,
     "the file is read-only; make it writable or open a copy"),
    ("directory", "folder.db", lambda p: p.mkdir(), "is a folder, not a workspace file"),
]


def _assert_one_clear_line(result: subprocess.CompletedProcess[str], path: Path,
                           message: str) -> None:
    assert result.returncode == 1
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert result.stderr.endswith("\n") and result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith(f"facilitator: {path}: "), result.stderr
    assert message in result.stderr


@pytest.mark.parametrize(("name", "make", "message"),
                         [(f, m, e) for _, f, m, e in BAD_FILES], ids=[b[0] for b in BAD_FILES])
def test_bad_file_is_refused_in_one_line_and_left_as_it_was(
    tmp_path: Path, name: str, make: Callable[[Path], None], message: str
) -> None:
    path = tmp_path / name
    make(path)
    before = sha256(path) if path.is_file() else sorted(os.listdir(path))
    names = siblings(path)
    result = cli("list", "--db", str(path))
    _assert_one_clear_line(result, path, message)
    assert (sha256(path) if path.is_file() else sorted(os.listdir(path))) == before
    assert siblings(path) == names  # no -wal, -shm, -journal or .lock left beside it


@pytest.fixture
def held_workspace(tmp_path: Path) -> Iterator[Path]:
    """A workspace held open by another running Facilitator (a child process)."""
    path = tmp_path / "team.db"
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys\n"
         "from facilitator.services import meetings\n"
         "from facilitator.workspace import open_workspace\n"
         "ws = open_workspace(sys.argv[1])\n"
         "meetings.create_meeting(ws, title='Running now')\n"
         "print('ready', flush=True)\n"
         "sys.stdin.read()\n"
         "ws.close()\n", str(path)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    assert holder.stdout is not None and holder.stdin is not None
    assert holder.stdout.readline().strip() == "ready"
    yield path
    holder.stdin.close()  # the other instance quits
    assert holder.wait(timeout=30) == 0


def test_workspace_open_in_another_instance(held_workspace: Path) -> None:
    path = held_workspace
    before, names = sha256(path), siblings(path)
    result = cli("list", "--db", str(path))
    _assert_one_clear_line(result, path, "the workspace is already open in another "
                                         "Facilitator window (process ")
    assert sha256(path) == before
    assert siblings(path) == names  # the holder's own -wal, -shm and lock, and nothing else
