"""The agenda editor, driven as a user: add, edit in place, delete, reorder, totals, undo."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from facilitator.domain import ItemKind
from facilitator.services import agenda
from ui.plan.agenda_model import AgendaModel


def titles(ws, meeting_id) -> list[str]:
    return [i.title for i in agenda.list_items(ws, meeting_id=meeting_id)]


def add(qtbot, view, title: str, minutes: str) -> None:
    view.new_title.setFocus()
    ascii_part = title.encode("ascii", "ignore").decode()
    qtbot.keyClicks(view.new_title, ascii_part)
    view.new_title.setText(title)  # QTest types ASCII only; the rest as a paste would
    view.new_minutes.setText("")
    qtbot.keyClicks(view.new_minutes, minutes)
    qtbot.keyClick(view.new_minutes, Qt.Key.Key_Return)


def test_add_items_computes_start_times_and_totals(qtbot, view, ws, meeting_id,
                                                   qtmodeltester) -> None:
    add(qtbot, view, "Welcome", "15")
    add(qtbot, view, "Strategy 🚀 עברית", "30")
    qtmodeltester.check(view.model)
    assert titles(ws, meeting_id) == ["Welcome", "Strategy 🚀 עברית"]
    starts = [view.model.index(r, AgendaModel.START).data() for r in range(2)]
    assert starts == ["09:00", "09:15"]
    assert "45 min planned" in view.totals.text() and "09:00 → 09:45" in view.totals.text()
    assert view.warning.isHidden()
    add(qtbot, view, "Deep dive", "20")
    assert not view.warning.isHidden()
    assert "overruns the planned end 10:00 by 5 min" in view.warning.text()


def test_bad_entries_get_an_inline_message(qtbot, view, ws, meeting_id) -> None:
    add(qtbot, view, "   ", "10")
    assert "cannot be blank" in view.message.text() and view.message.isVisible()
    add(qtbot, view, "Negative", "-5")
    assert "cannot be negative" in view.message.text()
    assert titles(ws, meeting_id) == []
    assert view.model.document.undo_stack.count() == 0


def test_edit_in_place_and_undo(qtbot, view, ws, meeting_id) -> None:
    add(qtbot, view, "Welcome", "15")
    index = view.model.index(0, AgendaModel.MINUTES)
    rect = view.table.visualRect(index)
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    editor = view.table.indexWidget(index)
    editor.selectAll()
    qtbot.keyClicks(editor, "25")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop
    qtbot.waitUntil(lambda: agenda.list_items(ws, meeting_id=meeting_id)[0].planned_minutes
                    == 25)
    assert view.model.document.undo_stack.undoText() == "Change minutes of “Welcome”"
    view.model.setData(view.model.index(0, AgendaModel.KIND), ItemKind.BREAK.value)
    assert view.model.index(0, AgendaModel.KIND).data() == "Break"
    assert not view.model.setData(view.model.index(0, AgendaModel.MINUTES), "-5")
    assert "Planned minutes cannot be negative" in view.message.text()
    assert not view.model.setData(view.model.index(0, AgendaModel.TITLE), " ")
    assert "Agenda item title cannot be blank" in view.message.text()
    stack = view.model.document.undo_stack
    assert stack.count() == 3
    stack.undo()
    stack.undo()
    assert agenda.list_items(ws, meeting_id=meeting_id)[0].planned_minutes == 15
    stack.redo()
    assert agenda.list_items(ws, meeting_id=meeting_id)[0].planned_minutes == 25


def test_reorder_by_keyboard_drop_and_delete_with_undo(qtbot, view, ws, meeting_id) -> None:
    for title in ("A", "B", "C"):
        add(qtbot, view, title, "10")
    view.select_row(0)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert titles(ws, meeting_id) == ["B", "A", "C"]
    assert view.selected_row() == 1
    # drag row 0 (B) and drop it below C: the model's own mime data, as a drop would carry it
    data = view.model.mimeData([view.model.index(0, 0)])
    assert view.model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())
    assert titles(ws, meeting_id) == ["A", "C", "B"]
    view.select_row(1)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert titles(ws, meeting_id) == ["A", "B"]
    stack = view.model.document.undo_stack
    stack.undo()
    assert titles(ws, meeting_id) == ["A", "C", "B"]
    stack.undo()
    stack.undo()
    assert titles(ws, meeting_id) == ["A", "B", "C"]
    stack.redo()
    stack.redo()
    stack.redo()
    assert titles(ws, meeting_id) == ["A", "B"]


def test_the_title_suggests_the_kind_until_one_is_chosen(qtbot, view, ws, meeting_id) -> None:
    add(qtbot, view, "Coffee break", "15")
    add(qtbot, view, "Wrap-up and next steps", "10")
    add(qtbot, view, "Pipeline review", "20")
    kinds = [i.kind for i in agenda.list_items(ws, meeting_id=meeting_id)]
    assert kinds == [ItemKind.BREAK, ItemKind.CLOSE_ACTIONS, ItemKind.DISCUSSION_DECISION]
    # A kind the user picked wins over the title, for that one item.
    view.new_kind.setCurrentIndex(view.new_kind.findData(ItemKind.PRESENTATION.value))
    view.new_kind.activated.emit(view.new_kind.currentIndex())
    add(qtbot, view, "Lunch", "30")
    add(qtbot, view, "Lunch", "30")
    kinds = [i.kind for i in agenda.list_items(ws, meeting_id=meeting_id)][3:]
    assert kinds == [ItemKind.PRESENTATION, ItemKind.BREAK]
