"""Shared for the window tests: a window with one meeting open, and typing as a user does."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from facilitator.services import agenda, meetings, participants
from facilitator.workspace import Workspace, open_workspace
from ui.app import main_window
from ui.shell.main_window import MainWindow


def type_into(qtbot, widget: QWidget, text: str, *, enter: bool = False) -> None:
    """Types like a user; QTest only types ASCII, so any other text arrives as a paste would."""
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.clear()
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        widget.insert(text) if isinstance(widget, QLineEdit) else widget.insertPlainText(text)
    if enter:
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def make_meeting(ws: Workspace) -> int:
    mid = meetings.create_meeting(ws, title="Quarterly review", planned_start="09:00",
                                  planned_end="11:00").id
    for name, team in (("Maria Lopez", "Marketing"), ("James Carter", "Sales")):
        participants.add_participant(ws, meeting_id=mid, name=name, team=team)
    for title in ("Welcome", "Pipeline", "Close"):
        agenda.add_item(ws, meeting_id=mid, title=title, planned_minutes=20)
    return mid


def new_window(qtbot, ws: Workspace, meeting_id: int | None = None) -> MainWindow:
    window = main_window(ws)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    if meeting_id is not None:
        window.open_meeting(meeting_id)
    return window


@pytest.fixture
def review_id(ws) -> int:
    return make_meeting(ws)


@pytest.fixture
def review_window(qtbot, ws, review_id) -> MainWindow:
    return new_window(qtbot, ws, review_id)


@pytest.fixture
def reopen(qtbot, db_path) -> Iterator:
    """reopen(window) drops the window and workspace, and opens both afresh on the same file."""
    opened: list[Workspace] = []

    def _reopen(window: MainWindow) -> MainWindow:
        meeting = window.document.meeting_id if window.document else None
        window.close()
        window.ws.close()
        ws = open_workspace(db_path)
        opened.append(ws)
        return new_window(qtbot, ws, meeting)

    yield _reopen
    for ws in opened:
        ws.close()
