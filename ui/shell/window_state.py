"""What the window remembers between starts: its size and docks, and the meeting left open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtWidgets import QMainWindow

from ui.common import settings

if TYPE_CHECKING:
    from facilitator.workspace import Workspace

# The first start: a roomy window, but never larger than the screen (a 1366×768 laptop).
FIRST_SIZE = QSize(1600, 900)


def restore(window: QMainWindow) -> None:
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray) and not geometry.isEmpty():
        window.restoreGeometry(geometry)
    else:
        window.resize(FIRST_SIZE.boundedTo(window.screen().availableGeometry().size()))
    state = settings.value("window/state")
    if isinstance(state, QByteArray) and not state.isEmpty():
        window.restoreState(state)


def save(window: QMainWindow) -> None:
    settings.set_value("window/geometry", window.saveGeometry())
    settings.set_value("window/state", window.saveState())


def meeting_to_reopen(ws: Workspace) -> int | None:
    """The meeting open when the window was last closed; the first time, the most recent one
    (as the meeting list shows them). None when the user had closed the meeting, or it is gone."""
    from facilitator.errors import NotFoundError
    from facilitator.services import meetings

    last = settings.value("window/open_meeting")
    if last is None:
        listed = meetings.list_meetings(ws)
        return listed[0].id if listed else None
    if not last:
        return None
    try:
        return meetings.get_meeting(ws, int(last)).id
    except NotFoundError:
        return None
