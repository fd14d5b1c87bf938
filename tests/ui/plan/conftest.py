"""The plan feature's fixtures."""

from __future__ import annotations

import pytest

from facilitator.services import meetings
from ui.common.document import MeetingDocument
from ui.plan.agenda_model import AgendaModel
from ui.plan.agenda_view import AgendaView


@pytest.fixture
def meeting_id(ws) -> int:
    return meetings.create_meeting(ws, title="Kick-off", planned_start="09:00",
                                   planned_end="10:00").id


@pytest.fixture
def document(ws, meeting_id):
    return MeetingDocument(ws, meeting_id)


@pytest.fixture
def view(qtbot, document):
    v = AgendaView(AgendaModel(document))
    qtbot.addWidget(v)
    v.show()
    return v
