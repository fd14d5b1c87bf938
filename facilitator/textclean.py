"""Cleaning user text so that storage and Word's XML can always hold it."""

from __future__ import annotations

import re

# XML 1.0 allows tab, newline, carriage return and everything from U+0020 except surrogates and
# U+FFFE/U+FFFF. Anything else cannot be written to a .docx, so it is dropped on the way in.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LINE_END = re.compile("\r\n?")


def clean_text(value: str) -> str:
    """Removes characters XML cannot hold; keeps tabs, newlines, `|`, emoji and any script."""
    return _NOT_XML.sub("", value)


def clean_for_word(value: object) -> str:
    """Text as a document shows it: cleaned for XML, any line ending made a newline.

    Never raises: None becomes "", anything else that is not text is shown with str().
    """
    if value is None:
        return ""
    text = value if isinstance(value, str) else str(value)
    return _LINE_END.sub("\n", _NOT_XML.sub("", text))


def short(text: str, width: int = 40) -> str:
    """A label for a menu or a message: the first line of the text, elided to `width`."""
    stripped = text.strip()
    line = stripped.splitlines()[0] if stripped else ""
    return line if len(line) <= width else line[: width - 1] + "…"
