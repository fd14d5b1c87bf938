"""The board on the projector: a clean, large, high-contrast 2×2 view that follows the console."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt, Slot
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.board.board_model import BoardModel, CardRow
from ui.board.team_colours import team_colour
from ui.common import settings
from ui.common.document import MeetingDocument

BACKGROUND, INK, MUTED, PANEL = "#000000", "#FFFFFF", "#B0B6BC", "#15181B"
# One accent per quadrant, bright enough on black (and distinct from each other).
ACCENTS = ("#7BD389", "#FFC857", "#FF7B7B", "#7CC4FF")
WRAP = int(Qt.TextFlag.TextWordWrap)
PROJECTOR_LIGHTER = 135  # team colours a touch brighter on black


class BoardProjectorView(QWidget):
    """Read-only: it listens to the document's "board" topic (through its own BoardModel) and
    repaints. `set_team_filter` lets it follow the console's team filter (BoardView signal
    team_filter_changed) when the facilitator wants the room to see one team's cards."""

    def __init__(self, document: MeetingDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardProjector")
        self.model = BoardModel(document, self)
        self.model.refreshed.connect(self.update)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAutoFillBackground(False)
        self.hidden_cards = [0, 0, 0, 0]  # how many cards did not fit, per quadrant (last paint)
        self.card_pixels = [0, 0, 0, 0]  # the card text size used, per quadrant (last paint)

    @Slot(object)
    def set_team_filter(self, team: str | None) -> None:
        self.model.set_team_filter(team)

    def _scale(self) -> float:
        try:
            return max(0.5, min(3.0, float(settings.value("projector/font_scale") or 1.0)))
        except (TypeError, ValueError):
            return 1.0

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), QColor(BACKGROUND))
        gap = max(8, min(self.width(), self.height()) // 60)
        legend_h = self._paint_legend(painter, gap)
        cell_w = (self.width() - 3 * gap) // 2
        cell_h = (self.height() - legend_h - 3 * gap) // 2
        for q in range(4):
            cell = QRect(gap + (q % 2) * (cell_w + gap), gap + (q // 2) * (cell_h + gap),
                         cell_w, cell_h)
            self.hidden_cards[q] = self._paint_quadrant(painter, q, cell)
        painter.end()

    def _paint_legend(self, painter: QPainter, gap: int) -> int:
        """The teams and their colours along the bottom; returns the height it takes."""
        teams = sorted({t for m in self.model.quadrants for c in m.cards() for t in c.teams},
                       key=str.casefold)
        if not teams:
            return 0
        font = QFont(self.font())
        font.setPixelSize(max(14, int(self.height() * 0.028 * self._scale())))
        metrics = QFontMetrics(font)
        height = metrics.height()
        y = self.height() - gap - height
        x = gap
        painter.setFont(font)
        for team in teams:
            painter.fillRect(QRect(x, y + height // 6, height // 3, height * 2 // 3),
                             team_colour(team).lighter(PROJECTOR_LIGHTER))
            x += height // 3 + height // 4
            painter.setPen(QColor(MUTED))
            painter.drawText(QRect(x, y, self.width(), height),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), team)
            x += metrics.horizontalAdvance(team) + height
        return height + gap // 2

    def _paint_quadrant(self, painter: QPainter, q: int, cell: QRect) -> int:
        accent = QColor(ACCENTS[q])
        painter.setPen(QPen(accent, max(2, cell.height() // 150)))
        painter.setBrush(QColor(PANEL))
        painter.drawRoundedRect(QRectF(cell), 12, 12)
        pad = max(10, cell.height() // 28)
        inner = cell.adjusted(pad, pad * 2 // 3, -pad, -pad // 2)
        scale = self._scale()
        head = QFont(self.font())
        head.setBold(True)
        head.setPixelSize(max(18, int(cell.height() * 0.10 * scale)))
        head_h = QFontMetrics(head).height()
        cards = self.model.quadrants[q].cards()
        painter.setFont(head)
        painter.setPen(accent)
        title = QRect(inner.left(), inner.top(), inner.width(), head_h)
        count = f"{len(cards)}"
        count_w = QFontMetrics(head).horizontalAdvance(count) + pad
        painter.drawText(title.adjusted(0, 0, -count_w, 0),
                         int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         QFontMetrics(head).elidedText(self.model.labels[q],
                                                       Qt.TextElideMode.ElideRight,
                                                       title.width() - count_w))
        painter.setPen(QColor(MUTED))
        painter.drawText(title, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                         count)
        body = QRect(inner.left(), title.bottom() + pad // 2, inner.width(),
                     inner.bottom() - title.bottom() - pad // 2)
        font = self._card_font(cards, body, cell.height() * scale)
        self.card_pixels[q] = font.pixelSize()
        return self._paint_cards(painter, cards, body, font)

    def _card_font(self, cards: list[CardRow], body: QRect, size_hint: float) -> QFont:
        """The largest font (down to a floor readable from the back) at which the cards fit."""
        font = QFont(self.font())
        largest, smallest = int(size_hint * 0.075), max(14, int(size_hint * 0.042))
        for px in range(max(largest, smallest), smallest - 1, -2):
            font.setPixelSize(px)
            if self._fits(cards, body.width(), font, body.height()):
                break
        return font

    def _text_width(self, width: int, font: QFont) -> int:
        metrics = QFontMetrics(font)
        return width - metrics.height() // 2 - metrics.horizontalAdvance(" ● 00") - 12

    def _card_height(self, card: CardRow, width: int, font: QFont) -> int:
        metrics = QFontMetrics(font)
        text = metrics.boundingRect(QRect(0, 0, self._text_width(width, font), 10_000), WRAP,
                                    card.text)
        return min(text.height(), 2 * metrics.lineSpacing()) + metrics.height() // 2

    def _fits(self, cards: list[CardRow], width: int, font: QFont, height: int) -> bool:
        used = 0
        for card in cards:
            used += self._card_height(card, width, font)
            if used > height:
                return False
        return True

    def _paint_cards(self, painter: QPainter, cards: list[CardRow], body: QRect, font: QFont
                     ) -> int:
        metrics = QFontMetrics(font)
        bold = QFont(font)
        bold.setBold(True)
        y = body.top()
        for shown, card in enumerate(cards):
            h = self._card_height(card, body.width(), font)
            rest, room = len(cards) - shown, body.bottom() + 1 - y
            # When the rest do not all fit, keep a line free to say how many are not shown.
            if (not self._fits(cards[shown:], body.width(), font, room)
                    and h + metrics.height() > room):
                painter.setFont(font)
                painter.setPen(QColor(MUTED))
                painter.drawText(QRect(body.left(), y, body.width(), metrics.height()),
                                 int(Qt.AlignmentFlag.AlignLeft), f"+ {rest} more")
                return rest
            self._paint_card(painter, card, QRect(body.left(), y, body.width(), h), font, bold)
            y += h
        return 0

    def _paint_card(self, painter: QPainter, card: CardRow, row: QRect, font: QFont,
                    bold: QFont) -> None:
        metrics = QFontMetrics(font)
        bar_w = max(8, metrics.height() // 3)
        gap = metrics.height() // 4
        teams = card.teams or [""]
        bar_h = (row.height() - gap) / len(teams)
        for i, team in enumerate(teams):
            painter.fillRect(QRectF(row.left(), row.top() + i * bar_h, bar_w, bar_h),
                             team_colour(team).lighter(PROJECTOR_LIGHTER))
        text_rect = QRect(row.left() + bar_w + gap, row.top(),
                          self._text_width(row.width(), font), row.height() - gap)
        painter.setFont(font)
        painter.setPen(QColor(INK))
        lines = metrics.boundingRect(text_rect, WRAP, card.text).height()
        text = card.text
        if lines > text_rect.height():  # more than two lines: end the second with an ellipsis
            text = metrics.elidedText(card.text, Qt.TextElideMode.ElideRight,
                                      text_rect.width() * 2 - metrics.averageCharWidth() * 4)
        painter.drawText(text_rect, WRAP | int(Qt.AlignmentFlag.AlignVCenter), text)
        if card.votes:
            painter.setFont(bold)
            painter.drawText(QRect(row.right() - metrics.horizontalAdvance("● 00"), row.top(),
                                   metrics.horizontalAdvance("● 00"), row.height() - gap),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             f"● {card.votes}")
