"""The vote on the projector: hidden until revealed, then bars with counts and percentages of
those present, checklist marks, a deleted vote, and many long options that still fit."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QRect

from facilitator.services import agenda, meetings, votes
from facilitator.workspace import Workspace
from ui.common import settings
from ui.common.document import MeetingDocument, Topic
from ui.votes.projector_view import NO_VOTE, VoteProjectorView

SIZES = [(1024, 768), (1920, 1080)]


@pytest.fixture
def summit(ws: Workspace) -> SimpleNamespace:
    mid = meetings.create_meeting(ws, title="Summit").id
    item = agenda.add_item(ws, meeting_id=mid, title="Lead definition", planned_minutes=20).id
    adopt = votes.add_vote(ws, meeting_id=mid, item_id=item, kind="yes_no",
                           question="Adopt the shared definition of a qualified lead?").id
    votes.set_counts(ws, vote_id=adopt, counts={"yes": 14, "no": 3, "abstain": 2}, present=19)
    return SimpleNamespace(id=mid, item=item, adopt=adopt,
                           document=MeetingDocument(ws, mid))


@pytest.fixture
def projector(qtbot, summit: SimpleNamespace) -> VoteProjectorView:
    widget = VoteProjectorView(summit.document)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def reveal(ws: Workspace, summit: SimpleNamespace, vote_id: int, shown: bool = True) -> None:
    votes.set_revealed(ws, vote_id=vote_id, revealed=shown)
    summit.document.notify(Topic.VOTES)


def test_results_stay_hidden_until_revealed(ws, summit, projector) -> None:
    projector.set_vote(summit.adopt)
    projector.grab()
    assert projector.vote_id == summit.adopt and not projector.revealed_shown
    assert projector.painted_rows == ["Yes", "No", "Abstain"]
    assert projector.painted_footer == ["Results hidden"]
    assert projector.painted_question == "Adopt the shared definition of a qualified lead?"
    reveal(ws, summit, summit.adopt)
    projector.grab()
    assert projector.revealed_shown
    assert projector.painted_rows == ["Yes  14 · 73.7 %", "No  3 · 15.8 %",
                                      "Abstain  2 · 10.5 %"]
    assert projector.painted_footer == ["19 of 19 present voted", "Carried — simple majority"]
    reveal(ws, summit, summit.adopt, shown=False)
    projector.grab()
    assert not any(ch.isdigit() for row in projector.painted_rows for ch in row)


def test_reloads_only_on_the_votes_topic(ws, summit, projector) -> None:
    projector.set_vote(summit.adopt)
    votes.set_revealed(ws, vote_id=summit.adopt, revealed=True)
    summit.document.notify(Topic.NOTES)
    projector.grab()
    assert not projector.revealed_shown
    summit.document.notify(Topic.VOTES)
    projector.grab()
    assert projector.revealed_shown


def test_a_scale_shows_its_values_and_average(ws, summit, projector) -> None:
    roti = votes.add_vote(ws, meeting_id=summit.id, kind="roti", question="Worth our time?").id
    votes.set_counts(ws, vote_id=roti, counts={2: 1, 3: 2, 4: 4, 5: 2}, present=10)
    projector.set_vote(roti)
    projector.grab()
    assert [row.split(" · ")[0] for row in projector.painted_rows] == list("012345")
    reveal(ws, summit, roti)
    projector.grab()
    assert projector.painted_rows[4].endswith("4 · 40.0 %")
    assert projector.painted_footer == ["9 of 10 present voted", "ROTI 3.8 of 5"]


def test_several_choices_each_are_percentages_of_those_present(ws, summit,
                                                               projector) -> None:
    pick = votes.add_vote(ws, meeting_id=summit.id, kind="choice", multiple=True,
                          question="Which channels next quarter?",
                          options=["Webinars", "Referrals", "Events"]).id
    votes.set_counts(ws, vote_id=pick, counts={"Webinars": 12, "Referrals": 9, "Events": 4},
                     present=16)
    votes.set_revealed(ws, vote_id=pick, revealed=True)
    projector.set_vote(pick)
    projector.grab()
    assert projector.painted_rows == ["Webinars  12 · 75.0 %", "Referrals  9 · 56.2 %",
                                      "Events  4 · 25.0 %"]
    assert projector.painted_footer[-1] == "Most votes: Webinars"


def test_a_checklist_marks_each_question(ws, summit, projector) -> None:
    check = votes.add_vote(ws, meeting_id=summit.id, kind="checklist", question="Process check",
                           options=["Is the process scalable?", "Are goals SMART?",
                                    "Is execution efficient?"]).id
    questions = votes.get_vote(ws, vote_id=check).options
    votes.set_checklist_answer(ws, vote_id=check, option_id=questions[0].id, answer="yes")
    votes.set_checklist_answer(ws, vote_id=check, option_id=questions[1].id,
                               counts={"yes": 2, "no": 7, "not_sure": 1},
                               comment="no owner for the goals")
    votes.set_checklist_answer(ws, vote_id=check, option_id=questions[2].id,
                               answer="not_sure")
    projector.set_vote(check)
    projector.grab()
    assert projector.painted_rows == [q.text for q in questions]
    reveal(ws, summit, check)
    projector.grab()
    assert projector.painted_rows == [
        "✓  Is the process scalable?  Yes",
        "✗  Are goals SMART?  No  2 yes, 7 no, 1 not sure — no owner for the goals",
        "?  Is execution efficient?  Not sure"]


def test_a_vote_deleted_meanwhile_says_no_vote(ws, summit, projector) -> None:
    projector.set_vote(summit.adopt)
    votes.delete_vote(ws, vote_id=summit.adopt)
    summit.document.notify(Topic.VOTES)
    projector.grab()
    assert projector.painted_question == NO_VOTE and projector.painted_rows == []
    projector.set_vote(None)
    projector.grab()
    assert projector.vote_id is None and projector.painted_question == NO_VOTE


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_twelve_long_options_fit_large_enough(ws, summit, projector, width, height) -> None:
    options = [f"Option {n}: a candidate initiative described at some length, with its "
               f"budget, its owner and the team that would run it" for n in range(12)]
    many = votes.add_vote(ws, meeting_id=summit.id, kind="choice", options=options,
                          question="Which of these twelve candidate initiatives should the "
                                   "teams fund first next quarter, given the budget agreed "
                                   "this morning, the hiring freeze and the events calendar "
                                   "that is already full until the end of the year?").id
    votes.set_counts(ws, vote_id=many, counts={o: n for n, o in enumerate(options)},
                     present=80)
    votes.set_revealed(ws, vote_id=many, revealed=True)
    projector.resize(width, height)
    projector.set_vote(many)
    projector.grab()
    assert projector.hidden_rows == 0 and len(projector.painted_rows) == 12
    inside = QRect(0, 0, width, height)
    assert all(inside.contains(rect) for rect in projector.row_rects)
    tops = [rect.top() for rect in projector.row_rects]
    assert all(a.bottom() < b.top() for a, b in zip(projector.row_rects,
                                                    projector.row_rects[1:], strict=False))
    assert tops == sorted(tops)
    assert projector.painted_rows[11].endswith("11 · 13.8 %")  # the count survives elision
    assert projector.painted_question.endswith("…")
    assert projector.row_pixels >= int(height * 0.026)  # the floor, read from afar


def test_type_follows_the_window_and_the_font_scale(ws, summit, projector) -> None:
    reveal(ws, summit, summit.adopt)
    projector.set_vote(summit.adopt)
    projector.resize(1024, 768)
    projector.grab()
    small = projector.row_pixels
    projector.resize(1920, 1080)
    projector.grab()
    large = projector.row_pixels
    assert large > small >= 20
    settings.set_value("projector/font_scale", 0.6)
    projector.grab()
    assert projector.row_pixels < large


@pytest.mark.parametrize(("high_contrast", "background"), [(True, "#000000"),
                                                           (False, "#fbfbf8")])
def test_follows_the_projector_look(summit, projector, high_contrast, background) -> None:
    settings.set_value("projector/high_contrast", high_contrast)
    projector.set_vote(summit.adopt)
    image = projector.grab().toImage()
    assert image.pixelColor(2, image.height() - 2).name() == background
