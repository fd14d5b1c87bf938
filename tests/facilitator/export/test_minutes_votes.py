"""The minutes' "Votes and checks", read back with python-docx: counts and shares of those
present, outcomes, a checklist table, a ROTI's spread, names only when allowed, the series'
feedback trend."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx.document import Document
from docx.table import Table
from docx.text.paragraph import Paragraph

from facilitator import series
from facilitator.export import export_minutes
from facilitator.serialize import load_meeting
from facilitator.services import agenda, capture, meetings, participants, votes
from facilitator.workspace import Workspace
from tests.facilitator.export.docx_read import headings, open_docx, rows, section

HEADING = "Votes and checks"


def _minutes(ws: Workspace, meeting_id: int, path: Path) -> Document:
    export_minutes(load_meeting(ws, meeting_id), path)
    return open_docx(path)


def _vote(blocks: list[Paragraph | Table], title: str) -> list[Paragraph | Table]:
    """The blocks under one vote's Heading 2, up to the next."""
    out: list[Paragraph | Table] = []
    inside = False
    for block in blocks:
        if isinstance(block, Paragraph) and block.style is not None \
                and block.style.name == "Heading 2":
            inside = block.text == title
            continue
        if inside:
            out.append(block)
    assert out, f"no vote {title!r}"
    return out


def _texts(blocks: list[Paragraph | Table]) -> list[str]:
    return [b.text for b in blocks if isinstance(b, Paragraph)]


def _tables(blocks: list[Paragraph | Table]) -> list[list[list[str]]]:
    return [rows(b) for b in blocks if isinstance(b, Table)]


@pytest.fixture
def demo(ws: Workspace, demo_id: int, tmp_path: Path) -> Document:
    return _minutes(ws, demo_id, tmp_path / "demo.docx")


def test_the_demo_yes_no_vote_with_counts_shares_and_outcome(demo) -> None:
    assert HEADING in headings(demo)
    budget = _vote(section(demo, HEADING),
                   "Fund the DACH partner campaign from the events budget?")
    assert _tables(budget) == [[["Answer", "Count", "% of present"], ["Yes", "7", "77.8%"],
                                ["No", "1", "11.1%"], ["Abstain", "1", "11.1%"]]]
    texts = _texts(budget)
    assert texts[0].startswith("Yes / No / Abstain, majority of the votes cast")
    assert "Turnout: 9 of 9 present voted" in texts and "Outcome: Carried" in texts


def test_the_demo_roti_average_spread_and_note(demo) -> None:
    roti = _vote(section(demo, HEADING),
                 "Return on time invested: was this summit worth your time?")
    assert "Average: ROTI 3.8 of 5" in _texts(roti)
    assert _tables(roti) == [[["Score", "0", "1", "2", "3", "4", "5"],
                              ["Hands", "0", "0", "1", "2", "4", "2"],
                              ["% of present", "0%", "0%", "11.1%", "22.2%", "44.4%", "22.2%"]]]
    assert ("What would raise it by one: Send the campaign blueprints a day before, to read "
            "ahead.") in _texts(roti)


def test_the_demo_votes_under_their_agenda_items(demo) -> None:
    discussion = _texts(section(demo, "Discussion"))
    assert ("Fund the DACH partner campaign from the events budget? — Carried (7 yes, 1 no, "
            "1 abstain)") in discussion
    assert "Return on time invested: was this summit worth your time? — ROTI 3.8 of 5" \
        in discussion


@pytest.fixture
def check_meeting(ws: Workspace) -> tuple[int, int]:
    mid = meetings.create_meeting(ws, title="Marketing process check").id
    for name in ("Ana", "Ben", "Chloé"):
        participants.add_participant(ws, meeting_id=mid, name=name)
    agenda.add_item(ws, meeting_id=mid, title="Process check", kind="discussion_decision")
    item = agenda.list_items(ws, meeting_id=mid)[0].id
    check = votes.add_vote(ws, meeting_id=mid, item_id=item, kind="checklist",
                           question="Marketing process check",
                           options=["Is the process scalable?", "Is execution efficient?",
                                    "Is the strategy market-driven?"])
    q1, q2, _ = (o.id for o in votes.get_vote(ws, vote_id=check.id).options)
    votes.set_checklist_answer(ws, vote_id=check.id, option_id=q1,
                               counts={"yes": 0, "no": 3}, comment="built by hand")
    votes.set_checklist_answer(ws, vote_id=check.id, option_id=q2,
                               counts={"yes": 2, "not_sure": 1})
    votes.checklist_no_to_action(ws, vote_id=check.id, option_id=q1, owner="Ana")
    return mid, check.id


def test_a_checklist_as_a_table_with_its_counts_and_follow_up(ws, check_meeting,
                                                              tmp_path) -> None:
    mid, _ = check_meeting
    check = _vote(section(_minutes(ws, mid, tmp_path / "check.docx"), HEADING),
                  "Marketing process check")
    assert _tables(check) == [[
        ["Question", "Answer", "Yes", "No", "Not sure", "Comment"],
        ["Is the process scalable?", "No", "0", "3", "–", "built by hand"],
        ["Is execution efficient?", "Yes", "2", "–", "1", ""],
        ["Is the strategy market-driven?", "–", "–", "–", "–", ""]]]
    assert ("No → action: Is the process scalable? — answered no: built by hand"
            in _texts(check))


def test_names_appear_only_when_the_vote_lists_them(ws, tmp_path) -> None:
    mid = meetings.create_meeting(ws, title="Small room").id
    ids = [participants.add_participant(ws, meeting_id=mid, name=n).id
           for n in ("Ana", "Ben")]
    vote = votes.add_vote(ws, meeting_id=mid, kind="yes_no", question="Go ahead?")
    votes.set_named_answer(ws, vote_id=vote.id, participant_id=ids[0], answer="yes")
    votes.set_named_answer(ws, vote_id=vote.id, participant_id=ids[1], answer="no")
    hidden = _vote(section(_minutes(ws, mid, tmp_path / "a.docx"), HEADING), "Go ahead?")
    assert "Who voted how" not in _texts(hidden) and len(_tables(hidden)) == 1
    assert "Outcome: Tied" in _texts(hidden)
    votes.update_vote(ws, vote_id=vote.id, list_names=True)
    shown = _vote(section(_minutes(ws, mid, tmp_path / "b.docx"), HEADING), "Go ahead?")
    assert "Who voted how" in _texts(shown)
    assert _tables(shown)[1] == [["Name", "Answer"], ["Ana", "Yes"], ["Ben", "No"]]


def test_a_fist_of_five_shows_its_consent_and_too_many_hands_a_warning(ws, tmp_path) -> None:
    mid = meetings.create_meeting(ws, title="Consent").id
    participants.add_participant(ws, meeting_id=mid, name="Ana")
    vote = votes.add_vote(ws, meeting_id=mid, kind="fist_of_five", question="Can we live with it?")
    votes.set_counts(ws, vote_id=vote.id, counts={"3": 1, "5": 1})
    texts = _texts(_vote(section(_minutes(ws, mid, tmp_path / "f.docx"), HEADING),
                         "Can we live with it?"))
    assert "Average: Fist of five 4.0 of 5 — consent" in texts and "Outcome: Consent" in texts
    assert any(t.startswith("Note: more hands were counted than people present (1)")
               for t in texts)


def test_the_series_trend_beside_this_meeting(ws, tmp_path) -> None:
    first = meetings.create_meeting(ws, title="Exec review", series="Exec",
                                    date="2026-01-05").id
    roti = votes.add_vote(ws, meeting_id=first, kind="roti", question="ROTI")
    votes.set_counts(ws, vote_id=roti.id, counts={"3": 2, "4": 2})
    second = series.next_meeting(ws, meeting_id=first, date="2026-01-19").id
    again = votes.list_votes(ws, meeting_id=second)[0]  # the copied round, answered afresh
    votes.set_counts(ws, vote_id=again.id, counts={"4": 1, "5": 3})
    blocks = section(_minutes(ws, second, tmp_path / "s.docx"), HEADING)
    assert "Feedback across the series" in [b.text for b in blocks
                                            if isinstance(b, Paragraph)]
    assert _tables(blocks)[-1] == [["Meeting", "Date", "ROTI", "Fist of five"],
                                   ["Exec review", "2026-01-05", "3.5", "–"],
                                   ["Exec review (this meeting)", "2026-01-19", "4.8", "–"]]
    earlier = section(_minutes(ws, first, tmp_path / "e.docx"), HEADING)
    assert "Feedback across the series" not in _texts(earlier)


def test_no_votes_no_section(ws, tmp_path) -> None:
    mid = meetings.create_meeting(ws, title="Plain").id
    capture.add_note(ws, meeting_id=mid, text="Nothing put to the room.")
    assert HEADING not in headings(_minutes(ws, mid, tmp_path / "p.docx"))
