"""show --json lists a meeting's votes: question, kind, options, counts, base, outcome, names."""

from __future__ import annotations

from facilitator.serialize import load_meeting, meeting_to_json
from facilitator.services import agenda, meetings, participants, votes


def test_votes_in_show_json(ws) -> None:
    mid = meetings.create_meeting(ws, title="Summit").id
    ana = participants.add_participant(ws, meeting_id=mid, name="Ana").id
    participants.add_participant(ws, meeting_id=mid, name="Ben", present=False)
    item = agenda.add_item(ws, meeting_id=mid, title="Proposal").id
    yes_no = votes.add_vote(ws, meeting_id=mid, item_id=item, kind="yes_no",
                            question="Adopt?", list_names=True)
    votes.set_named_answer(ws, vote_id=yes_no.id, participant_id=ana, answer="yes")
    check = votes.add_vote(ws, meeting_id=mid, kind="checklist", question="Check",
                           options=["Scalable?"])
    option = votes.get_vote(ws, vote_id=check.id).options[0].id
    votes.set_checklist_answer(ws, vote_id=check.id, option_id=option, answer="no",
                               comment="manual")
    roti = votes.add_vote(ws, meeting_id=mid, kind="roti", question="Worth it?")
    votes.set_counts(ws, vote_id=roti.id, counts={4: 1}, present=3)
    votes.set_revealed(ws, vote_id=roti.id, revealed=True)

    first, second, third = meeting_to_json(load_meeting(ws, mid))["votes"]
    assert first == {
        "id": yes_no.id, "position": 0, "question": "Adopt?", "kind": "yes_no", "scale": None,
        "agenda_item": "Proposal", "rule": "majority", "outcome": "carried", "multiple": False,
        "options": [], "counts": {"yes": 1, "no": 0, "abstain": 0}, "present": 1, "voters": 1,
        "over_present": False, "average": None,
        "named_answers": [{"name": "Ana", "answer": "yes"}], "list_names": True,
        "revealed": False, "raise_note": "", "recorded_at": first["recorded_at"],
    }
    assert first["recorded_at"].endswith("+00:00")
    assert (second["kind"], second["options"], second["outcome"]) == ("checklist",
                                                                      ["Scalable?"], "no_rule")
    assert second["counts"] == {"Scalable?": {"answer": "no", "yes": None, "no": None,
                                              "not_sure": None, "comment": "manual"}}
    assert (third["kind"], third["scale"], third["present"], third["average"],
            third["revealed"]) == ("roti", "roti", 3, 4.0, True)
    assert third["counts"] == {"0": None, "1": None, "2": None, "3": None, "4": 1, "5": None}
