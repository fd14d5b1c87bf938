"""Tables built in one pass: rows appended and their cells filled by reference, never looked up."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from docx.document import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import RGBColor
from docx.table import Table, _Cell, _Row

from facilitator.export.styles import GRID, TABLE, text_width
from facilitator.textclean import clean_for_word

OVERTIME = RGBColor(0xB0, 0x1E, 0x1E)
OVERTIME_FILL = "F9DEDC"
QUIET = RGBColor(0x59, 0x59, 0x59)


@dataclass(frozen=True)
class Column:
    header: str
    weight: float  # share of the text width
    align: WD_ALIGN_PARAGRAPH | None = None


@dataclass(frozen=True)
class Cell:
    """A cell with emphasis; plain strings make plain cells."""

    text: str
    bold: bool = False
    italic: bool = False
    color: RGBColor | None = None
    fill: str | None = None  # background, hex RRGGBB


CellValue = str | Cell


def table_style(document: Document, preferred: str = TABLE) -> str | None:
    for name in (preferred, GRID):
        if name in document.styles:
            return name
    return None


def _look(table: Table, *, first_column: bool) -> None:
    """Header row emphasised, banded rows; the first column only where it names the row."""
    tbl_pr = table._tbl.tblPr
    look = tbl_pr.find(qn("w:tblLook"))
    if look is None:
        look = OxmlElement("w:tblLook")
        tbl_pr.append(look)
    values = {"firstRow": "1", "lastRow": "0", "firstColumn": "1" if first_column else "0",
              "lastColumn": "0", "noHBand": "0", "noVBand": "1"}
    for key, value in values.items():
        look.set(qn(f"w:{key}"), value)
    look.set(qn("w:val"), "04A0" if first_column else "0420")


def _row_property(row_tr: object, tag: str) -> None:
    """Marks a row: w:tblHeader repeats it on every page, w:cantSplit keeps it on one page."""
    row_tr.get_or_add_trPr().append(OxmlElement(tag))  # type: ignore[attr-defined]


def keep_with_next(rows: Iterable[_Row]) -> None:
    """Keeps each of these rows on the page of the row after it (Word and LibreOffice honour
    keep-with-next on the paragraphs of a row)."""
    for row in rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = True


def fill_cell(cell: _Cell, value: CellValue, align: WD_ALIGN_PARAGRAPH | None = None) -> None:
    """Writes one value into a fresh cell (its first, empty paragraph)."""
    paragraph = cell.paragraphs[0]
    if align is not None:
        paragraph.alignment = align
    if isinstance(value, Cell):
        run = paragraph.add_run(clean_for_word(value.text))
        if value.bold:
            run.bold = True
        if value.italic:
            run.italic = True
        if value.color is not None:
            run.font.color.rgb = value.color
        if value.fill:
            shade(cell, value.fill)
    elif value:
        paragraph.add_run(clean_for_word(value))


def shade(cell: _Cell, fill: str) -> None:
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shd)


def add_table(
    document: Document,
    columns: Sequence[Column],
    rows: Iterable[Sequence[CellValue]],
    *,
    style: str = TABLE,
    first_column: bool = False,
    header: bool = True,
    keep_rows: bool = True,
) -> Table:
    """Appends a table with fixed column widths; cost grows with the number of cells only."""
    table = document.add_table(rows=1 if header else 0, cols=len(columns))
    name = table_style(document, style)
    if name is not None:
        table.style = document.styles[name]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    _look(table, first_column=first_column)
    total = text_width(document)
    weights = sum(c.weight for c in columns)
    widths = [int(total * c.weight / weights) for c in columns]
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width  # the grid; add_row copies it into each new cell
    aligns = [c.align for c in columns]
    if header:
        head = table.rows[0]
        _row_property(head._tr, "w:tblHeader")
        for cell, column, width in zip(head.cells, columns, widths, strict=True):
            cell.width = width
            fill_cell(cell, Cell(column.header, bold=True), column.align)
    for values in rows:
        row = table.add_row()
        if keep_rows:
            _row_property(row._tr, "w:cantSplit")
        cells = row.cells
        for cell, value, align in zip(cells, values, aligns, strict=True):
            fill_cell(cell, value, align)
    return table
