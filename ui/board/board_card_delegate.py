"""Paints a board card (team stripe, text, team, dots with − / +) and turns clicks on − / + into
votes."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from facilitator.services.board import card_teams
from ui.board.board_model import QuadrantModel
from ui.board.team_colours import team_colour

Index = QModelIndex | QPersistentModelIndex

MARGIN_X, MARGIN_Y, STRIPE, PAD = 4, 3, 6, 9
BUTTON, COUNT_W = 22, 30
VOTES_W = BUTTON * 2 + COUNT_W + PAD
CARD, CARD_BORDER, BUTTON_FILL, INK, FADED = "#FFFFFF", "#C4C8CC", "#F1F3F4", "#1F2328", "#9AA0A6"


def vote_zones(card: QRect) -> tuple[QRect, QRect, QRect]:
    """The − button, the count and the + button at the right of a card's rectangle."""
    top = card.center().y() - BUTTON // 2
    right = card.right() - PAD
    plus = QRect(right - BUTTON, top, BUTTON, BUTTON)
    count = QRect(plus.left() - COUNT_W, top, COUNT_W, BUTTON)
    minus = QRect(count.left() - BUTTON, top, BUTTON, BUTTON)
    return minus, count, plus


class CardDelegate(QStyledItemDelegate):
    """Signals:
    vote_requested(int, int): the card id and +1 / −1, from a click on + or −.
    """

    vote_requested = Signal(int, int)

    def _card_rect(self, option: QStyleOptionViewItem) -> QRect:
        return option.rect.adjusted(MARGIN_X, MARGIN_Y, -MARGIN_X, -MARGIN_Y)

    def _text_width(self, width: int) -> int:
        return max(60, width - 2 * MARGIN_X - STRIPE - 2 * PAD - VOTES_W)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        widget = option.widget
        width = (widget.viewport().width() if isinstance(widget, QAbstractScrollArea)
                 else option.rect.width())
        metrics = QFontMetrics(option.font)
        text = str(index.data() or "")
        bounds = metrics.boundingRect(QRect(0, 0, self._text_width(width), 10_000),
                                      int(Qt.TextFlag.TextWordWrap), text)
        team_line = metrics.height() if index.data(QuadrantModel.TeamRole) else 0
        height = bounds.height() + team_line + 2 * PAD + 2 * MARGIN_Y
        return QSize(width, max(height, BUTTON + 2 * PAD + 2 * MARGIN_Y))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = option.palette
        card = self._card_rect(option)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        # Cards are paper: light on the tinted quadrant whatever the desktop theme.
        fill, border = QColor(CARD), QColor(CARD_BORDER)
        if selected:
            border = palette.color(QPalette.ColorRole.Highlight)
            fill = QColor(border).lighter(190)
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(card, 5, 5)

        team = str(index.data(QuadrantModel.TeamRole) or "")
        teams = card_teams(team) or [""]
        band = card.height() / len(teams)
        for i, name in enumerate(teams):
            painter.fillRect(QRect(card.left() + 1, int(card.top() + 1 + i * band), STRIPE,
                                   int(band) - (1 if i == len(teams) - 1 else 0)),
                             team_colour(name))

        text_rect = QRect(card.left() + STRIPE + PAD, card.top() + PAD,
                          self._text_width(option.rect.width()), card.height() - 2 * PAD)
        metrics = QFontMetrics(option.font)
        painter.setPen(QColor(INK))
        painter.setFont(option.font)
        text = str(index.data() or "")
        team_h = metrics.height() if team else 0
        painter.drawText(text_rect.adjusted(0, 0, 0, -team_h),
                         int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop), text)
        if team:
            small = QFont(option.font)
            small.setPointSizeF(option.font.pointSizeF() * 0.9)
            small.setBold(True)
            painter.setFont(small)
            painter.setPen(team_colour(teams[0]).darker(115))
            painter.drawText(QRect(text_rect.left(), text_rect.bottom() - team_h,
                                   text_rect.width(), team_h),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                             metrics.elidedText(team, Qt.TextElideMode.ElideRight,
                                                text_rect.width()))
        self._paint_votes(painter, option, card, int(index.data(QuadrantModel.VotesRole) or 0))
        painter.restore()

    def _paint_votes(self, painter: QPainter, option: QStyleOptionViewItem, card: QRect,
                     votes: int) -> None:
        minus, count, plus = vote_zones(card)
        for zone, sign in ((minus, "−"), (plus, "+")):
            painter.setPen(QPen(QColor(CARD_BORDER), 1))
            painter.setBrush(QColor(BUTTON_FILL))
            painter.drawEllipse(zone.adjusted(1, 1, -1, -1))
            painter.setPen(QColor(INK))
            painter.drawText(zone, int(Qt.AlignmentFlag.AlignCenter), sign)
        bold = QFont(option.font)
        bold.setBold(True)
        bold.setPointSizeF(option.font.pointSizeF() * 1.15)
        painter.setFont(bold)
        painter.setPen(QColor(INK if votes else FADED))
        painter.drawText(count, int(Qt.AlignmentFlag.AlignCenter), str(votes))

    def editorEvent(self, event: QEvent, model: QAbstractItemModel,  # noqa: N802 - Qt API
                    option: QStyleOptionViewItem, index: Index) -> bool:
        kinds = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                 QEvent.Type.MouseButtonDblClick)
        if event.type() in kinds and isinstance(event, QMouseEvent):
            minus, _count, plus = vote_zones(self._card_rect(option))
            pos = event.position().toPoint()
            for zone, delta in ((minus, -1), (plus, 1)):
                if zone.contains(pos):
                    if (event.type() == QEvent.Type.MouseButtonRelease
                            and event.button() == Qt.MouseButton.LeftButton):
                        self.vote_requested.emit(int(index.data(QuadrantModel.CardIdRole)), delta)
                    return True
        return super().editorEvent(event, model, option, index)
