"""The board feature's fixtures."""

from __future__ import annotations

import pytest

from facilitator.services import meetings, participants
from facilitator.workspace import Workspace
from ui.board.board_view import BoardView
from ui.common.document import MeetingDocument


@pytest.fixture
def meeting_id(ws: Workspace) -> int:
    mid = meetings.create_meeting(ws, title="Retro", votes_per_participant=2).id
    participants.add_participant(ws, meeting_id=mid, name="Ann Lee", team="Sales")
    participants.add_participant(ws, meeting_id=mid, name="Bo Chan", team="Marketing",
                                 present=False)
    return mid


@pytest.fixture
def document(ws: Workspace, meeting_id: int) -> MeetingDocument:
    return MeetingDocument(ws, meeting_id)


@pytest.fixture
def view(qtbot, document: MeetingDocument) -> BoardView:
    widget = BoardView(document)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


@pytest.fixture
def demo_document(ws: Workspace, demo_id: int) -> MeetingDocument:
    return MeetingDocument(ws, demo_id)
