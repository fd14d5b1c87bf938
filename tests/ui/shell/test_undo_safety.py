"""Undo never loses a meeting: a deleted meeting comes back whole after edits in other meetings,
meetings made by a dialog are undoable steps, and a step that cannot be done leaves the stack
where it was and says why in one line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from facilitator.demo import create_demo_meeting
from facilitator.serialize import load_meeting, meeting_to_json
from facilitator.services import capture, meetings
from tests.ui.window_helpers import new_window
from ui.common import dialogs


def whole(ws, meeting_id: int) -> dict:
    return meeting_to_json(load_meeting(ws, meeting_id))


@pytest.fixture
def three(ws):
    """The demo meeting and two more."""
    demo = create_demo_meeting(ws)
    second = meetings.create_meeting(ws, title="Second meeting").id
    third = meetings.create_meeting(ws, title="Third meeting").id
    return demo, second, third


def test_a_deleted_meeting_comes_back_after_edits_in_other_meetings(
        qtbot, ws, three, monkeypatch) -> None:
    demo, second, third = three
    before = whole(ws, demo)
    window = new_window(qtbot, ws)
    monkeypatch.setattr(dialogs, "ask", lambda *a: True)
    window.features.meetings.view.select(demo)
    window.features.meetings.view.delete_selected()
    window.open_meeting(second)
    qtbot.keyClick(window.features.meetings.view.table, Qt.Key.Key_D,
                   Qt.KeyboardModifier.ControlModifier)
    log = window.view("Decisions")
    qtbot.keyClicks(log.entry.fields["text"], "Ship it")
    qtbot.keyClick(log.entry.fields["text"], Qt.Key.Key_Return)
    window.open_meeting(third)
    assert window.undo_action.text().startswith("&Undo Delete meeting")

    window.undo_action.trigger()

    assert whole(ws, demo) == before
    assert window.features.meetings.model.row_of(demo) >= 0
    assert [d.text for d in capture.list_decisions(ws, meeting_id=second)] == ["Ship it"]
    assert window.redo_action.text().startswith("&Redo Delete meeting")


def test_meetings_made_by_a_dialog_are_undoable_and_never_take_a_freed_id(
        qtbot, ws, three, monkeypatch) -> None:
    demo, _second, _third = three
    window = new_window(qtbot, ws)
    window.features.meetings.view.select(demo)
    window.features.meetings.view.duplicate_selected()
    duplicate = window.document.meeting_id
    window.undo_action.trigger()  # the duplicate is deleted
    assert window.features.meetings.model.row_of(duplicate) < 0

    from ui.templates import new_from_template_dialog

    made: list[int] = []

    def create(parent, ws):
        made.append(meetings.create_meeting(ws, title="From a template").id)
        return made[-1]

    monkeypatch.setattr(new_from_template_dialog, "new_meeting_from_template", create)
    window.features.templates.new_from_template()
    assert made[0] != duplicate
    assert window.document.meeting_id == made[0]
    assert window.undo_action.text() == "&Undo Create meeting “From a template” from template"
    assert not window.redo_action.isEnabled()  # the duplicate's redo is gone, not mixed up

    window.undo_action.trigger()
    assert window.features.meetings.model.row_of(made[0]) < 0 and window.document is None
    window.redo_action.trigger()
    assert meetings.get_meeting(ws, made[0]).title == "From a template"
    assert window.features.meetings.model.row_of(duplicate) < 0


@pytest.mark.parametrize(("action", "module", "function", "how"), [
    ("new_from_paste", "ui.templates.paste_agenda_dialog", "paste_agenda_as_meeting",
     "from pasted agenda"),
    ("next_in_series", "ui.templates.next_meeting", "create_next_meeting", "as next of the series"),
])
def test_pasted_agenda_and_next_of_series_are_undoable(
        qtbot, ws, three, monkeypatch, action, module, function, how) -> None:
    import importlib

    demo = three[0]
    window = new_window(qtbot, ws, demo)
    monkeypatch.setattr(importlib.import_module(module), function,
                        lambda *a: meetings.create_meeting(ws, title="Made").id)
    getattr(window.features.templates, action)()
    made = window.document.meeting_id
    assert made != demo
    assert window.undo_action.text() == f"&Undo Create meeting “Made” {how}"
    window.undo_action.trigger()
    assert window.features.meetings.model.row_of(made) < 0


def test_a_step_that_cannot_be_undone_leaves_the_stack_and_says_why(
        qtbot, ws, three, monkeypatch) -> None:
    demo, second, _third = three
    window = new_window(qtbot, ws, demo)
    monkeypatch.setattr(dialogs, "ask_next_meeting", lambda *a: (second, None))
    parked = window.view("Parking lot")
    parked.model.park("Pricing tiers")
    parked.table.selectRow(parked.model.row_of(
        next(p.id for p in capture.list_parked(ws, meeting_id=demo) if p.text == "Pricing tiers")))
    parked.to_next_agenda()
    assert "Pricing tiers" in [i.title for i in load_meeting(ws, second).agenda]
    # The other meeting goes (through another window, say), then the move is undone here.
    meetings.delete_meeting(ws, meeting_id=second)
    stack = window.document.undo_stack
    index, text = stack.index(), window.undo_action.text()

    window.undo_action.trigger()

    assert stack.index() == index and window.undo_action.text() == text
    message = window.statusBar().currentMessage()
    assert message.startswith("Could not undo “Move “Pricing tiers” to the next meeting”")
    assert "no agenda item with id" in message
    point = next(p for p in capture.list_parked(ws, meeting_id=demo) if p.text == "Pricing tiers")
    assert point.status.value == "to_agenda"  # nothing half-undone
    window.undo_action.trigger()  # asked again: the same answer, still nothing moved
    assert stack.index() == index


def test_a_failing_redo_leaves_the_stack_where_it_was(qtbot, ws, three) -> None:
    demo = three[0]
    window = new_window(qtbot, ws, demo)
    log = window.view("Decisions")
    decision = log.model.record("Go", item_id=None)
    window.undo_action.trigger()
    stack = window.document.undo_stack
    index = stack.index()
    meetings.delete_meeting(ws, meeting_id=demo)  # gone from under the window
    window.redo_action.trigger()
    assert stack.index() == index
    assert window.statusBar().currentMessage().startswith("Could not redo “Record decision")
    assert decision not in [d.id for d in capture.list_decisions(ws, meeting_id=demo)]

