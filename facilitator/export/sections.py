"""Parts of the minutes that are more than one table: attendance, the board, the parking lot."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from docx.shared import Pt

from facilitator.domain import BOARD_PRESETS
from facilitator.export.body import BodyWriter
from facilitator.export.docx_tables import QUIET, Column, add_table, keep_with_next
from facilitator.models import BoardCard, Participant
from facilitator.serialize import MeetingRecord
from facilitator.teams import team_key, team_spellings
from facilitator.textclean import clean_for_word

NO_TEAM = "No team"
KEEP_ON_ONE_PAGE = 20  # cards per quadrant that surely fit half a page


def _person(p: Participant) -> str:
    name, role = clean_for_word(p.name).strip(), clean_for_word(p.role).strip()
    return f"{name} ({role})" if role else name


def attendance_rows(people: Sequence[Participant]) -> list[list[str]]:
    """One row per team (alphabetical, people without a team last): present and absent names."""
    spelling = team_spellings(clean_for_word(p.team) for p in people)
    teams: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    for p in people:  # "Sales" and "sales" are one team
        teams[team_key(clean_for_word(p.team))][0 if p.present else 1].append(_person(p))
    order = sorted(teams, key=lambda key: (not key, key))
    return [[spelling.get(key, NO_TEAM), "\n".join(teams[key][0]), "\n".join(teams[key][1])]
            for key in order]


def board_order(cards: Iterable[BoardCard]) -> list[list[BoardCard]]:
    """The cards of each quadrant, most votes first (ties keep the board's order)."""
    quadrants: list[list[BoardCard]] = [[], [], [], []]
    for card in cards:
        if 0 <= card.quadrant <= 3:
            quadrants[card.quadrant].append(card)
    return [sorted(q, key=lambda c: (-c.votes, c.position, c.id)) for q in quadrants]


def _hints(record: MeetingRecord) -> list[str]:
    m = record.meeting
    quadrants = BOARD_PRESETS[m.board_preset][1] if m.board_preset in BOARD_PRESETS else ()
    if [q.label for q in quadrants] != list(m.board_labels):
        return ["", "", "", ""]
    return [q.hint for q in quadrants]


def add_board(w: BodyWriter, record: MeetingRecord, *, style: str) -> None:
    """A 2×2 table: quadrants 1 and 2 on top, 3 and 4 below; each card with votes and team."""
    labels = list(record.meeting.board_labels) + [""] * 4
    hints = _hints(record)
    quadrants = board_order(record.cards)
    # Rows stay whole on a page unless a quadrant is too long to fit one.
    fits = max(len(q) for q in quadrants) <= KEEP_ON_ONE_PAGE
    table = add_table(w.document, [Column("", 1), Column("", 1)], [["", ""], ["", ""]],
                      style=style, header=False, keep_rows=fits)
    cells = [cell for row in table.rows for cell in row.cells]
    for quadrant, (cell, cards) in enumerate(zip(cells, quadrants, strict=True)):
        head = cell.paragraphs[0]
        head.add_run(clean_for_word(labels[quadrant])).bold = True
        if hints[quadrant]:
            hint = head.add_run(f" — {hints[quadrant]}")
            hint.italic = True
            hint.font.color.rgb = QUIET
        head.paragraph_format.space_after = Pt(6)
        for card in cards:
            paragraph = cell.add_paragraph()
            paragraph.paragraph_format.space_after = Pt(3)
            paragraph.add_run(clean_for_word(card.text))
            votes = f"{card.votes} vote{'' if card.votes == 1 else 's'}" if card.votes else ""
            detail = ", ".join(filter(None, (votes, clean_for_word(card.team).strip())))
            if detail:
                run = paragraph.add_run(f"  ({detail})")
                run.font.color.rgb = QUIET
                run.font.size = Pt(9)
        if not cards:
            empty = cell.add_paragraph().add_run("No cards")
            empty.italic = True
            empty.font.color.rgb = QUIET
    if fits:  # the whole board on one page, under its heading, when it can be
        keep_with_next(table.rows[:1])


def add_parking_lot(w: BodyWriter, record: MeetingRecord) -> None:
    if not record.parking_lot:
        return
    titles = {item.id: item.title for item in record.agenda}
    w.heading("Parking lot")
    w.table([Column("Point", 4.2), Column("Raised by", 1.4), Column("During", 1.8),
             Column("Status", 1.3)],
            ([p.text, p.raised_by, titles.get(p.agenda_item_id or 0, ""),
              p.status.label] for p in record.parking_lot))
