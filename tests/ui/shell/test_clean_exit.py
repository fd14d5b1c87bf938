"""The app leaves cleanly: a painted, much-edited board ends with exit status 0, not an abort.

PySide6-Essentials 6.12.0 under Python 3.11 drops a reference to None on every call that
returns nothing (painter.save(), setPen(), setObjectName()...). Painting a busy board makes
thousands of such calls, so None's count ran out and the interpreter aborted at exit
("Fatal Python error: none_dealloc"). pyproject.toml excludes that release; these tests catch
any binding that does the same.
"""

from __future__ import annotations

import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QObject, QRect

ROOT = Path(__file__).resolve().parents[3]
RUNS = 3


def test_calls_returning_nothing_keep_none_alive() -> None:
    rect, obj = QRect(), QObject()
    before = sys.getrefcount(None)
    for n in range(2000):
        rect.setWidth(n)
        obj.setObjectName("card")
    # A leaking binding loses 4,000 here; a sound one loses none (a little slack for the GC).
    assert abs(sys.getrefcount(None) - before) < 50


def run_board_session(path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tests.ui.shell.board_exit", str(path)],
                          cwd=ROOT, capture_output=True, text=True, timeout=180,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))


def test_board_session_exits_with_status_zero(tmp_path: Path) -> None:
    paths = [tmp_path / f"exit{n}.db" for n in range(RUNS)]
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(run_board_session, paths))
    for result in results:
        assert result.returncode == 0, result.stderr[-1500:]
        word, moves, votes = result.stdout.split()[-3:]
        assert word == "DONE"
        assert int(moves) == 24  # every Ctrl+number sent its card
        assert int(votes) > 0
