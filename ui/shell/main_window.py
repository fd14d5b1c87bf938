"""The facilitator's main window: the workspace's meetings, and the open meeting."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from facilitator import __version__
from facilitator.clock import Clock, SystemClock
from facilitator.domain import ItemStatus
from facilitator.errors import NotFoundError
from ui.common import settings
from ui.common.commands import UndoGroup, UndoStack
from ui.common.document import MeetingDocument
from ui.common.free_memory import release_free_memory
from ui.shell.meeting_features import install_features
from ui.shell.menus import build_menus
from ui.shell.pages import DockArea, Factory, MeetingPages, Shown, TabFactory, placeholder

if TYPE_CHECKING:
    # The frame shows before these load: SQLAlchemy with the workspace, the views with a meeting.
    from facilitator.workspace import Workspace
    from ui.capture.notes_editor import NotesEditor
    from ui.meetings.list_model import MeetingListModel
    from ui.meetings.list_view import MeetingListView
    from ui.plan.page import PlanPage
    from ui.shell.shortcuts_dialog import ShortcutsDialog



# Long enough to be read from across a desk; the log file keeps the details.
FAILURE_MESSAGE_MS = 20_000
TRIM_DELAY_MS = 500


def _plan_factory(document: MeetingDocument) -> QWidget:
    from ui.plan.page import PlanPage

    return PlanPage(document)


class MainWindow(MeetingPages, QMainWindow):
    """Signals:
    documentChanged(object): a meeting was opened (its MeetingDocument) or closed (None).
    workspaceOpened(): attach_workspace() has filled the meeting list.

    MainWindow(ws) is the whole window at once. MainWindow(path=...) is its frame (menus, docks,
    "Opening workspace…") that shows before the workspace loads; attach_workspace(ws) fills it.

    Other parts plug in with add_meeting_tab() / add_meeting_dock(): their factories get the
    MeetingDocument of every meeting that opens. A page is built when it first shows (its tab
    chosen, its dock raised) or is asked for: meeting_page(title), view(title).
    Menus: self.file_menu (insert before self.quit_action), self.edit_menu, self.capture_menu,
    self.view_menu, self.help_menu.
    """

    documentChanged = Signal(object)
    workspaceOpened = Signal()

    ws: Workspace  # set by attach_workspace(); until then the workspace actions are disabled
    meetings: MeetingListModel
    meeting_list: MeetingListView

    def __init__(self, ws: Workspace | None = None, clock: Clock | None = None, *,
                 path: Path | None = None) -> None:
        super().__init__()
        self._path = ws.path if ws is not None else path or Path("")
        self.setWindowTitle(f"Facilitator — {self._path.name}")
        self._document: MeetingDocument | None = None
        self._tab_factories: list[tuple[str, TabFactory, bool, Shown | None]] = [
            ("Plan", _plan_factory, True, None)]
        self._dock_factories: dict[str, Factory] = {}
        self._builders: dict[QWidget, Callable[[], QWidget | None]] = {}  # pages not shown yet
        self.undo_group = UndoGroup(self)
        self.workspace_actions: list[QAction] = []  # enabled once the workspace is open

        self.meeting_tabs = QTabWidget()
        self.meeting_tabs.setDocumentMode(True)
        self.meeting_tabs.currentChanged.connect(self._build_tab)  # before other listeners
        self.central = QStackedWidget()
        self.central.addWidget(placeholder(
            "No meeting open.\n\nDouble-click a meeting in the list, or press Ctrl+N to "
            "create one."))
        self.central.addWidget(self.meeting_tabs)
        self.setCentralWidget(self.central)

        self.docks: dict[str, QDockWidget] = {}
        self._add_dock("Meetings", "meetingsDock", DockArea.LeftDockWidgetArea)
        self.docks["Meetings"].setWidget(placeholder("Opening workspace…"))
        self.add_meeting_dock("Notes", "notesDock", self._notes_factory,
                              DockArea.RightDockWidgetArea)
        self.add_meeting_dock("Decisions", "decisionsDock", self._decisions_factory,
                              DockArea.BottomDockWidgetArea)
        self.add_meeting_dock("Actions", "actionsDock", self._actions_factory,
                              DockArea.BottomDockWidgetArea)
        self.add_meeting_dock("Parking lot", "parkingDock", self._parking_factory,
                              DockArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.docks["Decisions"], self.docks["Actions"])
        self.tabifyDockWidget(self.docks["Actions"], self.docks["Parking lot"])
        self.docks["Decisions"].raise_()
        self.resizeDocks([self.docks["Meetings"], self.docks["Notes"]], [250, 340],
                         Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["Decisions"]], [150], Qt.Orientation.Vertical)

        build_menus(self)
        self.features = install_features(self, clock or SystemClock())
        self.statusBar().showMessage(f"Opening {self._path}…")
        self._restore_geometry()
        self._set_meeting_actions_enabled(False)
        for action in self.workspace_actions:
            action.setEnabled(False)
        if ws is not None:
            self.attach_workspace(ws)

    def attach_workspace(self, ws: Workspace) -> None:
        """Fills the frame from the open workspace: the meeting list, and the actions on it."""
        from ui.meetings.list_model import MeetingListModel
        from ui.meetings.list_view import MeetingListView

        self.ws = ws
        self._path = ws.path
        self.setWindowTitle(f"Facilitator — {ws.path.name}")
        self.meetings = MeetingListModel(ws, self)
        self.meeting_list = MeetingListView(self.meetings, ws)
        self.meeting_list.show_compact(True)
        self.meeting_list.openRequested.connect(self.open_meeting)
        self.meeting_list.meetingDeleted.connect(self._meeting_going)
        self.meeting_list.workspace.changed.connect(self._workspace_changed)
        self.undo_group.addStack(self.meeting_list.workspace.undo_stack)
        self._watch_stack(self.meeting_list.workspace.undo_stack)
        self.search = self.meeting_list.search
        self.meeting_table = self.meeting_list.table
        placeholder = self.docks["Meetings"].widget()
        self.docks["Meetings"].setWidget(self.meeting_list)
        if placeholder is not None:
            placeholder.deleteLater()
        for action in self.workspace_actions:
            action.setEnabled(True)
        self.statusBar().showMessage(f"Workspace: {ws.path}")
        self.workspaceOpened.emit()

    # --- the open meeting -----------------------------------------------------------------------
    @property
    def document(self) -> MeetingDocument | None:
        """The open meeting, or None."""
        return self._document

    @Slot(int)
    def open_meeting(self, meeting_id: int) -> None:
        if self._document is not None and self._document.meeting_id == meeting_id:
            return
        from facilitator.services import meetings

        try:
            title = meetings.get_meeting(self.ws, meeting_id).title
        except NotFoundError as exc:
            self.meeting_list.message.show_error(str(exc))
            return
        self.close_meeting()
        document = MeetingDocument(self.ws, meeting_id, self)
        self._document = document
        self.undo_group.addStack(document.undo_stack)
        self._watch_stack(document.undo_stack)
        if self.undo_group.activeStack() is None:
            self.undo_group.setActiveStack(document.undo_stack)
        document.edited.connect(self._meeting_changed)
        for tab_title, factory, later, shown in self._tab_factories:
            self._add_tab(document, tab_title, factory, later, shown)
        self._build_tab(self.meeting_tabs.currentIndex())
        for dock_title in self._dock_factories:
            self._set_dock_later(dock_title, document)
        self.central.setCurrentWidget(self.meeting_tabs)
        self.meeting_list.select(meeting_id)
        self.setWindowTitle(f"{title} — Facilitator")
        self._set_meeting_actions_enabled(True)
        settings.set_value("window/open_meeting", meeting_id)
        self.documentChanged.emit(document)

    @Slot()
    def close_meeting(self) -> None:
        document = self._document
        if document is None:
            return
        self.flush_notes()
        self._document = None
        self._builders.clear()
        while self.meeting_tabs.count():
            page = self.meeting_tabs.widget(0)
            self.meeting_tabs.removeTab(0)
            page.deleteLater()
        for dock_title in self._dock_factories:
            old = self.docks[dock_title].widget()
            self.docks[dock_title].setWidget(placeholder("Open a meeting"))
            if old is not None:
                old.deleteLater()
        self.undo_group.removeStack(document.undo_stack)
        self.undo_group.setActiveStack(self.meeting_list.workspace.undo_stack)
        document.deleteLater()
        # Once the closed meeting's objects are gone (deferred deletes run first).
        QTimer.singleShot(TRIM_DELAY_MS, release_free_memory)
        self.central.setCurrentIndex(0)
        self.setWindowTitle(f"Facilitator — {self._path.name}")
        self._set_meeting_actions_enabled(False)
        settings.set_value("window/open_meeting", 0)
        self.documentChanged.emit(None)

    def current_item_id(self) -> int | None:
        """Where captures attach: the item the clock runs on, else the item shown in Notes."""
        if self._document is None:
            return None
        from facilitator.services import agenda

        items = agenda.list_items(self.ws, meeting_id=self._document.meeting_id)
        active = next((i.id for i in items if i.status is ItemStatus.ACTIVE), None)
        notes = self.notes_editor
        return active if active is not None or notes is None else notes.item_id

    def participant_names(self) -> list[str]:
        if self._document is None:
            return []
        from facilitator.services import participants

        return [p.name for p in participants.list_participants(
            self.ws, meeting_id=self._document.meeting_id)]

    def view(self, title: str) -> QWidget | None:
        """The widget of a meeting dock (e.g. "Actions") while a meeting is open (built now if
        its dock has not shown yet)."""
        return self._build_dock(title) if self._document is not None else None

    @property
    def notes_editor(self) -> NotesEditor | None:
        from ui.capture.notes_editor import NotesEditor

        widget = self.view("Notes")
        return widget if isinstance(widget, NotesEditor) else None

    @property
    def plan(self) -> PlanPage | None:
        from ui.plan.page import PlanPage

        page = self.meeting_page("Plan")
        return page if isinstance(page, PlanPage) else None

    def flush_notes(self) -> None:
        from ui.capture.notes_editor import NotesEditor

        notes = self.docks["Notes"].widget()  # not built yet: nothing typed to save
        if isinstance(notes, NotesEditor):
            notes.flush()

    def _notes_factory(self, document: MeetingDocument) -> QWidget:
        from ui.capture.notes_editor import NotesEditor

        return NotesEditor(document)

    def _decisions_factory(self, document: MeetingDocument) -> QWidget:
        from ui.capture.decision_log_model import DecisionLogModel
        from ui.capture.decision_log_view import DecisionLogView

        return DecisionLogView(DecisionLogModel(document), self.current_item_id,
                               self.participant_names)

    def _actions_factory(self, document: MeetingDocument) -> QWidget:
        from ui.capture.action_model import ActionModel
        from ui.capture.action_view import ActionView

        return ActionView(ActionModel(document), self.current_item_id, self.participant_names)

    def _parking_factory(self, document: MeetingDocument) -> QWidget:
        from ui.capture.parking_lot_model import ParkingLotModel
        from ui.capture.parking_lot_view import ParkingLotView

        view = ParkingLotView(ParkingLotModel(document), self.current_item_id,
                              self.participant_names)
        view.movedToMeeting.connect(lambda _id: self.meetings.refresh())
        return view

    # --- keeping things in step -----------------------------------------------------------------
    def _watch_stack(self, stack: UndoStack) -> None:
        # Undo applies to what was edited last: the open meeting, or the meeting list.
        stack.indexChanged.connect(self._stack_changed)

    @Slot(int)
    def _stack_changed(self, _index: int) -> None:
        stack = self.sender()
        # A closed meeting's stack can still change as its widgets go (a last note saved on
        # focus-out); it has left the group and must not become the Edit menu's stack again.
        if isinstance(stack, UndoStack) and stack in self.undo_group.stacks():
            self.undo_group.setActiveStack(stack)

    @Slot(object)
    def _meeting_changed(self, topics: tuple[str, ...]) -> None:
        # Once per edit, however many of its topics the list shows (a clock jump is two).
        if not {"meeting", "agenda", "clock", "parking"}.isdisjoint(topics):
            self.meetings.refresh()
            if "meeting" in topics and self._document is not None:
                from facilitator.services import meetings

                title = meetings.get_meeting(self.ws, self._document.meeting_id).title
                self.setWindowTitle(f"{title} — Facilitator")

    @Slot(int)
    def _meeting_going(self, meeting_id: int) -> None:
        if self._document is not None and self._document.meeting_id == meeting_id:
            self.close_meeting()

    @Slot(str)
    def _workspace_changed(self, _topic: str) -> None:
        if self._document is not None and self.meetings.row_of(self._document.meeting_id) < 0:
            from facilitator.services import meetings

            try:
                meetings.get_meeting(self.ws, self._document.meeting_id)
            except NotFoundError:
                self.close_meeting()  # an undo took away the meeting that was open

    def _set_meeting_actions_enabled(self, enabled: bool) -> None:
        for action in (self.close_action, self.decision_action, self.action_action,
                       self.park_action, self.notes_action, self.add_item_action,
                       *self.agenda_item_actions):
            action.setEnabled(enabled)

    def capture(self, title: str) -> None:
        view = self.view(title)
        if view is None:
            return
        self.flush_notes()
        self.docks[title].show()
        self.docks[title].raise_()
        view.start_capture()  # type: ignore[attr-defined]

    @Slot()
    def focus_notes(self) -> None:
        if self.notes_editor is not None:
            self.docks["Notes"].show()
            self.docks["Notes"].raise_()
            self.notes_editor.focus_editor()

    @Slot()
    def add_agenda_item(self) -> None:
        if self.plan is not None:
            self.meeting_tabs.setCurrentWidget(self.plan)
            self.plan.agenda.new_title.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def act_on_agenda(self, verb: str) -> None:
        """Agenda menu: move_up, move_down or delete_selected on the selected agenda item."""
        if self.plan is not None:
            getattr(self.plan.agenda, verb)()

    @Slot()
    def find_meeting(self) -> None:
        self.docks["Meetings"].show()
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    @Slot()
    def show_shortcuts(self) -> ShortcutsDialog:
        from ui.shell.shortcuts_dialog import ShortcutsDialog

        dialog = self.findChild(ShortcutsDialog)
        if dialog is None:  # one at a time; freed when closed
            dialog = ShortcutsDialog(self.menuBar(), self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.raise_()
        return dialog

    @Slot(str)
    def report_failure(self, text: str) -> None:
        """One non-modal line in the status bar: a step that could not be done, or an error."""
        self.statusBar().showMessage(text, FAILURE_MESSAGE_MS)

    def about(self) -> None:
        QMessageBox.about(self, "About Facilitator",
                          f"Facilitator {__version__}\nRun the room: agenda, clock, notes, "
                          "decisions, actions, board and minutes — offline.")

    # --- window state ---------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            # First start: a roomy window, but never larger than the screen (a 1366×768 laptop).
            room = self.screen().availableGeometry().size()
            self.resize(QSize(1600, 900).boundedTo(room))
        state = settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def reopen_last_meeting(self) -> None:
        """Opens the meeting open when the window was last closed; the first time, the most
        recent one. Nothing when the user had closed the meeting."""
        last = settings.value("window/open_meeting")
        if last is None and self.meetings.rowCount():
            self.open_meeting(self.meetings.meeting_id(0))
        elif last and self.meetings.row_of(int(last)) >= 0:
            self.open_meeting(int(last))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.flush_notes()
        self.features.close_projector()
        settings.set_value("window/geometry", self.saveGeometry())
        settings.set_value("window/state", self.saveState())
        super().closeEvent(event)
