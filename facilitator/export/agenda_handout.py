"""The agenda handout sent before the meeting: details, participants, the timed agenda."""

from __future__ import annotations

import io
import os
from pathlib import Path

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from facilitator.export.atomic import write_atomic
from facilitator.export.body import BodyWriter
from facilitator.export.docx_tables import QUIET, Cell, Column, keep_with_next
from facilitator.export.minutes import local_time, long_date
from facilitator.export.sections import NO_TEAM
from facilitator.export.styles import new_document
from facilitator.export.timing import duration
from facilitator.serialize import MeetingRecord
from facilitator.services.agenda import start_times
from facilitator.textclean import clean_for_word

RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
KEEP_TOGETHER = 4  # the last rows of the agenda table kept on one page


def _add_details(w: BodyWriter, record: MeetingRecord, end: str) -> None:
    m = record.meeting
    w.title(m.title)
    if m.date:
        w.labelled("Date", long_date(m.date))
    start = local_time(m.planned_start)
    if start:
        w.labelled("Time", f"{start}–{end}" if end else start)
    w.details((("Place", m.location), ("Facilitator", m.facilitator)), m.objective)


def _add_participants(w: BodyWriter, record: MeetingRecord) -> None:
    people = record.meeting.participants
    if not people:
        return
    w.heading("Participants")
    ordered = sorted(people, key=lambda p: (not clean_for_word(p.team).strip(),
                                            clean_for_word(p.team).strip().casefold(),
                                            p.position, p.id))
    w.table([Column("Name", 2.2), Column("Team", 1.6), Column("Role", 2.6)],
            ([p.name, clean_for_word(p.team).strip() or NO_TEAM, p.role] for p in ordered))


def _add_agenda(w: BodyWriter, record: MeetingRecord) -> None:
    if not record.agenda:
        return
    m = record.meeting
    minutes = [item.planned_minutes for item in record.agenda]
    starts = start_times(m.planned_start, minutes, m.date)
    w.heading("Agenda")
    ends = start_times(m.planned_start, [*minutes, 0], m.date)
    rows: list[list[str | Cell]] = [
        [local_time(start), Cell(item.title, bold=True), item.kind.label, item.presenter,
         str(item.planned_minutes)] for item, start in zip(record.agenda, starts, strict=True)]
    end = local_time(ends[-1])
    if end:
        rows.append([Cell(end, bold=True), Cell("End", bold=True), "", "", ""])
    table = w.table(
        [Column("Start", 0.7), Column("Item", 3.6), Column("Kind", 1.4),
         Column("Presenter", 1.4), Column("Min", 0.55, RIGHT)], rows)
    # Each item's goal under its title, in the same cell.
    for row, item in zip(table.rows[1:], record.agenda, strict=False):
        goal = clean_for_word(item.goal).strip()
        if goal:
            run = row.cells[1].add_paragraph().add_run(goal)
            run.italic = True
            run.font.size = Pt(9)
            run.font.color.rgb = QUIET
    # The last items and the end travel together: no lone row at the top of a page.
    keep_with_next(table.rows[-KEEP_TOGETHER:-1])
    total = sum(minutes)
    w.quiet(f"{len(record.agenda)} items, {duration(total)} in all.")


def _planned_end(record: MeetingRecord) -> str:
    m = record.meeting
    if m.planned_end is not None:
        return local_time(m.planned_end)
    ends = start_times(m.planned_start, [*(i.planned_minutes for i in record.agenda), 0], m.date)
    return local_time(ends[-1]) if record.agenda else ""


def build_agenda_handout(
    record: MeetingRecord, *, reference_docx: str | os.PathLike[str] | None = None
) -> Document:
    document = new_document(reference_docx)
    w = BodyWriter(document)
    _add_details(w, record, _planned_end(record))
    _add_participants(w, record)
    _add_agenda(w, record)
    document.core_properties.title = clean_for_word(record.meeting.title)[:255]
    document.core_properties.subject = "Agenda"
    return document


def export_agenda(
    record: MeetingRecord, path: str | os.PathLike[str], *,
    reference_docx: str | os.PathLike[str] | None = None,
) -> Path:
    """Writes the agenda handout to path atomically; raises ExportError with a one-line message."""
    document = build_agenda_handout(record, reference_docx=reference_docx)
    buffer = io.BytesIO()
    document.save(buffer)
    return write_atomic(path, buffer.getvalue())
