"""A seeded random walk through the real main window in a child process (tests/ui/window_walk.py):
no death by signal, no exception reaching the event loop, no Qt warning, no hang, the file intact,
the memory level. A minute in the normal suite; ten behind the `soak` marker.

A failure names its seed: `python -m tests.ui.shell.window_walk WALK.db SEED SECONDS` replays
it (with `--actions N`, step for step). FACILITATOR_WALK_SEED picks the seed here.
"""

from __future__ import annotations

import json
import os
import random
import selectors
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[3]
# Longer than the walk's own HANG_SECONDS, after which it prints every thread's stack.
NO_PROGRESS_SECONDS = 45
MAX_GROWTH_MB = 30


def walk(tmp_path: Path, seconds: float) -> dict[str, Any]:
    seed = int(os.environ.get("FACILITATOR_WALK_SEED") or random.randrange(1, 10**6))
    db = tmp_path / "walk.db"
    command = [sys.executable, "-X", "faulthandler", "-m", "tests.ui.shell.window_walk", str(db),
               str(seed), str(seconds)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    selector = selectors.DefaultSelector()
    selector.register(proc.stdout, selectors.EVENT_READ)
    lines: list[str] = []
    buffer = b""
    last = time.monotonic()
    replay = f"seed {seed}: python -m tests.ui.shell.window_walk WALK.db {seed} {seconds}"
    while True:
        if not selector.select(timeout=1.0):
            if time.monotonic() - last > NO_PROGRESS_SECONDS:
                proc.kill()
                stderr = proc.stderr.read().decode(errors="replace")
                pytest.fail(f"no progress for {NO_PROGRESS_SECONDS} s after "
                            f"{lines[-3:]} ({replay}):\n{stderr[-3000:]}")
            continue
        chunk = os.read(proc.stdout.fileno(), 65536)
        if not chunk:
            break
        last = time.monotonic()
        buffer += chunk
        *complete, buffer = buffer.split(b"\n")
        lines.extend(line.decode() for line in complete)
    status = proc.wait(timeout=60)
    stderr = proc.stderr.read().decode(errors="replace")
    assert status == 0, (f"the walk ended with status {status} "
                         f"({signal.Signals(-status).name if status < 0 else 'exit'}) after "
                         f"{lines[-3:]} ({replay}):\n{stderr[-3000:]}")
    result = json.loads(next(line for line in lines if line.startswith("RESULT "))[7:])
    raw = sqlite3.connect(db)
    try:
        result["integrity"] = raw.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        raw.close()
    steps = [line.split() for line in lines if line.startswith("STEP ")]
    result["p95_ms"] = sorted(int(s[3]) for s in steps)[int(len(steps) * 0.95)] if steps else 0
    result["seed"] = seed
    result["growth_mb"] = round(result["memory_end_mb"] - result["memory_warm_mb"], 1)
    print("\nwalk:", json.dumps({k: v for k, v in result.items() if k != "by_action"}))
    assert result["exceptions"] == 0, f"{replay}: {result['first_exceptions']}"
    assert result["warnings"] == 0, f"{replay}: {result['first_warnings']}"
    assert result["integrity"] == "ok", replay
    assert result["growth_mb"] <= MAX_GROWTH_MB, replay
    return result


def test_a_minute_of_random_use_through_the_window(tmp_path: Path) -> None:
    result = walk(tmp_path, 60)
    assert result["actions"] > 300  # the walk did walk
    assert len(result["by_action"]) >= 12  # and every kind of action came up


@pytest.mark.soak
def test_ten_minutes_of_random_use_through_the_window(tmp_path: Path) -> None:
    seconds = float(os.environ.get("FACILITATOR_WALK_SECONDS", 600))
    result = walk(tmp_path, seconds)
    assert result["actions"] > 3000
