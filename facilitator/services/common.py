"""Shared checks for the services: clear messages for bad input and for missing rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from facilitator.errors import NotFoundError, ValidationError
from facilitator.models import table_of
from facilitator.textclean import clean_text

T = TypeVar("T")

# Generous but finite: a pasted novel is fine, a runaway paste of gigabytes is not.
MAX_TEXT = 1_000_000
MAX_MINUTES = 24 * 60
# Dot votes, vote limits: far beyond any room, far below SQLite's 64-bit integers.
MAX_COUNT = 1_000_000


def get(session: Session, model: type[T], obj_id: int) -> T:
    obj = session.get(model, obj_id)
    if obj is None:
        name = getattr(model, "__tablename__", model.__name__).rstrip("s").replace("_", " ")
        raise NotFoundError(f"no {name} with id {obj_id}")
    return obj


def text_field(value: Any, what: str, *, required: bool = False) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(f"{what} must be text")
    value = clean_text(value)
    if len(value) > MAX_TEXT:
        raise ValidationError(f"{what} is too long ({len(value):,} characters; limit {MAX_TEXT:,})")
    if required and not value.strip():
        raise ValidationError(f"{what} cannot be blank")
    return value


def minutes_field(value: Any, what: str = "planned minutes") -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            value = int(str(value).strip())
        except ValueError:
            raise ValidationError(f"{what} must be a whole number of minutes") from None
    if value < 0:
        raise ValidationError(f"{what} cannot be negative")
    if value > MAX_MINUTES:
        raise ValidationError(f"{what} cannot exceed {MAX_MINUTES} (24 hours)")
    return value


def count_field(value: Any, what: str, *, maximum: int = MAX_COUNT) -> int:
    """A whole number from 0 to maximum (votes, limits, warning minutes)."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= maximum:
        raise ValidationError(f"{what} must be a whole number from 0 to {maximum:,}")
    return value


def utc_field(value: Any, what: str) -> dt.datetime:
    """A moment with its time zone, as stored: aware UTC."""
    if not isinstance(value, dt.datetime):
        raise ValidationError(f"{what} must be a date and time")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(f"{what} must say its time zone")
    try:
        return value.astimezone(dt.UTC)
    except OverflowError:
        raise ValidationError(f"{what} {value.isoformat()} is out of range") from None


def date_field(value: Any, what: str = "date") -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError(f"{what} {value!r} is not a date (use YYYY-MM-DD)") from None


def time_field(value: Any, what: str = "time") -> dt.time | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.time):
        return value.replace(second=0, microsecond=0)
    try:
        return dt.time.fromisoformat(str(value).strip()).replace(second=0, microsecond=0)
    except ValueError:
        raise ValidationError(f"{what} {value!r} is not a time of day (use HH:MM)") from None


def enum_field(enum_cls: type[T], value: Any, what: str) -> T:
    try:
        return enum_cls(value)  # type: ignore[call-arg]
    except ValueError:
        allowed = ", ".join(m.value for m in enum_cls)  # type: ignore[attr-defined]
        raise ValidationError(f"{what} {value!r} is not one of: {allowed}") from None


Cleaner = Callable[[Any], Any]


class Fields:
    """The fields a service accepts for one kind of row, each with its cleaner: one table
    instead of an if/elif ladder per service. An unknown field is refused by name."""

    def __init__(self, what: str, cleaners: dict[str, Cleaner]) -> None:
        self.what, self.cleaners = what, cleaners

    def clean(self, changes: dict[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in changes.items():
            cleaner = self.cleaners.get(key)
            if cleaner is None:
                raise ValidationError(f"{self.what} has no field {key!r}")
            out[key] = cleaner(value)
        return out


def text(what: str, *, required: bool = False, strip: bool = True) -> Cleaner:
    """A text field (stripped of the spaces around it, unless `strip` is off)."""
    def clean(value: Any) -> str:
        cleaned = text_field(value, what, required=required)
        return cleaned.strip() if strip else cleaned
    return clean


def one_of(enum_cls: type[Any], what: str) -> Cleaner:
    return lambda value: enum_field(enum_cls, value, what)


def optional(cleaner: Cleaner) -> Cleaner:
    """None is kept as it is (no limit, not yet); anything else is cleaned."""
    return lambda value: None if value is None else cleaner(value)


def as_is(value: Any) -> Any:
    return value


def update_fields(ws: Any, model: type, obj_id: int, values: dict[str, Any]) -> dict[str, Any]:
    """Sets cleaned values on one row in one transaction; returns the previous values."""
    with ws.session() as s:
        obj: Any = get(s, model, obj_id)
        previous = {key: getattr(obj, key) for key in values}
        for key, value in values.items():
            setattr(obj, key, value)
        return previous


def delete_row(ws: Any, model: type, obj_id: int) -> Any:
    """Deletes one row and its dependents; the result restores them (see rows.restore_rows)."""
    from facilitator.services.rows import delete_with_dependents

    with ws.session() as s:
        get(s, model, obj_id)
        return delete_with_dependents(s, table_of(model), obj_id)


def restore(ws: Any, deleted: Any) -> None:
    """Puts back what delete_row (or a delete_* service) removed, with the same ids."""
    from facilitator.services.rows import restore_rows

    with ws.session() as s:
        restore_rows(s, deleted)
