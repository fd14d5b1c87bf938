"""Renders docs/board.png and docs/board-projector.png from the demo meeting (offscreen Qt)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from facilitator.demo import create_demo_meeting  # noqa: E402
from facilitator.services.meetings import most_recent_meeting_id  # noqa: E402
from facilitator.workspace import open_workspace  # noqa: E402
from ui.common.document import MeetingDocument  # noqa: E402


def main() -> None:
    """`--db PATH` shows the most recent meeting of that workspace (e.g. one made with
    `python -m facilitator demo --db demo.db`); without it, a fresh demo meeting."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    out = ROOT / "docs"
    db = Path(sys.argv[sys.argv.index("--db") + 1]) if "--db" in sys.argv else None
    with tempfile.TemporaryDirectory() as tmp:
        ws = open_workspace(db or Path(tmp) / "demo.db")
        try:
            meeting_id = most_recent_meeting_id(ws) if db else create_demo_meeting(ws)
            document = MeetingDocument(ws, meeting_id)
            from ui.board.board_view import BoardView

            view = BoardView(document)
            view.resize(1280, 760)
            view.show()
            view.select_card(view.model.quadrants[1].card(0).id)
            app.processEvents()
            view.grab().save(str(out / "board.png"))
            if "--console-only" not in sys.argv:
                from ui.board.board_projector_view import BoardProjectorView

                projector = BoardProjectorView(document)
                projector.resize(1600, 900)
                projector.show()
                app.processEvents()
                projector.grab().save(str(out / "board-projector.png"))
        finally:
            ws.close()


if __name__ == "__main__":
    main()
