"""The console's countdown, as big as the room beside the agenda allows."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QWidget

from ui.run.countdown_label import CountdownLabel


class FittingCountdown(CountdownLabel):
    """The console's countdown: as big as `pixels` where there is room, smaller (down to a quarter)
    when the window is narrow — so the console fits a laptop screen beside the docks."""

    def __init__(self, pixels: int, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.largest = pixels
        self.set_pixel_size(pixels)

    def _size_at(self, pixels: int) -> QSize:
        font = QFont(self.font())
        font.setPixelSize(pixels)
        metrics = QFontMetricsF(font)
        margins = self.contentsMargins()
        return QSize(int(metrics.horizontalAdvance("+88:88")) + margins.left() + margins.right(),
                     int(metrics.height()) + margins.top() + margins.bottom())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self._size_at(self.largest)  # the same whatever size it shows now: no feedback

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return self._size_at(self.largest // 4)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        full = self._size_at(self.largest)
        scale = min(1.0, self.width() / full.width(), self.height() / full.height())
        self.set_pixel_size(max(self.largest // 4, int(self.largest * scale)))
