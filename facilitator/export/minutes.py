"""The Word minutes of a meeting, in the order a careful facilitator writes them by hand."""

from __future__ import annotations

import datetime as dt
import io
import os
from collections import defaultdict
from pathlib import Path

from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH

from facilitator.domain import BOARD_PRESETS, ActionStatus, BoardPreset
from facilitator.export.atomic import write_atomic
from facilitator.export.body import BodyWriter
from facilitator.export.docx_tables import OVERTIME, OVERTIME_FILL, QUIET, Cell, Column
from facilitator.export.sections import add_board, add_parking_lot, attendance_rows
from facilitator.export.styles import GRID, new_document
from facilitator.export.timing import MeetingTiming, duration, meeting_timing
from facilitator.export.votes_section import add_votes, write_item_votes
from facilitator.models import ActionItem, Decision, Note
from facilitator.serialize import MeetingRecord
from facilitator.textclean import clean_for_word

RIGHT = WD_ALIGN_PARAGRAPH.RIGHT


def local_time(value: dt.datetime | dt.time | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.astimezone()
    return f"{value:%H:%M}"


def long_date(value: dt.date | None) -> str:
    return f"{value:%A} {value.day} {value:%B %Y}" if value else ""


def _minutes(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:.0f}" if abs(value - round(value)) < 0.05 else f"{value:.1f}"


def _signed(value: float) -> str:
    text = _minutes(abs(value))
    if text in ("0", "0.0"):
        return "0"
    return f"+{text}" if value > 0 else f"−{text}"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _add_details(w: BodyWriter, record: MeetingRecord) -> None:
    m = record.meeting
    w.title(m.title)
    if m.date:
        w.labelled("Date", long_date(m.date))
    planned = "–".join(filter(None, (local_time(m.planned_start), local_time(m.planned_end))))
    actual = "–".join(filter(None, (local_time(m.actual_start), local_time(m.actual_end))))
    times = "; ".join(filter(None, (planned and f"planned {planned}",
                                    actual and f"actual {actual}")))
    if times:
        w.labelled("Time", times)
    w.details((("Location", m.location), ("Facilitator", m.facilitator),
               ("Series", record.series or "")), m.objective)


def _add_attendance(w: BodyWriter, record: MeetingRecord) -> None:
    people = record.meeting.participants
    if not people:
        return
    present = sum(1 for p in people if p.present)
    w.heading("Attendance")
    w.paragraph(f"{present} present, {len(people) - present} absent.")
    w.table([Column("Team", 1.2), Column("Present", 2.4), Column("Absent", 1.6)],
            attendance_rows(people), first_column=True)


def _add_summary(w: BodyWriter, record: MeetingRecord, timing: MeetingTiming) -> None:
    lines = []
    if record.decisions or record.actions:
        open_count = sum(1 for a in record.actions if a.status is ActionStatus.OPEN)
        lines.append(f"{_plural(len(record.decisions), 'decision')} and "
                     f"{_plural(len(record.actions), 'action item')} ({open_count} open).")
    if summary := timing.summary():
        lines.append(summary)
    if record.cards:
        lines.append(f"{_plural(len(record.cards), 'card')} on the board, "
                     f"{_plural(sum(c.votes for c in record.cards), 'vote')}.")
    if record.parking_lot:
        lines.append(f"{_plural(len(record.parking_lot), 'point')} in the parking lot.")
    if not lines:
        return
    w.heading("Summary")
    for line in lines:
        w.bullet(line)


def _add_reviews(w: BodyWriter, record: MeetingRecord) -> None:
    if not record.reviews:
        return
    w.heading("Review of open actions")
    w.paragraph("Open actions carried over from the previous meeting of the series.")
    w.table([Column("Action", 4), Column("Owner", 1.6), Column("Due", 1.2),
             Column("Outcome", 1.3)],
            ([action.text, action.owner, action.due.isoformat() if action.due else "",
              review.outcome.label]
             for review, action in record.reviews))


NOT_RUN = "—"


def _add_agenda_timing(w: BodyWriter, timing: MeetingTiming) -> None:
    if not timing.items:
        return
    w.heading("Agenda and timing")
    ran = timing.ran
    rows: list[list[str | Cell]] = []
    for item in timing.items:
        actual: str | Cell = _minutes(item.actual_minutes)
        diff: str | Cell = ""
        if item.difference is not None:
            diff = (Cell(_signed(item.difference), bold=True, color=OVERTIME, fill=OVERTIME_FILL)
                    if item.over else _signed(item.difference))
        elif item.skipped:
            actual, diff = Cell("skipped", italic=True, color=QUIET), NOT_RUN
        elif ran:  # the meeting ran, this item did not
            actual, diff = NOT_RUN, NOT_RUN
        rows.append([str(item.number), item.title, item.kind.label, item.presenter,
                     str(item.planned_minutes), actual, diff])
    planned = sum(i.planned_minutes for i in timing.items)
    total: list[str | Cell] = [Cell(""), Cell("Items total", bold=True), "", "",
                               Cell(str(planned), bold=True), "", ""]
    if ran:
        actual_total = sum(i.actual_minutes or 0.0 for i in ran)
        diff_total = sum(i.difference or 0.0 for i in ran)
        total[5] = Cell(_minutes(round(actual_total, 1)), bold=True)
        total[6] = Cell(_signed(round(diff_total, 1)), bold=True,
                        color=OVERTIME if diff_total >= 0.5 else None)
    rows.append(total)
    # Weights in inches of a 6.5-inch text width: "Presentation", "Planned" and a six-character
    # difference in bold ("+120.5") each fit on one line.
    w.table([Column("#", 0.3, RIGHT), Column("Item", 2.0), Column("Kind", 1.08),
             Column("Presenter", 0.95), Column("Planned", 0.82, RIGHT),
             Column("Actual", 0.65, RIGHT), Column("+/−", 0.7, RIGHT)], rows)
    if ran:
        note = ("Minutes. +/−: actual minus planned per item, in red where it ran over; "
                "the total adds up the differences of the items that ran")
        if timing.not_run:
            note += f" ({NOT_RUN}: not run)"
        w.quiet(note + ". The summary compares the meeting from start to finish, "
                       "breaks between items included, with its planned span.")


def _by_item(rows: list, key: str = "agenda_item_id") -> dict[int | None, list]:
    grouped: dict[int | None, list] = defaultdict(list)
    for row in rows:
        grouped[getattr(row, key)].append(row)
    return grouped


def _write_decisions(w: BodyWriter, decisions: list[Decision]) -> None:
    if decisions:
        w.bold_line("Decisions")
        for d in decisions:
            w.bullet(d.text, "; ".join(filter(None, (d.owner and f"owner {d.owner}",
                                                     d.rationale))))


def _write_actions(w: BodyWriter, actions: list[ActionItem]) -> None:
    if actions:
        w.bold_line("Actions")
        for a in actions:
            due = f"due {a.due}" if a.due else ""
            status = a.status.label.lower() if a.status is not ActionStatus.OPEN else ""
            w.bullet(a.text, ", ".join(filter(None, (a.owner, due, status))))


def _write_notes(w: BodyWriter, notes: list[Note]) -> None:
    for note in notes:
        if clean_for_word(note.text).strip():
            w.note(note.text)


def _add_discussion(w: BodyWriter, record: MeetingRecord, timing: MeetingTiming) -> None:
    notes, decisions, actions = (_by_item(record.notes), _by_item(record.decisions),
                                 _by_item(record.actions))
    votes = _by_item(record.votes)
    general = [n for n in notes.get(None, []) if clean_for_word(n.text).strip()]
    if not record.agenda and not general:
        return
    w.heading("Discussion" if record.agenda else "Notes")
    for item, item_timing in zip(record.agenda, timing.items, strict=True):
        w.heading(f"{item_timing.number}. {item.title}", 2)
        when = f"{item.planned_minutes} min planned"
        if item_timing.actual_minutes is not None:
            when += f", {_minutes(item_timing.actual_minutes)} min actual"
        elif item_timing.skipped:
            when += ", skipped"
        w.quiet(" · ".join(filter(None, (item.kind.label, clean_for_word(item.presenter).strip(),
                                         when))))
        if clean_for_word(item.goal).strip():
            w.labelled("Goal", item.goal, tight=False)
        _write_notes(w, notes.get(item.id, []))
        _write_decisions(w, decisions.get(item.id, []))
        write_item_votes(w, votes.get(item.id, []))
        _write_actions(w, actions.get(item.id, []))
    if general:
        if record.agenda:
            w.heading("General notes", 2)
        _write_notes(w, general)


def _add_decision_log(w: BodyWriter, record: MeetingRecord) -> None:
    if not record.decisions:
        return
    titles = {item.id: item.title for item in record.agenda}
    w.heading("Decision log")
    table = w.table([Column("#", 0.35, RIGHT), Column("Decision", 3.9),
                     Column("Agenda item", 1.9), Column("Time", 0.75), Column("Owner", 1.3)],
                    ([str(n), d.text, titles.get(d.agenda_item_id or 0, ""),
                      local_time(d.decided_at), d.owner]
                     for n, d in enumerate(record.decisions, start=1)))
    # The rationale goes under the decision, in the same cell, in grey.
    for row, decision in zip(table.rows[1:], record.decisions, strict=True):
        if clean_for_word(decision.rationale).strip():
            run = row.cells[1].add_paragraph().add_run(clean_for_word(decision.rationale))
            run.italic = True
            run.font.color.rgb = QUIET


def action_order(actions: list[ActionItem]) -> list[ActionItem]:
    """By owner (unassigned last), then due date (none last), then as recorded."""
    return sorted(actions, key=lambda a: (
        not clean_for_word(a.owner).strip(), clean_for_word(a.owner).strip().casefold(),
        a.due is None, a.due or dt.date.min, a.created_at, a.id))


def _add_actions(w: BodyWriter, record: MeetingRecord) -> None:
    if not record.actions:
        return
    w.heading("Action items")
    w.table([Column("#", 0.35, RIGHT), Column("Action", 3.9), Column("Owner", 1.5),
             Column("Due", 1.2), Column("Status", 0.9)],
            ([str(n), a.text, a.owner, a.due.isoformat() if a.due else "",
              a.status.label]
             for n, a in enumerate(action_order(record.actions), start=1)))


def _board_title(record: MeetingRecord) -> str:
    m = record.meeting
    preset_name, quadrants = BOARD_PRESETS.get(m.board_preset, BOARD_PRESETS[BoardPreset.CUSTOM])
    if [q.label for q in quadrants] == list(m.board_labels) and m.board_preset is not (
            BoardPreset.CUSTOM):
        return f"Board: {preset_name}"
    return "Board: " + " / ".join(clean_for_word(label) for label in m.board_labels)


def _add_chart(w: BodyWriter, chart_png: bytes | None) -> None:
    if chart_png:
        w.heading("Timing chart")
        w.picture(chart_png, "Planned and actual minutes per agenda item.")


def build_minutes(
    record: MeetingRecord, *, reference_docx: str | os.PathLike[str] | None = None,
    chart_png: bytes | None = None,
) -> Document:
    """The minutes as a python-docx Document (in memory)."""
    document = new_document(reference_docx)
    w = BodyWriter(document)
    timing = meeting_timing(record)
    _add_details(w, record)
    _add_attendance(w, record)
    _add_summary(w, record, timing)
    _add_reviews(w, record)
    _add_agenda_timing(w, timing)
    _add_discussion(w, record, timing)
    _add_decision_log(w, record)
    add_votes(w, record)
    _add_actions(w, record)
    if record.cards:
        w.heading(_board_title(record))
        add_board(w, record, style=GRID)
    add_parking_lot(w, record)
    _add_chart(w, chart_png)
    document.core_properties.title = clean_for_word(record.meeting.title)[:255]
    document.core_properties.subject = "Minutes"
    return document


def export_minutes(
    record: MeetingRecord, path: str | os.PathLike[str], *,
    reference_docx: str | os.PathLike[str] | None = None, chart_png: bytes | None = None,
) -> Path:
    """Writes the minutes to path atomically; raises ExportError with a one-line message."""
    document = build_minutes(record, reference_docx=reference_docx, chart_png=chart_png)
    buffer = io.BytesIO()
    document.save(buffer)
    return write_atomic(path, buffer.getvalue())


__all__ = ["build_minutes", "export_minutes", "action_order", "duration"]
