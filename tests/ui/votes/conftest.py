"""The votes feature's fixtures: a window on a meeting of five people (four present) with a
yes/no vote, a choice, a ROTI and a checklist under its agenda items."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from facilitator.services import agenda, meetings, participants, votes
from tests.ui.window_helpers import new_window
from ui.shell.main_window import MainWindow
from ui.votes.votes_view import VotesView


@pytest.fixture
def room(ws) -> SimpleNamespace:
    mid = meetings.create_meeting(ws, title="Summit", planned_start="09:00").id
    people = [participants.add_participant(ws, meeting_id=mid, name=name,
                                           present=name != "Ed Park").id
              for name in ("Ann Lee", "Bo Chan", "Cy Diaz", "Di Frey", "Ed Park")]
    items = [agenda.add_item(ws, meeting_id=mid, title=t, planned_minutes=20).id
             for t in ("Welcome", "Lead definition", "Close")]
    adopt = votes.add_vote(ws, meeting_id=mid, item_id=items[1], kind="yes_no",
                           question="Adopt the lead definition?").id
    quick = votes.add_vote(ws, meeting_id=mid, item_id=items[1], kind="choice",
                           question="Which quick win first?",
                           options=["Webinars", "Referrals", "Pricing page"]).id
    roti = votes.add_vote(ws, meeting_id=mid, item_id=items[2], kind="roti",
                          question="Was this meeting worth our time?").id
    check = votes.add_vote(ws, meeting_id=mid, item_id=items[0], kind="checklist",
                           question="Process check",
                           options=["Is the process scalable?", "Are goals SMART?"]).id
    return SimpleNamespace(id=mid, people=people, items=items, adopt=adopt, quick=quick,
                           roti=roti, check=check)


@pytest.fixture
def window(qtbot, ws, room) -> MainWindow:
    return new_window(qtbot, ws, room.id)


@pytest.fixture
def view(window) -> VotesView:
    view = window.features.votes.votes_view()
    assert isinstance(view, VotesView)
    window.features.votes.dock.show()
    return view
