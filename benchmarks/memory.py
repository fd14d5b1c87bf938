"""Memory: peak resident set size of the app with the large meeting open in the main window.

A child process (`memory_child.py app`) builds the main window on the 500-meeting workspace,
opens the large meeting with `MainWindow.open_meeting` and renders it; the peak is read from
/proc/self/status (VmHWM). The window child of meeting_window.py reports its peak too, after
opening the meeting several times, switching items and moving cards.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from benchmarks.context import BenchContext
from benchmarks.figures import Figure
from benchmarks.meeting_window import window_samples

CHILD = Path(__file__).resolve().parent / "memory_child.py"
GOAL_MB = 250.0


def peak_rss(ctx: BenchContext, *args: str) -> dict[str, object]:
    result = subprocess.run([ctx.python, str(CHILD), *args], capture_output=True, text=True,
                            env=ctx.child_env(), timeout=120)
    if result.returncode != 0:
        raise RuntimeError(f"memory child failed: {result.stderr[-500:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def figures(ctx: BenchContext) -> list[Figure]:
    generated = ctx.workspace_500()
    db = ctx.copy_of(generated, "memory")
    bare = peak_rss(ctx, "bare")
    app = peak_rss(ctx, "app", "--db", str(db), "--meeting", str(generated.large_meeting_id))
    return [
        Figure.info("Peak RSS: bare PySide6 QMainWindow", float(bare["peak_rss_mb"]), "MB"),
        Figure.below("Peak RSS: large meeting open (500-meeting workspace)",
                     float(app["peak_rss_mb"]), "MB", GOAL_MB, f"loaded by {app['how']}"),
        Figure.below("Peak RSS: after the window benchmarks (opened, switched, cards moved)",
                     float(window_samples(ctx)["peak_rss_mb"]), "MB", GOAL_MB,
                     "the window child of meeting_window.py"),
    ]
