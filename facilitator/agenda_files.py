"""Agenda files: plain text (any encoding a facilitator's programs write) and Word documents.

One entry point, read_agenda(), for the command line, the window's File → Import agenda… and a
file dropped on the agenda; each refusal is one line naming the file.
"""

from __future__ import annotations

from pathlib import Path

from facilitator.agenda_parser import ParsedItem, parse_agenda
from facilitator.errors import ValidationError

# Bytes that never occur in a text file: C0 controls other than tab, line breaks, vertical tab
# (Word's line break in copied text) and form feed (a page break in text copied from a PDF),
# and the five bytes cp1252 leaves undefined.
_NOT_TEXT = frozenset({*range(0x00, 0x09), *range(0x0E, 0x1A), *range(0x1B, 0x20),
                       0x81, 0x8D, 0x8F, 0x90, 0x9D})
WORD_SUFFIXES = (".docx", ".docm")


def decode_text(data: bytes, source: str) -> str:
    """UTF-8 (with or without BOM), else Windows "Save as text" (cp1252); anything with NUL or
    other control bytes (a PDF, an image, an old .doc) is refused with a ValidationError."""
    refusal = ValidationError(f"{source} is not a text file: save the agenda as plain text "
                              "(.txt) or Word (.docx), or paste it")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if _NOT_TEXT.intersection(data):
            raise refusal from None
        return data.decode("cp1252")
    if any(ord(c) in _NOT_TEXT for c in text if ord(c) < 0x20):
        raise refusal
    return text


def is_word(path: Path) -> bool:
    return path.suffix.lower() in WORD_SUFFIXES


def read_agenda(path: Path, *, total_minutes: int | None = None) -> list[ParsedItem]:
    """The agenda items of a text or Word file; a ValidationError (one line) when the file
    cannot be read or holds no agenda."""
    try:
        if is_word(path):
            from facilitator.agenda_docx import read_docx_agenda

            items = read_docx_agenda(path, total_minutes=total_minutes)
        else:
            items = parse_agenda(decode_text(path.read_bytes(), path.name),
                                 total_minutes=total_minutes)
    except OSError as exc:
        raise ValidationError(f"cannot read {path.name}: {exc.strerror or exc}") from None
    if not items:
        raise ValidationError(f"no agenda items found in {path.name}")
    return items
