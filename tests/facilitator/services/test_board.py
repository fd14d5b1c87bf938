"""The board's use cases: layout and sorting, merging, card → action, counts, teams, voting."""

from __future__ import annotations

import datetime as dt

import pytest

from facilitator.errors import ValidationError
from facilitator.services import agenda, board, capture, meetings, participants
from facilitator.services.dot_voting import cast_vote, clear_votes, restore_votes, vote_budget
from facilitator.workspace import Workspace, open_workspace


@pytest.fixture
def meeting_id(ws: Workspace) -> int:
    return meetings.create_meeting(ws, title="Retro").id


def texts(ws: Workspace, meeting_id: int, quadrant: int) -> list[str]:
    return [c.text for c in board.list_cards(ws, meeting_id=meeting_id) if c.quadrant == quadrant]


def add(ws: Workspace, meeting_id: int, quadrant: int, *names: str, team: str = "") -> list[int]:
    return [board.add_card(ws, meeting_id=meeting_id, quadrant=quadrant, text=n, team=team).id
            for n in names]


def test_move_cards_between_and_within_quadrants_and_undo(ws: Workspace, meeting_id: int) -> None:
    a, b, c = add(ws, meeting_id, 0, "a", "b", "c")
    (x,) = add(ws, meeting_id, 1, "x")
    before = board.move_cards(ws, card_ids=[a], quadrant=1, position=0)
    assert texts(ws, meeting_id, 0) == ["b", "c"] and texts(ws, meeting_id, 1) == ["a", "x"]
    board.move_cards(ws, card_ids=[c, b], quadrant=0, position=0)  # reorder within a quadrant
    assert texts(ws, meeting_id, 0) == ["c", "b"]
    board.set_layout(ws, layout=before)
    assert texts(ws, meeting_id, 0) == ["a", "b", "c"] and texts(ws, meeting_id, 1) == ["x"]
    with pytest.raises(ValidationError, match="quadrant"):
        board.move_cards(ws, card_ids=[x], quadrant=7)


def test_sort_by_votes_persists_positions_and_keeps_ties_in_order(ws: Workspace, db_path,
                                                                  meeting_id: int) -> None:
    ids = add(ws, meeting_id, 2, "low", "tie-1", "high", "tie-2")
    for card_id, votes in zip(ids, (1, 3, 5, 3), strict=True):
        board.update_card(ws, card_id=card_id, votes=votes)
    before = board.sort_by_votes(ws, meeting_id=meeting_id, quadrant=2)
    ws.close()
    reopened = open_workspace(db_path)
    try:
        assert texts(reopened, meeting_id, 2) == ["high", "tie-1", "tie-2", "low"]
        board.set_layout(reopened, layout=before)
        assert texts(reopened, meeting_id, 2) == ["low", "tie-1", "high", "tie-2"]
    finally:
        reopened.close()


def test_merge_joins_text_sums_votes_combines_teams_and_unmerges(ws: Workspace,
                                                                 meeting_id: int) -> None:
    (a,) = add(ws, meeting_id, 0, "Lead hand-off is slow", team="Sales")
    (b,) = add(ws, meeting_id, 0, "Leads wait days", team="Marketing")
    board.update_card(ws, card_id=a, votes=4)
    board.update_card(ws, card_id=b, votes=3)
    merge = board.merge_cards(ws, card_id=a, other_id=b)
    (card,) = board.list_cards(ws, meeting_id=meeting_id)
    assert (card.text, card.votes, card.team) == (
        "Lead hand-off is slow / Leads wait days", 7, "Sales + Marketing")
    assert [c.id for c in board.list_cards(ws, meeting_id=meeting_id, team="marketing")] == [a]
    board.unmerge_cards(ws, merge=merge)
    cards = {c.id: (c.text, c.votes, c.team) for c in board.list_cards(ws, meeting_id=meeting_id)}
    assert cards == {a: ("Lead hand-off is slow", 4, "Sales"),
                     b: ("Leads wait days", 3, "Marketing")}
    with pytest.raises(ValidationError, match="two different"):
        board.merge_cards(ws, card_id=a, other_id=a)


def test_card_to_action_carries_text_and_running_item(ws: Workspace, meeting_id: int) -> None:
    item = agenda.add_item(ws, meeting_id=meeting_id, title="Assessment")
    with ws.session() as s:
        from facilitator.domain import ItemStatus
        from facilitator.models import AgendaItem
        s.get(AgendaItem, item.id).status = ItemStatus.ACTIVE
    (a,) = add(ws, meeting_id, 3, "Monthly win/loss review")
    action = board.card_to_action(ws, card_id=a, owner="Tom", due="2026-12-01")
    (stored,) = capture.list_actions(ws, meeting_id=meeting_id)
    assert (stored.id, stored.text, stored.owner, stored.due, stored.agenda_item_id) == (
        action.id, "Monthly win/loss review", "Tom", dt.date(2026, 12, 1), item.id)
    assert len(board.list_cards(ws, meeting_id=meeting_id)) == 1  # the card stays
    with pytest.raises(ValidationError, match="due date"):
        board.card_to_action(ws, card_id=a, due="next week")


def test_counts_and_teams_with_filter(ws: Workspace, meeting_id: int) -> None:
    add(ws, meeting_id, 0, "k1", "k2", team="Sales")
    add(ws, meeting_id, 3, "s1", team="Marketing")
    add(ws, meeting_id, 1, "t1")
    participants.add_participant(ws, meeting_id=meeting_id, name="Chloé", team="Support")
    assert board.quadrant_counts(ws, meeting_id=meeting_id) == [2, 1, 0, 1]
    assert board.quadrant_counts(ws, meeting_id=meeting_id, team="sales") == [2, 0, 0, 0]
    assert board.quadrant_counts(ws, meeting_id=meeting_id, team="") == [0, 1, 0, 0]
    assert board.board_teams(ws, meeting_id=meeting_id) == ["Marketing", "Sales", "Support"]


@pytest.mark.parametrize(
    ("vote_limit", "per_participant", "present", "expected"),
    [(None, None, 3, None), (5, None, 3, 5), (None, 2, 3, 6), (5, 2, 3, 5), (10, 2, 3, 6),
     (None, 2, 0, 0)],
)
def test_vote_limit_is_the_smaller_of_cap_and_per_participant(
    ws: Workspace, meeting_id: int, vote_limit, per_participant, present, expected
) -> None:
    meetings.update_meeting(ws, meeting_id=meeting_id, vote_limit=vote_limit,
                            votes_per_participant=per_participant)
    for i in range(present):
        participants.add_participant(ws, meeting_id=meeting_id, name=f"P{i}")
    participants.add_participant(ws, meeting_id=meeting_id, name="Away", present=False)
    assert vote_budget(ws, meeting_id=meeting_id).limit == expected


def test_votes_up_to_the_limit_then_refused(ws: Workspace, meeting_id: int) -> None:
    meetings.update_meeting(ws, meeting_id=meeting_id, votes_per_participant=2)
    participants.add_participant(ws, meeting_id=meeting_id, name="Ann")
    a, b = add(ws, meeting_id, 0, "a", "b")
    assert cast_vote(ws, card_id=a) == 0
    assert cast_vote(ws, card_id=b) == 0
    with pytest.raises(ValidationError, match=r"No dots left: all 2 are used \(2 per participant"):
        cast_vote(ws, card_id=a)
    assert vote_budget(ws, meeting_id=meeting_id).summary() == "Dots: 2 of 2 used · 0 left"
    cast_vote(ws, card_id=b, delta=-1)
    with pytest.raises(ValidationError, match="no dot to take back"):
        cast_vote(ws, card_id=b, delta=-1)
    cast_vote(ws, card_id=a)
    assert [c.votes for c in board.list_cards(ws, meeting_id=meeting_id)] == [2, 0]


def test_clear_votes_for_a_new_round_and_restore(ws: Workspace, meeting_id: int) -> None:
    a, b, c = add(ws, meeting_id, 1, "a", "b", "c")
    board.update_card(ws, card_id=a, votes=3)
    board.update_card(ws, card_id=c, votes=1)
    previous = clear_votes(ws, meeting_id=meeting_id)
    assert previous == {a: 3, c: 1}
    assert [x.votes for x in board.list_cards(ws, meeting_id=meeting_id)] == [0, 0, 0]
    restore_votes(ws, votes=previous)
    assert [x.votes for x in board.list_cards(ws, meeting_id=meeting_id)] == [3, 0, 1]
