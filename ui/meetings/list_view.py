"""The workspace's meetings: search, open, create, duplicate, delete (confirmed, undoable)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.errors import FacilitatorError
from facilitator.services import meetings
from facilitator.textclean import short
from ui.common import dialogs
from ui.common.document import MeetingDocument, Topic
from ui.common.edits import create_edit, delete_edit
from ui.common.inline_message import InlineMessage
from ui.common.line_edit import LineEdit
from ui.common.table_model import CONTENTS_ROWS
from ui.meetings.list_model import MeetingListModel


class MeetingListView(QWidget):
    """Edits here go on the workspace's own undo stack (`self.workspace.undo_stack`).

    Signals:
        openRequested(int): open this meeting (double-click, Enter, or just created).
        meetingDeleted(int): a meeting is about to go (close it if it is open).
    """

    openRequested = Signal(int)
    meetingDeleted = Signal(int)

    def __init__(self, model: MeetingListModel, workspace: MeetingDocument,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.ws = workspace.ws
        # The workspace-level "document" (meeting id 0): its edits are the meeting list's.
        self.workspace = workspace
        workspace.changed.connect(self._on_changed)

        self.search = LineEdit(placeholderText="Search meetings by title…",
                                clearButtonEnabled=True)
        self.search.textChanged.connect(lambda text: self.model.refresh(text))
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(CONTENTS_ROWS)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, model.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)

        self.new_button = QPushButton("New")
        self.duplicate_button = QPushButton("Duplicate")
        self.delete_button = QPushButton("Delete…")
        self.new_button.clicked.connect(self.create_meeting)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.duplicate_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.message = InlineMessage()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

    def show_compact(self, compact: bool) -> None:
        """In a narrow dock: title and date only."""
        for col in range(2, self.model.columnCount()):
            self.table.setColumnHidden(col, compact)

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.meeting_id(index.row()) if index.isValid() else None

    def select(self, meeting_id: int) -> None:
        row = self.model.row_of(meeting_id)
        if row >= 0:
            self.table.selectRow(row)

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(self.model.meeting_id(index.row()))

    @Slot(object)
    def _on_changed(self, topic: Topic) -> None:
        if topic is Topic.MEETINGS:
            self.model.refresh()

    @Slot()
    def create_meeting(self) -> None:
        title = dialogs.ask_text(self, "New meeting", "Title of the meeting:")
        if title is None:
            return
        try:
            meeting_id = create_edit(
                self.workspace, f"Create meeting “{short(title)}”", Topic.MEETINGS,
                # Dated today (easily changed): start times and the minutes need a date.
                lambda: meetings.create_meeting(self.ws, title=title,
                                                date=dt.date.today()).id,
                lambda mid: meetings.delete_meeting(self.ws, meeting_id=mid),
                lambda deleted: meetings.restore_meeting(self.ws, deleted=deleted))
        except FacilitatorError as exc:
            self.message.show_error(str(exc))
            return
        self.message.clear_message()
        self.select(meeting_id)
        self.openRequested.emit(meeting_id)

    @Slot()
    def duplicate_selected(self) -> None:
        source = self.selected_id()
        if source is None:
            self.message.show_error("select the meeting to duplicate first")
            return
        title = meetings.get_meeting(self.ws, source).title
        meeting_id = create_edit(
            self.workspace, f"Duplicate meeting “{short(title)}”", Topic.MEETINGS,
            lambda: meetings.duplicate_meeting(self.ws, meeting_id=source).id,
            lambda mid: meetings.delete_meeting(self.ws, meeting_id=mid),
            lambda deleted: meetings.restore_meeting(self.ws, deleted=deleted))
        self.message.clear_message()
        self.select(meeting_id)
        self.openRequested.emit(meeting_id)

    @Slot()
    def delete_selected(self) -> None:
        meeting_id = self.selected_id()
        if meeting_id is None:
            self.message.show_error("select the meeting to delete first")
            return
        title = meetings.get_meeting(self.ws, meeting_id).title
        if not dialogs.ask(self, "Delete meeting",
                           f"Delete “{title}” with its agenda, notes, decisions and actions?\n"
                           "You can undo this with Ctrl+Z."):
            return
        self.meetingDeleted.emit(meeting_id)
        delete_edit(self.workspace, f"Delete meeting “{short(title)}”", Topic.MEETINGS,
                    lambda: meetings.delete_meeting(self.ws, meeting_id=meeting_id),
                    lambda deleted: meetings.restore_meeting(self.ws, deleted=deleted))
        self.message.clear_message()
