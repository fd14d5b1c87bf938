"""An exception in a slot does not vanish: its traceback is in the log file in the user data
folder, and the status bar says so in one line, without a modal dialog."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog

from facilitator import paths
from tests.ui.window_helpers import new_window
from ui.common import crash_log


class Emitter(QObject):
    fired = Signal()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_shown(qtbot, ws, monkeypatch) -> None:
    window = new_window(qtbot, ws)
    previous = crash_log.install(window.report_failure)
    try:
        emitter = Emitter()

        def broken() -> None:
            raise ZeroDivisionError("the slot divided by zero")

        emitter.fired.connect(broken)
        emitter.fired.emit()  # Qt calls the slot, the exception reaches the excepthook
    finally:
        sys.excepthook = previous

    log = paths.data_dir() / crash_log.LOG_NAME
    assert log.exists()
    text = log.read_text(encoding="utf-8")
    assert "ZeroDivisionError: the slot divided by zero" in text and "in broken" in text
    message = window.statusBar().currentMessage()
    assert message == f"Something went wrong — your work is saved; details in {log}"
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QDialog) and w.isVisible()]


@pytest.mark.qt_no_exception_capture
def test_a_timer_callback_that_raises_is_logged_too(qtbot, ws) -> None:
    window = new_window(qtbot, ws)
    previous = crash_log.install(window.report_failure)
    try:
        QTimer.singleShot(0, lambda: [][1])
        qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith(
            "Something went wrong"))
    finally:
        sys.excepthook = previous
    assert "IndexError" in (paths.data_dir() / crash_log.LOG_NAME).read_text(encoding="utf-8")


def test_the_log_is_kept_small(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(crash_log, "MAX_BYTES", 2_000)
    for n in range(40):
        try:
            raise ValueError(f"error number {n}")
        except ValueError:
            path = crash_log.write_traceback(*sys.exc_info())
    assert path.stat().st_size < 4_000
    assert path.with_name(crash_log.LOG_NAME + ".1").exists()
    assert "error number 39" in path.read_text(encoding="utf-8")
