"""A company template (.docx or .dotx) lends its styles; its own content is not copied."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Pt

from facilitator.errors import ExportError
from facilitator.export import export_agenda, export_minutes
from facilitator.serialize import load_meeting
from facilitator.workspace import Workspace
from tests.facilitator.export.docx_read import footer_fields, headings, open_docx


def _company_template(path: Path, *, drop: tuple[str, ...] = ()) -> Path:
    template = docx.Document()
    template.styles["Normal"].font.name = "Courier New"
    template.styles["Heading 1"].font.size = Pt(21)
    template.add_paragraph("COMPANY BOILERPLATE")
    template.sections[0].footer.paragraphs[0].text = "Acme Corp — internal"
    styles = template.styles.element
    for style in list(styles.style_lst):
        if style.name_val in drop:
            styles.remove(style)
    template.save(str(path))
    return path


def test_styles_come_from_the_reference(ws: Workspace, demo_id: int, tmp_path: Path) -> None:
    reference = _company_template(tmp_path / "acme.docx")
    out = export_minutes(load_meeting(ws, demo_id), tmp_path / "m.docx", reference_docx=reference)
    document = open_docx(out)
    assert document.styles["Normal"].font.name == "Courier New"
    assert document.styles["Heading 1"].font.size == Pt(21)
    texts = [p.text for p in document.paragraphs]
    assert "COMPANY BOILERPLATE" not in texts
    assert texts[0] == "Sales & Marketing Summit"
    footer = [p.text for p in document.sections[0].footer.paragraphs]
    assert footer[0] == "Acme Corp — internal"
    assert footer_fields(document) == ["PAGE", "NUMPAGES"]


def test_styles_missing_from_the_reference_are_added(
    ws: Workspace, demo_id: int, tmp_path: Path
) -> None:
    reference = _company_template(tmp_path / "bare.docx",
                                  drop=("List Bullet", "Light Grid Accent 1", "Title"))
    out = export_minutes(load_meeting(ws, demo_id), tmp_path / "m.docx", reference_docx=reference)
    document = open_docx(out)
    assert document.paragraphs[0].style.name == "Title"
    assert "Attendance" in headings(document)
    bullet = document.styles["List Bullet"]
    num_id = bullet.element.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}").get(qn("w:val"))
    numbering = document.part.numbering_part.element
    assert any(str(n.numId) == num_id for n in numbering.num_lst)
    assert document.tables[0].style.name == "Light Grid Accent 1"


def test_a_word_template_dotx_is_accepted(ws: Workspace, demo_id: int, tmp_path: Path) -> None:
    docx_path = _company_template(tmp_path / "acme.docx")
    dotx = tmp_path / "acme.dotx"
    with zipfile.ZipFile(docx_path) as src, zipfile.ZipFile(dotx, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            dst.writestr(name, data)
    out = export_agenda(load_meeting(ws, demo_id), tmp_path / "a.docx", reference_docx=dotx)
    assert open_docx(out).styles["Normal"].font.name == "Courier New"


@pytest.mark.parametrize(("content", "message"), [
    (None, "does not exist"),
    (b"plain text, not a document", "is not a Word .docx or .dotx document"),
    (b"PK\x03\x04 truncated zip", "is not a Word .docx or .dotx document"),
])
def test_a_bad_reference_is_a_clear_error(
    ws: Workspace, demo_id: int, tmp_path: Path, content: bytes | None, message: str
) -> None:
    reference = tmp_path / "template.docx"
    if content is not None:
        reference.write_bytes(content)
    target = tmp_path / "m.docx"
    with pytest.raises(ExportError, match=message):
        export_minutes(load_meeting(ws, demo_id), target, reference_docx=reference)
    assert not target.exists()


def test_a_zip_that_is_not_word_is_refused(ws: Workspace, demo_id: int, tmp_path: Path) -> None:
    reference = tmp_path / "photos.docx"
    with zipfile.ZipFile(reference, "w") as package:
        package.writestr("photo.txt", "not word")
    with pytest.raises(ExportError, match="is not a Word"):
        export_minutes(load_meeting(ws, demo_id), tmp_path / "m.docx", reference_docx=reference)
