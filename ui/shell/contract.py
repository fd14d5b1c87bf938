"""What a feature may contribute to the main window, and what the window offers it.

A feature (ui/<feature>/feature.py) is installed once, when the window is built: it adds its
tabs and docks (built for every meeting that opens), its actions in the menus' named slots, the
clicker keys it answers and the pages it shows on the projector. It reaches the window only
through `Shell`, and other features not at all.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtCore import SignalInstance
    from PySide6.QtGui import QAction, QKeySequence
    from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu, QTabWidget, QWidget

    from facilitator.workspace import Workspace
    from ui.common.commands import UndoGroup
    from ui.common.document import MeetingDocument

PageFactory = Callable[["MeetingDocument"], "QWidget"]
TabFactory = Callable[["MeetingDocument"], "QWidget | None"]
Shown = Callable[["MeetingDocument"], bool]
ClickerKeys = Callable[[], "dict[int, Callable[[], object]]"]
FileOpener = Callable[["Path", "QWidget | None"], object]
DockArea = Qt.DockWidgetArea


class MenuSlot(enum.Enum):
    """Where in the menus an action goes (in this order within a menu)."""

    FILE_NEW = "File: new meetings"
    FILE_MEETING = "File: the open meeting"
    FILE_EXPORT = "File: exports"
    EDIT = "Edit"
    CAPTURE = "Capture"
    AGENDA = "Agenda"
    RUN = "Run"
    BOARD = "Board"
    VIEW = "View"
    HELP = "Help"


class Needs(enum.Enum):
    """When an action can be used: always, once the workspace is open, or with a meeting open."""

    NOTHING = "nothing"
    WORKSPACE = "workspace"
    MEETING = "meeting"


# The projector's own page: the clock, the agenda and what comes next.
CLOCK_PAGE = "clock"


class Projector(Protocol):
    """The room's screen (the run feature's projector window), as other features see it."""

    def page(self) -> str: ...

    def set_page(self, name: str) -> None: ...

    def present(self) -> None:
        """Shows it on its screen, in front."""
        ...


class Shell(Protocol):
    """The main window, as the features see it.

    Signals: documentChanged(object) a meeting opened (its MeetingDocument) or closed (None);
    workspaceOpened() the workspace is open and `ws` set; closing() the window is closing.
    """

    documentChanged: SignalInstance
    workspaceOpened: SignalInstance
    closing: SignalInstance
    undo_group: UndoGroup
    meeting_tabs: QTabWidget  # the open meeting's tabs (their pages from add_meeting_tab)

    @property
    def ws(self) -> Workspace: ...

    @property
    def document(self) -> MeetingDocument | None: ...

    @property
    def workspace_document(self) -> MeetingDocument:
        """The edits of the meeting list (create, duplicate, delete meetings): undoable."""
        ...

    def window(self) -> QMainWindow: ...

    def open_meeting(self, meeting_id: int) -> None: ...

    def close_meeting(self) -> None: ...

    def add_meeting_tab(self, title: str, factory: TabFactory, *, later: bool = False,
                        shown: Shown | None = None) -> None: ...

    def add_meeting_dock(self, title: str, object_name: str, factory: PageFactory,
                         area: Qt.DockWidgetArea = ...) -> QDockWidget: ...

    def add_dock(self, title: str, object_name: str, area: Qt.DockWidgetArea) -> QDockWidget: ...

    def meeting_page(self, title: str) -> QWidget | None:
        """The open meeting's tab `title` (built now if it has not shown yet), or None."""
        ...

    def show_meeting_page(self, title: str) -> QWidget | None:
        """As meeting_page(), and makes it the current tab."""
        ...

    def view(self, title: str) -> QWidget | None:
        """The widget of a meeting dock (built now if its dock has not shown yet), or None."""
        ...

    def menu(self, slot: MenuSlot) -> QMenu: ...

    def add_action(self, slot: MenuSlot, text: str, triggered: Callable[[], object],
                   *keys: QKeySequence | QKeySequence.StandardKey | str,
                   needs: Needs = Needs.MEETING, toolbar: bool = False) -> QAction: ...

    def place(self, slot: MenuSlot, action: QAction, *, toolbar: bool = False) -> None:
        """Puts an action made elsewhere (a view's own) in a slot; remove it with
        menu(slot).removeAction()."""
        ...

    def add_way_in(self, action: QAction, label: str, detail: str, rank: int = 50) -> None:
        """A large button for the action on the empty window's page (a way into a meeting),
        placed by rank."""
        ...

    def add_file_opener(self, suffixes: Sequence[str], open_file: FileOpener) -> None:
        """What a file of these suffixes (".docx") dropped on the window does; it is given the
        file and the widget it was dropped on."""
        ...

    def add_clicker_keys(self, keys: ClickerKeys) -> None: ...

    def add_projector_page(self, name: str, factory: PageFactory) -> None: ...

    def projector_pages(self) -> dict[str, PageFactory]: ...

    def set_projector(self, projector: Callable[[], Projector | None]) -> None: ...

    def projector(self) -> Projector | None: ...

    def add_flush(self, flush: Callable[[], object]) -> None: ...

    def add_item_focus(self, provider: Callable[[], int | None]) -> None:
        """Something that can name the agenda item the user is looking at (the Plan tab's
        selected row while it is current), or None."""
        ...

    def focused_item(self) -> int | None:
        """The first agenda item id a provider of add_item_focus names, or None."""
        ...

    def flush(self) -> None: ...

    def report_failure(self, text: str) -> None: ...

    def show_message(self, text: str, milliseconds: int = ...) -> None: ...


class Feature(Protocol):
    """A part of the window a user would name (the board, the run console...)."""

    name: str

    def install(self, shell: Shell) -> None: ...


class Features(dict[str, Any]):
    """The installed features by name: window.features.board, window.features["board"]."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None
