"""The four-quadrant board: its tab (built when first shown), the Board menu, and its page on the
projector (View → Project the board)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from ui.shell.contract import CLOCK_PAGE, MenuSlot, Shell

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.board.board_projector_view import BoardProjectorView
    from ui.board.board_view import BoardView
    from ui.common.document import MeetingDocument

TAB = "Board"
PAGE = "board"  # its page on the projector
MESSAGE_MS = 6000


class BoardFeature:
    name = "board"

    def __init__(self) -> None:
        self.board_view: BoardView | None = None
        self.projected: BoardProjectorView | None = None
        self._menu_actions: list[QAction] = []

    def install(self, shell: Shell) -> None:
        self.shell = shell
        shell.add_meeting_tab(TAB, self._board_tab, later=True)
        shell.add_projector_page(PAGE, self._projected_board)
        self.menu = shell.menu(MenuSlot.BOARD)
        self.menu.setEnabled(False)
        # The Board menu acts on the board: opening it builds the board if it has not shown.
        self.menu.aboutToShow.connect(self._build_board)
        self.project_action = shell.add_action(MenuSlot.VIEW, "Project the &board",
                                               self.toggle_projected, "Ctrl+Shift+B")
        self.project_action.setCheckable(True)
        shell.documentChanged.connect(self._document_changed)

    def _board_tab(self, document: MeetingDocument) -> QWidget:
        from ui.board.board_view import BoardView

        view = BoardView(document)
        view.message.connect(lambda text: self.shell.show_message(text, MESSAGE_MS))
        self.board_view = view
        self._set_menu(view.board_actions())
        if self.projected is not None:
            view.team_filter_changed.connect(self.projected.set_team_filter)
        return view

    def _projected_board(self, document: MeetingDocument) -> QWidget:
        from ui.board.board_projector_view import BoardProjectorView

        self.projected = BoardProjectorView(document)
        if self.board_view is not None:
            self.board_view.team_filter_changed.connect(self.projected.set_team_filter)
        return self.projected

    def _build_board(self) -> None:
        if self.board_view is None and self.shell.document is not None:
            self.shell.meeting_page(TAB)

    def _set_menu(self, actions: list[QAction]) -> None:
        for action in self._menu_actions:
            self.menu.removeAction(action)
        self._menu_actions = actions
        for action in actions:
            self.shell.place(MenuSlot.BOARD, action)

    def _document_changed(self, document: MeetingDocument | None) -> None:
        self.board_view = self.projected = None
        self._set_menu([])
        self.project_action.setChecked(False)
        self.menu.setEnabled(document is not None)

    def toggle_projected(self) -> None:
        """The projector shows the board instead of the clock, or the clock again."""
        projector = self.shell.projector()
        if projector is None:
            return
        page = PAGE if projector.page() != PAGE else CLOCK_PAGE
        projector.set_page(page)
        self.project_action.setChecked(page == PAGE)
        projector.present()
