"""The paste-agenda dialog: paste, see the items as read, correct them, create or append."""

from __future__ import annotations

import datetime as dt

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QSpinBox

from facilitator.domain import ItemKind
from facilitator.serialize import load_meeting
from facilitator.services import agenda, meetings
from ui.common import dialogs
from ui.common.document import MeetingDocument, Topic
from ui.templates import paste_agenda_dialog
from ui.templates.agenda_preview_model import AgendaPreviewModel
from ui.templates.paste_agenda_dialog import PasteAgendaDialog

EMAIL = """Hi all, the agenda for Thursday:

1. Welcome and introductions (10 min)
2. Presentation: Q3 results by Maria Lopez (20 min)
3. Working session – agree the definition of a qualified lead, 45m
4. Coffe break (15 min)
5. Discussion & Decision: priorities for Q4 – 1h
6. Close and action items

Thanks, Tom"""


@pytest.fixture
def dialog(qtbot, ws):
    dlg = PasteAgendaDialog(ws)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def paste(qtbot, dlg: PasteAgendaDialog, text: str) -> None:
    QApplication.clipboard().setText(text)
    dlg.text.setFocus()
    qtbot.keyClick(dlg.text, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def rows(dlg: PasteAgendaDialog) -> list[tuple[str, str, str, str]]:
    m = dlg.model
    return [tuple(m.index(r, c).data() for c in range(4)) for r in range(m.rowCount())]


def edit_cell(qtbot, dlg: PasteAgendaDialog, row: int, col: int, editor_type: type) -> object:
    index = dlg.model.index(row, col)
    dlg.table.setCurrentIndex(index)
    qtbot.keyClick(dlg.table, Qt.Key.Key_F2)
    editor = dlg.table.viewport().findChild(editor_type)
    assert editor is not None
    return editor


def commit(qtbot, editor) -> None:
    """Return commits and closes the editor through a queued call: wait for it."""
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor) or not editor.isVisible())


def test_pasted_text_is_previewed_as_you_paste(qtbot, dialog, qtmodeltester) -> None:
    assert not dialog.ok.isEnabled()
    paste(qtbot, dialog, EMAIL)
    qtmodeltester.check(dialog.model)
    assert rows(dialog) == [
        ("Welcome and introductions", "Other", "", "10"),
        ("Q3 results", "Presentation", "Maria Lopez", "20"),
        ("Agree the definition of a qualified lead", "Working session", "", "45"),
        ("Coffe break", "Break", "", "15"),  # a typo still reads as a break
        ("Priorities for Q4", "Discussion & decision", "", "60"),
        ("Close and action items", "Close & actions", "", "10"),
    ]
    assert dialog.summary.text() == "6 items · 160 min (2 h 40)"
    minutes = dialog.model.index(5, AgendaPreviewModel.MINUTES)
    assert minutes.data(Qt.ItemDataRole.FontRole).italic()
    assert "default" in minutes.data(Qt.ItemDataRole.ToolTipRole)
    assert not dialog.ok.isEnabled()  # no title yet
    qtbot.keyClicks(dialog.title, "Thursday summit")
    assert dialog.ok.isEnabled()


def test_fix_what_was_misread_then_create(qtbot, dialog, ws) -> None:
    paste(qtbot, dialog, EMAIL)
    qtbot.keyClicks(dialog.title, "Thursday summit")
    # The typo and the kind of row 4, the length of the last one, and a row to leave out.
    title = edit_cell(qtbot, dialog, 3, AgendaPreviewModel.TITLE, QLineEdit)
    title.selectAll()
    qtbot.keyClicks(title, "Coffee break")
    commit(qtbot, title)
    kind = edit_cell(qtbot, dialog, 3, AgendaPreviewModel.KIND, QComboBox)
    kind.setCurrentIndex(kind.findData(ItemKind.BREAK.value))
    commit(qtbot, kind)
    spin = edit_cell(qtbot, dialog, 5, AgendaPreviewModel.MINUTES, QSpinBox)
    spin.selectAll()
    qtbot.keyClicks(spin, "25")
    commit(qtbot, spin)
    dialog.table.selectRow(0)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert dialog.summary.text() == "5 items · 165 min (2 h 45)"
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == PasteAgendaDialog.DialogCode.Accepted
    record = load_meeting(ws, dialog.meeting_id)
    assert record.meeting.title == "Thursday summit"
    assert [(i.title, i.kind, i.planned_minutes, i.presenter) for i in record.agenda] == [
        ("Q3 results", ItemKind.PRESENTATION, 20, "Maria Lopez"),
        ("Agree the definition of a qualified lead", ItemKind.WORKING_SESSION, 45, ""),
        ("Coffee break", ItemKind.BREAK, 15, ""),
        ("Priorities for Q4", ItemKind.DISCUSSION_DECISION, 60, ""),
        ("Close and action items", ItemKind.CLOSE_ACTIONS, 25, ""),
    ]


def test_a_total_shares_out_the_guessed_minutes_and_keeps_corrections(qtbot, dialog) -> None:
    paste(qtbot, dialog, "- Welcome\n- Numbers\n- Plans\n- Close\n")
    assert [r[3] for r in rows(dialog)] == ["10", "10", "10", "10"]
    spin = edit_cell(qtbot, dialog, 0, AgendaPreviewModel.MINUTES, QSpinBox)
    spin.selectAll()
    qtbot.keyClicks(spin, "5")
    commit(qtbot, spin)
    dialog.total.setFocus()
    dialog.total.selectAll()
    qtbot.keyClicks(dialog.total, "95")
    assert [r[3] for r in rows(dialog)] == ["5", "30", "30", "30"]
    assert dialog.summary.text() == "4 items · 95 min (1 h 35)"


def test_times_give_the_meeting_its_start(qtbot, dialog, ws) -> None:
    paste(qtbot, dialog, "09:00 Welcome\n09:20 Roadmap — Priya Nair\n10:00 Break\n10:15 End")
    qtbot.keyClicks(dialog.title, "Roadmap day")
    assert rows(dialog) == [("Welcome", "Other", "", "20"),
                            ("Roadmap", "Other", "Priya Nair", "40"),
                            ("Break", "Break", "", "15")]
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert meetings.get_meeting(ws, dialog.meeting_id).planned_start == dt.time(9, 0)


def test_append_to_an_open_meeting_is_one_undoable_edit(qtbot, ws) -> None:
    meeting = meetings.create_meeting(ws, title="Weekly")
    agenda.add_item(ws, meeting_id=meeting.id, title="Existing item")
    document = MeetingDocument(ws, meeting.id)
    dlg = PasteAgendaDialog(ws, document=document)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.title.isVisible() and dlg.ok.text() == "Add to agenda"
    paste(qtbot, dlg, "* Budget (10 min)\n* Risks (5 min)")
    with qtbot.waitSignal(document.changed) as changed:
        qtbot.mouseClick(dlg.ok, Qt.MouseButton.LeftButton)
    assert changed.args == [Topic.AGENDA]

    def titles() -> list[str]:
        return [i.title for i in agenda.list_items(ws, meeting_id=meeting.id)]

    assert titles() == ["Existing item", "Budget", "Risks"]
    ids = [i.id for i in agenda.list_items(ws, meeting_id=meeting.id)]
    assert document.undo_stack.undoText() == "Paste 2 agenda items"
    document.undo_stack.undo()
    assert titles() == ["Existing item"]
    document.undo_stack.redo()
    assert [i.id for i in agenda.list_items(ws, meeting_id=meeting.id)] == ids


def test_entry_function_returns_the_new_meeting(qtbot, ws, monkeypatch) -> None:
    def drive(dlg: PasteAgendaDialog) -> bool:
        qtbot.addWidget(dlg)
        with qtbot.waitActive(dlg):
            dlg.show()
            dlg.activateWindow()
        dlg.text.setPlainText("1. Only item (30 min)")
        dlg.title.setFocus()
        qtbot.keyClicks(dlg.title, "Short one")
        qtbot.keyClick(dlg.title, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        return dlg.result() == PasteAgendaDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "run_dialog", drive)
    meeting_id = paste_agenda_dialog.paste_agenda_as_meeting(None, ws)
    assert meetings.get_meeting(ws, meeting_id).title == "Short one"
    monkeypatch.setattr(dialogs, "run_dialog", lambda dlg: False)
    assert paste_agenda_dialog.paste_agenda_as_meeting(None, ws) is None
