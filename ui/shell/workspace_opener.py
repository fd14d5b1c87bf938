"""Opens the workspace once the main window's frame is on screen, then fills the window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Slot

if TYPE_CHECKING:
    from facilitator.workspace import Workspace
    from ui.shell.main_window import MainWindow

# Opens anyway when the window is not exposed by then (minimised, or a platform that is slow
# to map it): the frame showing first is a nicety, never a condition.
FALLBACK_MS = 300


def error_line(exc: BaseException) -> str:
    """The one-line message the command line prints for this error."""
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror}: {exc.filename or ''}".rstrip(": ")
    return str(exc).splitlines()[0] if str(exc) else exc.__class__.__name__


class WorkspaceOpener(QObject):
    """Importing SQLAlchemy and opening the file take most of a start; the frame shows first.

    On the window's first expose (or after FALLBACK_MS) the workspace opens, the window's
    meeting list fills (window.workspaceOpened) and the last meeting reopens. A refused file is
    printed on stderr and shown with `report`, then the event loop ends with status 1. Any other
    error also ends the loop; raise_error() raises it again once the loop has returned.
    """

    def __init__(self, window: MainWindow, path: Path,
                 report: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window = window
        self.path = path
        self.report = report
        self.ws: Workspace | None = None
        self.refused = False
        self._error: BaseException | None = None
        self._started = False

    def start(self) -> None:
        """Call after window.show()."""
        handle = self.window.windowHandle()
        if handle is not None:
            handle.installEventFilter(self)
        QTimer.singleShot(FALLBACK_MS, self.open)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Expose and self.window.isVisible():
            watched.removeEventFilter(self)
            # The frame is painted while this expose is handled; open on the next turn.
            QTimer.singleShot(0, self.open)
        return False

    @Slot()
    def open(self) -> None:
        if self._started:
            return
        self._started = True
        from facilitator.errors import FacilitatorError
        from facilitator.workspace import open_workspace

        try:
            self.ws = open_workspace(self.path)
        except (FacilitatorError, OSError) as exc:
            self.refused = True
            text = error_line(exc)
            print(f"facilitator: {text}", file=sys.stderr)
            self.report(text)
            QCoreApplication.exit(1)
            return
        try:
            self.window.attach_workspace(self.ws)
            self.window.reopen_last_meeting()
        except BaseException as exc:  # raised again by raise_error() once the loop is over
            self._error = exc
            QCoreApplication.exit(1)

    def raise_error(self) -> None:
        if self._error is not None:
            raise self._error

    def close_workspace(self) -> None:
        if self.ws is not None:
            self.ws.close()
            self.ws = None
