"""Due dates typed the quick way: "fri", "+1w", "tomorrow", "in 3 days" or ISO 2026-12-01."""

from __future__ import annotations

import datetime as dt
import re

from facilitator.errors import ValidationError

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_OFFSET = re.compile(r"^(?:\+|in\s+)(\d{1,4})\s*(d|day|days|w|wk|week|weeks|m|mo|month|months)?$")
HINT = "try fri, +3d, +1w, +1m, tomorrow or 2026-12-01"


def _weekday(word: str) -> int | None:
    if len(word) < 2:
        return None
    matches = [i for i, name in enumerate(WEEKDAYS) if name.startswith(word)]
    return matches[0] if len(matches) == 1 else None


def _add_months(day: dt.date, months: int) -> dt.date:
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def parse_due(text: str, today: dt.date) -> dt.date | None:
    """The date a quick entry means, seen from today; None for an empty entry.

    A weekday name ("fri", "friday") is the next such day after today (on a Friday, "fri" is a
    week away); "next fri" is the same day one week later. Raises ValidationError otherwise.
    """
    word = " ".join(text.strip().lower().split())
    if not word:
        return None
    if word in ("today", "tod", "now"):
        return today
    if word in ("tomorrow", "tmr", "tom", "tmrw"):
        return today + dt.timedelta(days=1)
    if word == "next week":
        return today + dt.timedelta(days=7)
    offset = _OFFSET.match(word)
    if offset:
        n, unit = int(offset.group(1)), (offset.group(2) or "d")[0]
        if unit == "m":
            return _add_months(today, n)
        return today + dt.timedelta(days=n * (7 if unit == "w" else 1))
    extra = 0
    if word.startswith("next "):
        word, extra = word[5:], 7
    weekday = _weekday(word)
    if weekday is not None:
        ahead = (weekday - today.weekday()) % 7 or 7
        return today + dt.timedelta(days=ahead + extra)
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(f"due date {text.strip()!r} is not a date ({HINT})") from None
