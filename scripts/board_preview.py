"""Opens the console board and the projector board of a meeting side by side, live.

`python scripts/board_preview.py --db demo.db [--meeting ID]` (default: the most recent meeting).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtGui import QKeySequence, QShortcut  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from facilitator.services.meetings import most_recent_meeting_id  # noqa: E402
from facilitator.workspace import open_workspace  # noqa: E402
from ui.board.board_projector_view import BoardProjectorView  # noqa: E402
from ui.board.board_view import BoardView  # noqa: E402
from ui.common.document import MeetingDocument  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--meeting", type=int)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    ws = open_workspace(args.db)
    try:
        document = MeetingDocument(ws, args.meeting or most_recent_meeting_id(ws))
        console = BoardView(document)
        console.setWindowTitle("Board — console (Ctrl+Z undoes)")
        for keys, slot in ((QKeySequence.StandardKey.Undo, document.undo_stack.undo),
                           (QKeySequence.StandardKey.Redo, document.undo_stack.redo)):
            QShortcut(keys, console).activated.connect(slot)
        projector = BoardProjectorView(document)
        projector.setWindowTitle("Board — projector")
        console.team_filter_changed.connect(projector.set_team_filter)
        console.resize(1280, 800)
        projector.resize(1280, 720)
        console.show()
        projector.show()
        return app.exec()
    finally:
        ws.close()


if __name__ == "__main__":
    raise SystemExit(main())
