"""Duplicating a meeting and the next meeting of a series carry the votes' questions, kinds,
options, rules and items, and none of their answers."""

from __future__ import annotations

import pytest

from facilitator import series
from facilitator.domain import ScaleKind, VoteKind, VoteOutcome, VoteRule
from facilitator.services import agenda, meetings, participants, votes
from facilitator.workspace import Workspace


@pytest.fixture
def answered(ws: Workspace) -> int:
    """A meeting of a series whose three votes are counted, named, revealed, followed up."""
    mid = meetings.create_meeting(ws, title="Review", series="Exec review").id
    ana = participants.add_participant(ws, meeting_id=mid, name="Ana").id
    participants.add_participant(ws, meeting_id=mid, name="Ben")
    agenda.add_item(ws, meeting_id=mid, title="Warm-up", kind="sharing")
    agenda.add_item(ws, meeting_id=mid, title="Proposal", kind="discussion_decision")
    proposal = agenda.list_items(ws, meeting_id=mid)[1].id
    yes_no = votes.add_vote(ws, meeting_id=mid, item_id=proposal, kind="yes_no",
                            question="Adopt it?", rule="two_thirds", list_names=True)
    votes.set_named_answer(ws, vote_id=yes_no.id, participant_id=ana, answer="yes")
    votes.set_revealed(ws, vote_id=yes_no.id, revealed=True)
    check = votes.add_vote(ws, meeting_id=mid, kind="checklist", question="Process check",
                           options=["Scalable?", "Efficient?"])
    first = votes.get_vote(ws, vote_id=check.id).options[0].id
    votes.set_checklist_answer(ws, vote_id=check.id, option_id=first, answer="no",
                               comment="by hand")
    votes.checklist_no_to_action(ws, vote_id=check.id, option_id=first)
    roti = votes.add_vote(ws, meeting_id=mid, kind="roti", question="ROTI")
    votes.update_vote(ws, vote_id=roti.id, raise_note="Shorter updates")
    votes.set_counts(ws, vote_id=roti.id, counts={"4": 2})
    return mid


def _shape(view: votes.VoteView) -> tuple[object, ...]:
    return (view.question, view.kind, view.scale, view.rule, view.multiple, view.list_names,
            view.agenda_item, tuple(o.text for o in view.options))


@pytest.mark.parametrize("copy", [
    lambda ws, mid: meetings.duplicate_meeting(ws, meeting_id=mid).id,
    lambda ws, mid: series.next_meeting(ws, meeting_id=mid, date="2026-02-01").id,
])
def test_a_copy_votes_afresh(ws, answered, copy) -> None:
    new = copy(ws, answered)
    old_votes = votes.list_votes(ws, meeting_id=answered)
    new_votes = votes.list_votes(ws, meeting_id=new)
    assert [_shape(v) for v in new_votes] == [_shape(v) for v in old_votes]
    assert [(v.kind, v.scale) for v in new_votes] == [
        (VoteKind.YES_NO, None), (VoteKind.CHECKLIST, None), (VoteKind.SCALE, ScaleKind.ROTI)]
    assert new_votes[0].rule is VoteRule.TWO_THIRDS
    new_items: dict[int | None, str] = {
        i.id: i.title for i in agenda.list_items(ws, meeting_id=new)}
    assert new_items[new_votes[0].agenda_item_id] == "Proposal"
    for view in new_votes:
        assert view.result.outcome is VoteOutcome.NOT_RECORDED
        assert (view.named, view.revealed, view.recorded_at, view.present_base,
                view.raise_note) == ((), False, None, None, "")
        assert all((o.count, o.yes, o.no, o.answer, o.comment, o.action_id) ==
                   (None, None, None, None, "", None) for o in view.options)
    assert votes.get_vote(ws, vote_id=old_votes[0].id).named  # the original keeps its answers
