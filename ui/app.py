"""Entry point of the `facilitator` program: a command, or the window when none is given."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from facilitator import cli

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.workspace_opener import WorkspaceOpener


def show_error(parent: object, text: str) -> None:
    """The message box for a workspace that cannot be opened (tests replace this)."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(parent, "Facilitator", text)  # type: ignore[arg-type]


def start_window(db_path: Path) -> tuple[MainWindow, WorkspaceOpener]:
    """Shows the window's frame at once; the workspace opens and fills it once it is on screen.

    The opener ends the event loop with status 1 when the workspace is refused (the message
    is printed and shown first).
    """
    from PySide6.QtWidgets import QApplication

    from ui import settings
    from ui.main_window import MainWindow
    from ui.workspace_opener import WorkspaceOpener

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName("Facilitator")
    window = MainWindow(path=db_path)
    opener = WorkspaceOpener(window, db_path, lambda text: show_error(window, text))
    window.show()
    opener.start()
    return window, opener


def launch_window(db_path: Path) -> int:
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
    from ui.timing_chart import render_headless

    return render_headless(items)  # type: ignore[arg-type]


def main(argv: Sequence[str] | None = None) -> int:
    return cli.main(argv, launch=launch_window, chart_renderer=render_chart)


def run() -> None:
    raise SystemExit(main())
