"""The meeting's details form: title, objective, date, times, location, facilitator, series."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from facilitator.due_dates import parse_due
from facilitator.errors import FacilitatorError
from facilitator.models import Meeting
from facilitator.services import meetings
from ui.common.delegates import completer
from ui.common.document import MeetingDocument, Topic
from ui.common.edits import update_edit
from ui.common.inline_message import InlineMessage
from ui.common.line_edit import LineEdit

FIELDS = {
    "title": ("&Title", "What the meeting is called"),
    "objective": ("&Objective", "What the room should leave with"),
    "date": ("&Date", "YYYY-MM-DD, or today, tomorrow, fri, +1w…"),
    "planned_start": ("&Start", "HH:MM"),
    "planned_end": ("&End", "HH:MM (the agenda warns when it runs past)"),
    "location": ("&Location", "Room, floor, or call link"),
    "facilitator": ("&Facilitator", "Who runs the meeting"),
    "series": ("Se&ries", "Meetings that recur share a series (open actions carry over)"),
}
LABELS = {"title": "title", "objective": "objective", "date": "date",
          "planned_start": "start time", "planned_end": "end time", "location": "location",
          "facilitator": "facilitator", "series": "series"}


def _shown(key: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


class MeetingDetails(QWidget):
    """Each field is saved (undoably) when the user leaves it or presses Enter."""

    def __init__(self, document: MeetingDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.ws = document.ws
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for key, (_label, hint) in FIELDS.items():
            edit = LineEdit(placeholderText=hint)
            edit.setObjectName(f"meeting_{key}")
            edit.editingFinished.connect(lambda key=key: self.commit(key))
            self.fields[key] = edit
            if key in ("planned_start", "planned_end"):
                edit.setMaximumWidth(80)
        self.weekday = QLabel()
        self.status = QLabel()
        date_row = QHBoxLayout()
        date_row.addWidget(self.fields["date"], 1)
        date_row.addWidget(self.weekday)
        times = QHBoxLayout()
        times.addWidget(self.fields["planned_start"])
        times.addWidget(QLabel("to"))
        times.addWidget(self.fields["planned_end"])
        times.addStretch(1)
        times.addWidget(self.status)
        for key in FIELDS:
            if key == "date":
                form.addRow(FIELDS[key][0], date_row)
                label = form.labelForField(date_row)
                assert isinstance(label, QLabel)  # addRow made it from the text
                label.setBuddy(self.fields[key])
            elif key == "planned_start":
                form.addRow("&Time", times)
                label = form.labelForField(times)
                assert isinstance(label, QLabel)
                label.setBuddy(self.fields[key])
            elif key != "planned_end":
                form.addRow(FIELDS[key][0], self.fields[key])
        self.message = InlineMessage()
        form.addRow(self.message)
        document.changed.connect(self._on_changed)
        self.refresh()

    def values(self) -> dict[str, str]:
        meeting: Meeting = meetings.get_meeting(self.ws, self.document.meeting_id)
        values = {key: _shown(key, getattr(meeting, key)) for key in FIELDS if key != "series"}
        values["series"] = meetings.series_name(self.ws, meeting.id) or ""
        self.status.setText(f"Status: {meeting.status.value}")
        return values

    @Slot(object)
    def _on_changed(self, topic: Topic) -> None:
        if topic in (Topic.MEETING, Topic.CLOCK):
            self.refresh()

    def refresh(self) -> None:
        for key, value in self.values().items():
            edit = self.fields[key]
            if not edit.hasFocus() or not edit.isModified():
                edit.setText(value)
                edit.setModified(False)
                edit.setCursorPosition(0)
        date = self.fields["date"].text()
        try:
            self.weekday.setText(dt.date.fromisoformat(date).strftime("%A") if date else "")
        except ValueError:
            self.weekday.setText("")
        series = meetings.series_names(self.ws)
        self.fields["series"].setCompleter(completer(series, self.fields["series"]))

    @Slot(str)
    def commit(self, key: str) -> None:
        """Saves one field if it changed; a bad value is reported inline and left to fix."""
        text = self.fields[key].text()
        current = self.values()[key]
        value: Any = text
        try:
            if key == "date":  # ISO, or a quick entry: today, tomorrow, fri, +1w...
                day = parse_due(text, dt.date.today()) if text.strip() else None
                value = day.isoformat() if day else None
            if text == current or value == (current or None):
                self.fields[key].setModified(False)
                self.message.clear_message()
                return
            update_edit(self.document, f"Change meeting {LABELS[key]}", Topic.MEETING,
                        lambda **c: meetings.update_meeting(
                            self.ws, meeting_id=self.document.meeting_id, **c),
                        **{key: value})
        except FacilitatorError as exc:
            self.message.show_error(str(exc).replace("due date", "date"))
            return
        self.message.clear_message()
        self.fields[key].setModified(False)
        self.refresh()
