"""A one-line label that never widens its window: a long text is cut with “…” (full text as tip)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    """text() is the full text; what is painted is cut to the width the layout gives.

    Its size hint asks for the whole text (so it shows whole where there is room) but its
    minimum is a few characters, so a long meeting title or quadrant label cannot make the
    window wider than the screen.
    """

    MIN_CHARS = 6

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setText(text)
        self._update_tip()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        metrics = self.fontMetrics()
        margins = self.contentsMargins()
        width = metrics.horizontalAdvance("M" * self.MIN_CHARS) if self.text() else 0
        return QSize(width + margins.left() + margins.right(),
                     super().minimumSizeHint().height())

    def elided(self) -> str:
        """The text as painted now (cut with “…” when it does not fit)."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight,
                                             self.contentsRect().width())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._update_tip()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(self.font())
        painter.drawText(self.contentsRect(), int(self.alignment()), self.elided())
        painter.end()

    def _update_tip(self) -> None:
        self.setToolTip(self.text() if self.elided() != self.text() else "")
