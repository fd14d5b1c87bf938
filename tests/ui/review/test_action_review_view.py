"""The review step of a series meeting: done, carry on, drop — each undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.domain import ActionStatus, ReviewOutcome
from facilitator.series import list_reviews, next_meeting
from facilitator.services import capture, meetings
from ui.common import dialogs
from ui.review import feature as review_feature
from ui.templates import next_meeting as next_meeting_ui


def statuses(ws, meeting_id: int) -> list[tuple[str, ReviewOutcome, ActionStatus]]:
    return [(r.text, r.outcome, r.action_status) for r in list_reviews(ws, meeting_id=meeting_id)]


def test_lists_the_carried_actions(view, qtmodeltester) -> None:
    qtmodeltester.check(view.model)
    texts = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert texts == ["Send the budget", "Hire a designer", "Fix the CRM export"]
    assert view.model.index(0, 4).data() == "To review"
    assert view.heading.text() == "Open actions from earlier meetings: 3 (3 still to review)"
    assert view.current_row() == 0


def test_buttons_and_keys_mark_each_action_and_undo_puts_it_back(qtbot, view, ws,
                                                                 series) -> None:
    m2 = series[1]
    qtbot.mouseClick(view.buttons[ReviewOutcome.DONE], Qt.MouseButton.LeftButton)
    assert view.current_row() == 1  # on to the next one still to review
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_C)
    qtbot.keyClick(view.table, Qt.Key.Key_X)
    assert statuses(ws, m2) == [
        ("Send the budget", ReviewOutcome.DONE, ActionStatus.DONE),
        ("Hire a designer", ReviewOutcome.CARRIED, ActionStatus.OPEN),
        ("Fix the CRM export", ReviewOutcome.DROPPED, ActionStatus.DROPPED),
    ]
    assert [view.model.index(r, 4).data() for r in range(3)] == ["Done", "Carried over",
                                                                 "Dropped"]
    assert view.heading.text().endswith("(0 still to review)")
    stack = view.document.undo_stack
    assert stack.undoText() == "Review: “Fix the CRM export” dropped"
    stack.undo()
    stack.undo()
    assert statuses(ws, m2)[1:] == [
        ("Hire a designer", ReviewOutcome.PENDING, ActionStatus.OPEN),
        ("Fix the CRM export", ReviewOutcome.PENDING, ActionStatus.OPEN),
    ]
    stack.redo()
    assert statuses(ws, m2)[1] == ("Hire a designer", ReviewOutcome.CARRIED, ActionStatus.OPEN)
    # What is still open comes back at the next meeting; what was done does not.
    m3 = next_meeting(ws, meeting_id=m2).id
    assert [r.text for r in list_reviews(ws, meeting_id=m3)] == ["Hire a designer",
                                                                  "Fix the CRM export"]


def test_next_meeting_prompt_asks_for_a_series_when_there_is_none(ws, monkeypatch) -> None:
    lone = meetings.create_meeting(ws, title="Kick-off")
    capture.add_action(ws, meeting_id=lone.id, text="Book the room")
    answers = iter(["Kick-offs", "Kick-off, part 2"])
    monkeypatch.setattr(dialogs, "ask_text", lambda *args: next(answers))
    new_id = next_meeting_ui.create_next_meeting(None, ws, lone.id)
    assert meetings.get_meeting(ws, new_id).title == "Kick-off, part 2"
    assert meetings.series_name(ws, new_id) == "Kick-offs"
    assert review_feature.review_count(ws, new_id) == 1
    monkeypatch.setattr(dialogs, "ask_text", lambda *args: None)
    assert next_meeting_ui.create_next_meeting(None, ws, new_id) is None
