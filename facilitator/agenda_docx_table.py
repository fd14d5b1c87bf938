"""Agenda tables of Word documents: which column holds what, and one agenda item per row.

Works on cell texts only (the Word reading is agenda_docx's): a row is its cells' texts by
layout-grid column, None where a cell spanning from the left covers the column.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from facilitator.agenda_parser import ParsedItem, read_line, read_minutes, read_times
from facilitator.domain import ItemKind

Row = list[str | None]

# Header words (lower case, punctuation removed) and the column role they name. "stop" marks a
# table that is something else with similar columns (an action list: Item | Owner | Due).
_HEADERS: dict[str, str] = {
    **dict.fromkeys(("time", "times", "start", "start time", "starts", "when", "from", "slot",
                     "time slot", "timing", "hour", "begin", "begins"), "time"),
    **dict.fromkeys(("end", "end time", "ends", "until", "to", "finish"), "end"),
    **dict.fromkeys(("minutes", "min", "mins", "duration", "length", "allotted time",
                     "time allotted", "allocated time", "time allocated"), "minutes"),
    **dict.fromkeys(("item", "items", "agenda item", "agenda items", "agenda", "topic", "topics",
                     "agenda topic", "session", "sessions", "subject", "title", "activity",
                     "what", "segment", "discussion item"), "title"),
    **dict.fromkeys(("presenter", "presenters", "speaker", "speakers", "lead", "leads",
                     "led by", "owner", "owners", "who", "facilitator", "presented by",
                     "responsible", "host", "by"), "presenter"),
    **dict.fromkeys(("goal", "goals", "objective", "objectives", "purpose", "outcome",
                     "outcomes", "desired outcome", "expected outcome", "notes", "details",
                     "description", "comments"), "goal"),
    **dict.fromkeys(("#", "no", "nr", "number", "item #", "item no"), "number"),
    **dict.fromkeys(("due", "due date", "deadline", "date due"), "stop"),
}
_LENGTH_WORDS = {"min", "mins", "minutes", "duration", "length"}  # "Time (min)" is a length
_END_MARKER = re.compile(r"(?:ends?|finish|adjourn(?:ed|ment)?|(?:end|close) of (?:the )?"
                         r"(?:meeting|day(?: \d+)?|session|workshop)|meeting (?:ends|closes))")
_MOSTLY = 0.6  # share of a column's filled cells that must look alike to name the column


@dataclass(frozen=True)
class AgendaTable:
    """A table read as an agenda: its data rows, the column of each role, and the 1-based
    number (in the table) of the first data row."""

    rows: list[Row]
    columns: dict[str, int]
    first_row: int


def agenda_table(rows: list[Row]) -> AgendaTable | None:
    """The table as an agenda, by its header row or else by what its columns hold; None for
    any other table (attendance, actions, layout)."""
    for n, row in enumerate(rows[:2]):  # a caption row may stand above the header
        columns = _header_columns(row)
        if "stop" in columns:
            return None
        if "title" in columns and len(columns.keys() - {"number"}) >= 2:
            return _agenda(rows[n + 1:], columns, n + 2)
        if not _spans(row):
            break
    columns = _content_columns(rows)
    if "title" not in columns or not {"time", "minutes"} & columns.keys():
        return None
    first = 1 if _reads_as_data(rows[0], columns) else 2  # an unrecognised header row
    return _agenda(rows[first - 1:], columns, first)


def _agenda(rows: list[Row], columns: dict[str, int], first: int) -> AgendaTable | None:
    if not rows or not {"time", "end", "minutes", "presenter"} & columns.keys():
        return None
    return AgendaTable(rows=rows, columns=columns, first_row=first)


def _spans(row: Row) -> bool:
    """A row whose one cell spans the table (a caption, "Day 1", "Lunch")."""
    return len(row) > 1 and sum(cell is not None for cell in row) == 1


def _text(row: Row, columns: dict[str, int], role: str) -> str:
    index = columns.get(role)
    cell = row[index] if index is not None and index < len(row) else None
    return (cell or "").strip()


# --- the columns by their header --------------------------------------------------------------

def _header_role(text: str) -> str | None:
    key = " ".join(re.sub(r"[^\w#&]+", " ", text.lower()).split())
    if _LENGTH_WORDS & set(key.split()):
        return "minutes"
    return _HEADERS.get(key)


def _header_columns(row: Row) -> dict[str, int]:
    """The column of each role the row's cells name as header words."""
    columns: dict[str, int] = {}
    for index, cell in enumerate(row):
        role = _header_role(cell) if cell and len(cell) <= 40 else None
        if role is not None:
            columns.setdefault(role, index)  # the first of two alike columns leads
    return columns


# --- the columns by their content -------------------------------------------------------------

def _filled(rows: list[Row], index: int) -> list[str]:
    return [text for row in rows if not _spans(row) and index < len(row)
            and (text := (row[index] or "").strip())]


def _share(cells: list[str], test: Callable[[str], bool]) -> float:
    return sum(1 for c in cells if test(c)) / len(cells) if cells else 0.0


def _is_time(text: str) -> bool:
    return len(text) <= 24 and read_times(text)[0] is not None


def _is_length(text: str) -> bool:
    return len(text) <= 12 and read_minutes(text) is not None and not _is_time(text)


def _is_count(cells: list[str]) -> bool:
    """Item numbers 1, 2, 3… (a bare count is not a length)."""
    return [c.rstrip(".)") for c in cells] == [str(n) for n in range(1, len(cells) + 1)]


def _name_like(text: str) -> bool:
    """A short run of capitalised words ("Dana Reyes", "Head of Sales"): a presenter cell."""
    words = text.replace(",", " ").replace("/", " ").split()
    return (1 <= len(words) <= 6 and len(text) <= 60 and not any(c.isdigit() for c in text)
            and all(w[0].isupper() or w.lower() in {"of", "and", "&", "de", "van", "von"}
                    for w in words))


def _content_columns(rows: list[Row]) -> dict[str, int]:
    """Times, lengths, the longest text and names, told apart by what the cells hold."""
    if len(rows) < 2:
        return {}
    width = max(len(row) for row in rows)
    cells = {index: _filled(rows, index) for index in range(width)}
    cells = {index: texts for index, texts in cells.items()
             if len(texts) >= 2 and not _is_count(texts)}
    columns: dict[str, int] = {}
    times = [i for i in cells if _share(cells[i], _is_time) >= _MOSTLY]
    columns.update(zip(("time", "end"), times, strict=False))  # Start | End
    lengths = [i for i in cells if i not in times and _share(cells[i], _is_length) >= _MOSTLY]
    if lengths:
        columns["minutes"] = lengths[0]
    rest = [i for i in cells if i not in columns.values()]
    if not rest:
        return columns
    columns["title"] = max(rest, key=lambda i: sum(map(len, cells[i])) / len(cells[i]))
    names = [i for i in rest if i != columns["title"] and _share(cells[i], _name_like)
             >= _MOSTLY]
    if names:
        columns["presenter"] = names[0]
    return columns


def _reads_as_data(row: Row, columns: dict[str, int]) -> bool:
    """Whether a first row gives a time or a length where its column has them."""
    if "time" in columns:
        return read_times(_text(row, columns, "time"))[0] is not None
    return read_minutes(_text(row, columns, "minutes")) is not None


# --- one item per row -------------------------------------------------------------------------

def table_items(table: AgendaTable) -> list[ParsedItem]:
    """The table's items in order; lengths from the row, else from the next row's start; an
    end marker row ("12:30 | Close of meeting") only ends the item before it."""
    read = [item for number, row in enumerate(table.rows, table.first_row)
            if (item := _row_item(row, table.columns, number)) is not None]
    items: list[ParsedItem] = []
    for n, item in enumerate(read):
        following = read[n + 1].start if n + 1 < len(read) else None
        if item.minutes_from != "text" and item.start and following:
            gap = _minutes_between(item.start, following)
            if gap:
                item = replace(item, minutes=gap, minutes_from="times")
        if not _is_end_marker(item):
            items.append(item)
    return [item for item in items if item.title]


def _row_item(row: Row, columns: dict[str, int], number: int) -> ParsedItem | None:
    if _spans(row):
        return _spanning_item(next(c for c in row if c is not None), number)
    lines = _lines(_text(row, columns, "title"))
    item = read_line(lines[0] if lines else "", number)
    start, end = read_times(_text(row, columns, "time"))
    end = end or read_times(_text(row, columns, "end"))[0]
    start = start or item.start
    minutes = read_minutes(_text(row, columns, "minutes"))
    if minutes is None and start and end:
        minutes = _minutes_between(start, end)
    if minutes:
        item = replace(item, minutes=minutes, minutes_from="text")
    presenter = ", ".join(_lines(_text(row, columns, "presenter")))
    goal = "; ".join(lines[1:] + _lines(_text(row, columns, "goal")))  # as the parser joins
    if not (lines or start or presenter or minutes):
        return None  # an empty row
    return replace(item, start=start, presenter=presenter or item.presenter,
                   goal=goal or item.goal)


def _lines(text: str) -> list[str]:
    """A cell's lines (its paragraphs and line breaks), blank ones left out."""
    return [line.strip() for line in text.split("\n") if line.strip()]


def _spanning_item(text: str, number: int) -> ParsedItem | None:
    """A row spanning the table is an item when it says when, how long, or is a break
    ("12:30 Lunch"); otherwise it heads a part of the table ("Day 1")."""
    lines = _lines(text)
    if not lines:
        return None
    item = read_line(lines[0], number)
    if item.start or item.minutes_from == "text" or item.kind is ItemKind.BREAK:
        return replace(item, goal="; ".join(lines[1:]) or item.goal)
    return None


def _is_end_marker(item: ParsedItem) -> bool:
    """A row that only says when the meeting (or day) ends: a time and no length."""
    title = " ".join(re.sub(r"[^\w ]+", " ", item.title.lower()).split())
    return bool(item.start) and item.minutes_from != "text" and (
        not title or _END_MARKER.fullmatch(title) is not None)


def _minutes_between(a: dt.time, b: dt.time) -> int | None:
    diff = (b.hour * 60 + b.minute) - (a.hour * 60 + a.minute)
    if diff < 0 and b.hour < 12:
        diff += 12 * 60  # "12:30 … 1:00" written on a 12-hour clock
    return diff if 0 < diff <= 12 * 60 else None  # longer is a gap (overnight), not an item
