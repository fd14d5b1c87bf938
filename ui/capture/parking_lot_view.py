"""The parking lot: capture a point in one keystroke, review it, close it or move it on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from facilitator.domain import MeetingStatus, ParkingStatus
from facilitator.errors import FacilitatorError
from facilitator.services import meetings
from ui.capture.parking_lot_model import STATUS_LABELS, ParkingLotModel
from ui.capture.record_dock import RecordDock
from ui.common import dialogs
from ui.common.delegates import ChoiceDelegate


class ParkingLotView(RecordDock):
    """Signals:
    movedToMeeting(int): a point went onto another meeting's agenda (its id).
    """

    movedToMeeting = Signal(int)
    model: ParkingLotModel

    FIELDS = {"text": "Off-topic point (Enter to park, Esc to close)", "raised_by": "Raised by"}
    BUTTON = "Park"
    NAME_FIELD = "raised_by"
    STRETCH = (ParkingLotModel.TEXT,)
    FITTED = (ParkingLotModel.RAISED_BY, ParkingLotModel.STATUS)
    DELETE = "Delete point"

    def __init__(self, model: ParkingLotModel, current_item: Callable[[], int | None],
                 names: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(model, current_item, names, parent)
        self.table.setItemDelegateForColumn(ParkingLotModel.STATUS, ChoiceDelegate(
            [(s.value, label) for s, label in STATUS_LABELS.items()], self))

    def below(self) -> list[QHBoxLayout]:
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
        return [buttons]

    def record(self) -> int:
        return self.model.park(self.entry.text("text"), raised_by=self.entry.text("raised_by"),
                               item_id=self.current_item())

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
