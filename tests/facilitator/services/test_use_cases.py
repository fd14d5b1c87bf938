"""The use cases: each call one transaction; bad input gets a clear message; deletes restore."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from facilitator.domain import ActionStatus, ItemKind
from facilitator.errors import NotFoundError, ValidationError
from facilitator.models import Note, TimeSlice
from facilitator.services import agenda, board, capture, meetings, participants
from facilitator.services.common import restore
from facilitator.workspace import Workspace, open_workspace


@pytest.fixture
def meeting_id(ws: Workspace) -> int:
    return meetings.create_meeting(ws, title="Strategy alignment", planned_start="09:00").id


def titles(ws: Workspace, meeting_id: int) -> list[str]:
    return [i.title for i in agenda.list_items(ws, meeting_id=meeting_id)]


def test_agenda_add_insert_move_delete_restore(ws: Workspace, meeting_id: int) -> None:
    for t in ("A", "B", "C", "D"):
        agenda.add_item(ws, meeting_id=meeting_id, title=t, planned_minutes=10)
    x = agenda.add_item(ws, meeting_id=meeting_id, title="X", position=1)
    assert titles(ws, meeting_id) == ["A", "X", "B", "C", "D"]
    assert agenda.move_item(ws, item_id=x.id, position=4) == 1
    assert titles(ws, meeting_id) == ["A", "B", "C", "D", "X"]
    assert agenda.move_item(ws, item_id=x.id, position=0) == 4
    assert titles(ws, meeting_id) == ["X", "A", "B", "C", "D"]
    b = agenda.list_items(ws, meeting_id=meeting_id)[2]
    capture.set_item_note(ws, meeting_id=meeting_id, item_id=b.id, text="notes on B")
    decision = capture.record_decision(ws, meeting_id=meeting_id, item_id=b.id, text="Go")
    deleted = agenda.delete_item(ws, item_id=b.id)
    assert titles(ws, meeting_id) == ["X", "A", "C", "D"]
    assert capture.item_note(ws, meeting_id=meeting_id, item_id=b.id) is None
    assert capture.list_decisions(ws, meeting_id=meeting_id)[0].agenda_item_id is None
    agenda.restore_item(ws, deleted=deleted)
    assert titles(ws, meeting_id) == ["X", "A", "B", "C", "D"]
    note = capture.item_note(ws, meeting_id=meeting_id, item_id=b.id)
    assert note is not None and note.text == "notes on B"
    assert capture.list_decisions(ws, meeting_id=meeting_id)[0].id == decision.id
    assert capture.list_decisions(ws, meeting_id=meeting_id)[0].agenda_item_id == b.id
    positions = [i.position for i in agenda.list_items(ws, meeting_id=meeting_id)]
    assert positions == [0, 1, 2, 3, 4]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": "   "}, "cannot be blank"),
        ({"planned_minutes": -5}, "cannot be negative"),
        ({"planned_minutes": "ten"}, "whole number"),
        ({"planned_minutes": 10**9}, "cannot exceed"),
        ({"kind": "party"}, "is not one of"),
        ({"colour": "red"}, "no field"),
    ],
)
def test_agenda_bad_input_is_refused_with_a_message(
    ws: Workspace, meeting_id: int, changes: dict, message: str
) -> None:
    item = agenda.add_item(ws, meeting_id=meeting_id, title="Welcome")
    with pytest.raises(ValidationError, match=message):
        agenda.update_item(ws, item_id=item.id, **changes)
    assert agenda.list_items(ws, meeting_id=meeting_id)[0].title == "Welcome"


def test_meeting_fields_validated(ws: Workspace) -> None:
    with pytest.raises(ValidationError, match="title cannot be blank"):
        meetings.create_meeting(ws, title="")
    with pytest.raises(ValidationError, match="not a date"):
        meetings.create_meeting(ws, title="x", date="31/02/2026")
    with pytest.raises(ValidationError, match="not a time"):
        meetings.create_meeting(ws, title="x", planned_start="25:99")
    with pytest.raises(NotFoundError, match="no meeting with id 999"):
        meetings.update_meeting(ws, meeting_id=999, title="y")
    assert meetings.list_meetings(ws) == []


def test_update_returns_previous_values_for_undo(ws: Workspace, meeting_id: int) -> None:
    previous = meetings.update_meeting(ws, meeting_id=meeting_id, title="New", series="Exec")
    assert previous == {"title": "Strategy alignment", "series": None}
    assert meetings.series_name(ws, meeting_id) == "Exec"
    meetings.update_meeting(ws, meeting_id=meeting_id, **previous)
    assert meetings.get_meeting(ws, meeting_id).title == "Strategy alignment"
    assert meetings.series_name(ws, meeting_id) is None


def test_delete_meeting_cascades_and_restores_everything(ws: Workspace, demo_id: int) -> None:
    from facilitator.serialize import load_meeting, meeting_to_json

    before = meeting_to_json(load_meeting(ws, demo_id))
    deleted = meetings.delete_meeting(ws, meeting_id=demo_id)
    assert meetings.list_meetings(ws) == []
    with ws.session() as s:
        assert s.scalar(select(func.count(Note.id))) == 0
        assert s.scalar(select(func.count(TimeSlice.id))) == 0
    meetings.restore_meeting(ws, deleted=deleted)
    after = meeting_to_json(load_meeting(ws, demo_id, now=None))
    assert after == before


def test_participants_and_team_completion(ws: Workspace, meeting_id: int) -> None:
    p = participants.add_participant(ws, meeting_id=meeting_id, name="Ana", team="Sales")
    participants.add_participant(ws, meeting_id=meeting_id, name="Bo", team="marketing")
    participants.update_participant(ws, participant_id=p.id, present=False)
    assert participants.known_teams(ws) == ["marketing", "Sales"]
    listed = participants.list_participants(ws, meeting_id=meeting_id)
    assert [(x.name, x.present) for x in listed] == [("Ana", False), ("Bo", True)]
    deleted = participants.remove_participant(ws, participant_id=p.id)
    assert len(participants.list_participants(ws, meeting_id=meeting_id)) == 1
    restore(ws, deleted)
    assert [x.name for x in participants.list_participants(ws, meeting_id=meeting_id)] == [
        "Ana", "Bo"]


def test_capture_actions_decisions_parking(ws: Workspace, meeting_id: int) -> None:
    item = agenda.add_item(ws, meeting_id=meeting_id, title="Priorities",
                           kind=ItemKind.DISCUSSION_DECISION)
    action = capture.add_action(ws, meeting_id=meeting_id, text="Send deck", owner="Ana",
                                due="2026-12-01", item_id=item.id)
    assert action.due == dt.date(2026, 12, 1) and action.status is ActionStatus.OPEN
    capture.update_action(ws, action_id=action.id, status="done")
    assert capture.list_actions(ws, meeting_id=meeting_id)[0].status is ActionStatus.DONE
    with pytest.raises(ValidationError, match="due date"):
        capture.update_action(ws, action_id=action.id, due="someday")
    point = capture.park(ws, meeting_id=meeting_id, text="Pricing")
    capture.update_parked(ws, point_id=point.id, status="to_action")
    assert capture.list_parked(ws, meeting_id=meeting_id)[0].status.value == "to_action"
    other = meetings.create_meeting(ws, title="Other")
    with pytest.raises(ValidationError, match="another meeting"):
        capture.record_decision(ws, meeting_id=other.id, text="x", item_id=item.id)


def test_text_of_any_script_and_size_round_trips(ws: Workspace, meeting_id: int) -> None:
    text = "Décision 🎯 — مرحبا بالعالم — 決定\tcol|col\n" * 2500  # ~100,000 characters
    note = capture.set_item_note(ws, meeting_id=meeting_id, item_id=None, text=text)
    assert len(note.text) == len(text)
    dirty = "bell\x07 nul\x00 ok\ud800 \ufffe end"
    cleaned = capture.add_note(ws, meeting_id=meeting_id, text=dirty)
    assert cleaned.text == "bell nul ok  end"


def test_board_cards_move_and_renumber(ws: Workspace, meeting_id: int) -> None:
    cards = [board.add_card(ws, meeting_id=meeting_id, quadrant=0, text=f"c{i}") for i in range(3)]
    assert board.move_card(ws, card_id=cards[0].id, quadrant=2) == (0, 0)
    board.move_card(ws, card_id=cards[2].id, quadrant=2, position=0)
    listed = [(c.text, c.quadrant, c.position) for c in board.list_cards(ws, meeting_id=meeting_id)]
    assert listed == [("c1", 0, 1), ("c2", 2, 0), ("c0", 2, 1)]
    with pytest.raises(ValidationError, match="quadrant"):
        board.add_card(ws, meeting_id=meeting_id, quadrant=4, text="x")
    with pytest.raises(ValidationError, match="votes"):
        board.update_card(ws, card_id=cards[0].id, votes=-1)


def test_board_preset_labels(ws: Workspace, meeting_id: int) -> None:
    assert meetings.get_meeting(ws, meeting_id).board_labels == ["Keep", "Tune", "Overhaul",
                                                                 "Start"]
    meetings.set_board_preset(ws, meeting_id=meeting_id, preset="swot")
    assert meetings.get_meeting(ws, meeting_id).board_labels[0] == "Strengths"
    with pytest.raises(ValidationError, match="four"):
        meetings.set_board_preset(ws, meeting_id=meeting_id, preset="custom", labels=["a"])


def test_duplicate_meeting_copies_plan_not_history(ws: Workspace, demo_id: int) -> None:
    copy = meetings.duplicate_meeting(ws, meeting_id=demo_id)
    items = agenda.list_items(ws, meeting_id=copy.id)
    assert copy.title == "Sales & Marketing Summit (copy)"
    assert len(items) == 8 and all(i.status.value == "pending" for i in items)
    assert capture.list_actions(ws, meeting_id=copy.id) == []


def test_reopen_finds_everything(db_path, demo_id: int, ws: Workspace) -> None:
    from facilitator.serialize import load_meeting, meeting_to_json

    before = meeting_to_json(load_meeting(ws, demo_id))
    ws.close()
    with open_workspace(db_path) as again:
        assert meeting_to_json(load_meeting(again, demo_id)) == before
