"""The window benchmark's child still drives the window as it is (it broke silently once, when
the features moved to their own packages): one short run on a small workspace."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from benchmarks.generate import make_workspace

ROOT = Path(__file__).resolve().parents[2]


def test_the_window_child_runs_on_a_small_workspace(tmp_path: Path) -> None:
    made = make_workspace(tmp_path / "w.db", meetings=3, large_scale=1)
    assert made.large_meeting_id is not None
    other = 1 if made.large_meeting_id != 1 else 2
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "window_child.py"), "--db", str(made.path),
         "--meeting", str(made.large_meeting_id), "--other", str(other), "--runs", "1"],
        capture_output=True, text=True, timeout=300, cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-2000:]
    samples = json.loads(done.stdout.strip().splitlines()[-1])
    assert samples["cards"] == 400 and len(samples["open"]) == 1 and samples["items"] > 0
