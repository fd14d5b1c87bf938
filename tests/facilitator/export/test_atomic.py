"""Failed exports leave the previous file exactly as it was, with a clear one-line message."""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path

import pytest

from facilitator.errors import ExportError
from facilitator.export import export_minutes
from facilitator.export.atomic import write_atomic
from facilitator.serialize import load_meeting
from facilitator.workspace import Workspace
from tests.facilitator.export.docx_read import open_docx
from tests.helpers import sha256, siblings


@pytest.fixture
def previous(tmp_path: Path) -> Path:
    target = tmp_path / "out" / "minutes.docx"
    target.parent.mkdir()
    target.write_bytes(b"the minutes sent last week")
    return target


def test_writes_and_replaces(tmp_path: Path, previous: Path) -> None:
    write_atomic(previous, b"new")
    assert previous.read_bytes() == b"new"
    assert siblings(previous) == {"minutes.docx"}


def test_new_file_gets_the_usual_permissions(tmp_path: Path) -> None:
    mask = os.umask(0o022)
    try:
        path = write_atomic(tmp_path / "new.docx", b"x")
    finally:
        os.umask(mask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_replacing_keeps_the_file_permissions(previous: Path) -> None:
    previous.chmod(0o600)
    write_atomic(previous, b"x")
    assert stat.S_IMODE(previous.stat().st_mode) == 0o600


@pytest.mark.parametrize(("make_target", "message"), [
    (lambda d: d / "missing" / "m.docx", "the folder .*missing does not exist"),
    (lambda d: d / "out" / "minutes.docx" / "m.docx", "minutes.docx is a file, not a folder"),
    (lambda d: d / "out" / "minutes.docx" / "deeper" / "m.docx",
     "minutes.docx is a file, not a folder"),
    (lambda d: d / "out", "is a folder; choose a file name"),
])
def test_bad_targets(tmp_path: Path, previous: Path, make_target, message: str) -> None:
    before = sha256(previous)
    with pytest.raises(ExportError, match=message):
        write_atomic(make_target(tmp_path), b"new")
    assert sha256(previous) == before
    assert siblings(previous) == {"minutes.docx"}


def _raise(code: int, exc_type: type[OSError] = OSError):
    def fail(*args, **kwargs):
        raise exc_type(code, os.strerror(code))
    return fail


@pytest.mark.parametrize(("patch", "code", "exc_type", "message"), [
    ("replace", errno.EACCES, PermissionError, "it is open in another program"),
    ("replace", errno.EBUSY, OSError, "it is open in another program"),
    ("write", errno.ENOSPC, OSError, "the disk is full"),
    ("fsync", errno.EDQUOT, OSError, "the disk is full"),
    ("write", errno.EIO, OSError, "Input/output error"),
])
def test_failures_leave_the_previous_file(
    monkeypatch: pytest.MonkeyPatch, previous: Path, patch: str, code: int,
    exc_type: type[OSError], message: str,
) -> None:
    before = sha256(previous)
    monkeypatch.setattr(os, patch, _raise(code, exc_type))
    with pytest.raises(ExportError, match=message) as caught:
        write_atomic(previous, b"new minutes")
    monkeypatch.undo()
    assert str(previous) in str(caught.value) and "\n" not in str(caught.value)
    assert sha256(previous) == before
    assert siblings(previous) == {"minutes.docx"}  # no temp file left behind


def test_no_permission_to_write_in_the_folder(
    monkeypatch: pytest.MonkeyPatch, previous: Path
) -> None:
    monkeypatch.setattr(tempfile, "mkstemp", _raise(errno.EACCES, PermissionError))
    with pytest.raises(ExportError, match="no permission to write in"):
        write_atomic(previous, b"new")
    monkeypatch.undo()
    assert previous.read_bytes() == b"the minutes sent last week"


def test_read_only_disk(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(tempfile, "mkstemp", _raise(errno.EROFS))
    with pytest.raises(ExportError, match="the disk is read-only"):
        write_atomic(tmp_path / "m.docx", b"new")


def test_export_minutes_over_a_locked_file_keeps_it(
    monkeypatch: pytest.MonkeyPatch, ws: Workspace, demo_id: int, previous: Path
) -> None:
    record = load_meeting(ws, demo_id)
    export_minutes(record, previous)
    before = sha256(previous)
    monkeypatch.setattr(os, "replace", _raise(errno.EACCES, PermissionError))
    with pytest.raises(ExportError, match="close it in Word"):
        export_minutes(record, previous)
    monkeypatch.undo()
    assert sha256(previous) == before
    assert open_docx(previous).paragraphs[0].text == "Sales & Marketing Summit"
    assert siblings(previous) == {"minutes.docx"}
