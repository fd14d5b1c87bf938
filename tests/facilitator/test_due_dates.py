"""Quick due-date entries, seen from a fixed day (Tuesday 24 November 2026)."""

from __future__ import annotations

import datetime as dt

import pytest

from facilitator.due_dates import parse_due
from facilitator.errors import ValidationError

TUESDAY = dt.date(2026, 11, 24)


@pytest.mark.parametrize(("text", "expected"), [
    ("", None),
    ("   ", None),
    ("today", dt.date(2026, 11, 24)),
    ("tomorrow", dt.date(2026, 11, 25)),
    ("Tomorrow ", dt.date(2026, 11, 25)),
    ("fri", dt.date(2026, 11, 27)),
    ("Friday", dt.date(2026, 11, 27)),
    ("mon", dt.date(2026, 11, 30)),
    ("tue", dt.date(2026, 12, 1)),       # on a Tuesday, "tue" is next week's
    ("next fri", dt.date(2026, 12, 4)),
    ("+1w", dt.date(2026, 12, 1)),
    ("+2 weeks", dt.date(2026, 12, 8)),
    ("+3d", dt.date(2026, 11, 27)),
    ("+10", dt.date(2026, 12, 4)),
    ("in 3 days", dt.date(2026, 11, 27)),
    ("+1m", dt.date(2026, 12, 24)),
    ("+3m", dt.date(2027, 2, 24)),
    ("next week", dt.date(2026, 12, 1)),
    ("2026-12-15", dt.date(2026, 12, 15)),
])
def test_quick_entries(text: str, expected: dt.date | None) -> None:
    assert parse_due(text, TUESDAY) == expected


def test_month_end_is_clamped() -> None:
    assert parse_due("+1m", dt.date(2027, 1, 31)) == dt.date(2027, 2, 28)
    assert parse_due("+1m", dt.date(2028, 1, 31)) == dt.date(2028, 2, 29)


@pytest.mark.parametrize("text", ["someday", "t", "2026-13-01", "+", "fr1day", "32/12", "s"])
def test_unknown_entries_say_what_works(text: str) -> None:
    with pytest.raises(ValidationError, match="is not a date .*fri, \\+3d, \\+1w"):
        parse_due(text, TUESDAY)
