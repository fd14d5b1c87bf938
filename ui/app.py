"""Entry point of the `facilitator` program: a command, or the window when none is given."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator import cli

if TYPE_CHECKING:
    from facilitator.clock import Clock
    from facilitator.workspace import Workspace
    from ui.shell.contract import Feature
    from ui.shell.main_window import MainWindow
    from ui.shell.workspace_opener import WorkspaceOpener


def show_error(parent: object, text: str) -> None:
    """The message box for a workspace that cannot be opened (tests replace this)."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(parent, "Facilitator", text)  # type: ignore[arg-type]


def features(clock: Clock | None = None) -> list[Feature]:
    """The window's features, in the order they fill its menus, tabs and docks."""
    from facilitator.clock import SystemClock
    from ui.board.feature import BoardFeature
    from ui.capture.feature import CaptureFeature
    from ui.meetings.feature import MeetingsFeature
    from ui.minutes.feature import MinutesFeature
    from ui.plan.feature import PlanFeature
    from ui.review.feature import ReviewFeature
    from ui.run.feature import RunFeature
    from ui.templates.feature import TemplatesFeature
    from ui.votes.feature import VotesFeature

    return [MeetingsFeature(), TemplatesFeature(), PlanFeature(),
            RunFeature(clock or SystemClock()), BoardFeature(), ReviewFeature(), CaptureFeature(),
            VotesFeature(), MinutesFeature()]


def main_window(ws: Workspace | None = None, clock: Clock | None = None, *,
                path: Path | None = None) -> MainWindow:
    """The main window with every feature: on an open workspace, or (with `path`) its frame
    that attach_workspace() fills once the workspace is open."""
    from ui.shell.main_window import MainWindow

    return MainWindow(ws, path=path, features=features(clock))


def start_window(db_path: Path) -> tuple[MainWindow, WorkspaceOpener]:
    """Shows the window's frame at once; the workspace opens and fills it once it is on screen.

    The opener ends the event loop with status 1 when the workspace is refused (the message
    is printed and shown first).
    """
    from PySide6.QtWidgets import QApplication

    from ui.common import crash_log, settings
    from ui.shell.workspace_opener import WorkspaceOpener

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)  # instance() is typed as the QCoreApplication
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName("Facilitator")
    window = main_window(path=db_path)
    crash_log.install(window.report_failure)
    opener = WorkspaceOpener(window, db_path, lambda text: show_error(window, text))
    window.show()
    opener.start()
    return window, opener


def _has_display() -> bool:
    """Whether Qt can show a window at all (without one, it aborts the process)."""
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def launch_window(db_path: Path) -> int:
    from facilitator.errors import WorkspaceError
    from facilitator.workspace_file import inspect_file

    # The header check reads a few bytes and needs no Qt: a bad file is refused even where no
    # window can be shown, and before one is.
    try:
        inspect_file(Path(db_path).absolute())
    except WorkspaceError as exc:
        print(f"facilitator: {exc}", file=sys.stderr)
        if _has_display():
            from PySide6.QtWidgets import QApplication

            _app = QApplication.instance() or QApplication(sys.argv[:1])
            show_error(None, str(exc))
        return 1
    if not _has_display():
        print("facilitator: no display to show the window on (set DISPLAY, or use a "
              "command such as 'facilitator list')", file=sys.stderr)
        return 1

    from PySide6.QtWidgets import QApplication

    window, opener = start_window(db_path)
    try:
        status = QApplication.instance().exec()  # type: ignore[union-attr]
        opener.raise_error()
        return 1 if opener.refused else status
    finally:
        if opener.refused:
            window.hide()
            window.deleteLater()
        opener.close_workspace()


def render_chart(items: Sequence[object]) -> bytes | None:
    """The minutes' timing chart for `facilitator export-minutes` (Qt loads only when asked)."""
    from ui.minutes.timing_chart import render_headless

    return render_headless(items)  # type: ignore[arg-type]


def main(argv: Sequence[str] | None = None) -> int:
    return cli.main(argv, launch=launch_window, chart_renderer=render_chart)


def run() -> None:
    raise SystemExit(main())
