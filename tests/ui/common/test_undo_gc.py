"""Meetings' undo stacks survive Python's garbage collector: documents with no Qt parent, each
with edits whose undo refers back to it, collected again and again (tests/ui/undo_gc_child.py).
This is the intermittent segmentation fault of the test suite, made certain."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_collected_documents_with_edits_do_not_crash(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-m", "tests.ui.common.undo_gc_child",
         str(tmp_path / "gc.db"), "150"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["SURVIVED", "150"]
