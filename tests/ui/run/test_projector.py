"""The projector window driven with the keyboard: room content, colours, blank, message, pages."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from facilitator.timing import Band
from tests.ui.run.timing_fixtures import clock, document, errors, focus, ids  # noqa: F401
from ui.common import settings
from ui.run.projector import ProjectorWindow
from ui.run.projector_theme import HIGH_CONTRAST, STANDARD

MIN = 60


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window, key, modifier)


def test_shows_the_room_what_is_on(projector, qtbot, clock) -> None:  # noqa: F811
    assert projector.title_label.text() == "Kick-off"
    assert projector.time_label.text() == "09:00"
    assert projector.item_label.text() == "Up next: Welcome"
    assert projector.state_label.text() == "starting soon"
    assert projector.countdown.text() == "10:00" and projector.countdown.band == ""

    press(qtbot, projector, Qt.Key.Key_Space)  # a clicker aimed at the projector window
    assert projector.item_label.text() == "Welcome"
    assert projector.kind_label.text() == "Presentation"
    assert projector.next_label.text() == "Next: Pipeline review (20 min)"
    assert projector.state_label.text() == ""
    agenda = projector.agenda_label.text()
    assert f'bgcolor="{HIGH_CONTRAST.highlight}"' in agenda and "▶" in agenda

    clock.advance(8 * MIN + 30)
    projector.run_clock.tick()
    assert projector.countdown.text() == "01:30" and projector.countdown.band == "warning"
    assert projector.countdown.colour() == HIGH_CONTRAST.bands[Band.WARNING]
    assert projector.time_label.text() == "09:08"

    clock.advance(2 * MIN)
    projector.run_clock.tick()
    assert projector.countdown.text() == "+00:30"
    assert projector.countdown.colour() == HIGH_CONTRAST.bands[Band.OVERTIME]

    press(qtbot, projector, Qt.Key.Key_PageDown)
    assert projector.item_label.text() == "Pipeline review"
    assert projector.countdown.colour() == HIGH_CONTRAST.bands[Band.NORMAL]
    assert "✓" in projector.agenda_label.text()
    assert projector.next_label.text() == "Next: Coffee (10 min)"

    press(qtbot, projector, Qt.Key.Key_Space)
    assert projector.state_label.text() == "paused"
    press(qtbot, projector, Qt.Key.Key_PageUp)
    assert projector.item_label.text() == "Welcome"


def test_blank_and_message(projector, qtbot) -> None:
    with qtbot.waitSignal(projector.blank_changed) as blanked:
        press(qtbot, projector, Qt.Key.Key_B)
    assert blanked.args == [True]
    assert projector.screen_stack.currentWidget() is projector.blank_widget
    projector.show_message("10-minute break — back at 10:40")
    assert projector.message() == "10-minute break — back at 10:40"
    assert projector.message_label.isHidden()  # a blank screen is all black
    press(qtbot, projector, Qt.Key.Key_B)
    assert not projector.is_blank() and projector.message_label.isVisible()
    label = projector.message_label.geometry()
    assert projector.rect().contains(label) and label.width() > projector.width() // 2
    projector.show_message("")
    assert projector.message_label.isHidden()


def test_fullscreen_keys(projector, qtbot) -> None:
    press(qtbot, projector, Qt.Key.Key_F5)
    assert projector.isFullScreen()
    press(qtbot, projector, Qt.Key.Key_Escape)
    assert not projector.isFullScreen()
    press(qtbot, projector, Qt.Key.Key_F11)
    assert projector.isFullScreen()
    press(qtbot, projector, Qt.Key.Key_F11)
    assert not projector.isFullScreen()


def test_font_scale_and_theme_are_remembered(projector, qtbot) -> None:
    before = projector.countdown.font().pixelSize()
    press(qtbot, projector, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, projector, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert projector.font_scale == 0.8
    assert projector.countdown.font().pixelSize() < before
    assert settings.value("projector/font_scale", float) == 0.8
    press(qtbot, projector, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert projector.font_scale == 1.0 and projector.countdown.font().pixelSize() == before

    press(qtbot, projector, Qt.Key.Key_H)
    assert not projector.high_contrast
    assert projector.palette().window().color().name() == STANDARD.background
    assert projector.countdown.colour() == STANDARD.idle
    assert settings.value("projector/high_contrast", bool) is False


def test_pages_for_other_features(projector) -> None:
    board = QLabel("The board")
    projector.add_page("board", board)
    assert projector.page_names() == ["clock", "board"]
    projector.set_page("board")
    assert projector.page() == "board" and projector.pages.currentWidget() is board
    projector.set_page("clock")
    assert projector.page() == "clock"
    with pytest.raises(ValueError, match="no page 'notes'"):
        projector.set_page("notes")


def test_screen_choice_is_remembered(projector, qtbot, document, clock) -> None:  # noqa: F811
    screen = QGuiApplication.primaryScreen()
    projector.move_to_screen(screen)
    assert settings.value("projector/screen") == screen.name()
    projector.resize(700, 450)  # smaller than the offscreen screen
    projector.close()
    again = ProjectorWindow(document, clock)
    qtbot.addWidget(again)
    assert again.chosen_screen() is screen
    assert (again.width(), again.height()) == (700, 450)


def test_an_unusable_saved_geometry_opens_at_a_sensible_size(qtbot, document, clock) -> None:  # noqa: F811
    from PySide6.QtCore import QByteArray

    settings.set_value("projector/geometry", QByteArray(b"not a geometry"))
    window = ProjectorWindow(document, clock)
    qtbot.addWidget(window)
    assert (window.width(), window.height()) == (1280, 720)
    screen = QGuiApplication.primaryScreen()
    window.move_to_screen(screen)
    window.show()
    area = screen.availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height()


def test_a_long_agenda_shows_the_rows_around_the_current_item(qtbot, ws, clock) -> None:  # noqa: F811
    from facilitator.services import agenda, meetings
    from facilitator.timing import SegmentClock
    from ui.common.document import MeetingDocument

    meeting_id = meetings.create_meeting(ws, title="Long day").id
    items = [agenda.add_item(ws, meeting_id=meeting_id, planned_minutes=5,
                             title=f"Segment {n}: a title long enough to wrap on the projector")
             for n in range(1, 17)]
    segments = SegmentClock(ws, meeting_id, clock)
    segments.jump(items[12].id)  # the 13th of 16 runs
    window = ProjectorWindow(MeetingDocument(ws, meeting_id), clock)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    window.run_clock.tick()
    text = window.agenda_label.text()
    assert "Segment 13" in text and "earlier" in text
    assert "Segment 1:" not in text  # the first rows make way for the current one
    label = window.agenda_label
    assert label.heightForWidth(label.width()) <= label.height()  # nothing clipped
