"""Default file names for exports: the date and the title, safe on any file system."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

# Forbidden on Windows (and "/" everywhere), plus every control character.
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f\ud800-\udfff\ufffe\uffff]')
_SPACES = re.compile(r"\s+")
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
             *(f"{p}{n}" for p in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³"))}
# Bytes of UTF-8 for the whole name: well under the 255 of ext4/NTFS/APFS, leaving room for the
# folder on systems with a short path limit.
MAX_NAME_BYTES = 150


def _truncate(text: str, max_bytes: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= max_bytes:
        return text
    return encoded[:max_bytes].decode("utf-8", errors="ignore")


def safe_name(text: str, *, fallback: str = "Meeting", max_bytes: int = MAX_NAME_BYTES) -> str:
    """A name part without characters or words that some file system refuses."""
    name = unicodedata.normalize("NFC", text)
    name = _FORBIDDEN.sub(" ", name)
    name = _SPACES.sub(" ", name).strip(" .")
    name = _truncate(name, max_bytes).rstrip(" .")
    if not name:
        name = fallback
    if name.split(".")[0].strip().upper() in _RESERVED:
        name = f"_{name}"
    return name


def default_filename(
    title: str, date: dt.date | None, *, what: str = "minutes", suffix: str = ".docx"
) -> str:
    """E.g. '2026-11-24 Sales & Marketing Summit - minutes.docx'."""
    tail = f" - {what}{suffix}"
    head = f"{date.isoformat()} " if date else ""
    room = MAX_NAME_BYTES - len((head + tail).encode("utf-8"))
    return f"{head}{safe_name(title, max_bytes=room)}{tail}"
