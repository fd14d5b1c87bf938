"""The program's start: the window's frame first, then the workspace opens and fills it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel

from facilitator.services import meetings
from facilitator.workspace import open_workspace
from tests.helpers import sha256
from ui import app


@pytest.fixture
def two_meetings(db_path: Path) -> dict[str, int]:
    with open_workspace(db_path) as ws:
        older = meetings.create_meeting(ws, title="Kick-off", date="2026-10-01").id
        newer = meetings.create_meeting(ws, title="Executive review", date="2026-11-12").id
    return {"older": older, "newer": newer}


@pytest.fixture
def shown_messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(app, "show_error", lambda parent, text: messages.append(text))
    return messages


@pytest.fixture
def event_loop_guard() -> Iterator[None]:
    """A program that never ended its event loop fails the test instead of hanging it."""
    guard = QTimer(singleShot=True, interval=60_000)
    guard.timeout.connect(lambda: QCoreApplication.exit(99))
    guard.start()
    yield
    guard.stop()


def test_the_frame_shows_before_the_workspace_then_the_list_fills(
        qtbot, db_path, two_meetings) -> None:
    window, opener = app.start_window(db_path)
    qtbot.addWidget(window)
    try:
        assert window.isVisible()
        waiting = window.docks["Meetings"].widget()
        assert isinstance(waiting, QLabel) and waiting.text() == "Opening workspace…"
        assert not window.features.meetings.new_action.isEnabled()
        assert window.menuBar().actions()[0].text() == "&File"

        with qtbot.waitSignal(window.workspaceOpened):
            pass
        assert window.docks["Meetings"].widget() is window.features.meetings.view
        listed = window.features.meetings.model
        assert [listed.index(r, 0).data() for r in range(listed.rowCount())
                ] == ["Executive review", "Kick-off"]
        assert window.features.meetings.new_action.isEnabled()
        qtbot.waitUntil(lambda: window.document is not None)
        assert window.document.meeting_id == two_meetings["newer"]  # first start: most recent
        assert window.windowTitle() == "Executive review — Facilitator"
    finally:
        window.close()
        opener.close_workspace()


def test_the_window_reopens_the_meeting_open_at_the_last_close(
        qtbot, db_path, two_meetings) -> None:
    window, opener = app.start_window(db_path)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.document is not None)
    window.open_meeting(two_meetings["older"])
    window.close()
    opener.close_workspace()

    again, opener = app.start_window(db_path)
    qtbot.addWidget(again)
    try:
        qtbot.waitUntil(lambda: again.document is not None)
        assert again.document.meeting_id == two_meetings["older"]
    finally:
        again.close()
        opener.close_workspace()


def test_a_file_that_is_not_a_workspace_is_shown_then_the_program_exits_1(
        qtbot, tmp_path, capsys, shown_messages, event_loop_guard) -> None:
    bad = tmp_path / "notes.txt"
    bad.write_text("agenda for monday\n")
    before = sha256(bad)

    assert app.main(["--db", str(bad)]) == 1

    line = f"{bad}: is a text file, not a Facilitator workspace"
    assert capsys.readouterr().err == f"facilitator: {line}\n"
    assert shown_messages == [line]
    assert sha256(bad) == before
    assert not any(w.isVisible() for w in QCoreApplication.instance().topLevelWidgets())


def test_a_workspace_in_use_is_shown_then_the_program_exits_1(
        qtbot, ws, capsys, shown_messages, event_loop_guard) -> None:
    assert app.main(["--db", str(ws.path)]) == 1

    err = capsys.readouterr().err
    assert err.startswith(f"facilitator: {ws.path}: the workspace is already open in another")
    assert err.count("\n") == 1
    assert len(shown_messages) == 1 and "already open in another Facilitator window" in \
        shown_messages[0]


def test_without_a_display_a_bad_file_is_still_one_line(tmp_path) -> None:
    import os
    import subprocess
    import sys

    bad = tmp_path / "notes.txt"
    bad.write_text("not a workspace")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY",
                                                            "QT_QPA_PLATFORM")}
    main = [sys.executable, "-c", "from ui.app import run; run()"]
    result = subprocess.run([*main, "--db", str(bad)], env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 1
    expected = f"facilitator: {bad}: is a text file, not a Facilitator workspace"
    assert result.stderr.strip() == expected
    good = subprocess.run([*main, "--db", str(tmp_path / "w.db")], env=env, capture_output=True,
                          text=True, timeout=60)
    assert good.returncode == 1 and "no display" in good.stderr
    assert not (tmp_path / "w.db").exists()
