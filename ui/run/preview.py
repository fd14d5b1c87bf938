"""A window around the run console alone: `python -m ui.run.preview --db PATH [--meeting ID]`."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections.abc import Sequence

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow

from facilitator.clock import Clock, SystemClock
from facilitator.workspace import Workspace
from ui.common import settings
from ui.common.commands import edit_actions
from ui.common.document import MeetingDocument
from ui.run.run_clock import RunClock
from ui.run.run_view import RunView


class RunPreviewWindow(QMainWindow):
    """The run view with Edit (undo/redo) and Run menus: how the main window can host it."""

    def __init__(self, ws: Workspace, meeting_id: int, clock: Clock,
                 tz: dt.tzinfo | None = None) -> None:
        super().__init__()
        self.document = MeetingDocument(ws, meeting_id, self)
        if tz is not None:
            RunClock(self.document, clock, tz=tz)
        self.run_view = RunView(self.document, clock)
        self.setCentralWidget(self.run_view)
        self.setWindowTitle(f"Facilitator — {self.run_view.meeting_label.text()}")
        edit = self.menuBar().addMenu("&Edit")
        undo, redo = edit_actions(self.document.undo_stack, self,
                                  lambda text: self.statusBar().showMessage(text, 20_000))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addActions([undo, redo])
        run = self.menuBar().addMenu("&Run")
        run.addActions(self.run_view.run_actions())
        self.resize(1280, 760)
        self.run_view.setFocus()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ui.run.preview")
    parser.add_argument("--db", required=True, help="the workspace file")
    parser.add_argument("--meeting", type=int, help="meeting id (default: the most recent)")
    parser.add_argument("--projector", action="store_true", help="also open the projector")
    args = parser.parse_args(argv)

    from facilitator.errors import FacilitatorError
    from facilitator.services.meetings import most_recent_meeting_id
    from facilitator.workspace import open_workspace

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    try:
        ws = open_workspace(args.db)
        meeting_id = args.meeting or most_recent_meeting_id(ws)
    except FacilitatorError as exc:
        print(f"run_preview: {exc}", file=sys.stderr)
        return 1
    try:
        window = RunPreviewWindow(ws, meeting_id, SystemClock())
        window.show()
        if args.projector:
            window.run_view.show_projector()
        return app.exec()
    finally:
        ws.close()


if __name__ == "__main__":
    raise SystemExit(main())
