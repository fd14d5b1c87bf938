"""Decisions, action items and the parking lot, captured in one keystroke, edited, undone,
and found again in a fresh window on the reopened workspace."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt

from facilitator.domain import ActionStatus, ParkingStatus
from facilitator.services import agenda, capture, meetings
from tests.ui.window_helpers import type_into
from ui.capture.action_model import ActionModel
from ui.capture.decision_log_model import DecisionLogModel
from ui.common import dialogs
from ui.common.document import Topic


def ctrl(qtbot, window, key: Qt.Key) -> None:
    qtbot.keyClick(window.features.meetings.view.table, key, Qt.KeyboardModifier.ControlModifier)


def test_decision_in_one_keystroke_attached_to_the_current_item(
        qtbot, review_window, ws, review_id, running, qtmodeltester, reopen) -> None:
    window = review_window
    ctrl(qtbot, window, Qt.Key.Key_D)
    log = window.view("Decisions")
    assert log.entry.isVisible()
    qtmodeltester.check(log.model)
    type_into(qtbot, log.entry.fields["owner"], "James Carter")
    type_into(qtbot, log.entry.fields["rationale"], "Biggest pipeline impact")
    type_into(qtbot, log.entry.fields["text"], "Focus on DACH first 🇩🇪", enter=True)
    assert not log.entry.isVisible()
    [decision] = capture.list_decisions(ws, meeting_id=review_id)
    assert (decision.text, decision.owner, decision.rationale, decision.agenda_item_id) == (
        "Focus on DACH first 🇩🇪", "James Carter", "Biggest pipeline impact", running.id)
    assert abs((dt.datetime.now(dt.UTC) - decision.decided_at).total_seconds()) < 120
    assert log.model.index(0, DecisionLogModel.ITEM).data() == "Pipeline"

    ctrl(qtbot, window, Qt.Key.Key_D)
    type_into(qtbot, log.entry.fields["text"], "   ", enter=True)
    assert "Decision cannot be blank" in log.entry.message.text()
    qtbot.keyClick(log.entry.fields["text"], Qt.Key.Key_Escape)
    assert not log.entry.isVisible()

    log.model.setData(log.model.index(0, DecisionLogModel.RATIONALE), "Budget confirmed")
    assert capture.list_decisions(ws, meeting_id=review_id)[0].rationale == "Budget confirmed"
    window.undo_action.trigger()
    assert capture.list_decisions(ws, meeting_id=review_id)[0].rationale == (
        "Biggest pipeline impact")
    log.table.selectRow(0)
    log.table.setFocus()
    qtbot.keyClick(log.table, Qt.Key.Key_Delete)
    assert capture.list_decisions(ws, meeting_id=review_id) == []
    window.undo_action.trigger()
    assert len(capture.list_decisions(ws, meeting_id=review_id)) == 1
    window.undo_action.trigger()  # the capture itself
    assert capture.list_decisions(ws, meeting_id=review_id) == []
    window.redo_action.trigger()
    assert [d.id for d in capture.list_decisions(ws, meeting_id=review_id)] == [decision.id]

    fresh = reopen(window)
    rows = fresh.view("Decisions").model.rows()
    assert [(d.text, d.owner, d.agenda_item_id) for d in rows] == [
        ("Focus on DACH first 🇩🇪", "James Carter", running.id)]


def test_action_capture_with_quick_due_dates_sort_filter_undo(
        qtbot, review_window, ws, review_id, running, qtmodeltester, reopen) -> None:
    window = review_window
    view = window.view("Actions")
    today = dt.date.today()
    entries = [("Send the pricing memo", "Maria Lopez", "+1w"),
               ("Book the DACH venue", "James Carter", "tomorrow"),
               ("Update the CRM playbook", "James Carter", "")]
    for text, owner, due in entries:
        ctrl(qtbot, window, Qt.Key.Key_T)
        assert view.entry.isVisible()
        type_into(qtbot, view.entry.fields["text"], text)
        type_into(qtbot, view.entry.fields["owner"], owner)
        type_into(qtbot, view.entry.fields["due"], due, enter=True)
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)
    actions = capture.list_actions(ws, meeting_id=review_id)
    assert [(a.text, a.owner, a.due, a.agenda_item_id) for a in actions] == [
        ("Send the pricing memo", "Maria Lopez", today + dt.timedelta(days=7), running.id),
        ("Book the DACH venue", "James Carter", today + dt.timedelta(days=1), running.id),
        ("Update the CRM playbook", "James Carter", None, running.id)]
    # the owner completes from the participants
    ctrl(qtbot, window, Qt.Key.Key_T)
    completer = view.entry.fields["owner"].completer()
    assert completer.model().stringList() == ["Maria Lopez", "James Carter"]
    type_into(qtbot, view.entry.fields["text"], "Bad date")
    type_into(qtbot, view.entry.fields["due"], "someday", enter=True)
    assert "Due date 'someday' is not a date" in view.entry.message.text()
    view.entry.hide()
    # the date picker fills the due field
    view.calendar.clicked.emit(view.calendar.selectedDate())
    assert view.entry.fields["due"].text() == today.isoformat()

    # sort by due date with a header click; undated actions last
    header = view.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(ActionModel.DUE) + 5, 5))
    shown = [view.proxy.index(r, ActionModel.TEXT).data() for r in range(3)]
    assert shown == ["Book the DACH venue", "Send the pricing memo", "Update the CRM playbook"]
    # filter by owner, then by status
    view.filter_by(owner="James Carter")
    assert view.proxy.rowCount() == 2
    view.model.setData(view.model.index(1, ActionModel.STATUS), ActionStatus.DONE.value)
    view.filter_by(owner="James Carter", status="open")
    assert [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())] == [
        "Update the CRM playbook"]
    assert view.count.text() == "2 open · 3 in all · 1 shown"
    view.filter_by()
    # edit a due date in place with a quick entry; undo it
    view.model.setData(view.model.index(0, ActionModel.DUE), "fri")
    assert capture.list_actions(ws, meeting_id=review_id)[0].due.weekday() == 4
    window.undo_action.trigger()
    assert capture.list_actions(ws, meeting_id=review_id)[0].due == today + dt.timedelta(7)
    assert not view.model.setData(view.model.index(0, ActionModel.DUE), "whenever")
    assert "is not a date" in view.message.text()
    window.undo_action.trigger()  # the status change
    assert capture.list_actions(ws, meeting_id=review_id)[1].status is ActionStatus.OPEN

    fresh = reopen(window)
    rows = fresh.view("Actions").model.rows()
    assert [(a.text, a.owner, a.due) for a in rows] == [(t, o, a.due) for (t, o, _), a in
                                                        zip(entries, actions, strict=True)]


def test_parking_lot_capture_review_and_convert(qtbot, review_window, ws, review_id,
                                                running, monkeypatch, reopen) -> None:
    window = review_window
    view = window.view("Parking lot")
    for text, who in (("Pricing for mid-market", "Lucas"), ("Support in the video", "Chloé"),
                      ("Rename the CRM stages", "")):
        ctrl(qtbot, window, Qt.Key.Key_L)
        type_into(qtbot, view.entry.fields["raised_by"], who)
        type_into(qtbot, view.entry.fields["text"], text, enter=True)
    parked = capture.list_parked(ws, meeting_id=review_id)
    assert [(p.text, p.raised_by, p.agenda_item_id) for p in parked] == [
        ("Pricing for mid-market", "Lucas", running.id),
        ("Support in the video", "Chloé", running.id),
        ("Rename the CRM stages", "", running.id)]

    # review at the close: one becomes an action item
    view.table.selectRow(1)
    qtbot.mouseClick(view.action_button, Qt.MouseButton.LeftButton)
    assert capture.list_parked(ws, meeting_id=review_id)[1].status is ParkingStatus.TO_ACTION
    [action] = capture.list_actions(ws, meeting_id=review_id)
    assert (action.text, action.owner) == ("Support in the video", "Chloé")
    assert window.view("Actions").model.rowCount() == 1
    window.undo_action.trigger()
    assert capture.list_actions(ws, meeting_id=review_id) == []
    assert capture.list_parked(ws, meeting_id=review_id)[1].status is ParkingStatus.OPEN
    window.redo_action.trigger()
    assert [a.id for a in capture.list_actions(ws, meeting_id=review_id)] == [action.id]

    # one goes onto the agenda of the next meeting, created on the way
    offered: list[list[tuple[int, str]]] = []
    monkeypatch.setattr(dialogs, "ask_next_meeting",
                        lambda parent, choices, title: offered.append(choices)
                        or (None, "Quarterly review — next"))
    view.table.selectRow(0)
    qtbot.mouseClick(view.agenda_button, Qt.MouseButton.LeftButton)
    next_meeting = next(m for m in meetings.list_meetings(ws)
                        if m.title == "Quarterly review — next")
    [item] = agenda.list_items(ws, meeting_id=next_meeting.id)
    assert item.title == "Pricing for mid-market" and "by Lucas" in item.goal
    assert capture.list_parked(ws, meeting_id=review_id)[0].status is ParkingStatus.TO_AGENDA
    assert window.features.meetings.model.row_of(next_meeting.id) >= 0
    window.undo_action.trigger()
    assert all(m.title != "Quarterly review — next" for m in meetings.list_meetings(ws))
    window.redo_action.trigger()
    assert [i.title for i in agenda.list_items(ws, meeting_id=next_meeting.id)] == [
        "Pricing for mid-market"]

    # and the third goes to an existing meeting that is picked from the list
    monkeypatch.setattr(dialogs, "ask_next_meeting",
                        lambda parent, choices, title: (choices[0][0], None))
    view.table.selectRow(2)
    qtbot.mouseClick(view.agenda_button, Qt.MouseButton.LeftButton)
    assert [i.title for i in agenda.list_items(ws, meeting_id=next_meeting.id)] == [
        "Pricing for mid-market", "Rename the CRM stages"]

    fresh = reopen(window)
    statuses = [p.status for p in fresh.view("Parking lot").model.rows()]
    assert statuses == [ParkingStatus.TO_AGENDA, ParkingStatus.TO_ACTION,
                        ParkingStatus.TO_AGENDA]


def test_deleting_and_closing_are_undoable(qtbot, review_window, ws, review_id) -> None:
    window = review_window
    action = capture.add_action(ws, meeting_id=review_id, text="Write the memo", owner="Maria")
    point = capture.park(ws, meeting_id=review_id, text="Office move")
    window.document.changed.emit(Topic.ACTIONS)
    window.document.changed.emit(Topic.PARKING)
    actions, parking = window.view("Actions"), window.view("Parking lot")
    actions.table.selectRow(0)
    actions.table.setFocus()
    qtbot.keyClick(actions.table, Qt.Key.Key_Delete)
    assert capture.list_actions(ws, meeting_id=review_id) == []
    assert window.undo_action.text() == "&Undo Delete action “Write the memo”"
    window.undo_action.trigger()
    assert [a.id for a in capture.list_actions(ws, meeting_id=review_id)] == [action.id]

    parking.table.selectRow(0)
    qtbot.mouseClick(parking.close_button, Qt.MouseButton.LeftButton)
    assert capture.list_parked(ws, meeting_id=review_id)[0].status is ParkingStatus.CLOSED
    parking.table.setFocus()
    qtbot.keyClick(parking.table, Qt.Key.Key_Delete)
    assert capture.list_parked(ws, meeting_id=review_id) == []
    window.undo_action.trigger()
    window.undo_action.trigger()
    [back] = capture.list_parked(ws, meeting_id=review_id)
    assert (back.id, back.status) == (point.id, ParkingStatus.OPEN)
    parking.table.setCurrentIndex(parking.model.index(-1, -1))
    qtbot.mouseClick(parking.close_button, Qt.MouseButton.LeftButton)
    assert "Select a point in the parking lot first" in parking.message.text()
    assert capture.list_parked(ws, meeting_id=review_id)[0].status is ParkingStatus.OPEN


def test_next_meeting_choices_put_the_series_and_the_soonest_first(
        qtbot, review_window, ws, review_id, monkeypatch) -> None:
    meetings.update_meeting(ws, meeting_id=review_id, series="Reviews", date="2026-12-01")
    ids = {title: meetings.create_meeting(ws, title=title, **fields).id for title, fields in (
        ("Unrelated", {"date": "2026-12-02"}),
        ("Review in January", {"series": "Reviews", "date": "2027-01-05"}),
        ("Review in December", {"series": "Reviews", "date": "2026-12-15"}),
        ("Review, no date", {"series": "Reviews"}),
        ("Old finished", {"series": "Reviews", "date": "2026-11-01", "status": "finished"}),
    )}
    point = capture.park(ws, meeting_id=review_id, text="Later")
    view = review_window.view("Parking lot")
    view.model.refresh()
    offered: list[list[int]] = []
    monkeypatch.setattr(dialogs, "ask_next_meeting",
                        lambda parent, choices, title: offered.append(
                            [mid for mid, _ in choices]) or None)
    view.table.selectRow(view.model.row_of(point.id))
    qtbot.mouseClick(view.agenda_button, Qt.MouseButton.LeftButton)
    assert offered == [[ids["Review in December"], ids["Review in January"],
                        ids["Review, no date"], ids["Unrelated"]]]
    assert capture.list_parked(ws, meeting_id=review_id)[0].status is ParkingStatus.OPEN
