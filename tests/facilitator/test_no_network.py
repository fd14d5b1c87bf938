"""Facilitator never opens a network connection: a whole meeting runs under a socket audit hook."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
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


WRITTEN = ["agenda-1.docx", "agenda-2.docx", "cli-agenda.docx", "cli-minutes.docx",
           "minutes-1.docx", "minutes-2.docx", "window-agenda.docx", "window-minutes.docx"]


def test_a_whole_meeting_creates_no_socket(tmp_path: Path) -> None:
    """Services, command line, exports (core, command line and the window's File menu) and the
    window with its Run and Board tabs in use: no socket at all."""
    report = offline_meeting(tmp_path)
    assert report == {"events": [], "open_sockets": [], "written": WRITTEN}
    for name in WRITTEN:  # the exports are real Word files
        assert zipfile.is_zipfile(tmp_path / name), name
        with zipfile.ZipFile(tmp_path / name) as docx:
            assert "word/document.xml" in docx.namelist()


def test_the_audit_hook_sees_a_socket(tmp_path: Path) -> None:
    """The check above can fail: the same run that also opens one socket is caught."""
    report = offline_meeting(tmp_path, "--self-check")
    assert [event.split(" ")[0] for event in report["events"]] == ["socket.__new__"]
