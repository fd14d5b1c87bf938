"""The vote-reveal benchmark runs (its child reveals and hides a real projector page) and
reports through the runner's slot; its timing is the benchmark's business, not the test's."""

from __future__ import annotations

from pathlib import Path

from benchmarks.context import BenchContext
from benchmarks.run import SLOTS, run_slot


def test_the_reveal_benchmark_runs_and_reports_its_figure(tmp_path: Path) -> None:
    slot = next(s for s in SLOTS if s.name == "vote_reveal")
    figures = run_slot(slot, BenchContext(work=tmp_path, quick=True))
    assert len(figures) == 1, figures
    figure = figures[0]
    assert figure.name.startswith("Reveal a vote on the projector (1920×1080, 5 options)")
    assert figure.goal == "< 50 ms" and figure.unit == "ms"
    assert figure.value is not None and figure.value > 0 and "n=30" in figure.detail
