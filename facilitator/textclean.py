"""Cleaning user text so that storage and Word's XML can always hold it."""

from __future__ import annotations

import re

# XML 1.0 allows tab, newline, carriage return and everything from U+0020 except surrogates and
# U+FFFE/U+FFFF. Anything else cannot be written to a .docx, so it is dropped on the way in.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(value: str) -> str:
    """Removes characters XML cannot hold; keeps tabs, newlines, `|`, emoji and any script."""
    return _NOT_XML.sub("", value)
