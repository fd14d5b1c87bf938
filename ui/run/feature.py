"""The Run tab (the facilitator's console and the clock), the Run menu, the clicker's keys, and
the projector window, which shows the other features' projector pages too."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction

from facilitator.clock import Clock
from ui.shell.contract import MenuSlot, Projector, Shell

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.common.document import MeetingDocument
    from ui.run.projector import ProjectorWindow
    from ui.run.run_view import RunView

TAB = "Run"


class RunFeature:
    """The Run tab is built when a meeting opens: the clicker keys and the Run menu act on it."""

    name = "run"

    def __init__(self, clock: Clock) -> None:
        self.clock = clock
        self.run_view: RunView | None = None
        self._menu_actions: list[QAction] = []

    def install(self, shell: Shell) -> None:
        self.shell = shell
        shell.add_meeting_tab(TAB, self._run_tab)
        self.menu = shell.menu(MenuSlot.RUN)
        self.menu.setEnabled(False)
        shell.add_clicker_keys(self._clicker_keys)
        shell.set_projector(self.projector)
        shell.documentChanged.connect(self._document_changed)
        shell.closing.connect(self.close_projector)
        shell.meeting_tabs.currentChanged.connect(self._tab_changed)

    def _run_tab(self, document: MeetingDocument) -> QWidget:
        from ui.run.run_view import RunView

        self.run_view = RunView(document, self.clock)
        self.run_view.projector_created.connect(self._add_pages)
        return self.run_view

    def _add_pages(self, projector: ProjectorWindow) -> None:
        for name, factory in self.shell.projector_pages().items():
            projector.add_page(name, factory(projector.document))

    def projector(self) -> Projector | None:
        """The open meeting's projector window (made on first use), or None."""
        return self.run_view.projector() if self.run_view is not None else None

    def _clicker_keys(self) -> dict[int, Callable[[], object]]:
        view = self.run_view
        if view is None:
            return {}
        return {Qt.Key.Key_PageDown: view.next_action.trigger,
                Qt.Key.Key_PageUp: view.previous_action.trigger,
                Qt.Key.Key_B: view.blank_action.trigger,
                Qt.Key.Key_F5: view.fullscreen_action.trigger}

    def _document_changed(self, document: MeetingDocument | None) -> None:
        for action in self._menu_actions:
            self.menu.removeAction(action)
        self._menu_actions = []
        if document is None:
            self.run_view = None
        elif self.run_view is not None:
            self._menu_actions = self.run_view.run_actions()
            for action in self._menu_actions:
                self.shell.place(MenuSlot.RUN, action)
        self.menu.setEnabled(document is not None)

    def _tab_changed(self, index: int) -> None:
        # On the Run tab the keys go to the clock straight away (Space, arrows, +).
        if self.run_view is not None and self.shell.meeting_tabs.widget(index) is self.run_view:
            self.run_view.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_projector(self) -> None:
        """The projector is a window of its own: it goes when the main window closes."""
        if self.run_view is not None and self.run_view.has_projector():
            self.run_view.projector().close()
