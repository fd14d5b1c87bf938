"""A vote captured whole and put back exactly; a deleted vote refused in one line."""

from __future__ import annotations

import pytest

from facilitator.domain import ChecklistAnswer
from facilitator.errors import NotFoundError
from facilitator.services import meetings, participants, votes
from facilitator.workspace import Workspace


@pytest.fixture
def meeting(ws: Workspace) -> int:
    mid = meetings.create_meeting(ws, title="Quick wins").id
    for name in ("Ana", "Ben", "Chloé"):
        participants.add_participant(ws, meeting_id=mid, name=name)
    return mid


def test_an_edit_of_the_options_undone_by_its_snapshot(ws, meeting) -> None:
    vote = votes.add_vote(ws, meeting_id=meeting, kind="choice", question="Which quick win?",
                          options=["Lead form", "Pricing page", "Webinar"], list_names=True)
    ana = participants.list_participants(ws, meeting_id=meeting)[0].id
    votes.set_named_answer(ws, vote_id=vote.id, participant_id=ana, answer="Webinar")
    votes.set_revealed(ws, vote_id=vote.id, revealed=True)
    before = votes.get_vote(ws, vote_id=vote.id)
    snapshot = votes.vote_snapshot(ws, vote_id=vote.id)

    votes.update_vote(ws, vote_id=vote.id, options=["Lead form", "Newsletter"],
                      question="Which one?")
    edited = votes.get_vote(ws, vote_id=vote.id)
    assert [o.text for o in edited.options] == ["Lead form", "Newsletter"]
    assert edited.named == () and edited.question == "Which one?"

    votes.restore_snapshot(ws, snapshot=snapshot)
    assert votes.get_vote(ws, vote_id=vote.id) == before
    assert votes.get_vote(ws, vote_id=vote.id).named[0].option == "Webinar"


def test_a_checklist_snapshot_keeps_answers_and_comments(ws, meeting) -> None:
    vote = votes.add_vote(ws, meeting_id=meeting, kind="checklist", question="Process check",
                          options=["Scalable?", "Accountable?"])
    first = votes.get_vote(ws, vote_id=vote.id).options[0].id
    votes.set_checklist_answer(ws, vote_id=vote.id, option_id=first, answer="no",
                               comment="only by hand")
    before = votes.get_vote(ws, vote_id=vote.id)
    snapshot = votes.vote_snapshot(ws, vote_id=vote.id)
    votes.set_checklist_answer(ws, vote_id=vote.id, option_id=first, answer="yes", comment="")
    votes.restore_snapshot(ws, snapshot=snapshot)
    after = votes.get_vote(ws, vote_id=vote.id)
    assert after == before
    assert (after.options[0].result, after.options[0].comment) == (ChecklistAnswer.NO,
                                                                   "only by hand")


def test_a_snapshot_brings_back_a_deleted_vote(ws, meeting) -> None:
    vote = votes.add_vote(ws, meeting_id=meeting, kind="roti", question="ROTI")
    votes.set_counts(ws, vote_id=vote.id, counts={"3": 2, "4": 1})
    before = votes.get_vote(ws, vote_id=vote.id)
    snapshot = votes.vote_snapshot(ws, vote_id=vote.id)
    votes.delete_vote(ws, vote_id=vote.id)
    votes.restore_snapshot(ws, snapshot=snapshot)
    assert votes.list_votes(ws, meeting_id=meeting) == [before]


@pytest.mark.parametrize("edit", [
    lambda ws, vid: votes.set_revealed(ws, vote_id=vid, revealed=True),
    lambda ws, vid: votes.set_counts(ws, vote_id=vid, counts={"yes": 1}),
    lambda ws, vid: votes.update_vote(ws, vote_id=vid, question="Still?"),
    lambda ws, vid: votes.set_checklist_answer(ws, vote_id=vid, option_id=1, answer="no"),
    lambda ws, vid: votes.vote_snapshot(ws, vote_id=vid),
    lambda ws, vid: votes.record_as_decision(ws, vote_id=vid),
])
def test_an_edit_of_a_deleted_vote_is_refused_in_one_line(ws, meeting, edit) -> None:
    vote = votes.add_vote(ws, meeting_id=meeting, kind="yes_no", question="Go?")
    votes.delete_vote(ws, vote_id=vote.id)
    with pytest.raises(NotFoundError, match=f"^no vote with id {vote.id}$"):
        edit(ws, vote.id)
