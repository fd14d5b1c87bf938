"""No exception vanishes: its traceback goes to a log file in the user data folder, and the
window says so in one non-modal line."""

from __future__ import annotations

import contextlib
import datetime as dt
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from facilitator import paths

LOG_NAME = "facilitator.log"
# The log is for a developer reading it after a meeting: the last megabyte or two is plenty.
MAX_BYTES = 1_000_000


def log_path() -> Path:
    return paths.data_dir() / LOG_NAME


def write_traceback(exc_type: type[BaseException], exc: BaseException,
                    tb: TracebackType | None, *, context: str = "") -> Path:
    """Appends the traceback to the log (the previous log is kept as .1 once it is large)."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists() and path.stat().st_size > MAX_BYTES:
            path.replace(path.with_name(LOG_NAME + ".1"))
        stamp = dt.datetime.now().astimezone().isoformat(timespec="seconds")
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {stamp} {context}\n{text}\n")
    except OSError:
        pass  # a full or read-only disk must not turn one error into two
    return path


def failure_line(path: Path) -> str:
    return f"Something went wrong — your work is saved; details in {path}"


def install(report: Callable[[str], None]) -> Callable[..., None]:
    """Makes sys.excepthook log the exception and `report` one line (Qt calls it for an
    exception raised in a slot, then carries on). Returns the hook it replaced."""
    previous = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            previous(exc_type, exc, tb)
            return
        path = write_traceback(exc_type, exc, tb, context="unhandled")
        if sys.stderr is not None:  # None in a windowed bundle
            traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
        with contextlib.suppress(Exception):  # the window may be going; the log has it
            report(failure_line(path))

    sys.excepthook = hook
    return previous
