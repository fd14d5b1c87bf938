"""The open meeting's tabs and docks: built when the meeting opens, or when first shown."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, TypeGuard, cast

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDockWidget, QLabel, QWidget

from ui.shell.contract import DockArea, PageFactory, Shown, TabFactory

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow, QMenu, QTabWidget

    from ui.common.document import MeetingDocument


def placeholder(text: str) -> QLabel:
    # Font and palette rather than a style sheet: style sheets cost start-up time to set up.
    label = QLabel(text, alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
    font = label.font()
    font.setPointSize(14)
    label.setFont(font)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.Mid))
    label.setPalette(palette)
    return label




class MeetingPages:
    """Part of the main window (a mixin of MainWindow): the meeting's tabs and docks.

    Hidden pages wait: a tab is built when first chosen (or asked for with meeting_page), a
    dock when it first shows (or view() asks for it), so opening a large meeting builds only
    what is on screen.
    """

    meeting_tabs: QTabWidget
    view_menu: QMenu
    _document: MeetingDocument | None

    def _init_pages(self) -> None:
        self.docks: dict[str, QDockWidget] = {}
        self._tab_factories: list[tuple[str, TabFactory, bool, Shown | None]] = []
        self._dock_factories: dict[str, PageFactory] = {}
        self._builders: dict[QWidget, Callable[[], QWidget | None]] = {}  # pages not shown yet

    def _open_pages(self, document: MeetingDocument) -> None:
        for title, factory, later, shown in self._tab_factories:
            self._add_tab(document, title, factory, later, shown)
        self._build_tab(self.meeting_tabs.currentIndex())
        for title in self._dock_factories:
            self._set_dock_later(title, document)

    def _close_pages(self) -> None:
        self._builders.clear()
        while self.meeting_tabs.count():
            page = self.meeting_tabs.widget(0)
            assert page is not None  # there is a tab 0
            self.meeting_tabs.removeTab(0)
            page.deleteLater()
        for title in self._dock_factories:
            old = self.docks[title].widget()
            self.docks[title].setWidget(placeholder("Open a meeting"))
            if old is not None:
                old.deleteLater()

    def add_meeting_tab(self, title: str, factory: TabFactory, *, later: bool = False,
                        shown: Shown | None = None) -> None:
        """A tab for every meeting that opens (e.g. "Run": lambda d: RunView(d, clock)).

        later=True builds it when first chosen or asked for (meeting_page); `shown(document)`
        then says whether the meeting has that tab at all. With later=False the factory runs
        at open and may return None for no tab.
        """
        self._tab_factories.append((title, factory, later, shown))
        if self._document is not None:
            self._add_tab(self._document, title, factory, later, shown)

    def _add_tab(self, document: MeetingDocument, title: str, factory: TabFactory,
                 later: bool, shown: Shown | None) -> None:
        if not later:
            page = factory(document)
        elif shown is None or shown(document):
            page = self._later(lambda: factory(document))
        else:
            page = None
        if page is not None:  # a factory may have nothing to show for this meeting
            self.meeting_tabs.addTab(page, title)

    def _later(self, build: Callable[[], QWidget | None]) -> QWidget:
        """An empty page standing in for a tab or dock page until it first shows (a plain
        QWidget: its builder stays with the window, not on a Qt object)."""
        page = QWidget()
        self._builders[page] = build
        return page

    def _is_later(self, page: QWidget | None) -> TypeGuard[QWidget]:
        return page is not None and page in self._builders

    def meeting_page(self, title: str) -> QWidget | None:
        """The open meeting's tab `title` (built now if it has not shown yet), or None."""
        for i in range(self.meeting_tabs.count()):
            if self.meeting_tabs.tabText(i).replace("&", "") == title:
                return self._build_tab_at(i)
        return None

    def show_meeting_page(self, title: str) -> QWidget | None:
        page = self.meeting_page(title)
        if page is not None:
            self.meeting_tabs.setCurrentWidget(page)
        return page

    def view(self, title: str) -> QWidget | None:
        return self._build_dock(title) if self._document is not None else None

    @Slot(int)
    def _build_tab(self, index: int) -> None:
        # Not while a meeting closes: its tabs go one by one, each becoming current.
        if self._document is not None and self._is_later(self.meeting_tabs.widget(index)):
            self._build_tab_at(index, current=True)

    def _build_tab_at(self, index: int, *, current: bool = False) -> QWidget | None:
        later = self.meeting_tabs.widget(index)
        if not self._is_later(later):
            return later
        page = self._builders.pop(later)()
        if page is None:
            return None
        tabs = self.meeting_tabs
        was_current = current or tabs.currentIndex() == index
        tabs.blockSignals(True)  # the swap is not a change of tab
        try:
            title, tip = tabs.tabText(index), tabs.tabToolTip(index)
            tabs.removeTab(index)
            tabs.insertTab(index, page, title)
            tabs.setTabToolTip(index, tip)
        finally:
            tabs.blockSignals(False)
        later.deleteLater()
        if was_current:
            if tabs.currentIndex() == index:
                tabs.currentChanged.emit(index)
            else:
                tabs.setCurrentIndex(index)
        return page

    def add_meeting_dock(self, title: str, object_name: str, factory: PageFactory,
                         area: Qt.DockWidgetArea = DockArea.RightDockWidgetArea) -> QDockWidget:
        """A dock whose widget is built for every meeting that opens; its place persists."""
        dock = self.add_dock(title, object_name, area)
        dock.setWidget(placeholder("Open a meeting"))
        self._dock_factories[title] = factory
        dock.visibilityChanged.connect(partial(self._dock_shown, title))
        if self._document is not None:
            self._set_dock_later(title, self._document)
        return dock

    def _set_dock_later(self, title: str, document: MeetingDocument) -> None:
        factory = self._dock_factories[title]
        dock = self.docks[title]
        old = dock.widget()  # the "Open a meeting" placeholder: setWidget does not free it
        dock.setWidget(self._later(lambda: factory(document)))
        if old is not None:
            old.deleteLater()
        # Shown now (not closed, not tabbed away: those keep isVisible() but show no region).
        if dock.isVisible() and not dock.visibleRegion().isEmpty():
            self._build_dock(title)

    def _dock_shown(self, title: str, visible: bool) -> None:
        if visible:
            self._build_dock(title)

    def _build_dock(self, title: str) -> QWidget | None:
        later = self.docks[title].widget()
        if not self._is_later(later) or self._document is None:
            return later
        page = self._builders.pop(later)()
        assert page is not None  # a dock's factory (a PageFactory) always returns a page
        self.docks[title].setWidget(page)
        later.deleteLater()
        return page

    def add_dock(self, title: str, object_name: str, area: Qt.DockWidgetArea) -> QDockWidget:
        """A dock of the window (its widget is the caller's); listed in the View menu."""
        window = cast("QMainWindow", self)  # a mixin of MainWindow, a QMainWindow
        dock = QDockWidget(title, window)
        dock.setObjectName(object_name)
        window.addDockWidget(area, dock)
        self.docks[title] = dock
        self.view_menu.addAction(dock.toggleViewAction())
        return dock

