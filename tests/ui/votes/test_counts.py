"""Counted hands typed with digits and Tab: each count saved and undoable, the turnout and the
outcome as they stand, refusals in one line, more hands than people flagged."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from facilitator.domain import VoteOutcome
from facilitator.services import votes
from ui.votes.count_fields import CountFields


def counts(ws, vote_id: int) -> list[int | None]:
    return [o.count for o in votes.get_vote(ws, vote_id=vote_id).options]


def type_count(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


def test_counts_by_keyboard_show_turnout_and_outcome_and_undo_one_by_one(
        qtbot, window, view, ws, room, qtmodeltester) -> None:
    qtmodeltester.check(view.model)
    assert [view.model.index(r, 0).data() for r in range(4)] == [
        "Welcome", "Lead definition", "Lead definition", "Close"]  # in the agenda's order
    view.select_vote(room.adopt)
    entry = view.panel.entry
    assert isinstance(entry, CountFields)
    view.panel.focus_entry()
    yes = entry.fields[0]
    assert yes.hasFocus()
    qtbot.keyClicks(yes, "3")
    qtbot.keyClick(yes, Qt.Key.Key_Tab)  # saved as it leaves; the focus goes to "no"
    assert entry.fields[1].hasFocus()
    qtbot.keyClicks(entry.fields[1], "1")
    qtbot.keyClick(entry.fields[1], Qt.Key.Key_Tab)
    assert counts(ws, room.adopt) == [3, 1, None]
    assert view.panel.turnout_label.text() == "4 of 4 present voted"
    assert view.panel.outcome_label.text().startswith("Carried")
    row = view.model.row_of(room.adopt)
    assert view.model.index(row, view.model.RESULT).data() == "Carried — 3 yes, 1 no, 0 abstain"

    type_count(qtbot, entry.fields[0], "1")
    type_count(qtbot, entry.fields[1], "2")
    assert counts(ws, room.adopt) == [1, 2, None]
    assert view.panel.outcome_label.text().startswith("Not carried")
    assert window.undo_action.text() == "&Undo Count votes"

    for expected in ([1, 1, None], [3, 1, None], [3, None, None], [None, None, None]):
        window.undo_action.trigger()
        assert counts(ws, room.adopt) == expected
        assert [f.text() for f in entry.fields] == ["" if c is None else str(c)
                                                  for c in expected]
    assert view.panel.outcome_label.text() == VoteOutcome.NOT_RECORDED.label
    window.redo_action.trigger()
    assert counts(ws, room.adopt) == [3, None, None]


@pytest.mark.parametrize(("typed", "said"), [
    ("20000", "above 10,000"),
    ("-3", "cannot be negative"),
    ("lots", "whole number"),
])
def test_an_absurd_count_is_refused_in_one_line_and_nothing_saved(
        qtbot, window, view, ws, room, typed, said) -> None:
    view.select_vote(room.quick)
    entry = view.panel.entry
    type_count(qtbot, entry.fields[0], "2")
    steps = window.document.undo_stack.count()
    type_count(qtbot, entry.fields[1], typed)
    assert said in view.panel.error.text()
    assert view.panel.error.isVisible()
    assert counts(ws, room.quick) == [2, None, None]
    assert entry.fields[1].text() == ""  # the saved count again
    assert window.document.undo_stack.count() == steps


def test_more_hands_than_people_present_are_kept_with_a_warning(
        qtbot, window, view, ws, room) -> None:
    view.select_vote(room.adopt)
    entry = view.panel.entry
    assert not view.panel.warning.isVisible()
    type_count(qtbot, entry.fields[0], "6")
    assert counts(ws, room.adopt)[0] == 6
    assert view.panel.warning.isVisible()
    assert "4 present" in view.panel.warning.text()
    window.undo_action.trigger()
    assert not view.panel.warning.isVisible()


def test_a_roti_counts_per_value_and_keeps_its_note_in_one_step(
        qtbot, window, view, ws, room) -> None:
    view.select_vote(room.roti)
    entry = view.panel.entry
    assert len(entry.fields) == 6
    type_count(qtbot, entry.fields[3], "2")
    type_count(qtbot, entry.fields[5], "2")
    assert view.panel.outcome_label.text() == "ROTI 4.0 of 5"
    note = view.panel.raise_note
    note.setFocus()
    qtbot.keyClicks(note, "Send the")
    qtbot.waitUntil(lambda: votes.get_vote(ws, vote_id=room.roti).raise_note == "Send the")
    qtbot.keyClicks(note, " slides first")
    qtbot.keyClick(note, Qt.Key.Key_Return)  # leaving the field saves the rest at once
    assert votes.get_vote(ws, vote_id=room.roti).raise_note == "Send the slides first"
    window.undo_action.trigger()  # the whole burst of typing is one step
    assert votes.get_vote(ws, vote_id=room.roti).raise_note == ""
    assert counts(ws, room.roti)[5] == 2
