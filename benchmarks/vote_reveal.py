"""Revealing a vote on the projector: from the reveal to the page repainted.

A child process (this file run as a script, offscreen) builds a VoteProjectorView at
1920×1080 on a choice with five options counted by 19 people present, then times, about 100
times, alternately revealing and hiding the results: `set_revealed` (one transaction),
`notify(Topic.VOTES)` (the page reloads the vote through get_vote) and `repaint()` (painted
before it returns), on the monotonic clock. Each reveal is checked to show counts and each
hide to show none, so the figure is of the real work.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

if __name__ == "__main__":  # run as the child: headless Qt, the repository importable
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.context import BenchContext
from benchmarks.figures import Figure, median, percentile

GOAL_MS = 50.0
SIZE = (1920, 1080)
OPTIONS = ("Webinar series for partners", "Referral programme", "Pricing page rework",
           "Customer advisory board", "Trade fair in Munich")


def samples(runs: int) -> dict[str, Any]:
    """The child's measurement: milliseconds per reveal or hide, and the paint alone."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from facilitator.services import meetings, participants, votes
    from facilitator.workspace import open_workspace
    from ui.common.document import MeetingDocument, Topic
    from ui.votes.projector_view import VoteProjectorView

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        ws = open_workspace(Path(tmp) / "reveal.db")
        try:
            mid = meetings.create_meeting(ws, title="Summit").id
            for n in range(19):
                participants.add_participant(ws, meeting_id=mid, name=f"Person {n}")
            vote = votes.add_vote(ws, meeting_id=mid, kind="choice", options=list(OPTIONS),
                                  question="Which initiative do we fund first next quarter?").id
            votes.set_counts(ws, vote_id=vote, counts=dict(zip(OPTIONS, (6, 4, 3, 4, 2),
                                                               strict=True)))
            document = MeetingDocument(ws, mid)
            view = VoteProjectorView(document)
            view.resize(*SIZE)
            view.show()
            view.set_vote(vote)
            app.processEvents()
            view.repaint()
            reveal_ms, paint_ms = [], []
            for n in range(runs):
                shown = n % 2 == 0
                start = time.perf_counter()
                votes.set_revealed(ws, vote_id=vote, revealed=shown)
                document.notify(Topic.VOTES)
                view.repaint()
                reveal_ms.append((time.perf_counter() - start) * 1000)
                counted = any(ch.isdigit() for row in view.painted_rows for ch in row)
                if counted is not shown or view.revealed_shown is not shown:
                    raise RuntimeError(f"the page did not follow the reveal ({shown})")
                start = time.perf_counter()
                view.repaint()
                paint_ms.append((time.perf_counter() - start) * 1000)
            view.close()
            view.deleteLater()
            app.processEvents()
        finally:
            ws.close()
    return {"reveal": reveal_ms, "paint": paint_ms, "options": len(OPTIONS),
            "size": list(SIZE)}


def figures(ctx: BenchContext) -> list[Figure]:
    done = subprocess.run([ctx.python, str(Path(__file__).resolve()), "--runs",
                           str(ctx.runs(100, 30))], capture_output=True, text=True,
                          env=ctx.child_env(), timeout=180)
    if done.returncode != 0:
        raise RuntimeError(f"vote reveal child failed: {done.stderr[-800:]}")
    s = json.loads(done.stdout.strip().splitlines()[-1])
    reveal = s["reveal"]
    return [Figure.below(
        f"Reveal a vote on the projector ({s['size'][0]}×{s['size'][1]}, "
        f"{s['options']} options): saved, reloaded, repainted", percentile(reveal, 95), "ms",
        GOAL_MS, f"p95; median {median(reveal):.1f} ms, max {max(reveal):.1f} ms, "
        f"n={len(reveal)}; the paint alone median {statistics.median(s['paint']):.1f} ms")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=100, help="reveals and hides to time")
    args = parser.parse_args(argv)
    print(json.dumps(samples(max(1, args.runs))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
