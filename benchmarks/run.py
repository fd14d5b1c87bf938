"""The benchmark runner: every measurement beside its goal, as a table, JSON and RESULTS.md.

    python -m benchmarks            # all of them (< 5 minutes on a 2-core machine)
    python -m benchmarks --quick    # fewer repetitions, for trying a change
    python -m benchmarks --only startup save_latency

A measurement is a module `benchmarks/<name>.py` with `figures(ctx: BenchContext) ->
list[Figure]` (see context.py and figures.py). The runner imports each module of SLOTS that
exists; a slot whose module is not written yet, or has no `figures`, shows its goals as
"pending" in the table. Exit status 1 when a figure misses its goal.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import importlib.util
import json
import os
import platform
import shutil
import sqlite3
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.context import BenchContext
from benchmarks.figures import Figure

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Slot:
    """A measurement: its module, and the goals it covers (shown while the module is missing)."""

    name: str
    module: str
    goals: tuple[tuple[str, str], ...]
    owner: str = ""


SLOTS = (
    Slot("startup", "benchmarks.startup",
         (("Start-up ratio (Facilitator / bare window)", "≤ 1.5×"),)),
    Slot("save_latency", "benchmarks.save_latency",
         (("Save latency p95 per kind of edit", "< 10 ms"),)),
    Slot("export", "benchmarks.export_minutes",
         (("Export minutes, large meeting / bare python-docx baseline", "≤ 1.3×"),
          ("Export growth at 1×, 2×, 4× sizes", "linear")), "the Word export"),
    Slot("core_reads", "benchmarks.core_reads",
         (("Open large meeting: core load", "< 100 ms"),)),
    Slot("meeting_window", "benchmarks.meeting_window",
         (("Open large meeting in the main window", "< 100 ms"),
          ("Switch agenda item in the main window", "< 100 ms")), "the rich main window"),
    Slot("board", "benchmarks.board_400",
         (("Move a card on a 400-card board", "< 100 ms"),), "the board"),
    Slot("vote_reveal", "benchmarks.vote_reveal",
         (("Reveal a vote on the projector", "< 50 ms"),), "the votes on the projector"),
    Slot("countdown", "benchmarks.countdown_cpu",
         (("Running countdown: CPU over 30 s", "< 1 % of a core"),), "the timing core"),
    Slot("memory", "benchmarks.memory",
         (("Peak RSS: large meeting open", "< 250 MB"),)),
)


def run_slot(slot: Slot, ctx: BenchContext) -> list[Figure]:
    if importlib.util.find_spec(slot.module) is None:
        path = slot.module.replace(".", "/") + ".py"
        why = f"not measured yet: {path} comes with {slot.owner}" if slot.owner else \
            f"not measured yet: {path} missing"
        return [Figure.pending(name, goal, why) for name, goal in slot.goals]
    try:
        module = importlib.import_module(slot.module)
        if not hasattr(module, "figures"):
            return [Figure.pending(name, goal, f"{slot.module} is there but has no figures(ctx) "
                                   "yet") for name, goal in slot.goals]
        return list(module.figures(ctx))
    except Exception as exc:  # one broken measurement must not hide the others
        traceback.print_exc()
        return [Figure(f"{slot.name}: failed", None, "", "", False,
                       f"{type(exc).__name__}: {exc}".splitlines()[0])]


def machine() -> dict[str, Any]:
    cpuinfo = Path("/proc/cpuinfo")
    models = [line.split(":", 1)[1].strip() for line in
              (cpuinfo.read_text(encoding="utf-8").splitlines() if cpuinfo.exists() else [])
              if line.startswith("model name")]
    cpu = models[0] if models else platform.processor() or "unknown"
    try:
        import PySide6
        from PySide6.QtCore import qVersion
        qt = f"Qt {qVersion()}, PySide6 {PySide6.__version__}"
    except ImportError:
        qt = "not installed"
    import docx
    import sqlalchemy
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "os": platform.platform(),
        "python": platform.python_version(),
        "qt": qt,
        "sqlite": sqlite3.sqlite_version,
        # Other work on the machine stretches the figures: the 1-minute load when they were taken.
        "load_average": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
        "sqlalchemy": sqlalchemy.__version__,
        "python_docx": getattr(docx, "__version__", "?"),
    }


def table(figures: list[Figure]) -> list[str]:
    rows = [("Measurement", "Figure", "Goal", "Verdict", "Detail")]
    rows += [(f.name, f.shown_value(), f.goal, f.verdict, f.detail) for f in figures]
    widths = [max(len(r[i]) for r in rows) for i in range(4)]
    lines = []
    for n, r in enumerate(rows):
        lines.append("  ".join(c.ljust(w) for c, w in zip(r[:4], widths, strict=True))
                     + "  " + r[4])
        if n == 0:
            lines.append("  ".join("-" * w for w in widths) + "  " + "-" * 6)
    return lines


def results_markdown(report: dict[str, Any], figures: list[Figure]) -> str:
    m = report["machine"]
    out = [
        "# Benchmark results",
        "",
        f"Measured {report['date']} with `{report['command']}` in {report['seconds']:.0f} s.",
        "",
        f"Machine: {m['nproc']} CPUs ({m['cpu']}), {m['os']}; Python {m['python']}, {m['qt']}, "
        f"SQLite {m['sqlite']}, SQLAlchemy {m['sqlalchemy']}, python-docx {m['python_docx']}; "
        f"load average {m.get('load_average')} at the end of the run.",
        "",
        "| Measurement | Figure | Goal | Verdict | Detail |",
        "|---|---|---|---|---|",
    ]
    for f in figures:
        cells = (f.name, f.shown_value(), f.goal, f.verdict, f.detail)
        out.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    out += ["", "## How each figure is measured", ""]
    for slot in SLOTS:
        if importlib.util.find_spec(slot.module) is None:
            continue
        doc = (importlib.import_module(slot.module).__doc__ or "").strip()
        out += [f"**{slot.name}** (`{slot.module.replace('.', '/')}.py`): "
                + " ".join(doc.split()), ""]
    return "\n".join(out)


def write_atomically(path: Path, text: str) -> None:
    temp = path.with_name(f".{path.name}.tmp")
    temp.write_text(text, encoding="utf-8")
    os.replace(temp, path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split(
        "\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    parser.add_argument("--only", nargs="+", metavar="NAME", choices=[s.name for s in SLOTS],
                        help="run only these measurements (then nothing is written by default)")
    parser.add_argument("--write", action="store_true",
                        help="write results.json and RESULTS.md even with --only/--quick")
    parser.add_argument("--keep", action="store_true", help="keep the generated workspaces")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="facilitator-bench-"))
    ctx = BenchContext(work=work, quick=args.quick)
    figures: list[Figure] = []
    try:
        for slot in SLOTS:
            if args.only and slot.name not in args.only:
                continue
            t0 = time.perf_counter()
            print(f"… {slot.name}", file=sys.stderr, flush=True)
            figures += run_slot(slot, ctx)
            print(f"  {slot.name}: {time.perf_counter() - t0:.1f} s", file=sys.stderr,
                  flush=True)
    finally:
        if args.keep:
            print(f"workspaces kept in {work}", file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)
    seconds = time.perf_counter() - started
    print("\n".join(table(figures)))
    print(f"\n{seconds:.0f} s in all")
    report = {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "command": " ".join(["python -m benchmarks", *(argv if argv is not None else
                                                      sys.argv[1:])]),
        "seconds": round(seconds, 1),
        "machine": machine(),
        "figures": [f.as_json() for f in figures],
    }
    if args.write or not (args.only or args.quick):
        write_atomically(HERE / "results.json",
                         json.dumps(report, ensure_ascii=False, indent=2) + "\n")
        write_atomically(HERE / "RESULTS.md", results_markdown(report, figures) + "\n")
        print(f"written: {HERE / 'results.json'}, {HERE / 'RESULTS.md'}")
    missed = [f for f in figures if f.passed is False]
    return 1 if missed else 0
