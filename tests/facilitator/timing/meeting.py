"""The kick-off meeting the timing tests run: five items, 09:00–10:00 UTC, with a break."""

from __future__ import annotations

import datetime as dt

from facilitator.domain import ItemKind
from facilitator.services import agenda, meetings
from facilitator.workspace import Workspace

DAY = dt.date(2026, 11, 24)
AGENDA = [
    ("Welcome", ItemKind.PRESENTATION, 10),
    ("Pipeline review", ItemKind.DISCUSSION_DECISION, 20),
    ("Coffee", ItemKind.BREAK, 10),
    ("Board", ItemKind.WORKING_SESSION, 15),
    ("Close", ItemKind.CLOSE_ACTIONS, 5),
]


def make_meeting(ws: Workspace) -> tuple[int, list[int]]:
    m = meetings.create_meeting(ws, title="Kick-off", date=DAY, planned_start="09:00",
                                planned_end="10:00")
    ids = [agenda.add_item(ws, meeting_id=m.id, title=t, kind=k, planned_minutes=n).id
           for t, k, n in AGENDA]
    return m.id, ids
