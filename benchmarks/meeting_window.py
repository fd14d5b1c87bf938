"""Responsiveness in the real main window: opening the large meeting and switching agenda items.

A child process (`benchmarks/window_child.py`, offscreen) builds `main_window(ws)` on a copy of
the 500-meeting workspace and times, each until the event queue is empty and the window has
repainted: `open_meeting` on the large meeting (60 items, 2,000 notes, 300 decisions, 300
actions, 400 cards; after a small meeting, so the tabs and docks are built anew each time),
the notes editor showing another item's note, and the run view jumping the clock to another
item (an undoable clock edit: saved, every view refreshed). The same child moves cards on the
400-card board (see board_400.py) and reports its peak RSS.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from benchmarks.context import BenchContext
from benchmarks.figures import Figure, median, percentile

CHILD = Path(__file__).resolve().parent / "window_child.py"
GOAL_MS = 100.0
_results: dict[int, dict[str, Any]] = {}


def window_samples(ctx: BenchContext) -> dict[str, Any]:
    """The child's samples (run once per benchmark run, shared with board_400 and memory)."""
    if id(ctx) not in _results:
        generated = ctx.workspace_500()
        assert generated.large_meeting_id is not None
        db = ctx.copy_of(generated, "window")
        result = subprocess.run(
            [ctx.python, str(CHILD), "--db", str(db), "--meeting",
             str(generated.large_meeting_id), "--other", "1", "--runs", str(ctx.runs(7, 3))],
            capture_output=True, text=True, env=ctx.child_env(), timeout=240)
        if result.returncode != 0:
            raise RuntimeError(f"window child failed: {result.stderr[-800:]}")
        _results[id(ctx)] = json.loads(result.stdout.strip().splitlines()[-1])
    return _results[id(ctx)]


def p95_figure(name: str, samples: list[float], extra: str = "") -> Figure:
    return Figure.below(name, percentile(samples, 95), "ms", GOAL_MS,
                        f"p95; median {median(samples):.1f} ms, max {max(samples):.1f} ms, "
                        f"n={len(samples)}{extra}")


def figures(ctx: BenchContext) -> list[Figure]:
    s = window_samples(ctx)
    return [
        p95_figure("Open large meeting in the main window (tabs built and painted)", s["open"],
                   f"; first {s['open'][0]:.0f} ms; then the Board tab's first show "
                   f"{s.get('board_first_show', 0):.0f} ms"),
        p95_figure(f"Switch agenda item: notes editor shows another item ({s['items']} items)",
                   s["notes_switch"]),
        p95_figure("Switch agenda item: run view jumps the clock to another item",
                   s["run_jump"]),
    ]
