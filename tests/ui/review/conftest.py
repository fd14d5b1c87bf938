"""The review feature's fixtures."""

from __future__ import annotations

import pytest

from facilitator.series import next_meeting
from facilitator.services import agenda, capture, meetings
from ui.common.document import MeetingDocument
from ui.review.action_review_view import ActionReviewView


@pytest.fixture
def series(ws):
    first = meetings.create_meeting(ws, title="Exec review", series="Exec")
    agenda.add_item(ws, meeting_id=first.id, title="Progress")
    for text in ("Send the budget", "Hire a designer", "Fix the CRM export"):
        capture.add_action(ws, meeting_id=first.id, text=text, owner="Maria")
    return first.id, next_meeting(ws, meeting_id=first.id).id


@pytest.fixture
def view(qtbot, ws, series):
    document = MeetingDocument(ws, series[1])
    widget = ActionReviewView(document)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
