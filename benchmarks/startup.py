"""Start-up: process start to main window shown, Facilitator on 501 meetings vs a bare window.

Both are child processes started the same way (`python benchmarks/startup_child.py MODE`) under
QT_QPA_PLATFORM=offscreen; the parent times from just before the process is created to the
moment the child prints "shown" (on the window's first expose event). The runs alternate
bare/app after one discarded warm-up of each, and the medians are compared.

Facilitator shows its window's frame first and opens the workspace on the next turn of the
event loop, so two more moments of the same runs are reported beside "shown": the meeting list
populated, and the last meeting reopened (the window fully usable).
"""

from __future__ import annotations

import subprocess
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.context import BenchContext
from benchmarks.figures import Figure, median

ROOT = Path(__file__).resolve().parent.parent
CHILD = ROOT / "benchmarks" / "startup_child.py"
GOAL_RATIO = 1.5


def time_to_marks(cmd: list[str], env: dict[str, str],
                  marks: tuple[str, ...] = ("shown",)) -> dict[str, float]:
    """Seconds from starting `cmd` to each of its `marks` lines; the child exits by itself."""
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, env=env, text=True)
        assert proc.stdout is not None
        watchdog = threading.Timer(60, proc.kill)  # a child that never quits fails, not hangs
        watchdog.start()
        seen: dict[str, float] = {}
        try:
            for line in proc.stdout:
                if line.strip() in marks:
                    seen[line.strip()] = time.perf_counter() - started
            status = proc.wait(timeout=60)
        finally:
            watchdog.cancel()
        if len(seen) != len(marks) or status != 0:
            err.seek(0)
            raise RuntimeError(f"{cmd[2:]} exited {status} after {sorted(seen)} of {marks}: "
                               f"{err.read().decode(errors='replace')[-500:]}")
    return seen


APP_MARKS = ("shown", "populated", "reopened")


def time_to_exit(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=60)
    return time.perf_counter() - started


def core_import_ms(ctx: BenchContext, env: dict[str, str], runs: int) -> float:
    """What importing the core (SQLAlchemy, models, services) adds to a bare Python start."""
    core = "import facilitator.cli, facilitator.services.meetings, facilitator.serialize"
    bare = [time_to_exit([ctx.python, "-c", "pass"], env) for _ in range(runs)]
    full = [time_to_exit([ctx.python, "-c", core], env) for _ in range(runs)]
    return (median(full) - median(bare)) * 1000


def compile_sources(ctx: BenchContext) -> None:
    """Byte-compiles the project as installing it does (pip compiles on install).

    A checkout run with PYTHONDONTWRITEBYTECODE=1 would otherwise compile every module from
    source at each start, a cost no installed copy pays and the bare window does not have.
    """
    subprocess.run([ctx.python, "-m", "compileall", "-q", str(ROOT / "facilitator"),
                    str(ROOT / "ui")], check=True, capture_output=True, timeout=120)


def figures(ctx: BenchContext) -> list[Figure]:
    generated = ctx.workspace_500()
    db = ctx.copy_of(generated, "startup")
    env = ctx.child_env()
    compile_sources(ctx)
    bare_cmd = [ctx.python, str(CHILD), "bare"]
    text_cmd = [ctx.python, str(CHILD), "text"]
    app_cmd = [ctx.python, str(CHILD), "app", "--db", str(db)]
    time_to_marks(bare_cmd, env), time_to_marks(app_cmd, env, APP_MARKS)  # warm the cache
    runs = ctx.runs(9, 3)
    bare: list[float] = []
    text: list[float] = []
    app: dict[str, list[float]] = {mark: [] for mark in APP_MARKS}
    for _ in range(runs):
        bare.append(time_to_marks(bare_cmd, env)["shown"])
        text.append(time_to_marks(text_cmd, env)["shown"])
        for mark, seconds in time_to_marks(app_cmd, env, APP_MARKS).items():
            app[mark].append(seconds)

    def spread(values: list[float]) -> str:
        return f"median of {runs}; min {min(values) * 1000:.0f}, max {max(values) * 1000:.0f} ms"

    bare_ms, text_ms = median(bare) * 1000, median(text) * 1000
    app_ms = {mark: median(values) * 1000 for mark, values in app.items()}
    return [
        Figure.info("Start-up: bare PySide6 QMainWindow", bare_ms, "ms", spread(bare)),
        Figure.info("Start-up: QMainWindow with a menu, a label and a status message", text_ms,
                    "ms", spread(text) + f"; {text_ms / bare_ms:.2f}× bare (fonts, Qt enums)"),
        Figure.info(f"Start-up: Facilitator main window shown, {generated.meetings} meetings",
                    app_ms["shown"], "ms", spread(app["shown"]) + "; its frame, then it fills"),
        Figure.at_most("Start-up ratio (Facilitator / bare window)", app_ms["shown"] / bare_ms,
                       "×", GOAL_RATIO),
        Figure.info("Start-up: meeting list populated", app_ms["populated"], "ms",
                    spread(app["populated"]) + f"; {app_ms['populated'] / bare_ms:.2f}× bare"),
        Figure.info("Start-up: last meeting reopened", app_ms["reopened"], "ms",
                    spread(app["reopened"]) + f"; {app_ms['reopened'] / bare_ms:.2f}× bare"),
        Figure.info("Start-up share: importing the core (SQLAlchemy, models, services)",
                    core_import_ms(ctx, env, runs), "ms",
                    "paid after the window's frame is shown, before the list fills"),
    ]
