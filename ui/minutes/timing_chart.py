"""The minutes' timing chart: planned vs actual minutes per agenda item, drawn with QPainter."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QGuiApplication, QImage, QPainter, QPen

from facilitator.export.timing import ItemTiming

WIDTH = 1800  # pixels; the document scales it to the text width (about 270 dpi)
MAX_HEIGHT = 2300  # keeps the picture on one page
PLANNED = QColor("#A6B8CC")
ACTUAL = QColor("#2F5597")
OVER = QColor("#B01E1E")
INK = QColor("#222222")
GRID = QColor("#D9D9D9")


def _nice_step(maximum: float) -> int:
    for step in (5, 10, 15, 30, 60, 120, 240):
        if maximum / step <= 8:
            return step
    return 480


def render_timing_chart(items: Sequence[ItemTiming]) -> bytes:
    """A PNG of horizontal bar pairs (planned, actual) per item; overtime actuals in red.

    Needs a QGuiApplication (any platform, offscreen included).
    """
    rows = max(1, len(items))
    top, bottom = 110.0, 90.0
    row_height = max(26.0, min(72.0, (MAX_HEIGHT - top - bottom) / rows))
    height = int(top + bottom + row_height * rows)
    image = QImage(WIDTH, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont()
        font.setPixelSize(int(max(16, min(34, row_height * 0.5))))
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        label_width = WIDTH * 0.45
        left, right = label_width + 30, WIDTH - 40
        maximum = max([1.0, *(max(i.planned_minutes, i.actual_minutes or 0) for i in items)])
        step = _nice_step(maximum)
        axis_max = step * (int(maximum // step) + 1)
        scale = (right - left) / axis_max

        # Legend.
        legend_font = QFont(font)
        legend_font.setPixelSize(32)
        painter.setFont(legend_font)
        x = left
        for color, text in ((PLANNED, "Planned"), (ACTUAL, "Actual"), (OVER, "Actual, over time")):
            painter.fillRect(QRectF(x, 30, 28, 28), color)
            painter.setPen(INK)
            painter.drawText(QRectF(x + 38, 24, 400, 40), Qt.AlignmentFlag.AlignVCenter, text)
            x += 60 + QFontMetricsF(legend_font).horizontalAdvance(text) + 40
        painter.setFont(font)

        # Grid and minute scale.
        chart_bottom = top + row_height * rows
        for minute in range(0, int(axis_max) + 1, step):
            gx = left + minute * scale
            painter.setPen(QPen(GRID, 2))
            painter.drawLine(int(gx), int(top - 10), int(gx), int(chart_bottom))
            painter.setPen(INK)
            painter.drawText(QRectF(gx - 60, chart_bottom + 8, 120, 44),
                             Qt.AlignmentFlag.AlignHCenter, f"{minute}")
        painter.drawText(QRectF(left, chart_bottom + 46, right - left, 44),
                         Qt.AlignmentFlag.AlignHCenter, "minutes")

        bar = row_height * 0.34
        for index, item in enumerate(items):
            y = top + index * row_height
            label = metrics.elidedText(f"{item.number}. {item.title}",
                                       Qt.TextElideMode.ElideRight, label_width)
            painter.setPen(INK)
            painter.drawText(QRectF(10, y, label_width, row_height),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, label)
            mid = y + row_height / 2
            painter.fillRect(QRectF(left, mid - bar - 1, item.planned_minutes * scale, bar),
                             PLANNED)
            if item.actual_minutes is not None:
                painter.fillRect(QRectF(left, mid + 1, item.actual_minutes * scale, bar),
                                 OVER if item.over else ACTUAL)
        painter.setPen(QPen(INK, 2))
        painter.drawLine(int(left), int(top - 10), int(left), int(chart_bottom))
    finally:
        painter.end()
    return _png(image)


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide6 stub: format is str
    buffer.close()
    return bytes(data.data())


def render_headless(items: Sequence[ItemTiming]) -> bytes:
    """For the command line: makes an offscreen QGuiApplication when none is running."""
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        global _app  # kept alive for the rest of the process
        _app = QGuiApplication(sys.argv[:1])
    return render_timing_chart(items)


_app: QGuiApplication | None = None
