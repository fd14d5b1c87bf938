"""Start-up: process start to main window shown, Facilitator on 501 meetings vs a bare window.

Both are child processes started the same way (`python benchmarks/startup_child.py MODE`) under
QT_QPA_PLATFORM=offscreen; the parent times from just before the process is created to the
moment the child prints "shown" (on the window's first expose event). The runs alternate
bare/app after one discarded warm-up of each, and the medians are compared.
"""

from __future__ import annotations

import subprocess
import tempfile
import time
from pathlib import Path

from benchmarks.context import BenchContext
from benchmarks.figures import Figure, median

CHILD = Path(__file__).resolve().parent / "startup_child.py"
GOAL_RATIO = 1.5


def time_to_shown(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds from starting `cmd` to its "shown" line; the child then exits by itself."""
    with tempfile.TemporaryFile() as err:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=err, env=env, text=True)
        assert proc.stdout is not None
        shown = None
        for line in proc.stdout:
            if line.strip() == "shown":
                shown = time.perf_counter()
                break
        proc.stdout.read()
        status = proc.wait(timeout=60)
        if shown is None or status != 0:
            err.seek(0)
            raise RuntimeError(f"{cmd[2:]} exited {status} without showing a window: "
                               f"{err.read().decode(errors='replace')[-500:]}")
    return shown - started


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


def figures(ctx: BenchContext) -> list[Figure]:
    generated = ctx.workspace_500()
    db = ctx.copy_of(generated, "startup")
    env = ctx.child_env()
    bare_cmd = [ctx.python, str(CHILD), "bare"]
    app_cmd = [ctx.python, str(CHILD), "app", "--db", str(db)]
    time_to_shown(bare_cmd, env), time_to_shown(app_cmd, env)  # warm the file cache
    runs = ctx.runs(9, 3)
    bare, app = [], []
    for _ in range(runs):
        bare.append(time_to_shown(bare_cmd, env))
        app.append(time_to_shown(app_cmd, env))
    bare_ms, app_ms = median(bare) * 1000, median(app) * 1000
    spread = f"median of {runs}; min {min(app) * 1000:.0f}, max {max(app) * 1000:.0f} ms"
    return [
        Figure.info("Start-up: bare PySide6 QMainWindow", bare_ms, "ms",
                    f"median of {runs}; min {min(bare) * 1000:.0f}, max {max(bare) * 1000:.0f} ms"),
        Figure.info(f"Start-up: Facilitator main window, {generated.meetings} meetings",
                    app_ms, "ms", spread),
        Figure.at_most("Start-up ratio (Facilitator / bare window)", app_ms / bare_ms, "×",
                       GOAL_RATIO),
        Figure.info("Start-up share: importing the core (SQLAlchemy, models, services)",
                    core_import_ms(ctx, env, runs), "ms",
                    "paid before the first window unless the window shows first"),
    ]
