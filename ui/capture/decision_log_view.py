"""The decision log: a table of decisions and a Ctrl+D inline entry (text, owner, rationale)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QHeaderView,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import FacilitatorError
from ui.capture.capture_bar import CaptureBar
from ui.capture.decision_log_model import DecisionLogModel
from ui.common.column_fit import ColumnFitter
from ui.common.delegates import CompletingDelegate, completer
from ui.common.inline_message import InlineMessage
from ui.common.record_table import delete_action, record_table
from ui.common.table_model import CONTENTS_ROWS


class DecisionLogView(QWidget):
    def __init__(self, model: DecisionLogModel, current_item: Callable[[], int | None],
                 names: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.current_item = current_item
        self.names = names
        self.table = record_table(model)
        self.table.setItemDelegateForColumn(DecisionLogModel.OWNER,
                                            CompletingDelegate(names, self))
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(CONTENTS_ROWS)
        ColumnFitter(self.table, (DecisionLogModel.TIME, DecisionLogModel.OWNER))
        header.setSectionResizeMode(DecisionLogModel.ITEM, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(DecisionLogModel.ITEM, 160)
        header.setSectionResizeMode(DecisionLogModel.TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(DecisionLogModel.RATIONALE, QHeaderView.ResizeMode.Stretch)

        self.entry = CaptureBar({"text": "Decision (Enter to record, Esc to close)",
                                 "owner": "Owner", "rationale": "Rationale (optional)"},
                                "Record")
        self.entry.hide()
        self.entry.submitted.connect(self.record_from_entry)
        self.message = InlineMessage()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entry)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.delete_action = delete_action(self.table, "Delete decision", self.delete_selected)
        model.error.connect(self.message.show_error)
        model.edited.connect(self.message.clear_message)

    @Slot()
    def start_capture(self) -> None:
        """Ctrl+D: opens the inline entry, focused on the decision text."""
        self.entry.fields["owner"].setCompleter(completer(self.names(), self))
        self.entry.open()

    @Slot()
    def record_from_entry(self) -> None:
        try:
            decision_id = self.model.record(
                self.entry.text("text"), item_id=self.current_item(),
                owner=self.entry.text("owner"), rationale=self.entry.text("rationale"))
        except FacilitatorError as exc:
            self.entry.message.show_error(str(exc))
            return
        self.entry.done()
        row = self.model.row_of(decision_id)
        self.table.scrollTo(self.model.index(row, 0))
        self.table.selectRow(row)

    @Slot()
    def delete_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.model.delete(index.row())
