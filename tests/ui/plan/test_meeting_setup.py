"""Meeting details and participants, driven as a user, with undo and a fresh reopen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.services import meetings, participants
from tests.ui.window_helpers import type_into
from ui.plan.participants_model import ParticipantsModel


def test_details_are_saved_field_by_field_with_undo(qtbot, review_window, ws, review_id) -> None:
    details = review_window.features.plan.page().details
    type_into(qtbot, details.fields["title"], "Quarterly review — Q1 🚀", enter=True)
    type_into(qtbot, details.fields["objective"], "Agree the Q1 plan", enter=True)
    type_into(qtbot, details.fields["date"], "2026-12-03", enter=True)
    type_into(qtbot, details.fields["location"], "Harbour Room", enter=True)
    type_into(qtbot, details.fields["series"], "Quarterly reviews", enter=True)
    type_into(qtbot, details.fields["planned_start"], "08:30", enter=True)
    m = meetings.get_meeting(ws, review_id)
    assert (m.title, m.objective, m.date.isoformat(), m.location) == (
        "Quarterly review — Q1 🚀", "Agree the Q1 plan", "2026-12-03", "Harbour Room")
    assert m.planned_start.strftime("%H:%M") == "08:30"
    assert meetings.series_name(ws, review_id) == "Quarterly reviews"
    assert details.weekday.text() == "Thursday"
    # Start times follow.
    assert review_window.features.plan.page().agenda.model.index(0, 0).data() == "08:30"
    assert "Quarterly review — Q1 🚀" in review_window.windowTitle()
    assert review_window.undo_action.text() == "&Undo Change meeting start time"
    review_window.undo_action.trigger()
    assert meetings.get_meeting(ws, review_id).planned_start.strftime("%H:%M") == "09:00"
    assert details.fields["planned_start"].text() == "09:00"
    review_window.undo_action.trigger()
    assert meetings.series_name(ws, review_id) is None
    review_window.redo_action.trigger()
    assert meetings.series_name(ws, review_id) == "Quarterly reviews"


def test_bad_details_get_inline_messages(qtbot, review_window, ws, review_id) -> None:
    details = review_window.features.plan.page().details
    type_into(qtbot, details.fields["title"], "   ", enter=True)
    assert details.message.isVisible() and "Title cannot be blank" in details.message.text()
    type_into(qtbot, details.fields["date"], "someday", enter=True)
    assert "Date 'someday' is not a date" in details.message.text()
    type_into(qtbot, details.fields["planned_end"], "25:99", enter=True)
    assert "is not a time of day" in details.message.text()
    assert meetings.get_meeting(ws, review_id).title == "Quarterly review"
    type_into(qtbot, details.fields["date"], "tomorrow", enter=True)
    assert details.message.isHidden()
    assert meetings.get_meeting(ws, review_id).date is not None


def test_participants_add_tick_edit_remove_undo_and_reopen(qtbot, review_window, ws, review_id,
                                                           qtmodeltester, reopen) -> None:
    view = review_window.features.plan.page().participants
    qtmodeltester.check(view.model)
    type_into(qtbot, view.new_name, "Chloé Martin")
    type_into(qtbot, view.new_team, "Supp")
    completions = view.new_team.completer().model()
    assert completions.rowCount() >= 2  # Marketing, Sales known from earlier entries
    type_into(qtbot, view.new_team, "Support")
    type_into(qtbot, view.new_role, "Customer success", enter=True)
    names = [p.name for p in participants.list_participants(ws, meeting_id=review_id)]
    assert names == ["Maria Lopez", "James Carter", "Chloé Martin"]
    assert view.count.text() == "3 participants · 3 present"

    # tick James absent with the mouse
    index = view.model.index(1, ParticipantsModel.PRESENT)
    view.model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert not participants.list_participants(ws, meeting_id=review_id)[1].present
    assert view.count.text() == "3 participants · 2 present"
    assert review_window.undo_action.text() == "&Undo Mark James Carter absent"

    view.model.setData(view.model.index(0, ParticipantsModel.ROLE), "CMO")
    type_into(qtbot, view.new_name, "  ", enter=True)
    assert "Name cannot be blank" in view.message.text()

    view.table.setCurrentIndex(view.model.index(2, 0))
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert len(participants.list_participants(ws, meeting_id=review_id)) == 2
    review_window.undo_action.trigger()  # Chloé comes back, same id, same team
    back = participants.list_participants(ws, meeting_id=review_id)[2]
    assert (back.name, back.team, back.role) == ("Chloé Martin", "Support", "Customer success")

    fresh = reopen(review_window)
    rows = fresh.features.plan.page().participants.model.rows()
    assert [(p.name, p.team, p.role, p.present) for p in rows] == [
        ("Maria Lopez", "Marketing", "CMO", True), ("James Carter", "Sales", "", False),
        ("Chloé Martin", "Support", "Customer success", True)]


def test_ctrl_z_in_a_saved_field_undoes_the_meeting_edit(qtbot, review_window, ws,
                                                         review_id) -> None:
    title = review_window.features.plan.page().details.fields["title"]
    type_into(qtbot, title, "Renamed", enter=True)
    assert meetings.get_meeting(ws, review_id).title == "Renamed"
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert meetings.get_meeting(ws, review_id).title == "Quarterly review"
    assert title.text() == "Quarterly review"
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert meetings.get_meeting(ws, review_id).title == "Renamed"
    # while typing, the keys undo the typing in the field, as in any text field
    qtbot.keyClicks(title, "!")
    qtbot.keyClick(title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert title.text() == "Renamed" and meetings.get_meeting(ws, review_id).title == "Renamed"
