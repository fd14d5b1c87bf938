"""Series: the next meeting copies the agenda and reviews the actions still open."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.domain import ActionStatus, ReviewOutcome
from facilitator.errors import ValidationError
from facilitator.serialize import load_meeting, meeting_to_json
from facilitator.series import (
    REVIEW_TITLE,
    bring_open_actions,
    list_reviews,
    next_meeting,
    restore_review,
    review_action,
)
from facilitator.services import agenda, capture, meetings
from facilitator.workspace import Workspace, open_workspace


def _first_meeting(ws: Workspace) -> int:
    first = meetings.create_meeting(ws, title="Executive review", series="Exec reviews",
                                    date="2026-11-03")
    for title, minutes in (("Progress", 15), ("Budget", 10), ("Decisions needed", 15)):
        agenda.add_item(ws, meeting_id=first.id, title=title, planned_minutes=minutes)
    return first.id


def _review_by_text(ws: Workspace, meeting_id: int) -> dict[str, int]:
    return {r.text: r.review_id for r in list_reviews(ws, meeting_id=meeting_id)}


def test_three_meetings_in_a_row(ws: Workspace, db_path: Path) -> None:
    m1 = _first_meeting(ws)
    for text in ("Send the budget", "Hire a designer", "Fix the CRM export", "Book the venue"):
        capture.add_action(ws, meeting_id=m1, text=text, owner="Maria")
    capture.add_action(ws, meeting_id=m1, text="Already finished", status="done")

    m2 = next_meeting(ws, meeting_id=m1, date="2026-11-17").id
    record2 = load_meeting(ws, m2)
    assert record2.series == "Exec reviews" and record2.meeting.title == "Executive review"
    assert [i.title for i in record2.agenda] == [REVIEW_TITLE, "Progress", "Budget",
                                                 "Decisions needed"]
    reviews2 = _review_by_text(ws, m2)
    assert list(reviews2) == ["Send the budget", "Hire a designer", "Fix the CRM export",
                              "Book the venue"]
    assert {r.outcome for r in list_reviews(ws, meeting_id=m2)} == {ReviewOutcome.PENDING}
    review_action(ws, review_id=reviews2["Send the budget"], outcome="done")
    review_action(ws, review_id=reviews2["Hire a designer"], outcome=ReviewOutcome.DROPPED)
    review_action(ws, review_id=reviews2["Fix the CRM export"], outcome=ReviewOutcome.CARRIED)
    # "Book the venue" is left pending: still open, so it comes back too.
    capture.add_action(ws, meeting_id=m2, text="Draft the Q1 plan", owner="James")
    capture.add_action(ws, meeting_id=m2, text="Closed on the spot", status="done")
    status = {a.text: a.status for a in capture.list_actions(ws, meeting_id=m1)}
    assert status["Send the budget"] is ActionStatus.DONE
    assert status["Hire a designer"] is ActionStatus.DROPPED
    assert status["Fix the CRM export"] is ActionStatus.OPEN

    ws.close()
    with open_workspace(db_path) as again:
        m3 = next_meeting(again, meeting_id=m2, title="Executive review #3").id
        reviews3 = list_reviews(again, meeting_id=m3)
        assert [(r.text, r.from_meeting, r.outcome) for r in reviews3] == [
            ("Fix the CRM export", "Executive review", ReviewOutcome.PENDING),
            ("Book the venue", "Executive review", ReviewOutcome.PENDING),
            ("Draft the Q1 plan", "Executive review", ReviewOutcome.PENDING),
        ]
        # The review step was copied from meeting 2, not added twice.
        titles = [i.title for i in agenda.list_items(again, meeting_id=m3)]
        assert titles.count(REVIEW_TITLE) == 1
        data = meeting_to_json(load_meeting(again, m3))
        assert [(r["action"], r["outcome"]) for r in data["reviews"]] == [
            ("Fix the CRM export", "pending"), ("Book the venue", "pending"),
            ("Draft the Q1 plan", "pending")]
        # Meeting 2's review keeps its record for its minutes.
        done = meeting_to_json(load_meeting(again, m2))["reviews"]
        assert [r["outcome"] for r in done] == ["done", "dropped", "carried", "pending"]
        assert done[0]["reviewed_at"] is not None and done[3]["reviewed_at"] is None


def test_undoing_a_review_puts_the_action_back(ws: Workspace) -> None:
    m1 = _first_meeting(ws)
    capture.add_action(ws, meeting_id=m1, text="Send the budget")
    m2 = next_meeting(ws, meeting_id=m1).id
    (entry,) = list_reviews(ws, meeting_id=m2)
    before = review_action(ws, review_id=entry.review_id, outcome="done")
    assert list_reviews(ws, meeting_id=m2)[0].action_status is ActionStatus.DONE
    restore_review(ws, review_id=entry.review_id, state=before)
    (after,) = list_reviews(ws, meeting_id=m2)
    assert (after.outcome, after.action_status) == (ReviewOutcome.PENDING, ActionStatus.OPEN)


def test_a_meeting_outside_a_series_needs_a_series_name(ws: Workspace) -> None:
    lone = meetings.create_meeting(ws, title="Kick-off")
    agenda.add_item(ws, meeting_id=lone.id, title="Welcome")
    with pytest.raises(ValidationError, match="not part of a series"):
        next_meeting(ws, meeting_id=lone.id)
    nxt = next_meeting(ws, meeting_id=lone.id, series="Kick-offs")
    assert meetings.series_name(ws, lone.id) == meetings.series_name(ws, nxt.id) == "Kick-offs"
    # No open actions: no review step is added.
    assert [i.title for i in agenda.list_items(ws, meeting_id=nxt.id)] == ["Welcome"]


def test_actions_raised_later_can_be_brought_in(ws: Workspace) -> None:
    m1 = _first_meeting(ws)
    m2 = next_meeting(ws, meeting_id=m1).id
    assert list_reviews(ws, meeting_id=m2) == []
    capture.add_action(ws, meeting_id=m1, text="Late addition")
    assert bring_open_actions(ws, meeting_id=m2) == 1
    assert bring_open_actions(ws, meeting_id=m2) == 0
    assert [r.text for r in list_reviews(ws, meeting_id=m2)] == ["Late addition"]
    assert agenda.list_items(ws, meeting_id=m2)[0].title == REVIEW_TITLE
