"""The minutes' timing: items never run, the two over/under figures, widths and page breaks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx.shared import Pt

from facilitator.domain import ItemStatus
from facilitator.export import export_agenda, export_minutes
from facilitator.models import TimeSlice
from facilitator.serialize import load_meeting
from facilitator.services import agenda, meetings
from facilitator.workspace import Workspace
from tests.facilitator.export.docx_read import first_table, open_docx, rows, section

START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def _ran(ws: Workspace, item_id: int, start_minute: float, minutes: float) -> None:
    with ws.session() as s:
        begin = START + dt.timedelta(minutes=start_minute)
        s.add(TimeSlice(agenda_item_id=item_id, started_at=begin,
                        ended_at=begin + dt.timedelta(minutes=minutes)))


def _meeting_half_run(ws: Workspace) -> int:
    """Four items: one over (+34.2), one under, one never run (a 4-second slip), one skipped."""
    m = meetings.create_meeting(ws, title="Half run", date=START.date(),
                                planned_start=dt.time(9, 0), planned_end=dt.time(10, 0))
    over = agenda.add_item(ws, meeting_id=m.id, title="Long one", planned_minutes=10)
    under = agenda.add_item(ws, meeting_id=m.id, title="Short one", planned_minutes=20)
    never = agenda.add_item(ws, meeting_id=m.id, title="Never reached", planned_minutes=15)
    skipped = agenda.add_item(ws, meeting_id=m.id, title="Dropped", planned_minutes=15)
    _ran(ws, over.id, 0, 44.2)
    _ran(ws, under.id, 45, 12)
    _ran(ws, never.id, 58, 4 / 60)
    for item, status in ((over, ItemStatus.DONE), (under, ItemStatus.DONE),
                         (never, ItemStatus.PENDING), (skipped, ItemStatus.SKIPPED)):
        agenda.update_item(ws, item_id=item.id, status=status)
    meetings.update_meeting(ws, meeting_id=m.id, actual_start=START,
                            actual_end=START + dt.timedelta(minutes=70))
    return m.id


def test_items_never_run_show_a_dash_and_are_not_counted(ws: Workspace, tmp_path: Path) -> None:
    document = open_docx(export_minutes(load_meeting(ws, _meeting_half_run(ws)),
                                        tmp_path / "m.docx"))
    data = rows(first_table(section(document, "Agenda and timing")))
    assert data[1][4:] == ["10", "44.2", "+34.2"]
    assert data[2][4:] == ["20", "12", "−8"]
    assert data[3][4:] == ["15", "—", "—"]
    assert data[4][4:] == ["15", "skipped", "—"]
    # The table's total adds up the items' differences (34.2 − 8); the summary compares the
    # meeting's wall time (70 min) with its planned span (60 min), and says which is which.
    assert data[5][1] == "Items total"
    assert data[5][5:] == ["56.2", "+26.2"]
    summary = [p.text for p in section(document, "Summary")]
    assert summary == ["The meeting ran 10 min over (1 h 10 min start to finish against 1 h "
                       "planned); 1 of 2 items over time, 2 not run."]
    note = [p.text for p in section(document, "Agenda and timing") if hasattr(p, "text")]
    assert any("the total adds up the differences of the items that ran" in t for t in note)


def test_difference_column_fits_six_characters(ws: Workspace, tmp_path: Path) -> None:
    document = open_docx(export_minutes(load_meeting(ws, _meeting_half_run(ws)),
                                        tmp_path / "m.docx"))
    table = first_table(section(document, "Agenda and timing"))
    assert table.rows[0].cells[6].text == "+/−"
    size = table.style.font.size or Pt(10)
    # Six characters of bold digits are at most 0.6 em each, plus the default cell margins
    # (0.19 cm each side in LibreOffice, 0.08 in in Word).
    needed = 6 * 0.6 * size + 2 * Pt(5.4)
    assert table.columns[6].width >= needed
    assert all(row.cells[6].width >= needed for row in table.rows)


def test_handout_ends_with_the_end_time_kept_with_the_last_items(
        ws: Workspace, tmp_path: Path) -> None:
    m = meetings.create_meeting(ws, title="Plan", planned_start=dt.time(13, 30))
    for n in range(12):
        agenda.add_item(ws, meeting_id=m.id, title=f"Item {n + 1}", planned_minutes=10,
                        goal="Why we talk about it")
    table = first_table(section(open_docx(export_agenda(load_meeting(ws, m.id),
                                                        tmp_path / "a.docx")), "Agenda"))
    assert rows(table)[-1] == ["15:30", "End", "", "", ""]

    def kept(row) -> bool:
        return all(p.paragraph_format.keep_with_next for c in row.cells for p in c.paragraphs)

    assert [kept(r) for r in table.rows[-4:]] == [True, True, True, False]
    assert not kept(table.rows[1])  # a long agenda may still break early on


def test_board_kept_in_one_piece_under_its_heading(ws: Workspace, demo_id: int,
                                                   tmp_path: Path) -> None:
    document = open_docx(export_minutes(load_meeting(ws, demo_id), tmp_path / "m.docx"))
    board = first_table(section(document, "Board: Keep / Tune / Overhaul / Start"))
    top = board.rows[0]
    assert all(p.paragraph_format.keep_with_next for c in top.cells for p in c.paragraphs)


