"""Plugs the run view, the board, the projector, exports, templates and series into the window."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from facilitator.clock import Clock
from ui.shell.clicker_keys import ClickerKeys

if TYPE_CHECKING:  # the views load when a meeting first opens, the dialogs when asked for
    from ui.board.board_projector_view import BoardProjectorView
    from ui.board.board_view import BoardView
    from ui.common.document import MeetingDocument
    from ui.run.projector import ProjectorWindow
    from ui.run.run_view import RunView
    from ui.shell.main_window import MainWindow

BOARD_PAGE = "board"
CLOCK_PAGE = "clock"


class MeetingFeatures:
    """Builds the Run, Board and Review tabs of each meeting and the menus that act on them."""

    def __init__(self, window: MainWindow, clock: Clock) -> None:
        self.window = window
        self.clock = clock
        self.run_view: RunView | None = None
        self.board_view: BoardView | None = None
        self._board_projected: BoardProjectorView | None = None
        # The Run tab is built at open (the clicker keys and the Run menu act on it); the board
        # and the review when first shown: the Board menu fills then, or when it opens.
        window.add_meeting_tab("Run", self._run_tab)
        window.add_meeting_tab("Board", self._board_tab, later=True)
        window.add_meeting_tab("Review", self._review_tab, later=True, shown=_has_review)
        self._build_menus()
        self.clicker = ClickerKeys(window, self._clicker_actions)
        window.meeting_tabs.currentChanged.connect(self._tab_changed)
        window.documentChanged.connect(self._document_changed)
        self._document_changed(window.document)

    # --- tabs --------------------------------------------------------------------------------
    def _run_tab(self, document: MeetingDocument) -> QWidget:
        from ui.run.run_view import RunView

        self.run_view = RunView(document, self.clock)
        self.run_view.projector_created.connect(self._add_board_page)
        return self.run_view

    def _board_tab(self, document: MeetingDocument) -> QWidget:
        from ui.board.board_view import BoardView

        self.board_view = BoardView(document)
        self.board_view.message.connect(
            lambda text: self.window.statusBar().showMessage(text, 6000))
        self.board_qmenu.clear()
        self.board_qmenu.addActions(self.board_view.board_actions())
        if self._board_projected is not None:
            self.board_view.team_filter_changed.connect(self._board_projected.set_team_filter)
        return self.board_view

    def _review_tab(self, document: MeetingDocument) -> QWidget | None:
        from ui.review.action_review_view import ActionReviewView

        return ActionReviewView(document)

    def _fill_board_menu(self) -> None:
        # The Board menu acts on the board: opening the menu builds it if it has not shown yet.
        if self.board_view is None and self.window.document is not None:
            self.window.meeting_page("Board")

    def _add_board_page(self, projector: ProjectorWindow) -> None:
        from ui.board.board_projector_view import BoardProjectorView

        board = BoardProjectorView(projector.document)
        projector.add_page(BOARD_PAGE, board)
        self._board_projected = board
        if self.board_view is not None:
            self.board_view.team_filter_changed.connect(board.set_team_filter)

    def _clicker_actions(self) -> dict[int, Callable[[], object]]:
        view = self.run_view
        if view is None:
            return {}
        return {Qt.Key.Key_PageDown: view.next_action.trigger,
                Qt.Key.Key_PageUp: view.previous_action.trigger,
                Qt.Key.Key_B: view.blank_action.trigger,
                Qt.Key.Key_F5: view.fullscreen_action.trigger}

    def _tab_changed(self, index: int) -> None:
        # On the Run tab the keys go to the clock straight away (Space, arrows, +).
        if self.run_view is not None and self.window.meeting_tabs.widget(index) is self.run_view:
            self.run_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_projector(self) -> None:
        """The projector is a window of its own: it goes when the main window closes."""
        if self.run_view is not None and self.run_view.has_projector():
            self.run_view.projector().close()

    # --- menus -------------------------------------------------------------------------------
    def _action(self, menu: QMenu, text: str, slot: Callable[[], object],
                keys: str | QKeySequence.StandardKey = "", *, needs_meeting: bool = True
                ) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        menu.addAction(action)
        if needs_meeting:
            self._meeting_actions.append(action)
        return action

    def _build_menus(self) -> None:
        w = self.window
        self._meeting_actions: list[QAction] = []
        file_menu = QMenu()  # collected, then inserted before Quit
        w.workspace_actions += [
            self._action(file_menu, "New meeting from &template…", self.new_from_template,
                         needs_meeting=False),
            self._action(file_menu, "New meeting from &pasted agenda…", self.new_from_paste,
                         needs_meeting=False)]
        self._action(file_menu, "Ne&xt meeting of the series…", self.next_in_series)
        self._action(file_menu, "Save meeting as te&mplate…", self.save_as_template)
        file_menu.addSeparator()
        self._action(file_menu, "Export &minutes…", self.export_minutes, "Ctrl+Shift+E")
        self._action(file_menu, "Export a&genda…", self.export_agenda)
        self._action(file_menu, "Minutes st&yles from a Word template…",
                     lambda: _export_actions().choose_minutes_template_interactive(w),
                     needs_meeting=False)
        self._action(file_menu, "Use built-in minutes styles",
                     lambda: _export_actions().clear_minutes_template(), needs_meeting=False)
        file_menu.addSeparator()
        for action in file_menu.actions():
            w.file_menu.insertAction(w.quit_action, action)
        self._file_menu_holder = file_menu  # keeps the separators alive

        self._action(w.agenda_menu, "Add items from &text…", self.paste_into_agenda)

        self.run_menu = w.menuBar().insertMenu(w.view_menu.menuAction(), QMenu("&Run", w))
        self.run_qmenu = self.run_menu.menu()
        self.board_qmenu = QMenu("&Board", w)
        w.menuBar().insertMenu(w.view_menu.menuAction(), self.board_qmenu)
        self.board_qmenu.aboutToShow.connect(self._fill_board_menu)
        self.project_board_action = self._action(
            w.view_menu, "Project the &board", self.toggle_projected_board, "Ctrl+Shift+B")
        self.project_board_action.setCheckable(True)

    def _document_changed(self, document: MeetingDocument | None) -> None:
        for action in self._meeting_actions:
            action.setEnabled(document is not None)
        self.run_qmenu.clear()
        self.board_qmenu.clear()
        self.project_board_action.setChecked(False)
        if document is None:
            self.run_view = self.board_view = self._board_projected = None
            self.run_qmenu.setEnabled(False)
            self.board_qmenu.setEnabled(False)
            return
        self.run_qmenu.setEnabled(True)
        self.board_qmenu.setEnabled(True)
        if self.run_view is not None:
            self.run_qmenu.addActions(self.run_view.run_actions())
        if self.board_view is not None:
            self.board_qmenu.addActions(self.board_view.board_actions())

    # --- what the actions do ------------------------------------------------------------------
    def _open_new(self, meeting_id: int | None, how: str) -> None:
        if meeting_id is not None:  # one undoable step on the meeting list, then open it
            self.window.meeting_list.adopt_meeting(meeting_id, how)

    def new_from_template(self) -> None:
        from ui.templates.new_from_template_dialog import new_meeting_from_template

        self._open_new(new_meeting_from_template(self.window, self.window.ws), "from template")

    def new_from_paste(self) -> None:
        from ui.templates.paste_agenda_dialog import paste_agenda_as_meeting

        self._open_new(paste_agenda_as_meeting(self.window, self.window.ws),
                       "from pasted agenda")

    def next_in_series(self) -> None:
        from ui.templates.next_meeting import create_next_meeting

        document = self.window.document
        if document is not None:
            self.window.flush_notes()
            self._open_new(create_next_meeting(self.window, self.window.ws, document.meeting_id),
                           "as next of the series")

    def save_as_template(self) -> None:
        from ui.templates.new_from_template_dialog import save_meeting_as_template

        document = self.window.document
        if document is not None:
            name = save_meeting_as_template(self.window, self.window.ws, document.meeting_id)
            if name:
                self.window.statusBar().showMessage(f"Saved as the template “{name}”", 6000)

    def export_minutes(self) -> None:
        if self.window.document is not None:
            self.window.flush_notes()
            path = _export_actions().export_minutes_interactive(self.window, self.window.document)
            if path is not None:
                self.window.statusBar().showMessage(f"Minutes written to {path}", 8000)

    def export_agenda(self) -> None:
        if self.window.document is not None:
            path = _export_actions().export_agenda_interactive(self.window, self.window.document)
            if path is not None:
                self.window.statusBar().showMessage(f"Agenda written to {path}", 8000)

    def paste_into_agenda(self) -> None:
        from ui.templates.paste_agenda_dialog import paste_agenda_into

        if self.window.document is not None:
            paste_agenda_into(self.window, self.window.document)

    def toggle_projected_board(self) -> None:
        """The projector shows the board instead of the clock, or the clock again."""
        if self.run_view is None:
            return
        projector = self.run_view.projector()
        page = BOARD_PAGE if projector.page() != BOARD_PAGE else CLOCK_PAGE
        projector.set_page(page)
        self.project_board_action.setChecked(page == BOARD_PAGE)
        if not projector.isVisible():
            self.run_view.show_projector()


def _has_review(document: MeetingDocument) -> bool:
    """Only meetings of a series that carried open actions over have a review step."""
    from ui.templates.next_meeting import review_count

    return review_count(document.ws, document.meeting_id) > 0


def _export_actions() -> ModuleType:
    """The export actions load python-docx (lxml): only when an export is asked for."""
    from ui.minutes import export_actions

    return export_actions


def install_features(window: MainWindow, clock: Clock) -> MeetingFeatures:
    return MeetingFeatures(window, clock)
