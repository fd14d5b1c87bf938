"""The big countdown (mm:ss, +mm:ss over time) coloured by band; repaints only on change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from facilitator.timing import Band, ItemReading, format_countdown

# Colours of the bands on a light console and on the dark projector.
CONSOLE_COLOURS = {Band.NORMAL: "#1b5e20", Band.WARNING: "#b26a00", Band.OVERTIME: "#c62828"}
IDLE_CONSOLE = "#607080"


class CountdownLabel(QLabel):
    """Shows one item's countdown. `band` (a property too) is "normal", "warning", "overtime"
    or "" when no item is on the clock."""

    def __init__(self, colours: dict[Band, str] | None = None, idle: str = IDLE_CONSOLE,
                 parent: QWidget | None = None) -> None:
        super().__init__("--:--", parent)
        self.colours = dict(colours or CONSOLE_COLOURS)
        self.idle = idle
        self.band = ""
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.font())
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setFamilies(["DejaVu Sans Mono", "Consolas", "Menlo", "monospace"])
        self.setFont(font)
        self._paint_band("")

    def set_pixel_size(self, pixels: int) -> None:
        font = QFont(self.font())
        if font.pixelSize() != pixels:
            font.setPixelSize(max(8, pixels))
            self.setFont(font)

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
            text, band = "--:--", ""
        if text != self.text():
            self.setText(text)
        self._paint_band(band)

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
