"""A whole meeting built through the window as a user would; then every edit undone and redone,
and everything found again in a fresh window on the reopened workspace."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from facilitator.serialize import load_meeting, meeting_to_json
from facilitator.services import meetings
from tests.ui.window_helpers import new_window, type_into
from ui.common import dialogs
from ui.plan.agenda_model import AgendaModel


def snapshot(ws, meeting_id: int) -> dict[str, Any]:
    data = meeting_to_json(load_meeting(ws, meeting_id))
    for decision in data["decisions"]:
        decision.pop("time")
    return data


def ctrl(qtbot, window, key: Qt.Key) -> None:
    qtbot.keyClick(window.features.meetings.view.table, key, Qt.KeyboardModifier.ControlModifier)


def build_meeting(qtbot, window) -> None:
    details = window.features.plan.page().details
    type_into(qtbot, details.fields["objective"], "Agree who does what in Q1", enter=True)
    type_into(qtbot, details.fields["date"], "2026-12-01", enter=True)
    type_into(qtbot, details.fields["planned_start"], "14:00", enter=True)
    type_into(qtbot, details.fields["planned_end"], "15:00", enter=True)
    type_into(qtbot, details.fields["location"], "Room 4 — מרכז", enter=True)

    people = window.features.plan.page().participants
    for name, team, role in (("Aiko Tanaka", "Marketing", "Campaign lead"),
                             ("Tom Becker", "Sales", "Regional manager")):
        type_into(qtbot, people.new_name, name)
        type_into(qtbot, people.new_team, team)
        type_into(qtbot, people.new_role, role, enter=True)

    plan = window.features.plan.page().agenda
    for title, minutes in (("Welcome", "10"), ("Pipeline review", "30"), ("Wrap-up", "10")):
        type_into(qtbot, plan.new_title, title)
        type_into(qtbot, plan.new_minutes, minutes, enter=True)
    plan.select_row(2)
    plan.table.setFocus()
    qtbot.keyClick(plan.table, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # Wrap-up ↑
    plan.model.setData(plan.model.index(2, AgendaModel.PRESENTER), "Tom Becker")
    plan.model.setData(plan.model.index(2, AgendaModel.KIND), "discussion_decision")

    notes = window.features.capture.notes_editor()
    type_into(qtbot, notes.editor, "Everyone in the room on time")
    notes.item_box.activated.emit(3)  # the user looks at the third item: Pipeline review
    type_into(qtbot, notes.editor, "EMEA +18%; NA +12% 📈")
    notes.flush()

    ctrl(qtbot, window, Qt.Key.Key_D)
    decisions = window.view("Decisions")
    type_into(qtbot, decisions.entry.fields["owner"], "Tom Becker")
    type_into(qtbot, decisions.entry.fields["text"], "Weekly pipeline call with Marketing",
              enter=True)
    ctrl(qtbot, window, Qt.Key.Key_T)
    actions = window.view("Actions")
    type_into(qtbot, actions.entry.fields["owner"], "Aiko Tanaka")
    type_into(qtbot, actions.entry.fields["due"], "2026-12-08")
    type_into(qtbot, actions.entry.fields["text"], "Send the invite", enter=True)
    ctrl(qtbot, window, Qt.Key.Key_L)
    parking = window.view("Parking lot")
    type_into(qtbot, parking.entry.fields["text"], "Pricing for mid-market", enter=True)


EXPECTED = {
    "title": "Kick-off", "objective": "Agree who does what in Q1", "date": "2026-12-01",
    "planned_start": "14:00:00", "planned_end": "15:00:00", "location": "Room 4 — מרכז",
    "participants": [
        {"name": "Aiko Tanaka", "team": "Marketing", "role": "Campaign lead", "email": "",
         "present": True},
        {"name": "Tom Becker", "team": "Sales", "role": "Regional manager", "email": "",
         "present": True}],
    "agenda": [("Welcome", 10, "", "discussion_decision"),
               ("Wrap-up", 10, "", "close_actions"),  # the title suggests the kind
               ("Pipeline review", 30, "Tom Becker", "discussion_decision")],
    "notes": [{"agenda_item": "Welcome", "text": "Everyone in the room on time"},
              {"agenda_item": "Pipeline review", "text": "EMEA +18%; NA +12% 📈"}],
        # nothing is running: captures go to the item on show in Notes
    "decisions": [{"text": "Weekly pipeline call with Marketing",
                   "agenda_item": "Pipeline review",
                   "owner": "Tom Becker", "rationale": ""}],
    "actions": [{"text": "Send the invite", "owner": "Aiko Tanaka", "due": "2026-12-08",
                 "status": "open", "agenda_item": "Pipeline review"}],
    "parking_lot": [{"text": "Pricing for mid-market", "status": "open", "raised_by": ""}],
}


def check(data: dict[str, Any]) -> None:
    for key in ("title", "objective", "date", "planned_start", "planned_end", "location",
                "participants", "notes", "decisions", "actions", "parking_lot"):
        assert data[key] == EXPECTED[key], key
    assert [(i["title"], i["planned_minutes"], i["presenter"], i["kind"])
            for i in data["agenda"]] == EXPECTED["agenda"]


def test_build_undo_all_redo_all_and_reopen(qtbot, ws, monkeypatch, reopen) -> None:
    window = new_window(qtbot, ws)
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "Kick-off")
    ctrl(qtbot, window, Qt.Key.Key_N)
    meeting_id = window.document.meeting_id
    build_meeting(qtbot, window)
    built = snapshot(ws, meeting_id)
    check(built)
    assert window.features.plan.page().agenda.warning.isHidden()  # 50 min fit in 14:00–15:00
    assert "14:00 → 14:50" in window.features.plan.page().agenda.totals.text()

    stack = window.document.undo_stack
    texts = [stack.text(i) for i in range(stack.count())]
    assert texts == [  # one command per edit, named for it (the kind was already that kind)
        "Change meeting objective", "Change meeting date", "Change meeting start time",
        "Change meeting end time", "Change meeting location", "Add participant Aiko Tanaka",
        "Add participant Tom Becker", "Add agenda item “Welcome”",
        "Add agenda item “Pipeline review”", "Add agenda item “Wrap-up”", "Move “Wrap-up”",
        "Change presenter of “Pipeline review”", "Type note in “1. Welcome”",
        "Type note in “3. Pipeline review”",
        "Record decision “Weekly pipeline call with Marketing”",
        "Add action “Send the invite”", "Park “Pricing for mid-market”"]
    while stack.canUndo():
        window.undo_action.trigger()
    empty = snapshot(ws, meeting_id)
    assert empty["title"] == "Kick-off"
    assert empty["date"] == dt.date.today().isoformat()  # a new meeting is dated today
    assert [empty[k] for k in ("participants", "agenda", "notes", "decisions", "actions",
                               "parking_lot")] == [[], [], [], [], [], []]
    while stack.canRedo():
        window.redo_action.trigger()
    assert snapshot(ws, meeting_id) == built

    fresh = reopen(window)
    assert fresh.document.meeting_id == meeting_id
    check(snapshot(fresh.ws, meeting_id))
    plan = fresh.features.plan.page()
    assert [plan.agenda.model.index(r, AgendaModel.START).data() for r in range(3)] == [
        "14:00", "14:10", "14:20"]
    notes = fresh.features.capture.notes_editor()
    assert notes.editor.toPlainText() == "Everyone in the room on time"
    assert fresh.features.plan.page().details.fields["location"].text() == "Room 4 — מרכז"
    assert fresh.view("Actions").model.rowCount() == 1
    assert meetings.list_meetings(fresh.ws)[0].title == "Kick-off"
