"""Dialogs, menus and closed meetings are freed: the window's widget count and memory stay level
across 100 dialog openings and 100 meeting switches."""

from __future__ import annotations

import gc
from collections.abc import Callable

import psutil
import pytest
from PySide6.QtCore import QEvent, QPoint
from PySide6.QtWidgets import QApplication, QDialog, QMenu

from facilitator.demo import create_demo_meeting
from facilitator.services import meetings
from tests.ui.window_helpers import new_window
from ui.common.document import MeetingDocument
from ui.common.free_memory import heap_in_use, release_free_memory
from ui.shell.main_window import MainWindow

# A leak of the kind found (a dialog or a meeting's pages kept per opening) is tens of MB per
# hundred.
MAX_GROWTH_MB = 3


def settle(*, collect: bool = True) -> None:
    """What the event loop does between two user actions: run the deferred deletes (and
    collect the garbage, to measure)."""
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        QApplication.processEvents()
    if collect:
        gc.collect()


def widgets() -> int:
    return len(QApplication.allWidgets())


def memory_mb() -> float:
    """What the process holds: the heap in use where the allocator says (glibc), else the
    resident size after handing free pages back."""
    used = heap_in_use()
    if used is not None:
        return used / 1e6
    release_free_memory()
    return psutil.Process().memory_info().rss / 1e6


def level(step: Callable[[int], None], times: int, warm_up: int
          ) -> tuple[int, int, float]:
    """(widgets before, widgets after, MB grown) over `times` steps, after a warm-up that
    fills the caches (measured here: about 3 MB over the first 60 meeting switches, then
    about 1 MB per hundred: PySide's own bookkeeping, a few tuples per widget made)."""
    for n in range(warm_up):
        step(n)
        settle(collect=False)
    settle()
    before, memory = widgets(), memory_mb()
    for n in range(times):
        step(n)
        settle(collect=False)
    settle()
    return before, widgets(), memory_mb() - memory


@pytest.fixture
def window(qtbot, ws, monkeypatch) -> MainWindow:
    demo = create_demo_meeting(ws)
    monkeypatch.setattr(QDialog, "exec", lambda self: 0)  # every modal dialog is cancelled
    return new_window(qtbot, ws, demo)


def test_dialogs_and_menus_are_freed(window, qtbot) -> None:
    board = window.meeting_page("Board")
    window.meeting_tabs.setCurrentWidget(board)

    def open_one(n: int) -> None:
        kind = n % 5
        if kind == 0:
            window.show_shortcuts().close()
        elif kind == 1:
            window.features.templates.new_from_template()
        elif kind == 2:
            window.features.templates.new_from_paste()
        elif kind == 3:
            board._ask_vote_limits()
        else:
            view = board.panels[0].cards
            board._context_menu(view, QPoint(5, 5))
            menu = QApplication.activePopupWidget() or next(
                w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu)
                and w.isVisible())
            menu.close()

    before, after, grown = level(open_one, 100, warm_up=20)
    assert after <= before, f"{after - before} widgets more after 100 dialogs"
    assert grown < MAX_GROWTH_MB


def test_meeting_switches_free_the_closed_meeting(window, qtbot, ws) -> None:
    demo = window.document.meeting_id
    other = meetings.duplicate_meeting(ws, meeting_id=demo).id
    window.features.meetings.model.refresh()

    def switch(n: int) -> None:
        window.open_meeting(other if n % 2 else demo)
        window.meeting_page("Board")
        window.meeting_tabs.setCurrentIndex(n % window.meeting_tabs.count())
        window.features.capture.focus_notes()
        dock = window.docks[("Decisions", "Actions", "Parking lot")[n % 3]]
        dock.show()
        dock.raise_()

    before, after, grown = level(switch, 100, warm_up=60)
    assert after <= before, f"{after - before} widgets more after 100 switches"
    assert grown < MAX_GROWTH_MB
    # The closed meetings themselves are gone, not only their widgets.
    open_documents = [o for o in gc.get_objects() if isinstance(o, MeetingDocument)]
    assert len(open_documents) == 2, "the open meeting's and the workspace's, and no other"


