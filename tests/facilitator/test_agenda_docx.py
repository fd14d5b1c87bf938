"""Word agendas: list numbering, agenda tables (by header or by content), refusals, the CLI."""

from __future__ import annotations

import hashlib
import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from facilitator.agenda_docx import paragraph_text
from facilitator.agenda_files import read_agenda
from facilitator.agenda_parser import ParsedItem
from facilitator.domain import ItemKind
from facilitator.errors import ValidationError

OTHER, BREAK, CLOSE = ItemKind.OTHER, ItemKind.BREAK, ItemKind.CLOSE_ACTIONS


def save(document: Document, path: Path) -> Path:
    document.save(str(path))
    return path


def add_table(document: Document, rows: list[list[str]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for cells, row in zip(rows, table.rows, strict=True):
        for text, cell in zip(cells, row.cells, strict=True):
            cell.text = text  # "\n" becomes a line break inside the cell


def summary(items: list[ParsedItem]) -> list[tuple[object, ...]]:
    return [(i.title, i.kind, i.minutes, i.minutes_from, i.presenter, i.goal,
             i.start.strftime("%H:%M") if i.start else None) for i in items]


def list_agenda() -> Document:
    """An agenda typed with Word's own numbered and bulleted lists."""
    document = docx.Document()
    document.add_heading("Agenda", level=1)
    document.add_paragraph("Our quarterly kick-off, in the big room on the third floor.")
    for title in ("Welcome and introductions (10 min) – Dana Reyes",
                  "Market review (30 min) – Tom Becker"):
        document.add_paragraph(title, style="List Number")
    document.add_paragraph("Q3 figures", style="List Bullet 2")
    document.add_paragraph("Competitor moves", style="List Bullet 2")
    for title in ("Budget decision (20 min) – Priya Shah", "Coffee break (15 min)",
                  "Next steps (10 min) – Dana Reyes"):
        document.add_paragraph(title, style="List Number")
    return document


def test_word_list_numbering_gives_the_items(tmp_path: Path) -> None:
    items = read_agenda(save(list_agenda(), tmp_path / "kickoff.docx"))
    assert summary(items) == [
        ("Welcome and introductions", OTHER, 10, "text", "Dana Reyes", "", None),
        ("Market review", OTHER, 30, "text", "Tom Becker", "Q3 figures; Competitor moves", None),
        ("Budget decision", OTHER, 20, "text", "Priya Shah", "", None),
        ("Coffee break", BREAK, 15, "text", "", "", None),
        ("Next steps", CLOSE, 10, "text", "Dana Reyes", "", None),
    ]


def test_a_numbered_list_made_with_the_toolbar_reads_its_format(tmp_path: Path) -> None:
    """Word's toolbar lists are "List Paragraph" with numbering on the paragraph itself: the
    numbering definition (decimal or bullet, by level) says which mark it shows."""
    document = docx.Document()
    # numId 5 is the template's decimal list, numId 1 its bullets (see its numbering.xml)
    for text, num_id, level in (("Welcome (10 min)", 5, 0), ("Roadmap (40 min)", 5, 0),
                                ("Dates and owners", 1, 1), ("Close (5 min)", 5, 0)):
        paragraph = document.add_paragraph(text, style="List Paragraph")
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/>'
            "</w:numPr>"))
    items = read_agenda(save(document, tmp_path / "toolbar.docx"))
    assert [(i.title, i.minutes, i.goal) for i in items] == [
        ("Welcome", 10, ""), ("Roadmap", 40, "Dates and owners"), ("Close", 5, "")]


def test_an_agenda_table_with_start_times_only(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_heading("Kick-off – agenda", level=1)
    document.add_paragraph("Please read the pre-reads before the meeting.")
    add_table(document, [
        ["Presenter", "Time", "Item"],
        ["Dana Reyes", "09:00", "Welcome and introductions"],
        ["Tom Becker", "09:15", "Market review\nWhere we stand after Q3"],
        ["", "10:00", "Coffee break"],
        ["Priya Shah", "10:15", "Budget decision"],
        ["Dana Reyes", "11:45", "Next steps"],
        ["", "12:30", "Close of meeting"],
    ])
    document.add_paragraph("Dial-in details follow in a separate e-mail.")
    items = read_agenda(save(document, tmp_path / "table.docx"))
    assert summary(items) == [
        ("Welcome and introductions", OTHER, 15, "times", "Dana Reyes", "", "09:00"),
        ("Market review", OTHER, 45, "times", "Tom Becker", "Where we stand after Q3", "09:15"),
        ("Coffee break", BREAK, 15, "times", "", "", "10:00"),
        ("Budget decision", OTHER, 90, "times", "Priya Shah", "", "10:15"),
        ("Next steps", CLOSE, 45, "times", "Dana Reyes", "", "11:45"),
    ]
    assert [i.line for i in items] == [2, 3, 4, 5, 6]  # the row in the table


def test_a_table_without_header_is_read_by_its_content(tmp_path: Path) -> None:
    document = docx.Document()
    add_table(document, [
        ["Welcome and introductions", "Dana Reyes", "09:00 – 09:20"],
        ["Market review and the third-quarter numbers", "Tom Becker", "09:20 – 10:05"],
        ["Coffee break", "", "10:05 – 10:20"],
        ["Budget decision for next year", "Priya Shah", "10:20 – 11:30"],
    ])
    items = read_agenda(save(document, tmp_path / "plain.docx"))
    assert summary(items) == [
        ("Welcome and introductions", OTHER, 20, "text", "Dana Reyes", "", "09:00"),
        ("Market review and the third-quarter numbers", OTHER, 45, "text", "Tom Becker", "",
         "09:20"),
        ("Coffee break", BREAK, 15, "text", "", "", "10:05"),
        ("Budget decision for next year", OTHER, 70, "text", "Priya Shah", "", "10:20"),
    ]


def test_a_table_with_a_minutes_column(tmp_path: Path) -> None:
    document = docx.Document()
    add_table(document, [
        ["#", "Topic", "Lead", "Minutes", "Goal"],
        ["1", "Welcome", "Dana Reyes", "10", ""],
        ["2", "Pipeline review", "Tom Becker", "30 min", "Agree the Q4 forecast"],
        ["3", "Open floor", "", "", ""],
        ["4", "Wrap-up", "Dana Reyes", "5", ""],
    ])
    items = read_agenda(save(document, tmp_path / "minutes.docx"), total_minutes=60)
    assert summary(items) == [
        ("Welcome", OTHER, 10, "text", "Dana Reyes", "", None),
        ("Pipeline review", OTHER, 30, "text", "Tom Becker", "Agree the Q4 forecast", None),
        ("Open floor", OTHER, 15, "share", "", "", None),
        ("Wrap-up", CLOSE, 5, "text", "Dana Reyes", "", None),
    ]


def test_merged_rows_head_a_day_or_are_a_break(tmp_path: Path) -> None:
    document = docx.Document()
    add_table(document, [
        ["Time", "Session", "Speaker"],
        ["Day 1", "", ""],
        ["09:00", "Strategy overview", "Dana Reyes"],
        ["10:30 Lunch", "", ""],
        ["11:30", "Team plans", "Tom Becker"],
        ["12:00", "End", ""],
    ])
    table = document.tables[0]
    for row in (1, 3):  # one cell across the whole row
        table.cell(row, 0).merge(table.cell(row, 2))
    items = read_agenda(save(document, tmp_path / "merged.docx"))
    assert summary(items) == [
        ("Strategy overview", OTHER, 90, "times", "Dana Reyes", "", "09:00"),
        ("Lunch", BREAK, 60, "times", "", "", "10:30"),
        ("Team plans", OTHER, 30, "times", "Tom Becker", "", "11:30"),
    ]


def test_other_tables_are_left_out_and_layout_tables_read_as_text(tmp_path: Path) -> None:
    document = docx.Document()
    add_table(document, [["Name", "Role"], ["Dana Reyes", "Facilitator"],
                         ["Tom Becker", "Head of Sales"], ["Priya Shah", "Finance"]])
    add_table(document, [["Action", "Owner", "Due"], ["Send the deck", "Tom Becker", "Friday"]])
    layout = document.add_table(rows=1, cols=2).rows[0].cells
    layout[0].text = "Sales & Marketing Summit"
    layout[1].text = "1. Welcome (10 min)\n2. Pipeline review (30 min) – Tom Becker"
    items = read_agenda(save(document, tmp_path / "layout.docx"))
    assert [(i.title, i.minutes, i.presenter) for i in items] == [
        ("Welcome", 10, ""), ("Pipeline review", 30, "Tom Becker")]


def test_content_controls_around_the_table_and_its_rows_are_read(tmp_path: Path) -> None:
    """Word's agenda templates wrap the table, and repeating rows, in content controls."""
    document = docx.Document()
    add_table(document, [["Time", "Topic"], ["09:00", "Welcome"], ["09:10", "Roadmap"],
                         ["10:00", ""]])
    tbl = document.tables[0]._tbl
    rows = tbl.xpath("./w:tr")
    repeating = parse_xml(f"<w:sdt {nsdecls('w')}><w:sdtContent/></w:sdt>")
    rows[1].addprevious(repeating)
    for row in rows[1:3]:
        repeating[0].append(row)
    block = parse_xml(f"<w:sdt {nsdecls('w')}><w:sdtContent/></w:sdt>")
    tbl.addprevious(block)
    block[0].append(tbl)
    items = read_agenda(save(document, tmp_path / "controls.docx"))
    assert [(i.title, i.minutes, i.minutes_from) for i in items] == [
        ("Welcome", 10, "times"), ("Roadmap", 50, "times")]


def test_the_text_word_shows(tmp_path: Path) -> None:
    """Tracked insertions and content controls are read, tracked deletions are not; tabs and
    line breaks stay."""
    w = nsdecls("w")
    paragraph = parse_xml(
        f"<w:p {w}><w:r><w:t>Welcome</w:t><w:tab/></w:r>"
        '<w:ins w:id="1" w:author="A"><w:r><w:t>Dana Reyes</w:t></w:r></w:ins>'
        '<w:del w:id="2" w:author="A"><w:r><w:delText>Tom</w:delText></w:r></w:del>'
        "<w:sdt><w:sdtContent><w:r><w:br/><w:t>Goal: agree</w:t></w:r></w:sdtContent></w:sdt>"
        "</w:p>")
    assert paragraph_text(paragraph) == "Welcome\tDana Reyes\nGoal: agree"


def word_bytes(document: Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def without(data: bytes, name: str) -> bytes:
    source, buffer = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            if info.filename != name:
                target.writestr(info, source.read(info))
    return buffer.getvalue()


def with_content_type(data: bytes, old: str, new: str) -> bytes:
    source, buffer = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == "[Content_Types].xml":
                content = content.replace(old.encode(), new.encode())
            target.writestr(info, content)
    return buffer.getvalue()


MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
GOOD = word_bytes(list_agenda())
BROKEN = {
    "truncated": GOOD[:len(GOOD) // 2],
    "no document part": without(GOOD, "word/document.xml"),
    "random bytes": bytes(range(256)) * 16,
    "password-protected (OLE)": bytes.fromhex("d0cf11e0a1b11ae1") + bytes(4096),
    "a workbook named .docx": with_content_type(
        GOOD, MAIN, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
    "empty": b"",
}


@pytest.mark.parametrize("data", BROKEN.values(), ids=BROKEN.keys())
def test_a_damaged_or_foreign_docx_is_refused_in_one_line(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "agenda.docx"
    path.write_bytes(data)
    with pytest.raises(ValidationError) as refused:
        read_agenda(path)
    assert str(refused.value) == "agenda.docx is not a Word document (.docx), or it is damaged"
    assert hashlib.sha256(path.read_bytes()).digest() == hashlib.sha256(data).digest()


def test_a_word_document_about_something_else_has_no_agenda(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("The warehouse move went well overall, although the loading dock "
                           "was busier than we had planned for during the first two weeks.")
    document.add_paragraph("We will review the lessons learned with the logistics team once "
                           "the new shelving has arrived and the inventory count is finished.")
    with pytest.raises(ValidationError, match=r"^no agenda items found in report\.docx$"):
        read_agenda(save(document, tmp_path / "report.docx"))


def test_a_macro_enabled_document_is_read(tmp_path: Path) -> None:
    path = tmp_path / "agenda.docm"
    path.write_bytes(with_content_type(
        GOOD, MAIN, "application/vnd.ms-word.document.macroEnabled.main+xml"))
    assert [i.title for i in read_agenda(path)][:2] == ["Welcome and introductions",
                                                         "Market review"]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "facilitator", *args], capture_output=True,
                          text=True, timeout=60, env={**os.environ, "PYTHONIOENCODING": "utf-8"})


def test_import_agenda_reads_a_word_file_end_to_end(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    source = save(list_agenda(), tmp_path / "kickoff.docx")
    dry = run("import-agenda", "--db", db, "--title", "Kick-off", str(source), "--dry-run",
              "--json")
    assert dry.returncode == 0, dry.stderr
    read = json.loads(dry.stdout)
    assert [(i["title"], i["kind"], i["minutes"], i["minutes_from"], i["presenter"], i["goal"])
            for i in read] == [
        ("Welcome and introductions", "other", 10, "text", "Dana Reyes", ""),
        ("Market review", "other", 30, "text", "Tom Becker", "Q3 figures; Competitor moves"),
        ("Budget decision", "other", 20, "text", "Priya Shah", ""),
        ("Coffee break", "break", 15, "text", "", ""),
        ("Next steps", "close_actions", 10, "text", "Dana Reyes", ""),
    ]
    assert json.loads(run("list", "--db", db, "--json").stdout) == []  # nothing made
    made = run("import-agenda", "--db", db, "--title", "Kick-off", str(source))
    assert made.returncode == 0, made.stderr
    shown = run("show", "--db", db, "--meeting", made.stdout.strip(), "--json")
    data = json.loads(shown.stdout)
    assert data["title"] == "Kick-off"
    assert [(i["title"], i["planned_minutes"], i["presenter"], i["goal"])
            for i in data["agenda"]] == [(i["title"], i["minutes"], i["presenter"], i["goal"])
                                         for i in read]


def test_import_agenda_takes_the_start_from_a_word_table(tmp_path: Path) -> None:
    document = docx.Document()
    add_table(document, [["Time", "Item"], ["09:30", "Welcome"], ["10:00", "Roadmap"],
                         ["11:00", "End"]])
    made = run("import-agenda", "--db", str(tmp_path / "w.db"), "--title", "Roadmap day",
               str(save(document, tmp_path / "day.docx")))
    assert made.returncode == 0, made.stderr
    data = json.loads(run("show", "--db", str(tmp_path / "w.db"), "--json").stdout)
    assert data["planned_start"] == "09:30:00"
    assert [(i["title"], i["planned_minutes"]) for i in data["agenda"]] == [
        ("Welcome", 30), ("Roadmap", 60)]
