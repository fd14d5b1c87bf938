"""Votes and checks in the room: the Votes dock (Plan and Run alike), adding a vote, revealing
its results and recording it as a decision (Capture menu), and its page on the projector
(View → Project the vote)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.shell.contract import CLOCK_PAGE, DockArea, MenuSlot, Shell

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.common.document import MeetingDocument
    from ui.votes.vote_page import VotePage
    from ui.votes.votes_view import VotesView

DOCK = "Votes"
PAGE = "vote"  # its page on the projector
ADD_KEY, REVEAL_KEY, PROJECT_KEY = "Ctrl+Shift+K", "Ctrl+Shift+R", "Ctrl+Shift+P"
MESSAGE_MS = 6000


class VotesFeature:
    name = "votes"

    def __init__(self) -> None:
        self.page: VotePage | None = None

    def install(self, shell: Shell) -> None:
        self.shell = shell
        self.dock = shell.add_meeting_dock(DOCK, "votesDock", self._votes_view,
                                           DockArea.RightDockWidgetArea)
        shell.add_projector_page(PAGE, self._vote_page)
        self.add_action = shell.add_action(MenuSlot.CAPTURE, "Add a &vote…", self.add_vote,
                                           ADD_KEY)
        self.reveal_action = shell.add_action(MenuSlot.CAPTURE, "&Reveal or hide the results",
                                              self.toggle_revealed, REVEAL_KEY)
        # Ctrl+Return belongs to the Votes panel (a window-wide one would take it from the
        # capture entries); the menu names it and acts on the selected vote.
        self.record_action = shell.add_action(
            MenuSlot.CAPTURE, "Record the vote as a decision\tCtrl+Return",
            self.record_as_decision)
        self.project_action = shell.add_action(MenuSlot.VIEW, "Project the &vote",
                                               self.toggle_projected, PROJECT_KEY)
        self.project_action.setCheckable(True)
        shell.add_flush(self.flush)
        shell.documentChanged.connect(self._document_changed)

    # --- the dock and the page ------------------------------------------------------------------
    def _votes_view(self, document: MeetingDocument) -> QWidget:
        from ui.votes.vote_list_model import VoteListModel
        from ui.votes.votes_view import VotesView

        view = VotesView(VoteListModel(document), self.default_item)
        view.message.connect(lambda text: self.shell.show_message(text, MESSAGE_MS))
        view.vote_selected.connect(self._vote_selected)
        return view

    def _vote_page(self, document: MeetingDocument) -> QWidget:
        from ui.votes.vote_page import VotePage

        self.page = VotePage(document, self.toggle_revealed)
        view = self.votes_view(build=False)
        self.page.set_vote(view.selected_id() if view is not None else None)
        return self.page

    def votes_view(self, *, build: bool = True) -> VotesView | None:
        from ui.votes.votes_view import VotesView

        widget = self.shell.view(DOCK) if build else self.dock.widget()
        return widget if isinstance(widget, VotesView) else None

    def _vote_selected(self, vote_id: int | None) -> None:
        if self.page is not None:
            self.page.set_vote(vote_id)

    def _document_changed(self, _document: MeetingDocument | None) -> None:
        self.page = None
        self.project_action.setChecked(False)

    def default_item(self) -> int | None:
        """A new vote's item: the one the clock runs on, else the one in view (the Plan tab's
        selected row while that tab is current)."""
        document = self.shell.document
        if document is None:
            return None
        from facilitator.domain import ItemStatus
        from facilitator.services import agenda

        items = agenda.list_items(document.ws, meeting_id=document.meeting_id)
        running = next((i.id for i in items if i.status is ItemStatus.ACTIVE), None)
        return running if running is not None else self.shell.focused_item()

    # --- the menus ------------------------------------------------------------------------------
    def _shown_view(self) -> VotesView | None:
        view = self.votes_view()
        if view is not None:
            self.dock.show()
            self.dock.raise_()
        return view

    def add_vote(self) -> None:
        self.shell.flush()
        view = self._shown_view()
        if view is not None:
            view.add_vote()

    def toggle_revealed(self) -> None:
        view = self.votes_view()
        if view is not None:
            view.panel.toggle_revealed()

    def record_as_decision(self) -> None:
        view = self._shown_view()
        if view is not None:
            view.panel.record_as_decision()

    def flush(self) -> None:
        view = self.votes_view(build=False)  # not built yet: nothing typed to save
        if view is not None:
            view.panel.flush()

    def toggle_projected(self) -> None:
        """The projector shows the selected vote instead of the clock, or the clock again."""
        projector = self.shell.projector()
        if projector is None:
            return
        view = self.votes_view()
        page = PAGE if projector.page() != PAGE else CLOCK_PAGE
        if page == PAGE and self.page is not None and view is not None:
            self.page.set_vote(view.selected_id())
        projector.set_page(page)
        self.project_action.setChecked(page == PAGE)
        projector.present()
