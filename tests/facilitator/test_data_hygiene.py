"""Team names that differ only in case are one team; a meeting cannot end before it starts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from facilitator.errors import ValidationError
from facilitator.export import export_minutes
from facilitator.serialize import load_meeting
from facilitator.services import board, meetings, participants
from facilitator.workspace import Workspace, open_workspace
from tests.facilitator.export.docx_read import first_table, open_docx, rows, section


def _people(ws: Workspace, meeting_id: int, *teams_present: tuple[str, str, bool]) -> None:
    for name, team, present in teams_present:
        participants.add_participant(ws, meeting_id=meeting_id, name=name, team=team,
                                     present=present)


def test_known_teams_ignore_case_keeping_the_usual_spelling(ws: Workspace) -> None:
    one = meetings.create_meeting(ws, title="One").id
    two = meetings.create_meeting(ws, title="Two").id
    _people(ws, one, ("Ann", "sales", True), ("Bob", "Sales", True), ("Cy", "Marketing", True))
    _people(ws, two, ("Di", "Sales", True), ("Ed", "marketing", True), ("Fay", "  SALES ", True))
    assert participants.known_teams(ws) == ["Marketing", "Sales"]


def test_known_teams_tie_goes_to_the_spelling_typed_first(ws: Workspace) -> None:
    one = meetings.create_meeting(ws, title="One").id
    # "ops " and "ops" are one spelling (2 uses) against "OPS" (2 uses): a tie, "ops" came first.
    _people(ws, one, ("Ann", "ops ", True), ("Bob", "OPS", True), ("Cy", "OPS", True),
            ("Di", "ops", True), ("Ed", "Hr", True), ("Fay", "hr", True), ("Gus", "hr", True))
    assert participants.known_teams(ws) == ["hr", "ops"]


def test_board_teams_ignore_case(ws: Workspace) -> None:
    m = meetings.create_meeting(ws, title="Board").id
    _people(ws, m, ("Ann", "Sales", True))
    board.add_card(ws, meeting_id=m, quadrant=0, text="Leads", team="sales")
    board.add_card(ws, meeting_id=m, quadrant=1, text="Events", team="marketing + SALES")
    assert board.board_teams(ws, meeting_id=m) == ["marketing", "Sales"]
    assert len(board.list_cards(ws, meeting_id=m, team="Sales")) == 2


def test_minutes_attendance_groups_teams_ignoring_case(ws: Workspace, tmp_path: Path) -> None:
    m = meetings.create_meeting(ws, title="Att").id
    _people(ws, m, ("Ann", "Sales", True), ("Bob", "sales", False), ("Cy", "Sales", True),
            ("Di", "", True))
    document = open_docx(export_minutes(load_meeting(ws, m), tmp_path / "m.docx"))
    assert rows(first_table(section(document, "Attendance")))[1:] == [
        ["Sales", "Ann\nCy", "Bob"], ["No team", "Di", ""]]


def test_end_before_start_is_refused_on_create_and_update(db_path: Path) -> None:
    with open_workspace(db_path) as ws:
        with pytest.raises(ValidationError, match="^the end time is before the start time$"):
            meetings.create_meeting(ws, title="Bad", planned_start="10:00", planned_end="09:00")
        m = meetings.create_meeting(ws, title="Good", planned_start="09:00",
                                    planned_end="10:30").id
        with pytest.raises(ValidationError, match="end time is before the start time"):
            meetings.update_meeting(ws, meeting_id=m, planned_end="08:45")
        with pytest.raises(ValidationError, match="end time is before the start time"):
            meetings.update_meeting(ws, meeting_id=m, planned_start="11:00",
                                    planned_end="10:00")
        # Moving the start alone past the end moves the end too, keeping 90 minutes.
        previous = meetings.update_meeting(ws, meeting_id=m, planned_start="14:00")
        assert previous == {"planned_start": dt.time(9, 0), "planned_end": dt.time(10, 30)}
        with pytest.raises(ValidationError, match="end time is before the start time"):
            meetings.update_meeting(ws, meeting_id=m, planned_start="23:00")  # past midnight
    with open_workspace(db_path) as ws:
        got = meetings.get_meeting(ws, m)
        assert (got.planned_start, got.planned_end) == (dt.time(14, 0), dt.time(15, 30))
        meetings.update_meeting(ws, meeting_id=m, **previous)  # what undo does
        got = meetings.get_meeting(ws, m)
        assert (got.planned_start, got.planned_end) == (dt.time(9, 0), dt.time(10, 30))
        assert [x.title for x in meetings.list_meetings(ws)] == ["Good"]
