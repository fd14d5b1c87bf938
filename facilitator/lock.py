"""A lock file beside the workspace that tells a second instance the file is in use."""

from __future__ import annotations

import contextlib
import json
import os
import socket
from pathlib import Path

from facilitator.errors import WorkspaceInUseError

try:  # POSIX: the kernel drops an flock when its process dies, so a killed app leaves no lock.
    import fcntl
except ImportError:  # pragma: no cover - Windows falls back to the recorded process id
    fcntl = None  # type: ignore[assignment]


def lock_path_for(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + ".lock")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def _read_owner(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


class WorkspaceLock:
    """Held for as long as the workspace is open; released on close or when the process dies."""

    def __init__(self, workspace: Path) -> None:
        self.workspace = workspace
        self.path = lock_path_for(workspace)
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            if fcntl is not None:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    raise self._in_use() from None
            else:  # pragma: no cover
                owner = _read_owner(self.path)
                pid = owner.get("pid")
                if isinstance(pid, int) and pid != os.getpid() and _pid_alive(pid):
                    raise self._in_use()
            # Either nobody held it or the holder died (a stale lock): it is ours now.
            record = json.dumps({"pid": os.getpid(), "host": socket.gethostname()}).encode()
            os.ftruncate(fd, 0)
            os.pwrite(fd, record, 0)
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd

    def _in_use(self) -> WorkspaceInUseError:
        owner = _read_owner(self.path)
        who = f" (process {owner['pid']} on {owner.get('host', '?')})" if "pid" in owner else ""
        return WorkspaceInUseError(
            f"{self.workspace}: the workspace is already open in another Facilitator window{who}; "
            "close it there first"
        )

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            self.path.unlink()
        os.close(self._fd)
        self._fd = None
