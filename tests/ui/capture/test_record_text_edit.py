"""Editing the text of a decision, an action item or a parked point in its table, as a user does:
F2 on the Text cell, type, Return; undo and redo through the Edit menu."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from facilitator.services import capture
from ui.capture.action_model import ActionModel
from ui.capture.decision_log_model import DecisionLogModel
from ui.capture.parking_lot_model import ParkingLotModel


def _decisions(ws, mid):
    return [d.text for d in capture.list_decisions(ws, meeting_id=mid)]


def _actions(ws, mid):
    return [a.text for a in capture.list_actions(ws, meeting_id=mid)]


def _parked(ws, mid):
    return [p.text for p in capture.list_parked(ws, meeting_id=mid)]


@pytest.mark.parametrize(("dock", "column", "make", "texts"), [
    ("Decisions", DecisionLogModel.TEXT,
     lambda ws, mid: capture.record_decision(ws, meeting_id=mid, text="Go for DACH"), _decisions),
    ("Actions", ActionModel.TEXT,
     lambda ws, mid: capture.add_action(ws, meeting_id=mid, text="Draft the brief"), _actions),
    ("Parking lot", ParkingLotModel.TEXT,
     lambda ws, mid: capture.park(ws, meeting_id=mid, text="Pricing tiers"), _parked),
])
def test_text_cell_edited_in_place_is_saved_and_undoable(
        qtbot, review_window, ws, review_id, dock, column, make, texts) -> None:
    make(ws, review_id)
    window = review_window
    window.docks[dock].show()
    window.docks[dock].raise_()
    view = window.view(dock)
    view.model.refresh()
    table = view.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, column))  # the actions' table sorts: a proxy
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Edited in place")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event turn

    qtbot.waitUntil(lambda: table.state() != table.State.EditingState)
    assert texts(ws, review_id) == ["Edited in place"]
    assert table.model().index(0, column).data() == "Edited in place"
    assert window.undo_action.text().startswith("&Undo Edit")
    window.undo_action.trigger()
    assert texts(ws, review_id) != ["Edited in place"]
    window.redo_action.trigger()
    assert texts(ws, review_id) == ["Edited in place"]
