"""The capture feature's fixtures."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from facilitator.domain import ItemStatus
from facilitator.services import agenda, meetings
from ui.capture.notes_editor import NotesEditor
from ui.common.document import MeetingDocument, Topic


@pytest.fixture
def running(ws, review_id, review_window):
    """The second agenda item is running (as the clock would have set it)."""
    item = agenda.list_items(ws, meeting_id=review_id)[1]
    agenda.update_item(ws, item_id=item.id, status=ItemStatus.ACTIVE)
    review_window.document.changed.emit(Topic.CLOCK)
    return item


@pytest.fixture
def meeting(ws):
    mid = meetings.create_meeting(ws, title="Review").id
    items = [agenda.add_item(ws, meeting_id=mid, title=t).id for t in ("Intro", "Budget")]
    return mid, items


@pytest.fixture
def editor(qtbot, ws, meeting):
    document = MeetingDocument(ws, meeting[0])
    notes = NotesEditor(document)
    other = QLineEdit()  # somewhere for the focus to go
    qtbot.addWidget(notes)
    qtbot.addWidget(other)
    notes.other = other
    notes.show()
    return notes
