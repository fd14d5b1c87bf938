"""The parking lot: capture a point in one keystroke, review it, close it or move it on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain import MeetingStatus, ParkingStatus
from facilitator.errors import FacilitatorError
from facilitator.services import meetings
from ui.capture.capture_bar import CaptureBar
from ui.capture.parking_lot_model import STATUS_LABELS, ParkingLotModel
from ui.common import dialogs
from ui.common.column_fit import ColumnFitter
from ui.common.delegates import ChoiceDelegate, completer
from ui.common.inline_message import InlineMessage
from ui.common.record_table import delete_action, record_table
from ui.common.table_model import CONTENTS_ROWS


class ParkingLotView(QWidget):
    """Signals:
    movedToMeeting(int): a point went onto another meeting's agenda (its id).
    """

    movedToMeeting = Signal(int)

    def __init__(self, model: ParkingLotModel, current_item: Callable[[], int | None],
                 names: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.current_item = current_item
        self.names = names
        self.table = record_table(model)
        self.table.setItemDelegateForColumn(ParkingLotModel.STATUS, ChoiceDelegate(
            [(s.value, label) for s, label in STATUS_LABELS.items()], self))
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(CONTENTS_ROWS)
        header.setSectionResizeMode(ParkingLotModel.TEXT, QHeaderView.ResizeMode.Stretch)
        ColumnFitter(self.table, (ParkingLotModel.RAISED_BY, ParkingLotModel.STATUS))
        header.setSectionResizeMode(ParkingLotModel.ITEM, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ParkingLotModel.ITEM, 160)

        self.entry = CaptureBar({"text": "Off-topic point (Enter to park, Esc to close)",
                                 "raised_by": "Raised by"}, "Park")
        self.entry.hide()
        self.entry.submitted.connect(self.park_from_entry)
        self.close_button = QPushButton("Close point")
        self.action_button = QPushButton("→ Action item")
        self.agenda_button = QPushButton("→ Next meeting's agenda…")
        self.close_button.clicked.connect(self.close_selected)
        self.action_button.clicked.connect(self.to_action)
        self.agenda_button.clicked.connect(self.to_next_agenda)
        buttons = QHBoxLayout()
        for button in (self.close_button, self.action_button, self.agenda_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.message = InlineMessage()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entry)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.delete_action = delete_action(self.table, "Delete point", self.delete_selected)
        model.error.connect(self.message.show_error)
        model.edited.connect(self.message.clear_message)

    def selected_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    @Slot()
    def start_capture(self) -> None:
        self.entry.fields["raised_by"].setCompleter(completer(self.names(), self))
        self.entry.open()

    @Slot()
    def park_from_entry(self) -> None:
        try:
            point_id = self.model.park(self.entry.text("text"),
                                       raised_by=self.entry.text("raised_by"),
                                       item_id=self.current_item())
        except FacilitatorError as exc:
            self.entry.message.show_error(str(exc))
            return
        self.entry.done()
        self.table.selectRow(self.model.row_of(point_id))

    def _selected_open_row(self) -> int:
        row = self.selected_row()
        if row < 0:
            self.message.show_error("select a point in the parking lot first")
        return row

    @Slot()
    def close_selected(self) -> None:
        row = self._selected_open_row()
        if row >= 0:
            self.model.set_status(row, ParkingStatus.CLOSED)

    @Slot()
    def to_action(self) -> None:
        row = self._selected_open_row()
        if row >= 0:
            self.model.to_action(row, owner=self.model.row(row).raised_by)
            self.message.clear_message()

    @Slot()
    def to_next_agenda(self) -> None:
        row = self._selected_open_row()
        if row < 0:
            return
        this = meetings.get_meeting(self.model.ws, self.model.meeting_id)
        series = meetings.series_name(self.model.ws, this.id)
        later = [m for m in meetings.list_meetings(self.model.ws)
                 if m.id != this.id and m.status is not MeetingStatus.FINISHED]
        # The same series first, then the soonest date; undated ones last.
        later.sort(key=lambda m: (m.series != series or series is None,
                                  m.date is None, m.date or this.date))
        choices = [(m.id, f"{m.title} — {m.date.isoformat() if m.date else 'no date'}")
                   for m in later]
        title = this.title
        answer = dialogs.ask_next_meeting(self, choices, title)
        if answer is None:
            return
        meeting_id, new_title = answer
        try:
            target, _item = self.model.to_next_agenda(row, meeting_id=meeting_id,
                                                      new_title=new_title)
        except FacilitatorError as exc:
            self.message.show_error(str(exc))
            return
        self.message.clear_message()
        self.movedToMeeting.emit(target)

    @Slot()
    def delete_selected(self) -> None:
        row = self.selected_row()
        if row >= 0:
            self.model.delete(row)
