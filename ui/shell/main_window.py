"""The facilitator's main window: the frame that hosts the features' tabs, docks and menus."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QStackedWidget, QTabWidget

from facilitator import __version__
from facilitator.errors import NotFoundError
from ui.common import settings
from ui.common.commands import UndoGroup, UndoStack, edit_actions
from ui.common.document import MeetingDocument, Topic
from ui.common.free_memory import release_free_memory
from ui.shell import window_state
from ui.shell.clicker_keys import ClickerKeys
from ui.shell.contract import Feature, Features, MenuSlot, Needs
from ui.shell.contributions import Contributions
from ui.shell.menus import Menus
from ui.shell.pages import MeetingPages
from ui.shell.start_page import StartPage

if TYPE_CHECKING:
    from facilitator.workspace import Workspace
    from ui.shell.shortcuts_dialog import ShortcutsDialog

TRIM_DELAY_MS = 500
_LISTED = frozenset({Topic.MEETING, Topic.AGENDA, Topic.CLOCK, Topic.PARKING})


class MainWindow(MeetingPages, Contributions, QMainWindow):
    """Implements ui.shell.contract.Shell; the features (ui.app) fill it.

    Signals:
        documentChanged(object): a meeting was opened (its MeetingDocument) or closed (None).
        workspaceOpened(): attach_workspace() has opened the workspace (`ws` is set).
        closing(): the window is closing (after the last typing is saved).

    MainWindow(ws, features=...) is the whole window at once. With `path` instead of `ws` it is
    the frame (menus, docks, "Opening workspace…") that shows before the workspace loads;
    attach_workspace(ws) fills it.
    """

    documentChanged = Signal(object)
    workspaceOpened = Signal()
    closing = Signal()

    ws: Workspace  # set by attach_workspace(); until then the workspace actions are disabled

    def __init__(self, ws: Workspace | None = None, *, path: Path | None = None,
                 features: Sequence[Feature] = ()) -> None:
        super().__init__()
        self._path = ws.path if ws is not None else path or Path("")
        self._document: MeetingDocument | None = None
        self._init_pages()
        self.undo_group = UndoGroup(self)
        self._init_contributions()
        self._item_focus: list[Callable[[], int | None]] = []

        self.meeting_tabs = QTabWidget()
        self.meeting_tabs.setDocumentMode(True)
        self.meeting_tabs.currentChanged.connect(self._build_tab)  # before other listeners
        self.central = QStackedWidget()
        self.start_page = StartPage()
        self.central.addWidget(self.start_page)
        self.central.addWidget(self.meeting_tabs)
        self.setAcceptDrops(True)
        self.setCentralWidget(self.central)
        self._build_menus()
        self.features = Features((feature.name, feature) for feature in features)
        for feature in features:
            feature.install(self)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.menus.toolbar.toggleViewAction())
        self.clicker = ClickerKeys(self, self._clicker_actions)
        self.statusBar().showMessage(f"Opening {self._path}…")
        window_state.restore(self)
        self._enable(Needs.WORKSPACE, False)
        self._enable(Needs.MEETING, False)
        self._set_title(None)
        if ws is not None:
            self.attach_workspace(ws)

    def _build_menus(self) -> None:
        self.menus = Menus(self)
        self.file_menu, self.view_menu = self.menu(MenuSlot.FILE_NEW), self.menu(MenuSlot.VIEW)
        self.close_action = self.add_action(MenuSlot.FILE_MEETING, "&Close meeting",
                                            self.close_meeting, QKeySequence.StandardKey.Close)
        self.quit_action = QAction("&Quit", self)  # after the slots, at the very end
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        self.undo_action, self.redo_action = edit_actions(self.undo_group, self,
                                                          self.report_failure, self.flush)
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            self.place(MenuSlot.EDIT, action, toolbar=True)
        self.shortcuts_action = self.add_action(
            MenuSlot.HELP, "&Keyboard shortcuts", self.show_shortcuts,
            QKeySequence.StandardKey.HelpContents, "Ctrl+/", needs=Needs.NOTHING)
        self.add_action(MenuSlot.HELP, "&About Facilitator", self.about, needs=Needs.NOTHING)

    def attach_workspace(self, ws: Workspace) -> None:
        """The workspace is open: the features fill the frame (workspaceOpened)."""
        self.ws = ws
        self._path = ws.path
        self.workspace_document = MeetingDocument(ws, 0, self)
        self.undo_group.addStack(self.workspace_document.undo_stack)
        self._watch_stack(self.workspace_document.undo_stack)
        self.undo_group.setActiveStack(self.workspace_document.undo_stack)
        self.workspace_document.changed.connect(self._workspace_changed)
        self._set_title(None)
        self._enable(Needs.WORKSPACE, True)
        self.statusBar().showMessage(f"Workspace: {ws.path}")
        self.workspaceOpened.emit()

    def reopen_last_meeting(self) -> None:
        """The meeting open at the last close (the first time: the most recent one)."""
        meeting_id = window_state.meeting_to_reopen(self.ws)
        if meeting_id is not None:
            self.open_meeting(meeting_id)

    # --- the open meeting -----------------------------------------------------------------------
    @property
    def document(self) -> MeetingDocument | None:
        return self._document

    @Slot(int)
    def open_meeting(self, meeting_id: int) -> None:
        if self._document is not None and self._document.meeting_id == meeting_id:
            return
        from facilitator.services import meetings

        try:
            title = meetings.get_meeting(self.ws, meeting_id).title
        except NotFoundError as exc:
            self.report_failure(str(exc))
            return
        self.close_meeting()
        document = MeetingDocument(self.ws, meeting_id, self)
        self._document = document
        self.undo_group.addStack(document.undo_stack)
        self._watch_stack(document.undo_stack)
        document.edited.connect(self._meeting_changed)
        self._open_pages(document)
        self.central.setCurrentWidget(self.meeting_tabs)
        self._set_title(title)
        self._enable(Needs.MEETING, True)
        settings.set_value("window/open_meeting", meeting_id)
        self.documentChanged.emit(document)

    @Slot()
    def close_meeting(self) -> None:
        document = self._document
        if document is None:
            return
        self.flush()
        self._document = None
        self._close_pages()
        self.undo_group.removeStack(document.undo_stack)
        self.undo_group.setActiveStack(self.workspace_document.undo_stack)
        document.deleteLater()
        # Once the closed meeting's objects are gone (deferred deletes run first).
        QTimer.singleShot(TRIM_DELAY_MS, release_free_memory)
        self.central.setCurrentIndex(0)
        self._set_title(None)
        self._enable(Needs.MEETING, False)
        settings.set_value("window/open_meeting", 0)
        self.documentChanged.emit(None)

    def _set_title(self, meeting_title: str | None) -> None:
        self.setWindowTitle(f"{meeting_title} — Facilitator" if meeting_title
                            else f"Facilitator — {self._path.name}")

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
    def _meeting_changed(self, topics: frozenset[Topic]) -> None:
        if Topic.MEETING in topics and self._document is not None:
            from facilitator.services import meetings

            self._set_title(meetings.get_meeting(self.ws, self._document.meeting_id).title)
        if not _LISTED.isdisjoint(topics):  # what the meeting list shows of a meeting
            self.workspace_document.notify(Topic.MEETINGS)

    @Slot(object)
    def _workspace_changed(self, _topic: Topic) -> None:
        if self._document is None:
            return
        from facilitator.services import meetings

        try:
            meetings.get_meeting(self.ws, self._document.meeting_id)
        except NotFoundError:
            self.close_meeting()  # an undo took away the meeting that was open

    # --- the agenda item in view (for what attaches to one: a new vote) ----------------------
    def add_item_focus(self, provider: Callable[[], int | None]) -> None:
        self._item_focus.append(provider)

    def focused_item(self) -> int | None:
        return next((i for i in (p() for p in self._item_focus) if i is not None), None)

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

    def about(self) -> None:
        QMessageBox.about(self, "About Facilitator",
                          f"Facilitator {__version__}\nRun the room: agenda, clock, notes, "
                          "decisions, actions, board and minutes — offline.")

    # --- window state ---------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.flush()
        self.closing.emit()
        window_state.save(self)
        super().closeEvent(event)

