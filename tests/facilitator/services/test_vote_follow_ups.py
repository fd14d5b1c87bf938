"""A checklist "no" remembers the action or parked point it became; deleting that (the undo)
clears the mark, restoring it (the redo) puts the mark back."""

from __future__ import annotations

import pytest

from facilitator.errors import ValidationError
from facilitator.services import capture, meetings, votes
from facilitator.services.common import restore
from facilitator.workspace import Workspace


@pytest.fixture
def check(ws: Workspace) -> tuple[int, int]:
    mid = meetings.create_meeting(ws, title="Process check").id
    vote = votes.add_vote(ws, meeting_id=mid, kind="checklist", question="Process check",
                          options=["Is the process scalable?", "Is execution efficient?"])
    first = votes.get_vote(ws, vote_id=vote.id).options[0].id
    votes.set_checklist_answer(ws, vote_id=vote.id, option_id=first, answer="no")
    return vote.id, first


def _option(ws: Workspace, vote_id: int, option_id: int) -> votes.OptionView:
    return next(o for o in votes.get_vote(ws, vote_id=vote_id).options if o.id == option_id)


def test_a_no_as_an_action_is_remembered_and_undone_by_deleting_the_action(ws, check) -> None:
    vote_id, option_id = check
    action = votes.checklist_no_to_action(ws, vote_id=vote_id, option_id=option_id)
    assert _option(ws, vote_id, option_id).action_id == action.id
    with pytest.raises(ValidationError, match="already became an action"):
        votes.checklist_no_to_action(ws, vote_id=vote_id, option_id=option_id)
    deleted = capture.delete_action(ws, action_id=action.id)
    assert _option(ws, vote_id, option_id).action_id is None
    restore(ws, deleted)  # what the undo stack's redo calls
    assert _option(ws, vote_id, option_id).action_id == action.id


def test_a_no_as_a_parked_point_is_remembered(ws, check) -> None:
    vote_id, option_id = check
    point = votes.checklist_no_to_parking(ws, vote_id=vote_id, option_id=option_id)
    assert _option(ws, vote_id, option_id).parking_id == point.id
    with pytest.raises(ValidationError, match="already in the parking lot"):
        votes.checklist_no_to_parking(ws, vote_id=vote_id, option_id=option_id)
    capture.delete_parked(ws, point_id=point.id)
    assert _option(ws, vote_id, option_id).parking_id is None


def test_a_snapshot_leaves_out_a_follow_up_deleted_since(ws, check) -> None:
    vote_id, option_id = check
    snapshot = votes.vote_snapshot(ws, vote_id=vote_id)
    action = votes.checklist_no_to_action(ws, vote_id=vote_id, option_id=option_id)
    kept = votes.vote_snapshot(ws, vote_id=vote_id)
    votes.restore_snapshot(ws, snapshot=snapshot)
    assert _option(ws, vote_id, option_id).action_id is None
    votes.restore_snapshot(ws, snapshot=kept)
    assert _option(ws, vote_id, option_id).action_id == action.id
    capture.delete_action(ws, action_id=action.id)
    votes.restore_snapshot(ws, snapshot=kept)
    assert _option(ws, vote_id, option_id).action_id is None
