"""Writing a finished document atomically: a temp file beside the target, fsync, os.replace."""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from pathlib import Path

from facilitator.errors import ExportError

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED = {errno.EACCES, errno.EPERM}


def _default_mode() -> int:
    """The permissions a new file gets from the user's umask (mkstemp's 0600 is too strict)."""
    if os.name != "posix":
        return 0o666
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _check_target(path: Path) -> None:
    folder = path.parent
    if path.is_dir():
        raise ExportError(f"{path} is a folder; choose a file name to write the document to")
    if not folder.exists():
        # A parent that is a file also makes exists() false on the way down; say which.
        for parent in folder.parents:
            if parent.exists() and not parent.is_dir():
                raise ExportError(f"cannot write {path}: {parent} is a file, not a folder")
        raise ExportError(f"cannot write {path}: the folder {folder} does not exist")
    if not folder.is_dir():
        raise ExportError(f"cannot write {path}: {folder} is a file, not a folder")


def _message(exc: OSError, path: Path, *, replacing: bool) -> str:
    code = exc.errno
    if code in _FULL:
        return f"cannot write {path}: the disk is full"
    if code == errno.EROFS:
        return f"cannot write {path}: the disk is read-only"
    if code == errno.ENAMETOOLONG:
        return f"cannot write {path}: the file name is too long"
    if code in _DENIED or isinstance(exc, PermissionError):
        if replacing:
            return (f"cannot replace {path}: it is open in another program (close it in Word "
                    "and try again) or you may not change it")
        return f"cannot write {path}: no permission to write in {path.parent}"
    if code == errno.EISDIR:
        return f"{path} is a folder; choose a file name to write the document to"
    if code in (errno.ENOENT, errno.ENOTDIR):
        return f"cannot write {path}: the folder {path.parent} does not exist"
    if code == errno.EBUSY or getattr(exc, "winerror", None) == 32:
        return f"cannot replace {path}: it is open in another program; close it and try again"
    reason = exc.strerror or exc.__class__.__name__
    return f"cannot write {path}: {reason}"


def write_atomic(path: str | os.PathLike[str], data: bytes) -> Path:
    """Writes data to path in one step: readers see the old file or the new, never a part.

    Raises ExportError with a one-line message; on failure any existing file at path is left
    exactly as it was and no temp file stays behind.
    """
    target = Path(path).expanduser().absolute()
    _check_target(target)
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
        replacing = True
    except OSError:
        mode, replacing = _default_mode(), False
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=".facilitator-", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise ExportError(_message(exc, target, replacing=False)) from exc
    tmp = Path(tmp_name)
    stage = "write"
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
            os.fsync(fd)
        finally:
            os.close(fd)
        with contextlib.suppress(OSError):
            os.chmod(tmp, mode)
        stage = "replace"
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise ExportError(_message(exc, target, replacing=replacing and stage == "replace")
                          ) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _sync_folder(target.parent)
    return target


def _sync_folder(folder: Path) -> None:
    """Makes the rename itself durable (POSIX); harmless where folders cannot be opened."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
