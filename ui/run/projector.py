"""The projector window: what the room sees (agenda, countdown, next item), blank and messages."""

from __future__ import annotations

import html

from PySide6.QtCore import QByteArray, QRect, Qt, Signal, Slot
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QGuiApplication,
    QKeyEvent,
    QPalette,
    QResizeEvent,
    QScreen,
    QShowEvent,
    QTextDocument,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QStackedWidget, QVBoxLayout, QWidget

from facilitator.clock import Clock
from facilitator.domain import ItemStatus
from facilitator.timing import MeetingReading, SegmentState, format_time_of_day
from ui.common import settings
from ui.common.document import MeetingDocument
from ui.run.countdown_label import CountdownLabel
from ui.run.projector_theme import ProjectorTheme, theme
from ui.run.run_clock import RunClock
from ui.shell.contract import CLOCK_PAGE

MIN_SCALE, MAX_SCALE = 0.5, 2.5

_STATE_TEXT = {
    SegmentState.NOT_STARTED: "starting soon",
    SegmentState.PAUSED: "paused",
    SegmentState.FINISHED: "meeting finished — thank you",
}


class ProjectorWindow(QWidget):
    """A separate top-level window for the room, on a chosen screen. Shows no private notes.

    Keys: B blank, F5/F11 fullscreen on or off, Esc leaves fullscreen, Space / Page Down /
    Page Up / arrows drive the clock (a clicker aimed at this window), Ctrl +/−/0 font size,
    H high contrast. Other features show their own widget with add_page() and set_page().

    Signals:
        blank_changed(bool): the screen was blanked or shown again.
        message_changed(str): the overlay message ("" when none).
    """

    blank_changed = Signal(bool)
    message_changed = Signal(str)

    def __init__(self, document: MeetingDocument, clock: Clock,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.document = document
        self.run_clock = RunClock.of(document, clock)
        self.setWindowTitle("Facilitator — Projector")
        self.setAutoFillBackground(True)
        self.font_scale = min(MAX_SCALE, max(MIN_SCALE, float(
            settings.value("projector/font_scale", float))))
        self.high_contrast = bool(settings.value("projector/high_contrast", bool))
        self._agenda_key: object = None

        self.title_label = QLabel(wordWrap=True)
        self.time_label = QLabel(alignment=Qt.AlignmentFlag.AlignRight)
        self.agenda_label = QLabel(alignment=Qt.AlignmentFlag.AlignTop, wordWrap=True)
        self.agenda_label.setTextFormat(Qt.TextFormat.RichText)
        self.kind_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.item_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.countdown = CountdownLabel()
        self.state_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.next_label = QLabel(alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        for label in (self.title_label, self.time_label, self.kind_label, self.item_label,
                      self.state_label, self.next_label):
            label.setTextFormat(Qt.TextFormat.PlainText)

        clock_page = QWidget()
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.time_label)
        now_box = QVBoxLayout()
        now_box.addStretch(1)
        for w in (self.kind_label, self.item_label, self.countdown, self.state_label,
                  self.next_label):
            now_box.addWidget(w)
        now_box.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.agenda_label, 35)
        body.addSpacing(24)
        body.addLayout(now_box, 65)
        page_layout = QVBoxLayout(clock_page)
        page_layout.setContentsMargins(40, 28, 40, 28)
        page_layout.addLayout(header)
        page_layout.addSpacing(12)
        page_layout.addLayout(body, 1)

        self.pages = QStackedWidget()
        self._pages: dict[str, QWidget] = {}
        self.add_page(CLOCK_PAGE, clock_page)
        self.blank_widget = QWidget()
        self.blank_widget.setAutoFillBackground(True)
        blank_palette = self.blank_widget.palette()
        blank_palette.setColor(QPalette.ColorRole.Window, QColor("#000000"))
        self.blank_widget.setPalette(blank_palette)
        self.screen_stack = QStackedWidget()
        self.screen_stack.addWidget(self.pages)
        self.screen_stack.addWidget(self.blank_widget)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # Fonts follow the window's size, so the content must not hold the window at a size.
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        outer.addWidget(self.screen_stack)

        self.message_label = QLabel(self, alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.hide()

        self._restore_geometry()
        self.apply_theme()
        self.run_clock.ticked.connect(self.show_reading)
        self.show_reading(self.run_clock.reading)

    # Pages, blank and message ----------------------------------------------------------------

    def present(self) -> None:
        """Shows the window on its chosen screen (when it was hidden), in front."""
        if not self.isVisible():
            self.move_to_screen(self.chosen_screen())
        self.show()
        self.raise_()

    def add_page(self, name: str, widget: QWidget) -> None:
        """Adds a page the projector can show (e.g. the board); set_page(name) shows it."""
        if name in self._pages:
            self.pages.removeWidget(self._pages[name])
        self._pages[name] = widget
        self.pages.addWidget(widget)

    def set_page(self, name: str) -> None:
        if name not in self._pages:
            raise ValueError(f"the projector has no page {name!r}")
        self.pages.setCurrentWidget(self._pages[name])

    def page(self) -> str:
        current = self.pages.currentWidget()
        return next(n for n, w in self._pages.items() if w is current)

    def page_names(self) -> list[str]:
        return list(self._pages)

    def is_blank(self) -> bool:
        return self.screen_stack.currentWidget() is self.blank_widget

    @Slot(bool)
    def set_blank(self, blank: bool) -> None:
        """A black screen, like B in presentation software (the message is hidden too)."""
        if blank == self.is_blank():
            return
        self.screen_stack.setCurrentWidget(self.blank_widget if blank else self.pages)
        self._place_message()
        self.blank_changed.emit(blank)

    @Slot()
    def toggle_blank(self) -> None:
        self.set_blank(not self.is_blank())

    def message(self) -> str:
        return self.message_label.text()

    @Slot(str)
    def show_message(self, text: str) -> None:
        """Lays a message over the page ("10-minute break — back at 10:40"); "" removes it."""
        text = text.strip()
        if text == self.message_label.text():
            return
        self.message_label.setText(text)
        self._place_message()
        self.message_changed.emit(text)

    def _place_message(self) -> None:
        visible = bool(self.message_label.text()) and not self.is_blank()
        if visible:
            width = int(self.width() * 0.8)
            height = max(self.message_label.heightForWidth(width), self.height() // 5)
            self.message_label.setGeometry(QRect((self.width() - width) // 2,
                                                 (self.height() - height) // 2, width, height))
            self.message_label.raise_()
        self.message_label.setVisible(visible)

    # Look ---------------------------------------------------------------------------------

    def theme(self) -> ProjectorTheme:
        return theme(self.high_contrast)

    def set_high_contrast(self, on: bool) -> None:
        self.high_contrast = on
        settings.set_value("projector/high_contrast", on)
        self.apply_theme()

    def set_font_scale(self, scale: float) -> None:
        self.font_scale = round(min(MAX_SCALE, max(MIN_SCALE, scale)), 2)
        settings.set_value("projector/font_scale", self.font_scale)
        self._apply_fonts()

    def apply_theme(self) -> None:
        t = self.theme()
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(t.background))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(t.text))
        self.setPalette(palette)
        for label in (self.kind_label, self.state_label, self.next_label, self.time_label):
            dim = label.palette()
            dim.setColor(QPalette.ColorRole.WindowText,
                         QColor(t.dim if label is not self.time_label else t.text))
            label.setPalette(dim)
        self.countdown.set_colours(t.bands, t.idle)
        self.message_label.setStyleSheet(
            f"QLabel {{ background: {t.highlight}; color: {t.text}; border: 4px solid "
            f"{t.bands[next(iter(t.bands))]}; border-radius: 24px; padding: 24px; }}")
        self._agenda_key = None
        self._apply_fonts()
        self.show_reading(self.run_clock.reading)

    def _apply_fonts(self) -> None:
        base = max(10, int(self.height() / 34 * self.font_scale))

        def size(label: QLabel, factor: float, bold: bool = False) -> None:
            font = label.font()
            font.setPixelSize(max(8, int(base * factor)))
            font.setBold(bold)
            label.setFont(font)

        size(self.title_label, 1.5, True)
        size(self.time_label, 1.5, True)
        size(self.agenda_label, 1.0)
        size(self.kind_label, 1.2)
        size(self.item_label, 2.0, True)
        size(self.state_label, 1.2)
        size(self.next_label, 1.2)
        size(self.message_label, 2.2, True)
        by_height = self.height() * 0.27 * self.font_scale
        by_width = self.width() * 0.62 / 3.9  # "+88:88" in a monospace bold face
        self.countdown.set_pixel_size(int(min(by_height, by_width)))
        self._place_message()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._apply_fonts()

    # What the room sees -------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.show_reading(self.run_clock.reading)

    @Slot(object)
    def show_reading(self, reading: MeetingReading) -> None:
        if not self.isVisible():
            return  # nobody looks: showEvent catches up
        tz = self.run_clock.tz
        _set(self.title_label, reading.meeting.title)
        _set(self.time_label, format_time_of_day(reading.now, tz))
        cur = reading.current
        shown = cur.item if cur is not None else reading.next_item
        if shown is not None and reading.state is not SegmentState.FINISHED:
            kind = shown.kind.label + (f" · {shown.presenter}" if shown.presenter else "")
            title = shown.title if cur is not None else f"Up next: {shown.title}"
        else:
            kind = title = ""
        _set(self.kind_label, kind)
        _set(self.item_label, title)
        upcoming = shown.planned_seconds if shown is not None and cur is None else None
        if reading.state is SegmentState.FINISHED:
            upcoming = None
        self.countdown.show_item(cur, upcoming)
        started = reading.meeting.actual_start is not None
        state = "" if reading.state is SegmentState.NOT_STARTED and started else \
            _STATE_TEXT.get(reading.state, "")
        _set(self.state_label, state)
        after = reading.next_item if cur is not None else None
        _set(self.next_label, f"Next: {after.title} ({after.planned_minutes} min)"
             if after is not None else "")
        key = (self._agenda_rows(), *((r.item.id, r.item.status, r.item.title,
                                       r.item.planned_minutes) for r in reading.items))
        if key != self._agenda_key:
            self._agenda_key = key
            self.agenda_label.setText(self._agenda_html(reading))

    def _agenda_rows(self) -> int:
        """A key that changes when the room's agenda area changes size."""
        return self.agenda_label.width() * 10_000 + self.agenda_label.height()

    def _fits(self, rows: list[str]) -> bool:
        doc = QTextDocument()
        doc.setDefaultFont(self.agenda_label.font())
        doc.setHtml(self._table(rows))
        doc.setTextWidth(max(1, self.agenda_label.width()))
        return doc.size().height() <= self.agenda_label.height()

    @staticmethod
    def _table(rows: list[str]) -> str:
        return f'<table width="100%" cellpadding="6" cellspacing="0">{"".join(rows)}</table>'

    def _agenda_html(self, reading: MeetingReading) -> str:
        t = self.theme()
        items = list(reading.items)
        rows = [self._item_row(r, t) for r in items]
        if self._fits(rows) or not self.agenda_label.isVisible():
            return self._table(rows)
        # A long agenda shows the rows around the current item, never a clipped list: from the
        # one before it, down as far as the area holds, then up again if room is left.
        current = next((i for i, r in enumerate(items)
                        if r.item.status is ItemStatus.ACTIVE), None)
        if current is None:  # before the start: the top; after the end: the bottom
            pending = [i for i, r in enumerate(items) if r.item.status is ItemStatus.PENDING]
            current = pending[0] if pending else len(items) - 1
        first = last = max(0, current - 1)

        def framed(a: int, b: int) -> list[str]:
            head = [self._more_row(f"⋯ {a} earlier", t)] if a else []
            tail = [self._more_row(f"⋯ {len(items) - b} more", t)] if b < len(items) else []
            return head + rows[a:b] + tail

        while last < len(items) and (last <= current or self._fits(framed(first, last + 1))):
            last += 1
        while first > 0 and self._fits(framed(first - 1, last)):
            first -= 1
        return self._table(framed(first, last))

    def _item_row(self, r: object, t: ProjectorTheme) -> str:
        status = r.item.status  # type: ignore[attr-defined]
        mark, colour, style, bg = "", t.text, "", ""
        if status is ItemStatus.DONE:
            mark, colour = "✓", t.dim
        elif status is ItemStatus.SKIPPED:
            colour, style = t.dim, "text-decoration: line-through;"
        elif status is ItemStatus.ACTIVE:
            mark, bg, style = "▶", f' bgcolor="{t.highlight}"', "font-weight: bold;"
        title = html.escape(r.item.title)  # type: ignore[attr-defined]
        minutes = r.item.planned_minutes  # type: ignore[attr-defined]
        return (f'<tr{bg}><td width="8%" style="color:{colour}">{mark}</td>'
                f'<td style="color:{colour};{style}">{title}</td>'
                f'<td align="right" style="color:{colour}">{minutes}\u2032</td></tr>')

    @staticmethod
    def _more_row(text: str, t: ProjectorTheme) -> str:
        return f'<tr><td></td><td colspan="2" style="color:{t.dim}">{text}</td></tr>'

    # Screen and fullscreen ----------------------------------------------------------------

    def chosen_screen(self) -> QScreen:
        """The remembered screen; else a screen other than the primary (the projector)."""
        screens = QGuiApplication.screens()
        saved = str(settings.value("projector/screen") or "")
        for screen in screens:
            if screen.name() == saved:
                return screen
        primary = QGuiApplication.primaryScreen()
        return next((s for s in screens if s is not primary), primary)

    def move_to_screen(self, screen: QScreen) -> None:
        settings.set_value("projector/screen", screen.name())
        full = self.isFullScreen()
        if full:
            self.showNormal()
        self.setScreen(screen)
        area = screen.availableGeometry()
        self.resize(min(self.width(), area.width()), min(self.height(), area.height()))
        self.move(area.topLeft())
        if full:
            self.showFullScreen()

    @Slot()
    def toggle_fullscreen(self) -> None:
        self.set_fullscreen(not self.isFullScreen())

    def set_fullscreen(self, on: bool) -> None:
        if on:
            if not self.isVisible():
                self.move_to_screen(self.chosen_screen())
            self.showFullScreen()
            self.raise_()
        elif self.isFullScreen():
            self.showNormal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if ctrl and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_font_scale(self.font_scale + 0.1)
        elif ctrl and key == Qt.Key.Key_Minus:
            self.set_font_scale(self.font_scale - 0.1)
        elif ctrl and key == Qt.Key.Key_0:
            self.set_font_scale(1.0)
        elif key == Qt.Key.Key_B:
            self.toggle_blank()
        elif key in (Qt.Key.Key_F5, Qt.Key.Key_F11):
            self.toggle_fullscreen()
        elif key == Qt.Key.Key_Escape:
            self.set_fullscreen(False)
        elif key == Qt.Key.Key_H:
            self.set_high_contrast(not self.high_contrast)
        elif key == Qt.Key.Key_V and len(self.page_names()) > 1:
            names = self.page_names()  # V: the next page (clock, board, …)
            self.set_page(names[(names.index(self.page()) + 1) % len(names)])
        elif key == Qt.Key.Key_Space:
            self.run_clock.toggle(self)
        elif key in (Qt.Key.Key_PageDown, Qt.Key.Key_Right):
            self.run_clock.next(self)
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_Left):
            self.run_clock.previous(self)
        elif not self._page_took(key):
            super().keyPressEvent(event)

    def _page_took(self, key: int) -> bool:
        """A feature's page may answer keys of its own (the vote page: R reveals the results)."""
        answer = getattr(self.pages.currentWidget(), "projector_key", None)
        return bool(answer(key)) if callable(answer) else False

    def _restore_geometry(self) -> None:
        geometry = settings.value("projector/geometry")
        restored = isinstance(geometry, QByteArray) and not geometry.isEmpty() and \
            self.restoreGeometry(geometry)
        # A geometry from another set of screens can come back unusable: start sensibly then.
        if not restored or self.width() < 320 or self.height() < 180:
            self.resize(1280, 720)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self.isFullScreen():
            settings.set_value("projector/geometry", self.saveGeometry())
        super().closeEvent(event)


def _set(label: QLabel, text: str) -> None:
    """Sets a label's text only when it changed (no relayout, no repaint otherwise)."""
    if label.text() != text:
        label.setText(text)
