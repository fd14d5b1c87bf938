"""Agenda items from Word documents (.docx, .docm): an agenda table's rows, else the paragraphs
as lines for the agenda parser, with Word's list numbering written out as "1." and "-" marks.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.opc.part import PartFactory, XmlPart
from docx.oxml.ns import qn
from docx.oxml.table import CT_Tbl, CT_Tc
from docx.oxml.text.paragraph import CT_P
from docx.oxml.text.run import CT_R
from docx.package import Package
from docx.parts.document import DocumentPart
from lxml.etree import XMLSyntaxError

from facilitator.agenda_docx_table import AgendaTable, agenda_table, table_items
from facilitator.agenda_parser import ParsedItem, parse_agenda, share_minutes
from facilitator.errors import ValidationError

if TYPE_CHECKING:
    from docx.document import Document

# A .docm is a .docx with macros; python-docx reads its main part once told the content type.
_DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"
PartFactory.part_type_for.setdefault(_DOCM_MAIN, DocumentPart)

# What a damaged or foreign file raises while python-docx opens it: not a zip (an encrypted
# document is an OLE file), a missing part, bad XML, a broken or unsupported zip member.
_DAMAGED = (zipfile.BadZipFile, zlib.error, EOFError, KeyError, PackageNotFoundError,
            XMLSyntaxError, NotImplementedError)
_TEXT_RUNS = ".//w:r[not(ancestor::w:del or ancestor::w:moveFrom or ancestor::w:txbxContent)]"
_HEADING = re.compile(r"heading \d|title|subtitle", re.IGNORECASE)
_LEVEL_IN_NAME = re.compile(r"list(?: number| bullet| continue)? (\d)", re.IGNORECASE)
_INDENT = "    "  # one list level, as the parser reads indentation
_MAX_COLUMNS = 64  # Word allows 63; a wider span or offset is damage


def read_docx_agenda(path: Path, *, total_minutes: int | None = None) -> list[ParsedItem]:
    """The agenda items of a Word document; [] when it holds none. A ValidationError (one line)
    when the file is not a Word document or is damaged; an OSError when it cannot be read."""
    document = _open(path)
    blocks = list(_agenda_blocks(_blocks(document.element.body)))
    tables = [block for block in blocks if isinstance(block, AgendaTable)]
    if tables:  # the paragraphs around an agenda table are its heading and introduction
        items = [item for table in tables for item in table_items(table)]
        return share_minutes(items, total_minutes=total_minutes)
    lines = _Lines(document)
    text = "\n".join(lines.of(p) for p in blocks if isinstance(p, CT_P))
    return parse_agenda(text, total_minutes=total_minutes)


def _open(path: Path) -> Document:
    data = path.read_bytes()  # read once, into memory: the file is never written
    try:
        part = Package.open(io.BytesIO(data)).main_document_part
    except _DAMAGED:
        part = None
    if not isinstance(part, DocumentPart):  # e.g. a workbook named .docx
        raise ValidationError(f"{path.name} is not a Word document (.docx), or it is damaged")
    return part.document


# --- the body in order ------------------------------------------------------------------------

def _blocks(container: Any) -> Iterator[CT_P | CT_Tbl]:
    """The paragraphs and tables of a body or cell in order, including those inside content
    controls (which Document.iter_inner_content() skips; Word's agenda templates use them)."""
    for child in container.iterchildren():
        if isinstance(child, CT_P | CT_Tbl):
            yield child
        elif child.tag == qn("w:sdt"):
            for content in child.iterchildren(qn("w:sdtContent")):
                yield from _blocks(content)
        elif child.tag == qn("w:customXml"):
            yield from _blocks(child)


def _agenda_blocks(blocks: Iterator[CT_P | CT_Tbl]) -> Iterator[CT_P | AgendaTable]:
    """Paragraphs and agenda tables; a layout table (one row or one column) gives its cells'
    content, any other table (attendance, actions) is left out."""
    for block in blocks:
        if isinstance(block, CT_P):
            yield block
            continue
        grid = _grid(block)
        table = agenda_table([[_cell_text(tc) if tc is not None else None for tc in row]
                              for row in grid])
        if table is not None:
            yield table
        elif len(grid) == 1 or max(map(len, grid), default=0) == 1:
            for tc in dict.fromkeys(tc for row in grid for tc in row if tc is not None):
                yield from _agenda_blocks(_blocks(tc))


def _grid(tbl: CT_Tbl) -> list[list[CT_Tc | None]]:
    """Each row's cells by layout-grid column: a cell spanning columns stands in its first one
    (None in the others); a vertically merged cell repeats the one above."""
    grid: list[list[CT_Tc | None]] = []
    for tr in tbl.xpath("./w:tr | ./w:sdt/w:sdtContent/w:tr"):
        row: list[CT_Tc | None] = [None] * _number(tr, "./w:trPr/w:gridBefore/@w:val", 0)
        for tc in tr.xpath("./w:tc | ./w:sdt/w:sdtContent/w:tc"):
            span = _number(tc, "./w:tcPr/w:gridSpan/@w:val", 1)
            above = grid[-1][len(row)] if grid and len(row) < len(grid[-1]) else None
            if above is not None and _merged_with_above(tc):
                tc = above
            row.extend([tc] + [None] * (span - 1))
        grid.append(row)
    return grid


def _merged_with_above(tc: CT_Tc) -> bool:
    """A w:vMerge without val="restart" continues the cell above."""
    merge = tc.xpath("./w:tcPr/w:vMerge")
    return bool(merge) and _value(tc, "./w:tcPr/w:vMerge/@w:val") != "restart"


def _value(element: Any, path: str) -> str:
    """An attribute's text, "" when absent: read raw, so that a damaged value is no error."""
    return str(element.xpath(f"string({path})"))


def _number(element: Any, path: str, default: int) -> int:
    value = _int(_value(element, path))
    return default if value is None else min(value, _MAX_COLUMNS)


def _cell_text(tc: CT_Tc) -> str:
    return "\n".join(paragraph_text(p) for p in _blocks(tc) if isinstance(p, CT_P))


def paragraph_text(p: CT_P) -> str:
    """The text Word shows: runs in hyperlinks, fields, content controls and tracked insertions
    included, tracked deletions and text boxes left out; tabs and line breaks kept."""
    runs: list[CT_R] = p.xpath(_TEXT_RUNS)
    return "".join(run.text for run in runs)


# --- paragraphs as lines ----------------------------------------------------------------------

@dataclass(frozen=True)
class _Style:
    """What a paragraph style says about lists: its name, the style it is based on, its
    numbering (numId, ilvl) when it has one."""

    name: str
    based_on: str
    num_id: int | None
    level: int | None


def _styles(document: Document) -> tuple[dict[str, _Style], str]:
    """The paragraph styles by id, and the default one's id."""
    styles: dict[str, _Style] = {}
    default = ""
    for style in document.styles.element.xpath("./w:style[@w:type='paragraph']"):
        style_id = _value(style, "./@w:styleId")
        styles[style_id] = _Style(
            name=_value(style, "./w:name/@w:val"), based_on=_value(style, "./w:basedOn/@w:val"),
            num_id=_int(_value(style, "./w:pPr/w:numPr/w:numId/@w:val")),
            level=_int(_value(style, "./w:pPr/w:numPr/w:ilvl/@w:val")))
        if _value(style, "./@w:default") in ("1", "true", "on"):
            default = style_id
    return styles, default


class _Lines:
    """Paragraphs as the parser's lines: list paragraphs get the mark Word shows ("1." counted
    per list and level, "-" for bullets), indented 4 spaces per level."""

    def __init__(self, document: Document) -> None:
        self._styles, self._default = _styles(document)
        self._numbering = _numbering(document)
        self._counts: dict[str, list[int]] = {}

    def of(self, p: CT_P) -> str:
        text = paragraph_text(p)
        style_id = _value(p, "./w:pPr/w:pStyle/@w:val") or self._default
        style = self._styles.get(style_id)
        name = style.name if style is not None else ""
        if _HEADING.fullmatch(name):
            return text
        mark = self._mark(p, style_id, name)
        if mark is None:
            return text
        indent, first = mark
        head, *more = text.lstrip().split("\n")
        return "\n".join([indent + first + head] + [indent + _INDENT + ln for ln in more])

    def _mark(self, p: CT_P, style_id: str, name: str) -> tuple[str, str] | None:
        """The indent and the mark of a list paragraph, or None for any other paragraph."""
        num_id, level = self._num_pr(p, style_id)
        if num_id == 0:  # numbering switched off on this paragraph
            return None
        if num_id is None and not re.match(r"list (?:number|bullet)", name, re.IGNORECASE):
            return None
        in_name = _LEVEL_IN_NAME.fullmatch(name)
        if level is None:  # "List Bullet 2" is a second-level list of its own in Word
            level = int(in_name.group(1)) - 1 if in_name else 0
        level = min(level, 8)
        fmt = self._format(num_id, level) or ("decimal" if "number" in name.lower()
                                              else "bullet")
        if fmt == "none":  # a level shown without a mark: text at its level
            return _INDENT * level, ""
        if fmt == "bullet":
            return _INDENT * level, "- "
        return _INDENT * level, f"{self._count(str(num_id) if num_id else name, level)}. "

    def _num_pr(self, p: CT_P, style_id: str) -> tuple[int | None, int | None]:
        """The list (numId) and level (ilvl) of a paragraph: its own, else its style's or that
        of the style it is based on."""
        num_id = _int(_value(p, "./w:pPr/w:numPr/w:numId/@w:val"))
        level = _int(_value(p, "./w:pPr/w:numPr/w:ilvl/@w:val"))
        seen: set[str] = set()
        while style_id in self._styles and style_id not in seen:  # a loop in a damaged file
            seen.add(style_id)
            style = self._styles[style_id]
            num_id = style.num_id if num_id is None else num_id
            level = style.level if level is None else level
            style_id = style.based_on
        return num_id, level

    def _format(self, num_id: int | None, level: int) -> str | None:
        """The numbering definition's numFmt at this level: "decimal", "bullet", "none"…"""
        if num_id is None or self._numbering is None:
            return None
        num = f'./w:num[@w:numId="{num_id}"]'
        lvl = f'w:lvl[@w:ilvl="{level}"]'
        fmt = _value(self._numbering, f"{num}/w:lvlOverride/{lvl}/w:numFmt/@w:val")
        abstract = _value(self._numbering, f"{num}/w:abstractNumId/@w:val")
        if not fmt and abstract.isdigit():
            fmt = _value(self._numbering,
                         f'./w:abstractNum[@w:abstractNumId="{abstract}"]/{lvl}/w:numFmt/@w:val')
        return fmt or None

    def _count(self, key: str, level: int) -> int:
        """Word's count: per list and level, restarted below a higher level's new entry."""
        counts = self._counts.setdefault(key, [0] * 9)
        counts[level] += 1
        counts[level + 1:] = [0] * (8 - level)
        return counts[level]


def _numbering(document: Document) -> Any | None:
    """The numbering part's root element; None when the document has none (the
    numbering_part property would try to create one)."""
    try:
        part = document.part.part_related_by(RT.NUMBERING)
    except KeyError:
        return None
    return part.element if isinstance(part, XmlPart) else None


def _int(text: str) -> int | None:
    text = text.strip()
    return int(text) if text.isdecimal() and len(text) <= 9 else None
