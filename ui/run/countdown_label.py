"""The big countdown (mm:ss, +mm:ss over time) coloured by band; repaints only on change."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator.timing import Band, ItemReading, format_countdown

# Colours of the bands on a light console and on the dark projector.
CONSOLE_COLOURS = {Band.NORMAL: "#1b5e20", Band.WARNING: "#b26a00", Band.OVERTIME: "#c62828"}
IDLE_CONSOLE = "#607080"


class CountdownLabel(QWidget):
    """Shows one item's countdown. `band` (a property too) is "normal", "warning", "overtime"
    or "" when no item is on the clock.

    Glyphs hundreds of pixels high are too big for Qt's glyph cache and would be filled as paths
    on every repaint; this label draws each character from a pixmap made once per size and
    colour, so the once-a-second repaint is a handful of blits.
    """

    def __init__(self, colours: dict[Band, str] | None = None, idle: str = IDLE_CONSOLE,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = "--:--"
        self.colours = dict(colours or CONSOLE_COLOURS)
        self.idle = idle
        self.band = ""
        self._glyphs: dict[tuple[str, str, str, float], QPixmap] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        font = QFont(self.font())
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFamilies(["DejaVu Sans Mono", "Consolas", "Menlo", "monospace"])
        self.setFont(font)
        self._paint_band("")

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 - named like QLabel's
        """Repaints the countdown's own rectangle only: no relayout of the window around it."""
        if text != self._text:
            self._text = text
            self.update()

    def set_pixel_size(self, pixels: int) -> None:
        font = QFont(self.font())
        if font.pixelSize() != pixels:
            font.setPixelSize(max(8, pixels))
            self.setFont(font)
            self.updateGeometry()

    def set_colours(self, colours: dict[Band, str], idle: str) -> None:
        self.colours, self.idle = dict(colours), idle
        self._paint_band(self.band, force=True)

    def show_item(self, reading: ItemReading | None, upcoming_seconds: float | None = None) -> None:
        """The current item's countdown, or the next item's full time (grey) when none runs."""
        if reading is not None:
            text, band = format_countdown(reading.remaining), reading.band.value
        elif upcoming_seconds is not None:
            text, band = format_countdown(upcoming_seconds), ""
        else:
            text, band = "", ""  # nothing on the clock, nothing to come
        if text != self.text():
            self.setText(text)
        self._paint_band(band)

    def _glyph(self, char: str, colour: QColor) -> QPixmap:
        font = self.font()
        ratio = self.devicePixelRatioF()
        key = (char, font.key(), colour.name(), ratio)
        pixmap = self._glyphs.get(key)
        if pixmap is None:
            if len(self._glyphs) > 256:
                self._glyphs.clear()  # sizes and colours of the past
            metrics = QFontMetricsF(font)
            width, height = metrics.horizontalAdvance(char), metrics.height()
            pixmap = QPixmap(max(1, round(width * ratio)), max(1, round(height * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(QPointF(0, metrics.ascent()), char)
            painter.end()
            self._glyphs[key] = pixmap
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        colour = self.palette().color(QPalette.ColorRole.WindowText)
        glyphs = [self._glyph(ch, colour) for ch in self.text()]
        ratio = self.devicePixelRatioF()
        width = sum(g.width() for g in glyphs) / ratio
        height = max((g.height() for g in glyphs), default=0) / ratio
        rect = self.contentsRect()
        x = rect.x() + (rect.width() - width) / 2
        y = rect.y() + (rect.height() - height) / 2
        painter = QPainter(self)
        for glyph in glyphs:
            painter.drawPixmap(QPointF(x, y), glyph)
            x += glyph.width() / ratio
        painter.end()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        # Room for the widest countdown, whatever the text now.
        metrics = QFontMetricsF(self.font())
        margins = self.contentsMargins()
        return QSize(int(metrics.horizontalAdvance("+88:88")) + margins.left() + margins.right(),
                     int(metrics.height()) + margins.top() + margins.bottom())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self.sizeHint()

    def colour(self) -> str:
        return self.palette().color(QPalette.ColorRole.WindowText).name()

    def _paint_band(self, band: str, *, force: bool = False) -> None:
        if band == self.band and not force:
            return
        self.band = band
        self.setProperty("band", band)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText,
                         QColor(self.colours[Band(band)] if band else self.idle))
        self.setPalette(palette)
