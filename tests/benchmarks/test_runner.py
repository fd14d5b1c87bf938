"""The benchmark runner's table, JSON and RESULTS.md, and its pending slots."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.context import BenchContext
from benchmarks.figures import Figure, percentile
from benchmarks.run import SLOTS, Slot, results_markdown, run_slot, table


def test_percentile_is_nearest_rank() -> None:
    assert percentile(list(range(1, 201)), 95) == 190
    assert percentile([5.0], 95) == 5.0
    assert percentile([3, 1, 2], 50) == 2


def test_verdicts() -> None:
    assert Figure.at_most("ratio", 1.5, "×", 1.5).verdict == "ok"
    assert Figure.at_most("ratio", 1.51, "×", 1.5).goal == "≤ 1.5×"
    assert Figure.below("p95", 10.0, "ms", 10).verdict == "MISSED"
    assert Figure.info("bare", 101.0, "ms").verdict == ""
    assert Figure.pending("export", "≤ 1.3×", "later").verdict == "pending"


def test_missing_or_unwired_modules_show_their_goals_as_pending(tmp_path: Path) -> None:
    ctx = BenchContext(work=tmp_path)
    missing = Slot("x", "benchmarks.not_written_yet", (("Export", "≤ 1.3×"),), "the export")
    unwired = Slot("y", "benchmarks.figures", (("Board", "< 100 ms"),))
    rows = run_slot(missing, ctx) + run_slot(unwired, ctx)
    assert [(f.name, f.goal, f.verdict) for f in rows] == [
        ("Export", "≤ 1.3×", "pending"), ("Board", "< 100 ms", "pending")]
    assert "the export" in rows[0].detail and "figures(ctx)" in rows[1].detail


def test_table_and_results_document() -> None:
    figures = [Figure.info("Start-up: bare", 107.4, "ms"),
               Figure.at_most("Start-up ratio", 2.0, "×", 1.5, "median of 9"),
               Figure.pending("Countdown CPU", "< 1 % of a core", "not measured yet")]
    lines = table(figures)
    assert lines[0].split() == ["Measurement", "Figure", "Goal", "Verdict", "Detail"]
    assert "2.00×" in lines[3] and "MISSED" in lines[3] and "median of 9" in lines[3]
    assert "pending" in lines[4]
    report = {"date": "2026-11-24 10:00 UTC", "command": "python -m benchmarks", "seconds": 60,
              "machine": {"nproc": 2, "cpu": "AMD EPYC", "os": "Linux", "python": "3.11.7",
                          "qt": "Qt 6.8", "sqlite": "3.45", "sqlalchemy": "2.0",
                          "python_docx": "1.1", "load_average": 0.5},
              "figures": [f.as_json() for f in figures]}
    text = results_markdown(report, figures)
    assert "2026-11-24 10:00 UTC" in text and "2 CPUs (AMD EPYC)" in text
    assert "| Start-up ratio | 2.00× | ≤ 1.5× | MISSED | median of 9 |" in text
    assert json.loads(json.dumps(report))["figures"][2]["verdict"] == "pending"


def test_every_goal_of_the_issue_has_a_slot() -> None:
    goals = " ".join(name for slot in SLOTS for name, _ in slot.goals)
    for words in ("Start-up", "Save latency", "Export", "400-card", "countdown", "Peak RSS",
                  "Switch agenda item"):
        assert words in goals


def test_peak_rss_rises_with_what_the_process_holds() -> None:
    import psutil

    from benchmarks.figures import peak_rss_mb

    before = peak_rss_mb()
    # Past the peak so far, wherever the suite put it (tests that ran before may have held more).
    now = psutil.Process().memory_info().rss / 2**20
    block = bytearray(int(max(0.0, before - now) + 64) * 1024 * 1024)  # written: counted
    block[::4096] = b"\x01" * len(block[::4096])
    assert peak_rss_mb() >= before + 50
    del block
