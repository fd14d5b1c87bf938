"""The workspace's meetings in the left dock: search, open, create, duplicate, delete."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from ui.shell.contract import DockArea, MenuSlot, Needs, Shell
from ui.shell.pages import placeholder

if TYPE_CHECKING:
    from ui.common.document import MeetingDocument
    from ui.meetings.list_model import MeetingListModel
    from ui.meetings.list_view import MeetingListView

DOCK = "Meetings"


class MeetingsFeature:
    """The list arrives with the workspace (its model loads with SQLAlchemy); until then the
    dock says "Opening workspace…" and the actions wait."""

    name = "meetings"

    def install(self, shell: Shell) -> None:
        self.shell = shell
        self.model: MeetingListModel | None = None
        self.view: MeetingListView | None = None
        self.dock = shell.add_dock(DOCK, "meetingsDock", DockArea.LeftDockWidgetArea)
        self.dock.setWidget(placeholder("Opening workspace…"))
        shell.window().resizeDocks([self.dock], [250], Qt.Orientation.Horizontal)
        self.new_action = shell.add_action(
            MenuSlot.FILE_NEW, "&New meeting…", lambda: self.list().create_meeting(),
            QKeySequence.StandardKey.New, needs=Needs.WORKSPACE, toolbar=True)
        self.sample_action = shell.add_action(
            MenuSlot.FILE_NEW, "Try the &sample meeting", self.add_sample_meeting,
            needs=Needs.WORKSPACE)
        shell.add_way_in(self.new_action, "Blank meeting",
                         "Give it a title, then write the agenda in the Plan tab", rank=40)
        shell.add_way_in(self.sample_action, "Try the sample meeting",
                         "A half-day summit with its agenda, notes, decisions, actions and "
                         "board, to look around", rank=50)
        shell.add_action(MenuSlot.FILE_NEW, "&Find meeting", self.find_meeting,
                         QKeySequence.StandardKey.Find, QKeySequence.StandardKey.Open,
                         needs=Needs.WORKSPACE)
        shell.add_action(MenuSlot.FILE_NEW, "D&uplicate meeting",
                         lambda: self.list().duplicate_selected(), needs=Needs.WORKSPACE)
        shell.add_action(MenuSlot.FILE_NEW, "&Delete meeting…",
                         lambda: self.list().delete_selected(), needs=Needs.WORKSPACE)
        shell.workspaceOpened.connect(self._workspace_opened)
        shell.documentChanged.connect(self._document_changed)

    def list(self) -> MeetingListView:
        assert self.view is not None, "the meeting list comes with the workspace"
        return self.view

    def _workspace_opened(self) -> None:
        from ui.meetings.list_model import MeetingListModel
        from ui.meetings.list_view import MeetingListView

        shell = self.shell
        self.model = MeetingListModel(shell.ws, self.dock)
        self.view = MeetingListView(self.model, shell.workspace_document)
        self.view.show_compact(True)
        self.view.openRequested.connect(shell.open_meeting)
        self.view.meetingDeleted.connect(self._meeting_going)
        waiting = self.dock.widget()
        self.dock.setWidget(self.view)
        if waiting is not None:
            waiting.deleteLater()

    def _document_changed(self, document: MeetingDocument | None) -> None:
        if document is not None and self.view is not None:
            self.view.select(document.meeting_id)

    def _meeting_going(self, meeting_id: int) -> None:
        document = self.shell.document
        if document is not None and document.meeting_id == meeting_id:
            self.shell.close_meeting()

    def add_sample_meeting(self) -> None:
        """The demo summit, as one undoable step of the meeting list, opened."""
        from facilitator.demo import create_demo_meeting
        from ui.common.edits import adopt_meeting

        meeting_id = create_demo_meeting(self.shell.ws)
        adopt_meeting(self.shell.workspace_document, meeting_id, "(sample)")
        self.shell.open_meeting(meeting_id)

    def find_meeting(self) -> None:
        self.dock.show()
        search = self.list().search
        search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        search.selectAll()
