"""What the features contribute to the main window (a mixin of MainWindow): actions in the
menus' slots, clicker keys, projector pages, the projector itself, and what must be saved first."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStatusBar

from ui.shell.contract import ClickerKeys as KeysProvider
from ui.shell.contract import FileOpener, MenuSlot, Needs, PageFactory, Projector
from ui.shell.menus import Menus
from ui.shell.start_page import StartPage

# Long enough to be read from across a desk; the log file keeps the details.
FAILURE_MESSAGE_MS = 20_000


class Contributions:
    """Part of ui.shell.contract.Shell, as the main window implements it."""

    menus: Menus
    statusBar: Callable[[], QStatusBar]
    start_page: StartPage

    def _init_contributions(self) -> None:
        self._needs: dict[Needs, list[QAction]] = {need: [] for need in Needs}
        self._clicker_keys: list[KeysProvider] = []
        self._projector_pages: dict[str, PageFactory] = {}
        self._projector: Callable[[], Projector | None] = lambda: None
        self._flushes: list[Callable[[], object]] = []
        self._file_openers: dict[str, FileOpener] = {}

    def window(self) -> QMainWindow:
        assert isinstance(self, QMainWindow)
        return self

    def menu(self, slot: MenuSlot) -> QMenu:
        return self.menus.menu(slot)

    def add_action(self, slot: MenuSlot, text: str, triggered: Callable[[], object],
                   *keys: QKeySequence | QKeySequence.StandardKey | str,
                   needs: Needs = Needs.MEETING, toolbar: bool = False) -> QAction:
        action = QAction(text, self.window())
        action.setShortcuts([QKeySequence(k) for k in keys if not QKeySequence(k).isEmpty()])
        action.triggered.connect(lambda _checked=False: triggered())
        self._needs[needs].append(action)
        self.place(slot, action, toolbar=toolbar)
        return action

    def place(self, slot: MenuSlot, action: QAction, *, toolbar: bool = False) -> None:
        self.menus.add(slot, action, toolbar=toolbar)

    def add_way_in(self, action: QAction, label: str, detail: str, rank: int = 50) -> None:
        self.start_page.add(action, label, detail, rank)

    def add_file_opener(self, suffixes: Sequence[str], open_file: FileOpener) -> None:
        for suffix in suffixes:
            self._file_openers[suffix.lower()] = open_file

    def file_opener(self, path: Path) -> FileOpener | None:
        return self._file_openers.get(path.suffix.lower())

    # --- files dropped on the window ------------------------------------------------------------
    def _dropped_files(self, event: QDropEvent | QDragEnterEvent) -> list[Path]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
        return [p for p in paths if self.file_opener(p) is not None]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._dropped_files(event) and self._file_openers_enabled():
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = self._dropped_files(event)
        if not files or not self._file_openers_enabled():
            return
        event.acceptProposedAction()
        opener = self.file_opener(files[0])
        assert opener is not None
        assert isinstance(self, QMainWindow)
        where = self.childAt(event.position().toPoint())
        opener(files[0], where)  # one file per drop: the first is the one meant

    def add_clicker_keys(self, keys: KeysProvider) -> None:
        self._clicker_keys.append(keys)

    def _clicker_actions(self) -> dict[int, Callable[[], object]]:
        return {key: slot for keys in self._clicker_keys for key, slot in keys().items()}

    def add_projector_page(self, name: str, factory: PageFactory) -> None:
        self._projector_pages[name] = factory

    def projector_pages(self) -> dict[str, PageFactory]:
        return dict(self._projector_pages)

    def set_projector(self, projector: Callable[[], Projector | None]) -> None:
        self._projector = projector

    def projector(self) -> Projector | None:
        return self._projector()

    def add_flush(self, flush: Callable[[], object]) -> None:
        self._flushes.append(flush)

    def flush(self) -> None:
        """Saves what waits to be saved (typing in the notes) before anything else happens."""
        for flush in self._flushes:
            flush()

    @Slot(str)
    def report_failure(self, text: str) -> None:
        """One non-modal line in the status bar: a step that could not be done, or an error."""
        self.statusBar().showMessage(text, FAILURE_MESSAGE_MS)

    def show_message(self, text: str, milliseconds: int = 8000) -> None:
        self.statusBar().showMessage(text, milliseconds)

    def _enable(self, needs: Needs, enabled: bool) -> None:
        for action in self._needs[needs]:
            action.setEnabled(enabled)
        if needs is Needs.WORKSPACE:
            self._workspace_ready = enabled

    def _file_openers_enabled(self) -> bool:
        return getattr(self, "_workspace_ready", False)

