"""Agenda tables in pasted text: a header row (Item | Time | Subject | Lead …) and rows below it,
their cells separated by tabs (a Word table copied) or lined up in columns of spaces (a PDF
copied). The rows are read by agenda_docx_table, as a Word table's are.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from facilitator.domain import ItemKind

if TYPE_CHECKING:
    from facilitator.agenda_line import ParsedItem

Row = list[str | None]
_GAP = re.compile(r"\S+(?: \S+)*")  # a run of words: cells are two or more spaces apart
_DASHES = {"-", "–", "—", "n/a"}
_LENGTH_CELL = re.compile(r"^[–—-]\s*(\d{1,2}):([0-5]\d)$")  # "– 0:05": a length, not a time
_PURPOSE = {"decision": ItemKind.DISCUSSION_DECISION, "discussion": ItemKind.DISCUSSION_DECISION,
            "for decision": ItemKind.DISCUSSION_DECISION, "approval": ItemKind.DISCUSSION_DECISION,
            "for discussion": ItemKind.DISCUSSION_DECISION, "information": None,
            "for information": None, "noting": None, "for noting": None}


def table_agenda(text_lines: list[str]) -> list[ParsedItem] | None:
    """The items of the first agenda table in the lines, or None when there is none."""
    for n, line in enumerate(text_lines):
        header = _cells(line)
        if header is None or len(header[0]) < 3:
            continue
        columns = _columns([c for _, c in header[0]])
        if columns is None:
            continue
        rows = _rows(text_lines[n + 1:], header, columns)
        items = _items(rows, columns)
        if len(items) >= 2:
            return items
    return None


def _cells(line: str) -> tuple[list[tuple[int, str]], bool] | None:
    """The line's cells with their columns (start offsets), and whether tabs separate them."""
    if "\t" in line.strip():
        starts, cells, at = [], [], 0
        for cell in line.rstrip("\n").split("\t"):
            starts.append(at)
            cells.append(cell.strip())
            at += len(cell) + 1
        return list(zip(starts, cells, strict=True)), True
    found = [(m.start(), m.group()) for m in _GAP.finditer(line)]
    return (found, False) if len(found) >= 2 else None


def _columns(names: list[str]) -> dict[str, int] | None:
    from facilitator.agenda_docx_table import _header_role

    columns: dict[str, int] = {}
    titles = []
    for index, name in enumerate(names):
        role = _header_role(name) if name else None
        if role == "title":
            titles.append(index)
        elif role is not None:
            columns.setdefault(role, index)
    if not titles or len(columns.keys() - {"number"}) < 1:
        return None
    if len(titles) > 1:  # "Item | Time | Subject": the item column numbers the rows
        columns.setdefault("number", titles[0])
    columns["title"] = titles[-1]
    return columns


def _rows(lines: list[str], header: tuple[list[tuple[int, str]], bool],
          columns: dict[str, int]) -> list[Row]:
    """The table's rows: a line that starts a row, and the lines that go on in its title."""
    starts = [at for at, _ in header[0]]
    tabbed = header[1]
    rows: list[Row] = []
    blank_run = 0
    for line in lines:
        if not line.strip() or re.fullmatch(r"\s*\d{1,3}\s*", line):  # a gap, a page number
            blank_run += 1
            if blank_run >= 3:
                break
            continue
        blank_run = 0
        row = _row(line, starts, tabbed)
        if row is None or _ends(row, columns):
            break
        if rows and not tabbed and _goes_on(row, columns):
            _append(rows[-1], row)
        else:
            rows.append(row)
    return rows


def _row(line: str, starts: list[int], tabbed: bool) -> Row | None:
    row: Row = [None] * len(starts)
    if tabbed:
        for index, cell in enumerate(line.split("\t")[:len(starts)]):
            row[index] = cell.strip() or None
    else:
        for at, text in ((m.start(), m.group()) for m in _GAP.finditer(line)):
            index = max((i for i, s in enumerate(starts) if s <= at + 2), default=0)
            row[index] = f"{row[index]} {text}" if row[index] else text
    if row[0] and not tabbed and len(row[0].split()) > 8 and not any(row[1:]):
        return None  # prose under the table: the table has ended
    return row


def _cell(row: Row, columns: dict[str, int], role: str) -> str:
    index = columns.get(role)
    return (row[index] or "") if index is not None and index < len(row) else ""


def _goes_on(row: Row, columns: dict[str, int]) -> bool:
    """A line with nothing where a row says which and when continues the row above."""
    return not any(_cell(row, columns, role) for role in ("number", "time", "minutes"))


def _ends(row: Row, columns: dict[str, int]) -> bool:
    """A line in the number column that is no number: prose under the table."""
    number = _cell(row, columns, "number")
    alone = sum(1 for cell in row if cell) == 1
    return bool(number) and alone and not re.fullmatch(r"[\dA-Za-z]{1,3}[.)]?\*?", number)


def _append(row: Row, more: Row) -> None:
    for index, cell in enumerate(more):
        if not cell:
            continue
        before = row[index]
        if before and (cell[:1].islower() or cell[:1] == "("):
            row[index] = f"{before} {cell}"  # a wrapped title
        else:
            row[index] = f"{before}\n{cell}" if before else cell  # a sub-point: the goal


def _items(rows: list[Row], columns: dict[str, int]) -> list[ParsedItem]:
    from facilitator.agenda_docx_table import AgendaTable, table_items

    rows = [[None if (c or "").strip().lower() in _DASHES else c for c in row] for row in rows]
    time = columns.get("time")
    if time is not None:
        cells = [c for row in rows if time < len(row) and (c := row[time])]
        if cells and all(_LENGTH_CELL.match(c) for c in cells):
            columns = {**{k: v for k, v in columns.items() if k != "time"}, "minutes": time}
            for row in rows:
                found = _LENGTH_CELL.match(row[time] or "")
                if found:
                    row[time] = str(int(found.group(1)) * 60 + int(found.group(2)))
    items = table_items(AgendaTable(rows=rows, columns=columns, first_row=1))
    items = [_purpose(item) for item in items]
    if len(items) > 2 and items[-1].title.lower() == "close" and items[-1].start and \
            items[-1].minutes_from != "text":
        items.pop()  # "12.30 Close": when the meeting ends
    return items


def _purpose(item: ParsedItem) -> ParsedItem:
    """A Purpose column ("Decision", "Information") gives the kind, not a goal."""
    key = item.goal.strip().lower()
    if key not in _PURPOSE:
        return item
    kind = _PURPOSE[key]
    return replace(item, goal="", kind=kind if kind and item.kind is ItemKind.OTHER else item.kind)
