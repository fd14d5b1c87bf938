"""Any text a user can type, in every field, exports without error and reads back cleaned."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.domain import BoardPreset
from facilitator.export import export_agenda, export_minutes
from facilitator.serialize import load_meeting
from facilitator.services import agenda, board, capture, meetings, participants
from facilitator.textclean import clean_for_word
from facilitator.workspace import Workspace
from tests.facilitator.export.docx_read import first_table, open_docx, rows, section

# All of Unicode: control characters, lone surrogates, U+FFFE/U+FFFF, tabs, newlines, `|`.
ANY = st.text(st.characters(exclude_categories=()), max_size=40)
SPICY = st.sampled_from(["\x00", "\x0b", "\ud800", "\udfff", "\ufffe", "\uffff", "\t", "\n",
                         "\r\n", "\r", "|", "😀", "\u200f", "&<>\"'", "]]>", " "])
TEXT = st.lists(st.one_of(ANY, SPICY), max_size=6).map("".join)
# Fields that cannot be blank: anything, around at least one visible character.
REQUIRED = st.tuples(TEXT, st.characters(categories=["L", "N", "P", "S"]), TEXT).map("".join)
REQUIRED_FIELDS = ("title", "name", "item", "decision", "action", "card", "parking", "label")


def _visible(text: str) -> bool:
    return bool(clean_for_word(text).strip())


def _lines(text: str) -> list[str]:
    """What must be found in the document from a note: each non-blank line, bullet marks off."""
    out = []
    for line in clean_for_word(text).split("\n"):
        line = re.sub(r"^\s*(?:[-*•‣◦▪–]\s+|[-*•]$)", "", line, count=1)
        if line.strip():
            out.append(line)
    return out


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(fields=st.fixed_dictionaries({k: REQUIRED if k in REQUIRED_FIELDS else TEXT for k in (
    "title", "objective", "location", "facilitator", "series", "name", "team", "role",
    "item", "presenter", "goal", "note", "decision", "rationale", "owner", "action",
    "card", "card_team", "parking", "raised_by", "label")}))
def test_any_text_in_every_field(ws: Workspace, tmp_path: Path, fields: dict[str, str]) -> None:
    f = fields
    m = meetings.create_meeting(ws, title=f["title"], objective=f["objective"],
                                location=f["location"], facilitator=f["facilitator"],
                                series=f["series"], date=dt.date(2026, 11, 24))
    mid = m.id
    meetings.set_board_preset(ws, meeting_id=mid, preset=BoardPreset.CUSTOM,
                              labels=[f["label"], "B", "C", "D"])
    participants.add_participant(ws, meeting_id=mid, name=f["name"], team=f["team"],
                                 role=f["role"])
    item = agenda.add_item(ws, meeting_id=mid, title=f["item"], presenter=f["presenter"],
                           goal=f["goal"], planned_minutes=5)
    capture.set_item_note(ws, meeting_id=mid, item_id=item.id, text=f["note"])
    capture.record_decision(ws, meeting_id=mid, item_id=item.id, text=f["decision"],
                            rationale=f["rationale"], owner=f["owner"])
    capture.add_action(ws, meeting_id=mid, item_id=item.id, text=f["action"], owner=f["owner"])
    board.add_card(ws, meeting_id=mid, quadrant=0, text=f["card"], team=f["card_team"], votes=1)
    capture.park(ws, meeting_id=mid, text=f["parking"], raised_by=f["raised_by"])

    record = load_meeting(ws, mid)
    document = open_docx(export_minutes(record, tmp_path / "m.docx"))
    handout = open_docx(export_agenda(record, tmp_path / "a.docx"))

    m, d, a = record.meeting, record.decisions[0], record.actions[0]
    clean = clean_for_word
    assert document.paragraphs[0].text == clean(m.title)
    assert handout.paragraphs[0].text == clean(m.title)
    decision_row = first_table(section(document, "Decision log")).rows[1].cells
    assert decision_row[1].paragraphs[0].text == clean(d.text)
    assert decision_row[4].text == clean(d.owner)
    assert rows(first_table(section(document, "Action items")))[1][1:3] == [
        clean(a.text), clean(a.owner)]
    assert rows(first_table(section(document, "Parking lot")))[1][:2] == [
        clean(record.parking_lot[0].text), clean(record.parking_lot[0].raised_by)]
    board_table = first_table(section(document, "Board: " + " / ".join(
        clean(label) for label in m.board_labels)))
    quadrant = board_table.cell(0, 0).paragraphs
    assert quadrant[0].text == clean(m.board_labels[0])
    assert quadrant[1].text.startswith(clean(record.cards[0].text))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    for line in _lines(record.notes[0].text if record.notes else ""):
        assert line in text
    for value in (m.objective, m.location, m.facilitator, record.agenda[0].goal):
        if _visible(value):
            assert clean(value) in text
    assert clean(record.agenda[0].title) in cells
    assert clean(m.participants[0].name).strip() in cells
