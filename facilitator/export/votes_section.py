"""The minutes' "Votes and checks": each vote's counts, turnout and outcome, a checklist as a
table, a scale as its average and spread, and the series' feedback trend."""

from __future__ import annotations

from collections.abc import Sequence

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from facilitator.domain import ChecklistAnswer, ScaleKind, VoteKind, VoteOutcome, VoteRule
from facilitator.export.body import BodyWriter
from facilitator.export.docx_tables import OVERTIME, Cell, CellValue, Column, keep_with_next
from facilitator.serialize import MeetingRecord
from facilitator.services.vote_trend import scale_averages
from facilitator.services.vote_views import VoteView

RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
CENTER = WD_ALIGN_PARAGRAPH.CENTER

OUTCOME_WORDS = {
    VoteOutcome.CARRIED: "Carried", VoteOutcome.NOT_CARRIED: "Not carried",
    VoteOutcome.TIED: "Tied", VoteOutcome.NO_RULE: "No rule, just recorded",
    VoteOutcome.NOT_RECORDED: "Not recorded", VoteOutcome.CONSENT: "Consent",
    VoteOutcome.CONCERNS: "Concerns: to discuss",
}
RULE_WORDS = {VoteRule.MAJORITY: "majority of the votes cast", VoteRule.TWO_THIRDS:
              "two thirds of the votes cast", VoteRule.UNANIMOUS: "unanimous",
              VoteRule.NONE: "no rule"}
SCALE_WORDS = {ScaleKind.ROTI: "ROTI (return on time invested, 0–5)",
               ScaleKind.FIST_OF_FIVE: "Fist of five (0–5 fingers, consent)"}


def kind_words(view: VoteView) -> str:
    """"Yes / No, majority of the votes cast", "Choice, several each", "ROTI (…)"…"""
    if view.kind is VoteKind.SCALE and view.scale is not None:
        return SCALE_WORDS[view.scale]
    if view.kind is VoteKind.YES_NO:
        return f"Yes / No / Abstain, {RULE_WORDS[view.rule]}"
    if view.kind is VoteKind.CHOICE:
        return "Choice, several each" if view.multiple else "Choice, one each"
    return "Checklist of yes / no questions"


def outcome_words(view: VoteView) -> str:
    """What the vote came to, in one phrase."""
    result = view.result
    if result.outcome is VoteOutcome.NOT_RECORDED:
        return OUTCOME_WORDS[result.outcome]
    if view.kind is VoteKind.CHOICE:
        most = max(o.count or 0 for o in view.options)
        leaders = [o.text for o in view.options if (o.count or 0) == most]
        return f"Most votes: {leaders[0]}" if len(leaders) == 1 else \
            "Tied: " + ", ".join(leaders)
    if view.kind is VoteKind.CHECKLIST:
        return result.summary
    if view.kind is VoteKind.SCALE and view.scale is ScaleKind.ROTI:
        return result.summary
    return OUTCOME_WORDS[result.outcome]


def one_line(view: VoteView) -> str:
    """A vote under its agenda item: "question — outcome (summary)"."""
    said = outcome_words(view)
    summary = view.result.summary
    if summary and summary != said and view.kind is not VoteKind.SCALE:
        said = f"{said} ({summary})"
    elif view.kind is VoteKind.SCALE and summary:
        said = summary
    return f"{view.question} — {said}"


def write_item_votes(w: BodyWriter, votes: Sequence[VoteView]) -> None:
    """The votes of one agenda item in the discussion part."""
    if votes:
        w.bold_line("Votes")
        for view in votes:
            w.bullet(one_line(view))


def _percent(value: float | None) -> str:
    return "" if value is None else f"{value:.0f}%" if value == int(value) else f"{value:.1f}%"


def _count(value: int | None) -> str:
    return "–" if value is None else str(value)


def _share_header(view: VoteView) -> str:
    return "% of present" if view.present_base is not None else "% of votes"


# A vote's table this short stays on one page with its heading and the lines under it.
KEEP_TOGETHER = 12


def _table(w: BodyWriter, columns: Sequence[Column], rows: Sequence[Sequence[CellValue]]) -> None:
    table = w.table(columns, rows)
    if len(rows) <= KEEP_TOGETHER:
        keep_with_next(table.rows)


def _counts_table(w: BodyWriter, view: VoteView) -> None:
    _table(w, [Column("Answer", 4.2), Column("Count", 1.0, RIGHT),
             Column(_share_header(view), 1.3, RIGHT)],
            [[o.text, _count(o.count), _percent(o.percent)] for o in view.options])


def _scale_table(w: BodyWriter, view: VoteView) -> None:
    label = "Fingers" if view.scale is ScaleKind.FIST_OF_FIVE else "Score"
    columns = [Column(label, 1.6)] + [Column(o.text, 0.8, CENTER) for o in view.options]
    rows: list[list[CellValue]] = [
        [Cell("Hands", bold=True), *(_count(o.count) for o in view.options)],
        [Cell(_share_header(view), bold=True),
         *(_percent(o.percent) or "–" for o in view.options)],
    ]
    _table(w, columns, rows)


ANSWER_MARKS = {ChecklistAnswer.YES: "Yes", ChecklistAnswer.NO: "No",
                ChecklistAnswer.NOT_SURE: "Not sure"}


def _checklist_table(w: BodyWriter, view: VoteView) -> None:
    counted = any(o.yes is not None or o.no is not None or o.not_sure is not None
                  for o in view.options)
    columns = [Column("Question", 2.7), Column("Answer", 1.0)]
    if counted:
        columns += [Column("Yes", 0.55, RIGHT), Column("No", 0.55, RIGHT),
                    Column("Not sure", 0.85, RIGHT)]
    columns.append(Column("Comment", 1.85))
    rows: list[list[CellValue]] = []
    for o in view.options:
        answer: CellValue = ANSWER_MARKS[o.result] if o.result else "–"
        if o.result is ChecklistAnswer.NO:
            answer = Cell("No", bold=True, color=OVERTIME)
        counts = [_count(o.yes), _count(o.no), _count(o.not_sure)] if counted else []
        rows.append([o.text, answer, *counts, o.comment])
    _table(w, columns, rows)


def _follow_ups(w: BodyWriter, view: VoteView, record: MeetingRecord) -> None:
    actions = {a.id: a.text for a in record.actions}
    points = {p.id: p.text for p in record.parking_lot}
    for o in view.options:
        if o.action_id in actions:
            w.bullet(f"No → action: {actions[o.action_id]}")
        if o.parking_id in points:
            w.bullet(f"No → parking lot: {points[o.parking_id]}")


def _named(w: BodyWriter, view: VoteView) -> None:
    if not (view.list_names and view.named):
        return
    answers: dict[str, list[str]] = {}
    for a in view.named:
        said = a.option if a.answer is None else f"{a.option} {ANSWER_MARKS[a.answer]}"
        if view.scale is ScaleKind.FIST_OF_FIVE:
            said = f"{a.option} finger{'' if a.option == '1' else 's'}"
        elif view.scale is ScaleKind.ROTI:
            said = f"{a.option} of 5"
        answers.setdefault(a.name, []).append(said)
    w.bold_line("Who voted how")
    w.table([Column("Name", 2.0), Column("Answer", 4.5)],
            ([name, "; ".join(said)] for name, said in answers.items()))


def _write_vote(w: BodyWriter, view: VoteView, record: MeetingRecord) -> None:
    w.heading(view.question, 2)  # unnumbered: the agenda items' headings carry the numbers
    where = f"during “{view.agenda_item}”" if view.agenda_item else ""
    w.quiet(" · ".join(filter(None, (kind_words(view), where)))).paragraph_format \
        .keep_with_next = True
    result = view.result
    if result.outcome is VoteOutcome.NOT_RECORDED:
        w.labelled("Outcome", OUTCOME_WORDS[VoteOutcome.NOT_RECORDED])
        return
    if view.kind is VoteKind.CHECKLIST:
        _checklist_table(w, view)
    elif view.kind is VoteKind.SCALE:
        if result.average is not None:
            w.labelled("Average", result.summary).paragraph_format.keep_with_next = True
        _scale_table(w, view)
    else:
        _counts_table(w, view)
    lines = [("Turnout", result.turnout)] if result.turnout else []
    if view.kind is not VoteKind.SCALE or view.scale is ScaleKind.FIST_OF_FIVE:
        lines.append(("Outcome", outcome_words(view)))
    for n, (label, value) in enumerate(lines):
        paragraph = w.labelled(label, value, tight=n < len(lines) - 1)
        if n == 0:  # a little air under the table
            paragraph.paragraph_format.space_before = Pt(6)
    if result.over_present:
        paragraph = w.paragraph()
        run = paragraph.add_run("Note: more hands were counted than people present "
                                f"({view.present_base}); check the count.")
        run.bold, run.font.color.rgb = True, OVERTIME
    if view.raise_note.strip():
        w.labelled("What would raise it by one", view.raise_note, tight=False)
    _follow_ups(w, view, record)
    _named(w, view)


def _avg(value: float | None) -> str:
    return "–" if value is None else f"{value:.1f}"


def _trend(w: BodyWriter, record: MeetingRecord) -> None:
    here = scale_averages(record.votes, record.meeting.id)
    if not record.scale_trend or not here:
        return
    w.heading("Feedback across the series", 2)
    rows: list[list[CellValue]] = [
        [p.title, p.date.isoformat() if p.date else "", _avg(p.roti), _avg(p.fist_of_five)]
        for p in record.scale_trend]
    m = record.meeting
    rows.append([Cell(f"{m.title} (this meeting)", bold=True),
                 Cell(m.date.isoformat() if m.date else "", bold=True),
                 Cell(_avg(here.get(ScaleKind.ROTI)), bold=True),
                 Cell(_avg(here.get(ScaleKind.FIST_OF_FIVE)), bold=True)])
    w.table([Column("Meeting", 3.4), Column("Date", 1.2), Column("ROTI", 0.9, RIGHT),
             Column("Fist of five", 1.1, RIGHT)], rows)
    w.quiet("Averages out of 5 of the meeting's ROTI and fist-of-five rounds; – : none held.")


def add_votes(w: BodyWriter, record: MeetingRecord) -> None:
    """The section, left out when the meeting had no votes."""
    if not record.votes:
        return
    w.heading("Votes and checks")
    for view in record.votes:
        _write_vote(w, view, record)
    _trend(w, record)
