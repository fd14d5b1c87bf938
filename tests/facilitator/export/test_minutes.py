"""The Word minutes of the demo meeting and of an empty one, read back part by part."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from docx.table import Table
from docx.text.paragraph import Paragraph

from facilitator import demo
from facilitator.domain import ActionStatus
from facilitator.export import export_minutes
from facilitator.serialize import load_meeting
from facilitator.services import agenda, capture, meetings
from facilitator.workspace import Workspace
from tests.facilitator.export.docx_read import (
    blocks,
    cell_fill,
    first_table,
    footer_fields,
    headings,
    open_docx,
    picture_blobs,
    rows,
    run_colors,
    section,
    tiny_png,
)

PARTS = ["Attendance", "Summary", "Agenda and timing", "Discussion", "Decision log",
         "Votes and checks", "Action items", "Board: Keep / Tune / Overhaul / Start",
         "Parking lot", "Timing chart"]


@pytest.fixture
def minutes(ws: Workspace, demo_id: int, tmp_path: Path):
    path = tmp_path / "minutes.docx"
    png = tiny_png()
    export_minutes(load_meeting(ws, demo_id), path, chart_png=png)
    return open_docx(path), png


def test_parts_in_order_with_real_styles(minutes) -> None:
    document, _ = minutes
    assert headings(document) == PARTS
    title = document.paragraphs[0]
    assert (title.style.name, title.text) == ("Title", "Sales & Marketing Summit")
    used = {p.style.name for p in document.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "List Bullet"} <= used
    tables = [b for b in blocks(document) if isinstance(b, Table)]
    assert {t.style.name for t in tables} == {"Light Grid Accent 1", "Table Grid"}
    assert footer_fields(document) == ["PAGE", "NUMPAGES"]


def test_details_and_attendance(minutes) -> None:
    document, _ = minutes
    details = [p.text for p in document.paragraphs[1:8]]
    assert f"Date: {dt.date.today():%A} {dt.date.today().day}" in details[0]
    assert "Time: planned 09:00–12:30; actual 09:03–" in details[1]
    assert "Location: Harbour Room, 4th floor" in details
    assert "Facilitator: Sam Rivera" in details
    assert any(d.startswith("Objective: Align Sales and Marketing") for d in details)
    table = rows(first_table(section(document, "Attendance")))
    assert table[0] == ["Team", "Present", "Absent"]
    by_team = {team: (present.split("\n"), absent) for team, present, absent in table[1:]}
    assert [r[0] for r in table[1:]] == sorted({t for _, t, _ in demo.PARTICIPANTS})
    for name, team, role in demo.PARTICIPANTS:
        entry = f"{name} ({role})"
        if name == "Daniel Kim":
            assert by_team[team][1] == entry
        else:
            assert entry in by_team[team][0]


def test_summary_counts_and_time(minutes) -> None:
    document, _ = minutes
    lines = [p.text for p in section(document, "Summary")]
    actions = 7
    open_actions = actions - 1  # the demo marks one action done
    assert lines[0] == f"4 decisions and {actions} action items ({open_actions} open)."
    over = sum(1 for *_, planned, actual, _goal in demo.AGENDA if actual > planned)
    # The two long working sessions were paused for two minutes each.
    paused = 2 * sum(1 for _t, kind, _p, _pl, actual, _g in demo.AGENDA
                     if kind.value == "working_session" and actual > 30)
    ran = sum(a for *_, a, _g in demo.AGENDA) + paused - 210
    assert lines[1].startswith(f"The meeting ran {ran} min over (")
    assert lines[1].endswith(f"; {over} of {len(demo.AGENDA)} items over time.")
    assert all(p.style.name == "List Bullet" for p in section(document, "Summary"))


def test_agenda_table_marks_overtime(minutes) -> None:
    document, _ = minutes
    table = first_table(section(document, "Agenda and timing"))
    data = rows(table)
    assert data[0] == ["#", "Item", "Kind", "Presenter", "Planned", "Actual", "+/−"]
    for row, cells, (title, kind, presenter, planned, actual, _goal) in zip(
            data[1:], table.rows[1:], demo.AGENDA, strict=False):
        assert row[1:6] == [title, kind.label, presenter, str(planned), str(actual)]
        diff = actual - planned
        expected = "0" if diff == 0 else (f"+{diff}" if diff > 0 else f"−{-diff}")
        assert row[6] == expected
        marked = "B01E1E" in run_colors(cells.cells[6]) and cell_fill(cells.cells[6]) is not None
        assert marked == (diff > 0), title
    total = data[-1]
    assert total[1] == "Items total"
    assert total[4] == str(sum(p for *_, p, _a, _g in demo.AGENDA))
    assert total[5] == str(sum(a for *_, a, _g in demo.AGENDA))


def test_each_item_with_notes_decisions_and_actions(minutes) -> None:
    document, _ = minutes
    discussion = section(document, "Discussion")
    items = [b.text for b in discussion if isinstance(b, Paragraph)
             and b.style.name == "Heading 2"]
    assert items == [f"{n}. {a[0]}" for n, a in enumerate(demo.AGENDA, start=1)]
    texts = [b.text for b in discussion if isinstance(b, Paragraph)]
    third = texts.index(items[2])
    block = texts[third:texts.index(items[3])]
    assert block[1] == "Working session · Aiko Tanaka · 40 min planned, 52 min actual"
    assert "Draft definition:" in block
    bullets = [b.text for b in discussion if isinstance(b, Paragraph)
               and b.style.name == "List Bullet"]
    assert "Decision maker identified" in bullets  # "- Decision maker identified" in the note
    assert "Decisions" in block and "Actions" in block
    assert any(t.startswith("A qualified lead meets all five criteria") and "James Carter" in t
               for t in block)
    assert any(t.startswith("Add 'project timeline' field") for t in block)
    assert "Nordbank: early exec sponsor, tailored ROI model, Marketing webinar as the opener.\n" \
           "Alder: lost on price; we entered late and never met the CFO." in texts


def test_decision_log(minutes, ws: Workspace, demo_id: int) -> None:
    document, _ = minutes
    data = rows(first_table(section(document, "Decision log")))
    decisions = capture.list_decisions(ws, meeting_id=demo_id)
    titles = {i.id: i.title for i in agenda.list_items(ws, meeting_id=demo_id)}
    assert data[0] == ["#", "Decision", "Agenda item", "Time", "Owner"]
    assert len(data) == 1 + len(decisions)
    for n, (row, d) in enumerate(zip(data[1:], decisions, strict=True), start=1):
        text = d.text + (f"\n{d.rationale}" if d.rationale else "")
        assert row == [str(n), text, titles[d.agenda_item_id],
                       f"{d.decided_at.astimezone():%H:%M}", d.owner]


def test_actions_sorted_by_owner_then_due(minutes, ws: Workspace, demo_id: int) -> None:
    document, _ = minutes
    data = rows(first_table(section(document, "Action items")))
    assert data[0] == ["#", "Action", "Owner", "Due", "Status"]
    body = data[1:]
    assert [r[0] for r in body] == [str(n) for n in range(1, len(body) + 1)]
    keys = [(r[2].casefold(), r[3]) for r in body]
    assert keys == sorted(keys)
    actions = capture.list_actions(ws, meeting_id=demo_id)
    assert sorted((r[1], r[2], r[3], r[4]) for r in body) == sorted(
        (a.text, a.owner, a.due.isoformat(), a.status.value.capitalize()) for a in actions)
    assert any(r[4] == "Done" for r in body)


def test_board_cards_in_their_quadrant_cells(minutes) -> None:
    document, _ = minutes
    table = first_table(section(document, "Board: Keep / Tune / Overhaul / Start"))
    assert len(table.rows) == 2 and len(table.columns) == 2
    for quadrant, label in enumerate(["Keep", "Tune", "Overhaul", "Start"]):
        cell = table.cell(quadrant // 2, quadrant % 2)
        paragraphs = [p.text for p in cell.paragraphs]
        assert paragraphs[0].startswith(f"{label} — ")
        cards = sorted((c for c in demo.CARDS if c[0] == quadrant), key=lambda c: -c[3])
        assert paragraphs[1:] == [
            f"{text}  ({votes} vote{'' if votes == 1 else 's'}, {team})"
            for _q, text, team, votes in cards
        ]


def test_parking_lot_and_chart(minutes) -> None:
    document, png = minutes
    data = rows(first_table(section(document, "Parking lot")))
    assert data[0] == ["Point", "Raised by", "During", "Status"]
    assert data[1][:3] == ["Pricing flexibility for mid-market deals: needs Finance and Product.",
                           "Lucas Silva", demo.AGENDA[1][0]]
    assert data[2][3] == "Became an action"
    assert picture_blobs(document) == [png]


def test_no_chart_part_without_a_picture(ws: Workspace, demo_id: int, tmp_path: Path) -> None:
    path = export_minutes(load_meeting(ws, demo_id), tmp_path / "m.docx")
    document = open_docx(path)
    assert "Timing chart" not in headings(document)
    assert picture_blobs(document) == []


def test_a_meeting_with_every_field_empty(ws: Workspace, tmp_path: Path) -> None:
    meeting = meetings.create_meeting(ws, title="Empty")
    path = export_minutes(load_meeting(ws, meeting.id), tmp_path / "empty.docx")
    document = open_docx(path)
    assert [(p.style.name, p.text) for p in document.paragraphs] == [("Title", "Empty")]
    assert document.tables == []
    assert footer_fields(document) == ["PAGE", "NUMPAGES"]


def test_a_planned_meeting_shows_the_plan_without_timing(ws: Workspace, tmp_path: Path) -> None:
    meeting = meetings.create_meeting(ws, title="Kick-off", date=dt.date(2026, 12, 1))
    agenda.add_item(ws, meeting_id=meeting.id, title="Welcome", planned_minutes=10)
    capture.add_action(ws, meeting_id=meeting.id, text="Book the room", owner="",
                       status=ActionStatus.OPEN)
    document = open_docx(export_minutes(load_meeting(ws, meeting.id), tmp_path / "k.docx"))
    assert headings(document) == ["Summary", "Agenda and timing", "Discussion", "Action items"]
    assert [p.text for p in section(document, "Summary")] == [
        "0 decisions and 1 action item (1 open)."]
    assert rows(first_table(section(document, "Agenda and timing")))[1] == [
        "1", "Welcome", "Other", "", "10", "", ""]


def test_series_review_of_open_actions(ws: Workspace, demo_id: int, tmp_path: Path) -> None:
    from facilitator.domain import ReviewOutcome
    from facilitator.models import ActionReview

    follow_up = meetings.create_meeting(ws, title="Follow-up", series="Sales & Marketing alignment")
    open_actions = [a for a in capture.list_actions(ws, meeting_id=demo_id)
                    if a.status is ActionStatus.OPEN][:2]
    with ws.session() as s:
        s.add(ActionReview(meeting_id=follow_up.id, action_id=open_actions[0].id,
                           outcome=ReviewOutcome.DONE))
        s.add(ActionReview(meeting_id=follow_up.id, action_id=open_actions[1].id,
                           outcome=ReviewOutcome.CARRIED))
    document = open_docx(export_minutes(load_meeting(ws, follow_up.id), tmp_path / "f.docx"))
    assert headings(document) == ["Review of open actions"]
    data = rows(first_table(section(document, "Review of open actions")))
    assert data == [["Action", "Owner", "Due", "Outcome"],
                    [open_actions[0].text, open_actions[0].owner,
                     open_actions[0].due.isoformat(), "Done"],
                    [open_actions[1].text, open_actions[1].owner,
                     open_actions[1].due.isoformat(), "Carried over"]]


def test_table_headers_repeat_and_rows_stay_whole(minutes) -> None:
    from docx.oxml.ns import qn

    document, _ = minutes
    actions = first_table(section(document, "Action items"))
    assert actions.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in actions.rows[1:])
