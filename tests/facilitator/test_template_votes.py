"""Templates carry votes: the format, its refusals, the built-ins, and the round trip through a
meeting (created from a template, saved as one)."""

from __future__ import annotations

import json

import pytest

from facilitator.domain import ScaleKind, VoteKind, VoteRule
from facilitator.services import templates as template_services
from facilitator.services import votes
from facilitator.templates import TemplateError, builtin_templates, template_from_json


def _one(vote: str) -> str:
    return json.dumps({"name": "X", "items": [{"title": "A", "votes": [json.loads(vote)]}]})


@pytest.mark.parametrize(("vote", "problem"), [
    ('{"kind": "poll", "question": "Q"}', "items[1].votes[1].kind 'poll' is not one of"),
    ('{"kind": "yes_no"}', "items[1].votes[1].question is missing"),
    ('{"kind": "choice", "question": "Q", "options": ["A"]}', "options needs at least 2"),
    ('{"kind": "roti", "question": "Q", "options": ["A"]}', "it takes no options"),
    ('{"kind": "roti", "question": "Q", "rule": "majority"}', "only a yes/no vote carries"),
    ('{"kind": "yes_no", "question": "Q", "rule": "most"}', "rule 'most' is not one of"),
    ('{"kind": "yes_no", "question": "Q", "multiple": true}', "only a choice allows"),
    ('{"kind": "choice", "question": "Q", "options": ["A", "a"]}', "names one option twice"),
    ('{"kind": "yes_no", "question": "Q", "colour": 1}', "unknown key 'colour'"),
])
def test_bad_votes_are_refused_with_the_file_and_the_problem(vote: str, problem: str) -> None:
    with pytest.raises(TemplateError) as err:
        template_from_json(_one(vote), key="x", source="x.json")
    assert str(err.value).startswith("x.json: ") and problem in str(err.value)


def test_the_builtins_carry_a_checklist_a_roti_and_a_choice() -> None:
    by_key = {t.key: t for t in builtin_templates()}
    (check,) = [v for i in by_key["marketing-process-check"].items for v in i.votes]
    assert check.kind is VoteKind.CHECKLIST and len(check.options) == 4
    assert "SMART" in " ".join(check.options)
    (roti,) = [v for i in by_key["strategy-alignment"].items for v in i.votes]
    assert (roti.kind, roti.scale) == (VoteKind.SCALE, ScaleKind.ROTI)
    quick = [(i.title, v) for i in by_key["sales-marketing-summit"].items for v in i.votes]
    assert [(title, v.kind) for title, v in quick] == [("Find the quick win", VoteKind.CHOICE)]


def test_a_meeting_from_a_template_has_its_votes_and_saving_keeps_them(ws) -> None:
    template = template_from_json(json.dumps({"name": "Check", "items": [
        {"title": "Decide", "votes": [{"kind": "yes_no", "question": "Go?",
                                       "rule": "two_thirds"},
                                      {"kind": "choice", "question": "Which?", "multiple": True,
                                       "options": ["A", "B"]}]},
        {"title": "Feedback", "votes": [{"kind": "fist_of_five", "question": "Consent?"}]},
    ]}), key="check", source="check.json")
    meeting = template_services.create_meeting_from_template(ws, template=template, title="M")
    made = votes.list_votes(ws, meeting_id=meeting.id)
    assert [(v.agenda_item, v.kind_name, v.question, v.rule) for v in made] == [
        ("Decide", "yes_no", "Go?", VoteRule.TWO_THIRDS),
        ("Decide", "choice", "Which?", VoteRule.NONE),
        ("Feedback", "fist_of_five", "Consent?", VoteRule.NONE)]
    assert made[1].multiple and [o.text for o in made[1].options] == ["A", "B"]
    votes.set_counts(ws, vote_id=made[0].id, counts={"yes": 5})  # results are not kept
    template_services.save_meeting_as_template(ws, meeting_id=meeting.id, name="Mine")
    saved = template_services.find_template(ws, "Mine")
    assert [i.votes for i in saved.items] == [i.votes for i in template.items]
