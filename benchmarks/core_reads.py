"""The core's share of responsiveness: listing 501 meetings and loading the large meeting.

These are the database reads under "open a large meeting" and the meeting list's search; the
window's whole open (reads plus building and painting the views) is measured by
benchmarks/meeting_window.py.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from benchmarks.context import BenchContext
from benchmarks.figures import Figure, median, percentile
from facilitator.serialize import load_meeting, meeting_to_json
from facilitator.services.meetings import list_meetings
from facilitator.workspace import open_workspace

GOAL_MS = 100.0


def _times(fn: Callable[[], object], runs: int) -> list[float]:
    fn()
    out = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        out.append((time.perf_counter() - started) * 1000)
    return out


def figures(ctx: BenchContext) -> list[Figure]:
    generated = ctx.workspace_500()
    meeting_id = generated.large_meeting_id
    assert meeting_id is not None
    runs = ctx.runs(30, 8)
    with open_workspace(ctx.copy_of(generated, "core-reads")) as ws:
        listing = _times(lambda: list_meetings(ws), runs)
        search = _times(lambda: list_meetings(ws, search="review"), runs)
        loading = _times(lambda: meeting_to_json(load_meeting(ws, meeting_id)), runs)
    return [
        Figure.below(f"Meeting list: all {generated.meetings} meetings (core query)",
                     percentile(listing, 95), "ms", GOAL_MS,
                     f"p95; median {median(listing):.1f} ms, n={runs}"),
        Figure.below("Meeting list: search keystroke (core query)", percentile(search, 95), "ms",
                     GOAL_MS, f"p95; median {median(search):.1f} ms, n={runs}"),
        Figure.below("Open large meeting: core load (load_meeting + meeting_to_json)",
                     percentile(loading, 95), "ms", GOAL_MS,
                     f"p95; median {median(loading):.1f} ms, n={runs}; the window's whole "
                     "open is measured by meeting_window"),
    ]
