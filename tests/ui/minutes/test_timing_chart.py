"""The timing chart picture, and the `facilitator` program putting it into the minutes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QColor, QImage

from facilitator.domain import ItemKind
from facilitator.export.timing import ItemTiming
from tests.facilitator.export.docx_read import headings, open_docx, picture_blobs
from ui.minutes.timing_chart import OVER, WIDTH, render_timing_chart


def _item(number: int, planned: int, actual: float | None) -> ItemTiming:
    return ItemTiming(number=number, title=f"Item {number}", kind=ItemKind.OTHER, presenter="",
                      planned_minutes=planned, actual_minutes=actual)


def _red_bar_pixels(png: bytes) -> int:
    """Pixels of the overtime red below the legend (the legend shows a red swatch always)."""
    image = QImage.fromData(png, "PNG")
    assert not image.isNull()
    return sum(1 for x in range(0, image.width(), 2) for y in range(100, image.height(), 2)
               if QColor(image.pixel(x, y)) == OVER)


def test_overtime_bars_are_red_only_when_over(qapp) -> None:
    on_time = render_timing_chart([_item(1, 15, 14.0), _item(2, 30, 30.0)])
    late = render_timing_chart([_item(1, 15, 14.0), _item(2, 30, 41.0)])
    assert _red_bar_pixels(on_time) == 0
    assert _red_bar_pixels(late) > 100


def test_size_fits_a_page_for_long_agendas(qapp) -> None:
    image = QImage.fromData(render_timing_chart([_item(n, 10, 12.0) for n in range(1, 61)]))
    assert image.width() == WIDTH
    assert image.height() <= 2300
    few = QImage.fromData(render_timing_chart([_item(1, 10, None)]))
    assert few.height() < image.height()


def test_the_facilitator_program_adds_the_chart(tmp_path: Path) -> None:
    db, out = tmp_path / "w.db", tmp_path / "minutes.docx"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    script = "import sys; from ui.app import main; sys.exit(main(sys.argv[1:]))"

    def program(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-c", script, *args], capture_output=True,
                              text=True, timeout=120, env=env)

    assert program("demo", "--db", str(db)).returncode == 0
    result = program("export-minutes", "--db", str(db), "--out", str(out))
    assert result.returncode == 0, result.stderr
    document = open_docx(out)
    assert headings(document)[-1] == "Timing chart"
    [png] = picture_blobs(document)
    image = QImage.fromData(png, "PNG")
    assert image.width() == WIDTH
