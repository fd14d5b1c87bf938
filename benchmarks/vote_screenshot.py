"""The projector's vote page as the room sees it, saved as a PNG for the documentation.

    .venv/bin/python benchmarks/vote_screenshot.py [docs/projector-vote.png] [--size 1366x768]

Builds the demo summit in a throwaway workspace and paints its counted yes/no vote (revealed
in the demo) on a VoteProjectorView in the projector's default look (high contrast).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("target", nargs="?", default=str(ROOT / "docs" / "projector-vote.png"))
    parser.add_argument("--size", default="1366x768", help="WIDTHxHEIGHT in pixels")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from facilitator.demo import create_demo_meeting
    from facilitator.domain import VoteKind
    from facilitator.services import votes
    from facilitator.workspace import open_workspace
    from ui.common.document import MeetingDocument
    from ui.votes.projector_view import VoteProjectorView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)  # defaults, not the user's
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        ws = open_workspace(Path(tmp) / "demo.db")
        try:
            mid = create_demo_meeting(ws)
            vote = next(v for v in votes.list_votes(ws, meeting_id=mid)
                        if v.kind is VoteKind.YES_NO)
            view = VoteProjectorView(MeetingDocument(ws, mid))
            view.resize(width, height)
            view.show()
            view.set_vote(vote.id)
            app.processEvents()
            if not view.grab().save(args.target, "PNG"):
                raise SystemExit(f"could not write {args.target}")
            print(f"{args.target}: {width}×{height}, rows {view.painted_rows}, "
                  f"footer {view.painted_footer}")
            view.close()
        finally:
            ws.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
