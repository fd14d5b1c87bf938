"""The base document: python-docx's template or the user's reference .docx, with our styles."""

from __future__ import annotations

import copy
import io
import os
import zipfile
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Inches, Pt

from facilitator.errors import ExportError

TITLE, HEADING_1, HEADING_2, BULLET = "Title", "Heading 1", "Heading 2", "List Bullet"
TABLE = "Light Grid Accent 1"
GRID = "Table Grid"
PARAGRAPH_STYLES = (TITLE, HEADING_1, HEADING_2, BULLET, "Footer")
TABLE_STYLES = (TABLE, GRID)

_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_TEMPLATE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"


def _open_reference(path: Path) -> Document:
    if not path.is_file():
        raise ExportError(f"the reference document {path} does not exist")
    try:
        with zipfile.ZipFile(path) as package:
            parts = {name: package.read(name) for name in package.namelist()}
    except (OSError, zipfile.BadZipFile, ValueError) as exc:
        raise ExportError(f"{path} is not a Word .docx or .dotx document") from exc
    types = parts.get("[Content_Types].xml", b"")
    if _TEMPLATE.encode() in types:  # a Word template (.dotx) holds the same styles
        parts["[Content_Types].xml"] = types.replace(_TEMPLATE.encode(), _DOCUMENT.encode())
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    buffer.seek(0)
    try:
        return docx.Document(buffer)
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile, SyntaxError) as exc:
        raise ExportError(f"{path} is not a Word .docx or .dotx document") from exc


def _clear_body(document: Document) -> None:
    """Keeps the reference's styles, page setup, headers and footers; drops its content."""
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _has_style(document: Document, name: str) -> bool:
    return name in document.styles  # matches Word's lowercase built-in names too


def _copy_numbering(target: Document, source: Document, style: object) -> None:
    """Gives a copied list style its own bullet definition in the target's numbering."""
    num_id = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")  # type: ignore[attr-defined]
    if num_id is None:
        return
    src = source.part.numbering_part.element
    num = next((n for n in src.num_lst if str(n.numId) == num_id.get(qn("w:val"))), None)
    if num is None:
        return
    abstract_id = num.abstractNumId.val
    abstract = next(a for a in src.findall(qn("w:abstractNum"))
                    if a.get(qn("w:abstractNumId")) == str(abstract_id))
    numbering = target.part.numbering_part.element
    used = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    new_abstract = copy.deepcopy(abstract)
    new_abstract.set(qn("w:abstractNumId"), str(max(used, default=-1) + 1))
    # abstractNum elements come before num elements in the schema.
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(new_abstract)
    else:
        numbering.append(new_abstract)
    new_num = numbering.add_num(max(used, default=-1) + 1)
    num_id.set(qn("w:val"), str(new_num.numId))


def _ensure_styles(document: Document) -> None:
    """Copies any style we use that the reference lacks (with what it is based on)."""
    source: Document | None = None
    missing = [n for n in (*PARAGRAPH_STYLES, *TABLE_STYLES) if not _has_style(document, n)]
    ids = {s.styleId for s in document.styles.element.style_lst}
    while missing:
        name = missing.pop()
        if _has_style(document, name):
            continue
        source = source or docx.Document()
        original = source.styles[name]
        element = copy.deepcopy(original.element)
        if element.styleId in ids:  # the id is taken by a style of another name
            element.styleId = f"{element.styleId}Facilitator"
        ids.add(element.styleId)
        document.styles.element.append(element)
        if element.find(f"{qn('w:pPr')}/{qn('w:numPr')}") is not None:
            _copy_numbering(document, source, element)
        base = original.base_style
        if base is not None and not _has_style(document, base.name):
            missing.append(base.name)


def add_page_number_footer(document: Document) -> None:
    """'Page N of M' centred in every section's footer, as PAGE/NUMPAGES fields."""
    for section in document.sections:
        footer = section.footer
        if any(instr.text and "PAGE" in instr.text
               for instr in footer._element.iter(qn("w:instrText"))):
            continue  # the reference template numbers its pages already
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0] if footer.paragraphs and not "".join(
            p.text for p in footer.paragraphs).strip() else footer.add_paragraph()
        paragraph.style = document.styles["Footer"]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run("Page ")
        _add_field(paragraph, "PAGE", "1")
        paragraph.add_run(" of ")
        _add_field(paragraph, "NUMPAGES", "1")


def _add_field(paragraph: object, instruction: str, placeholder: str) -> None:
    run = paragraph.add_run()  # type: ignore[attr-defined]
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    shown = OxmlElement("w:t")
    shown.text = placeholder
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    for element in (begin, instr, separate, shown, end):
        run._r.append(element)


def new_document(reference_docx: str | os.PathLike[str] | None = None) -> Document:
    """A document to build on: python-docx's default, or the reference with its body cleared."""
    if reference_docx is None:
        document = docx.Document()
        for section in document.sections:
            section.left_margin = section.right_margin = Inches(1)
            section.top_margin = section.bottom_margin = Inches(0.9)
        # The default heading spacing is generous for minutes read on screen; tighten it.
        document.styles[HEADING_1].paragraph_format.space_before = Pt(18)
        document.styles[HEADING_2].paragraph_format.space_before = Pt(12)
        for name in TABLE_STYLES:  # a size smaller than the text: tables hold more per line
            document.styles[name].font.size = Pt(10)
    else:
        document = _open_reference(Path(reference_docx))
        _clear_body(document)
        _ensure_styles(document)
    add_page_number_footer(document)
    return document


def text_width(document: Document) -> int:
    """Usable width between the margins of the last section, in EMU."""
    section = document.sections[-1]
    width = (section.page_width or Inches(8.5)) - (section.left_margin or 0) - (
        section.right_margin or 0)
    return int(width) if width > Inches(2) else int(Inches(6.5))


def text_height(document: Document) -> int:
    """Room for a picture on one page: the height between the margins less a heading's worth."""
    section = document.sections[-1]
    height = (section.page_height or Inches(11)) - (section.top_margin or 0) - (
        section.bottom_margin or 0) - Inches(1.2)
    return int(height) if height > Inches(2) else int(Inches(8))
