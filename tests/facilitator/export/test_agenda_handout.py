"""The agenda handout: details, participants and the agenda with computed start times."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from facilitator import demo
from facilitator.export import export_agenda
from facilitator.serialize import load_meeting
from facilitator.services import agenda, meetings
from facilitator.workspace import Workspace
from tests.facilitator.export.docx_read import (
    first_table,
    footer_fields,
    headings,
    open_docx,
    rows,
    section,
)


def test_demo_handout(ws: Workspace, demo_id: int, tmp_path: Path) -> None:
    document = open_docx(export_agenda(load_meeting(ws, demo_id), tmp_path / "a.docx"))
    assert (document.paragraphs[0].style.name, document.paragraphs[0].text) == (
        "Title", "Sales & Marketing Summit")
    details = [p.text for p in document.paragraphs[1:7]]
    assert "Time: 09:00–12:30" in details
    assert "Place: Harbour Room, 4th floor" in details
    assert any(d.startswith("Objective: Align Sales and Marketing") for d in details)
    assert headings(document) == ["Participants", "Agenda"]
    people = rows(first_table(section(document, "Participants")))
    assert people[0] == ["Name", "Team", "Role"]
    assert sorted(r[:3] for r in people[1:]) == sorted(list(p) for p in demo.PARTICIPANTS)
    teams = [r[1] for r in people[1:]]
    assert teams == sorted(teams)
    table = first_table(section(document, "Agenda"))
    items = rows(table)
    assert items[0] == ["Start", "Item", "Kind", "Presenter", "Min"]
    start = dt.datetime(2026, 1, 1, 9, 0)
    for row, cells, (title, kind, presenter, planned, _actual, goal) in zip(
            items[1:-1], table.rows[1:-1], demo.AGENDA, strict=True):
        assert row[0] == f"{start:%H:%M}"
        assert cells.cells[1].paragraphs[0].text == title
        assert cells.cells[1].paragraphs[0].runs[0].bold
        assert row[1] == (f"{title}\n{goal}" if goal else title)
        assert row[2:] == [kind.label, presenter, str(planned)]
        start += dt.timedelta(minutes=planned)
    assert items[-1] == [f"{start:%H:%M}", "End", "", "", ""]
    assert footer_fields(document) == ["PAGE", "NUMPAGES"]


def test_handout_without_end_time_computes_it(ws: Workspace, tmp_path: Path) -> None:
    meeting = meetings.create_meeting(ws, title="Review", planned_start=dt.time(14, 0))
    agenda.add_item(ws, meeting_id=meeting.id, title="Numbers", planned_minutes=50)
    agenda.add_item(ws, meeting_id=meeting.id, title="Risks", planned_minutes=25)
    document = open_docx(export_agenda(load_meeting(ws, meeting.id), tmp_path / "r.docx"))
    assert "Time: 14:00–15:15" in [p.text for p in document.paragraphs]
    assert [r[0] for r in rows(document.tables[0])[1:]] == ["14:00", "14:50", "15:15"]


def test_empty_handout(ws: Workspace, tmp_path: Path) -> None:
    meeting = meetings.create_meeting(ws, title="Empty")
    document = open_docx(export_agenda(load_meeting(ws, meeting.id), tmp_path / "e.docx"))
    assert [p.text for p in document.paragraphs] == ["Empty"]
    assert document.tables == []
