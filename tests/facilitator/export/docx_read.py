"""Reading an exported .docx back with python-docx: the parts as a reader sees them."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import docx
from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph


def open_docx(path: Path) -> Document:
    return docx.Document(str(path))


def blocks(document: Document) -> list[Paragraph | Table]:
    """Paragraphs and tables of the body, in order."""
    return list(document.iter_inner_content())


def headings(document: Document, level: int = 1) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def section(document: Document, heading: str) -> list[Paragraph | Table]:
    """What follows a Heading 1 up to the next Heading 1."""
    out: list[Paragraph | Table] = []
    inside = False
    for block in blocks(document):
        if isinstance(block, Paragraph) and block.style.name == "Heading 1":
            if inside:
                break
            inside = block.text == heading
            continue
        if inside:
            out.append(block)
    assert inside or out, f"no section {heading!r}"
    return out


def first_table(blocks_: list[Paragraph | Table]) -> Table:
    return next(b for b in blocks_ if isinstance(b, Table))


def rows(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def picture_blobs(document: Document) -> list[bytes]:
    out = []
    for shape in document.inline_shapes:
        blip = shape._inline.graphic.graphicData.pic.blipFill.blip
        out.append(document.part.related_parts[blip.embed].blob)
    return out


def footer_fields(document: Document) -> list[str]:
    footer = document.sections[0].footer._element
    return [t.text.strip() for t in footer.iter(qn("w:instrText"))]


def run_colors(cell) -> set[str]:
    return {str(r.font.color.rgb) for p in cell.paragraphs for r in p.runs
            if r.font.color is not None and r.font.color.rgb is not None}


def cell_fill(cell) -> str | None:
    shd = cell._tc.tcPr.find(qn("w:shd")) if cell._tc.tcPr is not None else None
    return None if shd is None else shd.get(qn("w:fill"))


def tiny_png(width: int = 40, height: int = 20) -> bytes:
    """A valid grey PNG made without Qt (the core tests never load Qt)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    raw = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
            + chunk(b"IEND", b""))
