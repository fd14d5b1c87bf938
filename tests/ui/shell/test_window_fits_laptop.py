"""The main window with a meeting open fits a 1366×768 laptop screen, at every tab, docks shown."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from facilitator import series
from facilitator.clock import FakeClock
from facilitator.services import meetings
from ui.app import main_window
from ui.run.run_agenda_table import ITEM, PRESENTER
from ui.shell.main_window import MainWindow

# 1366×768 less a window frame, a title bar and a panel: what the window itself may ask for.
MAX_WIDTH, MAX_HEIGHT = 1100, 700
LAPTOP = (1366 - 16, 768 - 68)


@pytest.fixture
def clock() -> FakeClock:
    # 11:00 local time on the day of the meeting planned from 09:00: two hours late.
    return FakeClock(dt.datetime(2026, 11, 24, 11, 0).astimezone(dt.UTC))


@pytest.fixture
def window(qtbot, ws, clock):
    win = main_window(ws, clock)
    qtbot.addWidget(win)
    win.resize(*LAPTOP)
    win.show()
    qtbot.waitExposed(win)
    return win


def tab_titles(window: MainWindow) -> list[str]:
    return [window.meeting_tabs.tabText(i) for i in range(window.meeting_tabs.count())]


def visit(window: MainWindow, title: str) -> QWidget:
    window.meeting_tabs.setCurrentIndex(tab_titles(window).index(title))
    QApplication.processEvents()  # the layouts settle
    return window.meeting_tabs.currentWidget()


def squeezed(root: QWidget) -> list[str]:
    """Visible buttons, fields and one-line labels given less room than they need to show."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(
                widget, QAbstractButton | QComboBox | QLineEdit | QLabel):
            continue
        if isinstance(widget.parentWidget(), QComboBox):
            continue  # a combo box's own line edit: the combo box is checked
        need = widget.minimumSizeHint()
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            need.setHeight(widget.heightForWidth(widget.width()))  # every line shown
        if widget.width() < need.width() or widget.height() < need.height():
            name = widget.text() if hasattr(widget, "text") else widget.objectName()
            found.append(f"{type(widget).__name__} {name!r}: {widget.size().toTuple()} < "
                         f"{need.toTuple()}")
    return found


def assert_fits(window: MainWindow) -> None:
    hint = window.minimumSizeHint()
    assert hint.width() <= MAX_WIDTH and hint.height() <= MAX_HEIGHT, hint.toTuple()
    inside = QRect(0, 0, *LAPTOP)
    assert window.size().toTuple() == LAPTOP  # the window did not have to grow
    for title in ("Meetings", "Notes", "Decisions"):
        dock = window.docks[title]
        assert dock.isVisible() and inside.contains(dock.geometry()), title
    assert squeezed(window) == []


def test_every_tab_of_the_demo_fits_a_laptop(window, ws, demo_id) -> None:
    window.open_meeting(demo_id)
    assert tab_titles(window) == ["Plan", "Run", "Board"]
    for title in tab_titles(window):
        visit(window, title)
        assert_fits(window)


def test_the_run_tab_of_a_meeting_running_late_fits_a_laptop(window, ws, demo_id) -> None:
    copy = meetings.duplicate_meeting(ws, meeting_id=demo_id, title="Summit, second day")
    meetings.update_meeting(ws, meeting_id=copy.id, date="2026-11-24", planned_start="09:00",
                            planned_end="12:30")
    window.features.meetings.model.refresh()
    window.open_meeting(copy.id)
    run = visit(window, "Run")
    run.setFocus()
    QTest.keyClick(run, Qt.Key.Key_Space)  # starts the clock, hours after the planned start
    run.projector().show_message("Break — back at 10:40")
    run.projector().hide()
    QApplication.processEvents()
    assert run.state_label.text() == "Running" and run.rebalance_box.isVisible()
    assert "Break — back at 10:40" in run.projector_label.text()
    assert_fits(window)
    table = run.agenda_table
    assert table.isColumnHidden(PRESENTER) and table.columnWidth(ITEM) >= 100  # titles readable
    window.resize(2400, 1300)  # a big screen has room for the presenters too
    QApplication.processEvents()
    assert not table.isColumnHidden(PRESENTER) and table.columnWidth(ITEM) >= 100


def test_review_tab_fits_a_laptop(window, ws, demo_id) -> None:
    follow_up = series.next_meeting(ws, meeting_id=demo_id, title="Summit follow-up")
    window.features.meetings.model.refresh()
    window.open_meeting(follow_up.id)
    assert "Review" in tab_titles(window)
    for title in tab_titles(window):
        visit(window, title)
        assert_fits(window)


def test_a_long_meeting_title_does_not_widen_the_window(window, ws, demo_id) -> None:
    window.open_meeting(demo_id)
    visit(window, "Run")
    short_hint = window.minimumSizeHint()
    window.close_meeting()
    long_title = ("Quarterly sales, marketing and customer success alignment summit " * 4)[:200]
    meetings.update_meeting(ws, meeting_id=demo_id, title=long_title)
    window.features.meetings.model.refresh()
    window.open_meeting(demo_id)
    run = visit(window, "Run")
    assert run.meeting_label.text() == long_title  # all of it, shown cut with “…”
    assert run.meeting_label.elided().endswith("…")
    assert run.meeting_label.toolTip() == long_title
    assert window.minimumSizeHint().width() <= short_hint.width()
    assert_fits(window)
