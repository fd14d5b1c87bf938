"""A vote on the projector: the question large, the answers, and the result once revealed."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt, Slot
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitator.errors import NotFoundError
from facilitator.services import votes
from ui.common import settings
from ui.common.document import MeetingDocument, Topic
from ui.votes.projector_bars import HIGH_CONTRAST, STANDARD, Palette, RowPainter
from ui.votes.projector_rows import ProjectorRow, ProjectorVote, projector_vote

NO_VOTE = "No vote selected"
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTRE = int(Qt.AlignmentFlag.AlignCenter)
WRAP = int(Qt.TextFlag.TextWordWrap)
QUESTION_LINES = 3


class VoteProjectorView(QWidget):
    """Read-only page of the projector window: shows one vote (set_vote) and reloads it when
    the document's "votes" topic changes. Results stay hidden until the vote is revealed.

    After each paint, `painted_rows` holds the rows' texts as drawn (counts and percentages
    included), `row_rects` their rectangles, `hidden_rows` how many did not fit, and
    `revealed_shown` whether results were on screen."""

    def __init__(self, document: MeetingDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voteProjector")
        self.document = document
        self._vote_id: int | None = None
        self._page: ProjectorVote | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.painted_rows: list[str] = []
        self.row_rects: list[QRect] = []
        self.painted_question = ""
        self.painted_footer: list[str] = []
        self.row_pixels = 0
        self.hidden_rows = 0
        self.revealed_shown = False
        document.changed.connect(self._on_changed)

    @property
    def vote_id(self) -> int | None:
        return self._vote_id

    @Slot(object)
    def set_vote(self, vote_id: int | None) -> None:
        self._vote_id = vote_id
        self._reload()

    @Slot(object)
    def _on_changed(self, topic: Topic) -> None:
        if topic is Topic.VOTES:
            self._reload()

    def _reload(self) -> None:
        self._page = None
        if self._vote_id is not None:
            try:
                self._page = projector_vote(votes.get_vote(self.document.ws,
                                                           vote_id=self._vote_id))
            except NotFoundError:  # deleted meanwhile (or undone): say so, do not raise
                self._page = None
        self.update()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        # The projector window's H key changes its palette: repaint in the chosen look.
        if event.type() is QEvent.Type.PaletteChange:
            self.update()
        super().changeEvent(event)

    # Painting -------------------------------------------------------------------------------

    def _scale(self) -> float:
        try:
            return max(0.5, min(3.0, float(settings.value("projector/font_scale") or 1.0)))
        except (TypeError, ValueError):
            return 1.0

    def _palette(self) -> Palette:
        return HIGH_CONTRAST if settings.value("projector/high_contrast", bool) else STANDARD

    def _font(self, px: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(max(8, int(px)))
        font.setBold(bold)
        return font

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        colours = self._palette()
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), QColor(colours.background))
        self.painted_rows, self.row_rects, self.painted_footer = [], [], []
        self.hidden_rows, self.row_pixels = 0, 0
        self.revealed_shown = bool(self._page and self._page.revealed)
        pad = max(12, min(self.width(), self.height()) // 28)
        area = self.rect().adjusted(pad, pad, -pad, -pad)
        if self._page is None:
            self.painted_question = NO_VOTE
            painter.setFont(self._font(self.height() * 0.06 * self._scale()))
            painter.setPen(QColor(colours.muted))
            painter.drawText(area, CENTRE | WRAP, NO_VOTE)
        else:
            self._paint_page(painter, self._page, area, pad, colours)
        painter.end()

    def _paint_page(self, painter: QPainter, page: ProjectorVote, area: QRect, pad: int,
                    colours: Palette) -> None:
        h, scale = self.height(), self._scale()
        small = self._font(max(14, h * 0.03 * scale))
        small_h = QFontMetrics(small).height()
        painter.setFont(small)
        painter.setPen(QColor(colours.muted))
        head = QRect(area.left(), area.top(), area.width(), small_h)
        kind_w = min(QFontMetrics(small).horizontalAdvance(page.kind) + 4, area.width() // 2)
        painter.drawText(head, RIGHT, QFontMetrics(small).elidedText(
            page.kind, Qt.TextElideMode.ElideRight, kind_w))
        painter.drawText(head.adjusted(0, 0, -kind_w - pad, 0), LEFT, QFontMetrics(
            small).elidedText(page.item, Qt.TextElideMode.ElideRight,
                              max(0, area.width() - kind_w - pad)))
        top = head.bottom() + pad // 2

        fonts = self._footer_fonts(page)
        footer_top = area.bottom() + 1 - sum(QFontMetrics(f).height() for f in fonts)
        self._paint_footer(painter, page, area, footer_top, fonts, colours)

        # Many answers leave the question less of the page.
        share = 3 if len(page.rows) <= 4 else 4
        question = self._paint_question(painter, page.question, area, top, colours, share)
        self._paint_rows(painter, page.rows, QRect(area.left(), question.bottom() + pad,
                                                   area.width(),
                                                   footer_top - pad - question.bottom() - pad),
                         colours)

    def _footer_fonts(self, page: ProjectorVote) -> list[QFont]:
        """The result's last line (the outcome, or "Results hidden") larger than the turnout."""
        h, scale = self.height(), self._scale()
        last = self._font(max(18, h * 0.055 * scale), bold=page.revealed)
        return [self._font(max(16, h * 0.04 * scale)) for _ in page.footer[:-1]] + [last]

    def _paint_footer(self, painter: QPainter, page: ProjectorVote, area: QRect, top: int,
                      fonts: list[QFont], colours: Palette) -> None:
        last = len(page.footer) - 1
        for n, (line, font) in enumerate(zip(page.footer, fonts, strict=True)):
            metrics = QFontMetrics(font)
            shown = metrics.elidedText(line, Qt.TextElideMode.ElideRight, area.width())
            painter.setFont(font)
            painter.setPen(QColor(colours.ink if page.revealed and n == last else colours.muted))
            painter.drawText(QRect(area.left(), top, area.width(), metrics.height()), LEFT, shown)
            top += metrics.height()
            self.painted_footer.append(shown)

    def _paint_question(self, painter: QPainter, text: str, area: QRect, top: int,
                        colours: Palette, share: int) -> QRect:
        """The largest type (down to a floor) at which the question takes three lines or less
        and 1/share of the page; past the floor its last line ends with an ellipsis."""
        h, scale = self.height(), self._scale()
        largest, smallest = int(h * 0.085 * scale), max(18, int(h * 0.045 * scale))
        font = self._font(smallest, bold=True)
        for px in range(max(largest, smallest), smallest - 1, -2):
            font = self._font(px, bold=True)
            metrics = QFontMetrics(font)
            used = metrics.boundingRect(QRect(0, 0, area.width(), 100_000), WRAP, text)
            most = min(QUESTION_LINES * metrics.lineSpacing(), area.height() // share)
            if used.height() <= most:
                break
        metrics = QFontMetrics(font)
        room = QRect(area.left(), top, area.width(),
                     min(QUESTION_LINES * metrics.lineSpacing(),
                         max(metrics.lineSpacing(), area.height() // share)))
        if metrics.boundingRect(room, WRAP, text).height() > room.height():
            lines = room.height() // metrics.lineSpacing()
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                      area.width() * lines - metrics.averageCharWidth() * 6)
        painter.setFont(font)
        painter.setPen(QColor(colours.ink))
        used = painter.boundingRect(room, WRAP | int(Qt.AlignmentFlag.AlignTop), text)
        painter.drawText(room, WRAP | int(Qt.AlignmentFlag.AlignTop), text)
        self.painted_question = text
        return QRect(room.left(), room.top(), room.width(), min(used.height(), room.height()))

    def _paint_rows(self, painter: QPainter, rows: tuple[ProjectorRow, ...], body: QRect,
                    colours: Palette) -> None:
        if not rows or body.height() <= 0:
            self.hidden_rows = len(rows)
            return
        row_painter = RowPainter(painter, self, rows, body, colours, self._scale())
        self.row_pixels = row_painter.pixels
        for rect, row in row_painter.paint():
            self.row_rects.append(rect)
            self.painted_rows.append(row)
        self.hidden_rows = row_painter.hidden
