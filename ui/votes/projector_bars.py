"""The rows of the projector's vote page: labelled bars, checklist marks, type that fits."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen, QTransform
from PySide6.QtWidgets import QWidget

from facilitator.domain import ChecklistAnswer
from ui.votes.projector_rows import ProjectorRow

LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTRE = int(Qt.AlignmentFlag.AlignCenter)
WRAP = int(Qt.TextFlag.TextWordWrap)
LABEL_SHARE = 0.5  # of the width, at most, for an answer's label beside its bar
ROW_SPACING = 1.45  # a row's height in lines of its type, then closer when many
TIGHT_SPACING = 1.15


@dataclass(frozen=True)
class Palette:
    background: str
    ink: str
    muted: str
    track: str
    bar: str  # the other answers' bars (hatched)
    leading: str  # the most counted answer's bar (solid)
    marks: dict[ChecklistAnswer | None, str]


# The projector's two looks (its H key): white on black, or dark on white for a bright room.
HIGH_CONTRAST = Palette("#000000", "#FFFFFF", "#B0B6BC", "#24292F", "#7CC4FF", "#FFC857",
                        {ChecklistAnswer.YES: "#7BD389", ChecklistAnswer.NO: "#FF7B7B",
                         ChecklistAnswer.NOT_SURE: "#FFC857", None: "#B0B6BC"})
STANDARD = Palette("#FBFBF8", "#1D232B", "#5F6B78", "#E4E7EA", "#2B6CB0", "#9A5B00",
                   {ChecklistAnswer.YES: "#1B5E20", ChecklistAnswer.NO: "#C62828",
                    ChecklistAnswer.NOT_SURE: "#8A6D00", None: "#5F6B78"})


class RowPainter:
    """Picks the largest type (down to a floor readable from the back of the room) at which
    all rows fit the body, height and width; past the floor, labels end in an ellipsis and
    the rows that do not fit give way to a "+ N more" line."""

    def __init__(self, painter: QPainter, widget: QWidget, rows: tuple[ProjectorRow, ...],
                 body: QRect, colours: Palette, scale: float) -> None:
        self.painter, self.widget, self.rows, self.body = painter, widget, rows, body
        self.colours = colours
        self.bars = any(r.share is not None for r in rows)
        self.marks = any(r.mark for r in rows)
        self.details = any(r.detail for r in rows)
        h = widget.height()
        floor, ceiling = max(14, int(h * 0.026 * scale)), int(h * 0.075 * scale)
        # The largest type first; at each size one line per label, then two, then rows
        # closer together; else one line each, labels ending in an ellipsis.
        self.pixels, self.lines, self.spacing = floor, 1, TIGHT_SPACING
        chosen = next(((px, lines, spacing) for px in range(max(floor, ceiling), floor - 1, -2)
                       for lines in (1, 2) for spacing in (ROW_SPACING, TIGHT_SPACING)
                       if self._row_height(px, lines, spacing) * len(rows) <= body.height()
                       and self._labels_fit(px, lines)), None)
        if chosen is None:  # no size holds every label whole: the largest that holds the rows
            chosen = next(((px, 1, TIGHT_SPACING) for px in range(max(floor, ceiling), floor, -2)
                           if self._row_height(px, 1, TIGHT_SPACING) * len(rows)
                           <= body.height()), None)
        if chosen:
            self.pixels, self.lines, self.spacing = chosen
        self.row_h = self._row_height(self.pixels, self.lines, self.spacing)
        fits = self.row_h * len(rows) <= body.height()
        more_h = QFontMetrics(self.font()).height()
        self.shown = len(rows) if fits else max(0, (body.height() - more_h) // self.row_h)
        self.hidden = len(rows) - self.shown

    def font(self, factor: float = 1.0, bold: bool = False, px: int | None = None) -> QFont:
        font = QFont(self.widget.font())
        font.setPixelSize(max(10, int((px or self.pixels) * factor)))
        font.setBold(bold)
        return font

    def _row_height(self, px: int, lines: int, spacing: float) -> int:
        metrics = QFontMetrics(self.font(px=px))
        detail = QFontMetrics(self.font(0.62, px=px)).height() if self.details else 0
        return int(metrics.height() * spacing + metrics.lineSpacing() * (lines - 1) + detail)

    def _columns(self, px: int) -> tuple[int, int, int]:
        """The widths of the mark, the label and the value columns at this type size."""
        bold = QFontMetrics(self.font(bold=True, px=px))
        gap = bold.height() // 2
        mark = int(QFontMetrics(self.font(1.25, True, px)).height() * 1.3) if self.marks else 0
        value = max((bold.horizontalAdvance(r.value) for r in self.rows), default=0)
        value = value + gap if value else 0
        rest = self.body.width() - mark - value
        widest = max((bold.horizontalAdvance(r.label) for r in self.rows), default=0) + 4
        # Beside bars the labels take what they need, up to a share: the bars get the rest.
        label = min(widest, int(self.body.width() * LABEL_SHARE), rest) if self.bars else rest
        return mark, max(0, label), value

    def _labels_fit(self, px: int, lines: int) -> bool:
        bold = QFontMetrics(self.font(bold=True, px=px))
        _, label, _ = self._columns(px)
        if lines == 1:
            return all(bold.horizontalAdvance(r.label) <= label for r in self.rows)
        room = QRect(0, 0, label, 100_000)
        return all(bold.boundingRect(room, WRAP, r.label).height() <= lines * bold.lineSpacing()
                   for r in self.rows)

    def paint(self) -> list[tuple[QRect, str]]:
        painted = []
        mark_w, label_w, value_w = self._columns(self.pixels)
        for n, row in enumerate(self.rows[:self.shown]):
            rect = QRect(self.body.left(), self.body.top() + n * self.row_h, self.body.width(),
                         self.row_h)
            painted.append((rect, self._paint_row(row, rect, mark_w, label_w, value_w)))
        if self.hidden:
            more = QRect(self.body.left(), self.body.top() + self.shown * self.row_h,
                         self.body.width(), QFontMetrics(self.font()).height())
            self.painter.setFont(self.font())
            self.painter.setPen(QColor(self.colours.muted))
            self.painter.drawText(more, LEFT, f"+ {self.hidden} more")
        return painted

    def _paint_row(self, row: ProjectorRow, rect: QRect, mark_w: int, label_w: int,
                   value_w: int) -> str:
        p, colours = self.painter, self.colours
        metrics = QFontMetrics(self.font())
        line_h = metrics.height()
        line = QRect(rect.left(), rect.top(), rect.width(), int(
            line_h * self.spacing + metrics.lineSpacing() * (self.lines - 1)))
        label_font = self.font(bold=row.leading or not self.bars)
        label = self._fitted_label(row.label, QFontMetrics(label_font), label_w)
        if row.mark:
            p.setFont(self.font(1.25, True))
            p.setPen(QColor(colours.marks[row.answer]))
            p.drawText(QRect(line.left(), line.top(), mark_w, line.height()), CENTRE, row.mark)
        label_rect = QRect(line.left() + mark_w, line.top(), label_w, line.height())
        p.setFont(label_font)
        p.setPen(QColor(colours.ink))
        p.drawText(label_rect, LEFT | WRAP, label)
        if row.value:
            p.setFont(self.font(bold=True))
            p.setPen(QColor(colours.marks[row.answer] if row.mark else colours.ink))
            p.drawText(QRect(line.right() + 1 - value_w, line.top(), value_w, line.height()),
                       RIGHT, row.value)
        if row.share is not None:
            gap = line_h // 2
            self._paint_bar(row, QRect(label_rect.right() + 1 + gap, line.top(),
                                       line.width() - label_w - value_w - 2 * gap,
                                       line.height()), line_h)
        detail = ""
        if row.detail:
            font = self.font(0.62)
            metrics = QFontMetrics(font)
            detail = metrics.elidedText(row.detail, Qt.TextElideMode.ElideRight,
                                        rect.width() - mark_w)
            p.setFont(font)
            p.setPen(QColor(colours.muted))
            p.drawText(QRect(rect.left() + mark_w, line.bottom() - line_h // 5,
                             rect.width() - mark_w, metrics.height()), LEFT, detail)
        return ProjectorRow(label, row.value, row.share, row.leading, row.mark, row.answer,
                            detail).text

    def _fitted_label(self, text: str, metrics: QFontMetrics, width: int) -> str:
        """The label as it fits its lines: whole, or ending in an ellipsis."""
        if self.lines == 1 or metrics.horizontalAdvance(text) <= width:
            return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
        room = QRect(0, 0, width, 100_000)
        most = self.lines * metrics.lineSpacing()
        budget = width * self.lines
        shown = text
        while budget > 0 and metrics.boundingRect(room, WRAP, shown).height() > most:
            budget -= metrics.averageCharWidth() * 2
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, budget)
        return shown

    def _paint_bar(self, row: ProjectorRow, area: QRect, line_h: int) -> None:
        """The track, then the share: solid for the most counted answer, hatched and
        outlined for the others, so the leader shows without relying on colour."""
        if area.width() <= 0:
            return
        p = self.painter
        height = int(line_h * 0.8)
        track = QRectF(area.left(), area.center().y() - height / 2, area.width(), height)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(self.colours.track))
        p.drawRoundedRect(track, 4, 4)
        share = row.share or 0.0
        if share <= 0:
            return
        filled = QRectF(track.left(), track.top(), max(4.0, track.width() * share),
                        track.height())
        if row.leading:
            p.setBrush(QColor(self.colours.leading))
            p.drawRoundedRect(filled, 4, 4)
            return
        hatch = QBrush(QColor(self.colours.bar), Qt.BrushStyle.BDiagPattern)
        hatch.setTransform(QTransform.fromScale(3, 3))  # stripes wide enough to see afar
        p.setBrush(hatch)
        p.setPen(QPen(QColor(self.colours.bar), max(2, line_h // 16)))
        p.drawRoundedRect(filled.adjusted(1, 1, -1, -1), 4, 4)
