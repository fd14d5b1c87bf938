"""Entry point of the `facilitator` program: a command, or the window when none is given."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from facilitator import cli


def launch_window(db_path: Path) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from facilitator.errors import FacilitatorError
    from facilitator.workspace import open_workspace
    from ui import settings
    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    app.setApplicationDisplayName("Facilitator")
    try:
        ws = open_workspace(db_path)
    except FacilitatorError as exc:
        print(f"facilitator: {exc}", file=sys.stderr)
        QMessageBox.critical(None, "Facilitator", str(exc))
        return 1
    try:
        window = MainWindow(ws)
        window.show()
        window.reopen_last_meeting()
        return app.exec()
    finally:
        ws.close()


def render_chart(items: Sequence[object]) -> bytes | None:
    """The minutes' timing chart for `facilitator export-minutes` (Qt loads only when asked)."""
    from ui.timing_chart import render_headless

    return render_headless(items)  # type: ignore[arg-type]


def main(argv: Sequence[str] | None = None) -> int:
    return cli.main(argv, launch=launch_window, chart_renderer=render_chart)


def run() -> None:
    raise SystemExit(main())
