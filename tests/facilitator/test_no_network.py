"""Facilitator never opens a network connection: a whole meeting runs under a socket audit hook."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def offline_meeting(tmp_path: Path, *extra: str) -> dict[str, list[str]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "tests.facilitator.offline_meeting", str(tmp_path), *extra],
        cwd=ROOT, capture_output=True, text=True, timeout=120, env=env,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_a_whole_meeting_creates_no_socket(tmp_path: Path) -> None:
    report = offline_meeting(tmp_path)
    assert report == {"events": [], "open_sockets": []}


def test_the_audit_hook_sees_a_socket(tmp_path: Path) -> None:
    """The check above can fail: the same run that also opens one socket is caught."""
    report = offline_meeting(tmp_path, "--self-check")
    assert [event.split(" ")[0] for event in report["events"]] == ["socket.__new__"]
