"""Appending to a document's body in constant time per paragraph, with cleaned text."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence

from docx.document import Document
from docx.image.image import Image
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.table import Table
from docx.text.paragraph import Paragraph

from facilitator.errors import ExportError
from facilitator.export.docx_tables import QUIET, CellValue, Column, add_table
from facilitator.export.styles import BULLET, HEADING_1, HEADING_2, TITLE, text_height, text_width
from facilitator.textclean import clean_for_word

_BULLET_LINE = re.compile(r"^\s*(?:[-*•‣◦▪–]\s+|[-*•]$)")


class BodyWriter:
    """Writes paragraphs, headings, bullets, tables and pictures at the end of the body.

    python-docx's own add_paragraph searches the body for its end on every call, which makes a
    long document quadratic; this keeps a reference to the end instead.
    """

    def __init__(self, document: Document) -> None:
        self.document = document
        self._body = document._body
        self._end = document.element.body.find(qn("w:sectPr"))
        self._style_ids: dict[str, str | None] = {}

    def _style_id(self, name: str) -> str | None:
        if name not in self._style_ids:
            self._style_ids[name] = (
                self.document.styles[name].style_id if name in self.document.styles else None)
        return self._style_ids[name]

    def paragraph(self, text: str = "", style: str | None = None) -> Paragraph:
        p = OxmlElement("w:p")
        if self._end is not None:
            self._end.addprevious(p)
        else:
            self.document.element.body.append(p)
        if style is not None:
            style_id = self._style_id(style)
            if style_id is not None:
                p.get_or_add_pPr().style = style_id
        paragraph = Paragraph(p, self._body)
        if text:
            paragraph.add_run(clean_for_word(text))
        return paragraph

    def title(self, text: str) -> Paragraph:
        return self.paragraph(text, TITLE)

    def heading(self, text: str, level: int = 1) -> Paragraph:
        return self.paragraph(text, HEADING_1 if level == 1 else HEADING_2)

    def labelled(self, label: str, value: str, *, tight: bool = True) -> Paragraph:
        """'Label: value' with the label in bold."""
        paragraph = self.paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(clean_for_word(value))
        if tight:
            paragraph.paragraph_format.space_after = Pt(2)
        return paragraph

    def details(self, pairs: tuple[tuple[str, str], ...], objective: str) -> None:
        """The meeting's 'Label: value' lines, each left out when empty, then the objective."""
        for label, value in (*pairs, ("Objective", objective)):
            if clean_for_word(value).strip():
                self.labelled(label, value, tight=label != "Objective")

    def quiet(self, text: str) -> Paragraph:
        """A small grey line (an item's kind, presenter and time)."""
        paragraph = self.paragraph()
        run = paragraph.add_run(clean_for_word(text))
        run.italic = True
        run.font.color.rgb = QUIET
        return paragraph

    def bullet(self, text: str, detail: str = "") -> Paragraph:
        paragraph = self.paragraph(text, BULLET)
        if detail:
            run = paragraph.add_run(f" — {clean_for_word(detail)}")
            run.font.color.rgb = QUIET
        return paragraph

    def bold_line(self, text: str) -> Paragraph:
        paragraph = self.paragraph()
        paragraph.add_run(clean_for_word(text)).bold = True
        paragraph.paragraph_format.space_after = Pt(2)
        paragraph.paragraph_format.keep_with_next = True
        return paragraph

    def note(self, text: str) -> None:
        """A note as typed: bullet lines become List Bullet, other lines stay paragraphs."""
        lines: list[str] = []

        def flush() -> None:
            if lines:
                self.paragraph("\n".join(lines))
                lines.clear()

        for line in clean_for_word(text).split("\n"):
            if _BULLET_LINE.match(line):
                flush()
                item = _BULLET_LINE.sub("", line, count=1)
                if item.strip():
                    self.paragraph(item, BULLET)
            elif line.strip():
                lines.append(line)
            else:
                flush()
        flush()

    def table(self, columns: Sequence[Column], rows: Iterable[Sequence[CellValue]],
              **options: object) -> Table:
        return add_table(self.document, columns, rows, **options)  # type: ignore[arg-type]

    def picture(self, png: bytes, caption: str = "") -> Paragraph:
        try:
            image = Image.from_blob(png)
        except Exception as exc:  # python-docx raises its own errors for unknown formats
            raise ExportError("the timing chart is not a picture Word can show") from exc
        width: float = text_width(self.document)
        height = width * image.px_height / max(1, image.px_width)
        if height > (room := text_height(self.document)):
            width, height = width * room / height, room
        paragraph = self.paragraph()
        paragraph.add_run().add_picture(io.BytesIO(png), width=int(width), height=int(height))
        if caption:
            self.quiet(caption)
        return paragraph
