"""Votes through the services: add and edit, counted hands and named answers, checklists,
reveal and order, a result as a decision or an action, and the undo of each."""

from __future__ import annotations

import pytest

from facilitator.domain import ChecklistAnswer, ScaleKind, VoteKind, VoteOutcome, VoteRule
from facilitator.errors import NotFoundError, ValidationError
from facilitator.services import agenda, capture, meetings, participants, votes
from facilitator.workspace import Workspace

PEOPLE = ["Ana", "Ben", "Chloé", "Dan", "Eve"]


@pytest.fixture
def meeting(ws: Workspace) -> int:
    mid = meetings.create_meeting(ws, title="Process check").id
    for name in PEOPLE:
        participants.add_participant(ws, meeting_id=mid, name=name, present=name != "Eve")
    agenda.add_item(ws, meeting_id=mid, title="Proposal", kind="discussion_decision")
    return mid


@pytest.fixture
def item(ws: Workspace, meeting: int) -> int:
    return agenda.list_items(ws, meeting_id=meeting)[0].id


def people(ws: Workspace, meeting: int) -> dict[str, int]:
    return {p.name: p.id for p in participants.list_participants(ws, meeting_id=meeting)}


def test_a_yes_no_vote_counted_and_recorded_as_a_decision(ws, meeting, item) -> None:
    vote = votes.add_vote(ws, meeting_id=meeting, item_id=item, kind="yes_no",
                          question="Adopt the lead definition?")
    assert vote.rule is VoteRule.MAJORITY
    view = votes.get_vote(ws, vote_id=vote.id)
    assert [o.text for o in view.options] == ["Yes", "No", "Abstain"]
    assert view.result.outcome is VoteOutcome.NOT_RECORDED
    votes.set_counts(ws, vote_id=vote.id, counts={"yes": 3, "No": "1", "abstain": 0})
    view = votes.get_vote(ws, vote_id=vote.id)
    assert view.present_base == 4 and view.recorded_at is not None
    assert view.result.outcome is VoteOutcome.CARRIED
    assert view.result.turnout == "4 of 4 present voted"
    assert [o.percent for o in view.options] == [75.0, 25.0, 0.0]
    decision = votes.record_as_decision(ws, vote_id=vote.id)
    assert decision.text == "Adopted: Adopt the lead definition? — 3 yes, 1 no, 0 abstain"
    assert decision.agenda_item_id == item
    votes.set_counts(ws, vote_id=vote.id, counts={"yes": 1, "no": 3})
    assert votes.record_as_decision(ws, vote_id=vote.id).text.startswith("Not adopted: ")


def test_counts_undo_and_a_stored_base(ws, meeting) -> None:
    vote = votes.add_vote(ws, meeting_id=meeting, kind="yes_no", question="Go?",
                          rule="two_thirds")
    first = votes.set_counts(ws, vote_id=vote.id, counts={"yes": 2, "no": 1})
    second = votes.set_counts(ws, vote_id=vote.id, counts={"yes": 9}, present=7)
    view = votes.get_vote(ws, vote_id=vote.id)
    assert (view.present_base, view.options[0].count, view.result.over_present) == (7, 9, True)
    votes.restore_counts(ws, state=second)
    view = votes.get_vote(ws, vote_id=vote.id)
    assert (view.present_base, view.options[0].count) == (4, 2)
    votes.restore_counts(ws, state=first)
    view = votes.get_vote(ws, vote_id=vote.id)
    assert view.recorded_at is None and [o.count for o in view.options] == [None] * 3


@pytest.mark.parametrize(("counts", "message"), [
    ({"yes": -1}, "cannot be negative"), ({"yes": 10_001}, "above 10,000"),
    ({"maybe": 1}, "counts yes, no and abstain"), ({"no": "lots"}, "whole number"),
])
def test_bad_counts_are_refused_and_nothing_changes(ws, meeting, counts, message) -> None:
    vote = votes.add_vote(ws, meeting_id=meeting, kind="yes_no", question="Go?")
    votes.set_counts(ws, vote_id=vote.id, counts={"yes": 1})
    with pytest.raises(ValidationError, match=message):
        votes.set_counts(ws, vote_id=vote.id, counts={"no": 2, **counts})
    assert [o.count for o in votes.get_vote(ws, vote_id=vote.id).options] == [1, None, None]


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"kind": "poll", "question": "Q"}, "vote kind 'poll' is not one of"),
    ({"kind": "yes_no", "question": "  "}, "question cannot be blank"),
    ({"kind": "choice", "question": "Q", "options": ["Only one"]}, "at least 2"),
    ({"kind": "choice", "question": "Q", "options": ["A", "a"]}, "given twice"),
    ({"kind": "yes_no", "question": "Q", "options": ["A", "B"]}, "no options of its own"),
    ({"kind": "roti", "question": "Q", "rule": "majority"}, "only a yes/no vote carries"),
    ({"kind": "yes_no", "question": "Q", "multiple": True}, "only a choice vote"),
    ({"kind": "yes_no", "question": "Q", "rule": "most"}, "rule 'most' is not one of"),
])
def test_bad_votes_are_refused_in_one_line(ws, meeting, kwargs, message) -> None:
    with pytest.raises(ValidationError, match=message) as err:
        votes.add_vote(ws, meeting_id=meeting, **kwargs)
    assert "\n" not in str(err.value)
    assert votes.list_votes(ws, meeting_id=meeting) == []


def test_a_vote_needs_its_meeting_and_an_item_of_it(ws, meeting) -> None:
    other = meetings.create_meeting(ws, title="Other").id
    foreign = agenda.add_item(ws, meeting_id=other, title="Elsewhere").id
    with pytest.raises(ValidationError, match="another meeting"):
        votes.add_vote(ws, meeting_id=meeting, item_id=foreign, kind="yes_no", question="Q")
    with pytest.raises(NotFoundError):
        votes.add_vote(ws, meeting_id=9999, kind="yes_no", question="Q")


def test_named_answers_make_the_counts(ws, meeting) -> None:
    vote = votes.add_vote(ws, meeting_id=meeting, kind="yes_no", question="Go?",
                          list_names=True)
    ids = people(ws, meeting)
    for name, answer in (("Ana", "yes"), ("Ben", "yes"), ("Chloé", "no")):
        votes.set_named_answer(ws, vote_id=vote.id, participant_id=ids[name], answer=answer)
    undo = votes.set_named_answer(ws, vote_id=vote.id, participant_id=ids["Ana"], answer="no")
    view = votes.get_vote(ws, vote_id=vote.id)
    assert [o.count for o in view.options] == [1, 2, 0]
    assert [(a.name, a.option) for a in view.named] == [("Ana", "No"), ("Ben", "Yes"),
                                                        ("Chloé", "No")]
    assert view.result.turnout == "3 of 4 present voted"
    with pytest.raises(ValidationError, match="named answers"):
        votes.set_counts(ws, vote_id=vote.id, counts={"yes": 4})
    votes.restore_counts(ws, state=undo)
    assert [o.count for o in votes.get_vote(ws, vote_id=vote.id).options] == [2, 1, 0]
    votes.set_named_answer(ws, vote_id=vote.id, participant_id=ids["Ben"], answer=None)
    assert [o.count for o in votes.get_vote(ws, vote_id=vote.id).options] == [1, 1, 0]


def test_named_answers_of_a_choice_with_several_each_and_a_scale(ws, meeting) -> None:
    ids = people(ws, meeting)
    choice = votes.add_vote(ws, meeting_id=meeting, kind="choice", multiple=True,
                            question="Quick win?", options=["Lead review", "Shared CRM", "FAQ"])
    options = [o.id for o in votes.get_vote(ws, vote_id=choice.id).options]
    votes.set_named_answer(ws, vote_id=choice.id, participant_id=ids["Ana"],
                           answer=[options[0], "faq"])
    votes.set_named_answer(ws, vote_id=choice.id, participant_id=ids["Ben"], answer=options[0])
    view = votes.get_vote(ws, vote_id=choice.id)
    assert [o.count for o in view.options] == [2, 0, 1] and view.result.voters == 2
    assert votes.decision_text(view).startswith("Chosen: Lead review — Quick win?")
    roti = votes.add_vote(ws, meeting_id=meeting, kind="roti", question="Worth it?")
    assert roti.scale is ScaleKind.ROTI
    for name, value in (("Ana", 4), ("Ben", "5"), ("Dan", 3)):
        votes.set_named_answer(ws, vote_id=roti.id, participant_id=ids[name], answer=value)
    view = votes.get_vote(ws, vote_id=roti.id)
    assert view.result.average == 4.0 and view.result.summary == "ROTI 4.0 of 5"
    with pytest.raises(ValidationError, match="one choice each"):
        votes.set_named_answer(ws, vote_id=roti.id, participant_id=ids["Ana"], answer=[1, 2])
    with pytest.raises(ValidationError, match="not a decision"):
        votes.record_as_decision(ws, vote_id=roti.id)


def test_a_named_answer_of_someone_from_another_meeting_is_refused(ws, meeting) -> None:
    other = meetings.create_meeting(ws, title="Other").id
    stranger = participants.add_participant(ws, meeting_id=other, name="Zoe").id
    vote = votes.add_vote(ws, meeting_id=meeting, kind="yes_no", question="Go?")
    with pytest.raises(ValidationError, match="another meeting"):
        votes.set_named_answer(ws, vote_id=vote.id, participant_id=stranger, answer="yes")


QUESTIONS = ["Is the process scalable?", "Are people accountable to SMART goals?"]


def test_a_checklist_no_becomes_an_action_or_a_parked_point(ws, meeting, item) -> None:
    check = votes.add_vote(ws, meeting_id=meeting, item_id=item, kind="checklist",
                           question="Marketing process check", options=QUESTIONS)
    first, second = (o.id for o in votes.get_vote(ws, vote_id=check.id).options)
    votes.set_checklist_answer(ws, vote_id=check.id, option_id=first, answer="no",
                               comment="Every campaign is built by hand")
    undo = votes.set_checklist_answer(ws, vote_id=check.id, option_id=second,
                                      counts={"yes": 3, "no": 1})
    view = votes.get_vote(ws, vote_id=check.id)
    assert [o.result for o in view.options] == [ChecklistAnswer.NO, ChecklistAnswer.YES]
    assert view.result.summary == "1 yes, 1 no, 0 not sure"
    action = votes.checklist_no_to_action(ws, vote_id=check.id, option_id=first,
                                          owner="Ana", due="2026-01-15")
    assert action.text == ("Is the process scalable? — answered no: Every campaign is built "
                           "by hand")
    assert (action.owner, action.agenda_item_id, str(action.due)) == ("Ana", item, "2026-01-15")
    point = votes.checklist_no_to_parking(ws, vote_id=check.id, option_id=first)
    assert point.text == action.text and point.agenda_item_id == item
    with pytest.raises(ValidationError, match="was not answered no"):
        votes.checklist_no_to_action(ws, vote_id=check.id, option_id=second)
    votes.restore_counts(ws, state=undo)
    assert votes.get_vote(ws, vote_id=check.id).options[1].result is None
    capture.delete_action(ws, action_id=action.id)
    with pytest.raises(ValidationError, match="question by question"):
        votes.set_counts(ws, vote_id=check.id, counts={"yes": 1})


def test_a_checklist_answered_by_name(ws, meeting) -> None:
    ids = people(ws, meeting)
    check = votes.add_vote(ws, meeting_id=meeting, kind="checklist", question="Check",
                           options=QUESTIONS)
    first = votes.get_vote(ws, vote_id=check.id).options[0].id
    for name, answer in (("Ana", "no"), ("Ben", "no"), ("Dan", "not_sure")):
        votes.set_checklist_answer(ws, vote_id=check.id, option_id=first, answer=answer,
                                   participant_id=ids[name])
    option = votes.get_vote(ws, vote_id=check.id).options[0]
    assert (option.yes, option.no, option.not_sure, option.result) == (0, 2, 1,
                                                                       ChecklistAnswer.NO)


def test_update_options_keeps_the_counts_of_kept_ones(ws, meeting) -> None:
    vote = votes.add_vote(ws, meeting_id=meeting, kind="choice", question="Which?",
                          options=["A", "B", "C"])
    votes.set_counts(ws, vote_id=vote.id, counts={"A": 1, "B": 2, "C": 3})
    previous = votes.update_vote(ws, vote_id=vote.id, options=["C", "A", "D"],
                                 question="Which one?", rule="none")
    assert previous == {"question": "Which?", "rule": VoteRule.NONE, "options": ["A", "B", "C"]}
    view = votes.get_vote(ws, vote_id=vote.id)
    assert [(o.text, o.count) for o in view.options] == [("C", 3), ("A", 1), ("D", None)]
    with pytest.raises(ValidationError, match="only a yes/no vote carries"):
        votes.update_vote(ws, vote_id=vote.id, rule="majority")
    with pytest.raises(ValidationError, match="has no field 'colour'"):
        votes.update_vote(ws, vote_id=vote.id, colour="red")


def test_delete_restore_reveal_and_reorder(ws, meeting) -> None:
    ids = people(ws, meeting)
    a = votes.add_vote(ws, meeting_id=meeting, kind="yes_no", question="A?")
    b = votes.add_vote(ws, meeting_id=meeting, kind="fist_of_five", question="B?")
    votes.set_named_answer(ws, vote_id=a.id, participant_id=ids["Ana"], answer="yes")
    before = votes.get_vote(ws, vote_id=a.id)
    deleted = votes.delete_vote(ws, vote_id=a.id)
    assert [v.id for v in votes.list_votes(ws, meeting_id=meeting)] == [b.id]
    votes.restore_vote(ws, deleted=deleted)
    assert votes.get_vote(ws, vote_id=a.id) == before
    assert votes.set_revealed(ws, vote_id=b.id, revealed=True) is False
    assert votes.get_vote(ws, vote_id=b.id).revealed
    assert votes.reorder(ws, meeting_id=meeting, vote_ids=[b.id, a.id]) == [a.id, b.id]
    assert [v.question for v in votes.list_votes(ws, meeting_id=meeting)] == ["B?", "A?"]
    with pytest.raises(ValidationError, match="each of the meeting's votes once"):
        votes.reorder(ws, meeting_id=meeting, vote_ids=[a.id])
    assert votes.get_vote(ws, vote_id=b.id).kind is VoteKind.SCALE


def test_a_removed_participant_takes_their_answers_and_comes_back_with_them(
        ws, meeting) -> None:
    ids = people(ws, meeting)
    vote = votes.add_vote(ws, meeting_id=meeting, kind="yes_no", question="Go?")
    votes.set_named_answer(ws, vote_id=vote.id, participant_id=ids["Ben"], answer="no")
    gone = participants.remove_participant(ws, participant_id=ids["Ben"])
    assert votes.get_vote(ws, vote_id=vote.id).named == ()
    from facilitator.services.common import restore

    restore(ws, gone)
    assert [a.name for a in votes.get_vote(ws, vote_id=vote.id).named] == ["Ben"]


def test_a_deleted_meeting_takes_its_votes(ws, meeting) -> None:
    vote = votes.add_vote(ws, meeting_id=meeting, kind="yes_no", question="Go?")
    deleted = meetings.delete_meeting(ws, meeting_id=meeting)
    with pytest.raises(NotFoundError):
        votes.get_vote(ws, vote_id=vote.id)
    meetings.restore_meeting(ws, deleted=deleted)
    assert votes.get_vote(ws, vote_id=vote.id).question == "Go?"


def test_the_demo_has_a_vote_recorded_as_a_decision_a_choice_and_a_roti(ws, demo_id) -> None:
    made = votes.list_votes(ws, meeting_id=demo_id)
    assert [v.kind_name for v in made] == ["yes_no", "choice", "roti"]
    yes_no, choice, roti = made
    assert yes_no.result.outcome is VoteOutcome.CARRIED and yes_no.present_base == 9
    decisions = [d.text for d in capture.list_decisions(ws, meeting_id=demo_id)]
    assert f"Adopted: {yes_no.question} — 7 yes, 1 no, 1 abstain" in decisions
    assert choice.result.voters == 9 and roti.result.average == 3.78 and roti.raise_note
