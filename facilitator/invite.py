"""Calendar invitations (.ics, as Outlook and Google Calendar send them) read as meetings."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facilitator.emails import email_problem
from facilitator.errors import ValidationError
from facilitator.invite_text import description_text

if TYPE_CHECKING:
    from facilitator.agenda_parser import ParsedItem

# Attendees that are rooms or equipment, not people to list as participants.
_NOT_PEOPLE = {"RESOURCE", "ROOM"}
# Where the calendars put the joining link, for an invitation without a location.
_MEETING_LINKS = ("X-GOOGLE-CONFERENCE", "X-MICROSOFT-SKYPETEAMSMEETINGURL")
_ROLES = {"CHAIR": "Chair", "OPT-PARTICIPANT": "Optional"}
_NAME_SEPARATORS = re.compile(r"[._\-]+")
# The library's errors for a damaged file or property: ValueError (its InvalidCalendar and
# BrokenCalendarProperty), and the odd TypeError or KeyError from a value of the wrong type.
_BROKEN = (ValueError, TypeError, KeyError, AttributeError, OverflowError)


@dataclass(frozen=True)
class Person:
    name: str
    email: str
    role: str = ""  # "Chair" or "Optional" when the invitation says so


@dataclass(frozen=True)
class InviteEvent:
    """One meeting of an invitation, its times in the local time zone. An all-day event has a
    date only (start, end and minutes None)."""

    title: str
    date: dt.date
    start: dt.time | None
    end: dt.time | None
    location: str
    organizer: Person | None
    attendees: list[Person]  # without the organizer, each person once
    description: str
    series: str | None  # a recurring event's title: the name of its series
    uid: str
    cancelled: bool = False
    minutes: int | None = None  # the invitation's length, end - start

    @property
    def participants(self) -> list[Person]:
        """Everyone invited, the organizer first."""
        return ([self.organizer] if self.organizer else []) + list(self.attendees)


def name_from_email(email: str) -> str:
    """A readable name from an address's local part: "jane.doe@x" → "Jane Doe"."""
    local = email.rpartition("@")[0] or email
    local = local.split("+", 1)[0]  # jane+calendar@: the tag is not part of the name
    return " ".join(p[:1].upper() + p[1:] for p in _NAME_SEPARATORS.split(local) if p)


def _person(address: Any) -> Person | None:
    """The person of an ORGANIZER or ATTENDEE: "mailto:" dropped, the address's case kept."""
    params = getattr(address, "params", {})
    value = str(address).strip()
    email = value[len("mailto:"):].strip() if value.lower().startswith("mailto:") else value
    if email_problem(email):  # an Exchange directory path, say: no address to keep
        email = ""
    cn = str(params.get("CN", "")).strip()
    if cn and email_problem(cn) is None:  # Google puts the address where no name is known
        cn = "" if cn.casefold() == email.casefold() else name_from_email(cn)
    name = cn or name_from_email(email)
    if not name:
        return None
    return Person(name=name, email=email, role=_ROLES.get(str(params.get("ROLE", "")).upper(),
                                                            ""))


def _key(person: Person) -> str:
    return (person.email or person.name).casefold()


def _attendees(event: Any, organizer: Person | None) -> list[Person]:
    raw = event.get("ATTENDEE", [])
    seen = {_key(organizer)} if organizer else set()
    out = []
    for address in raw if isinstance(raw, list) else [raw]:
        params = getattr(address, "params", {})
        if str(params.get("CUTYPE", "")).upper() in _NOT_PEOPLE:
            continue
        person = _person(address)
        if person is not None and _key(person) not in seen:
            seen.add(_key(person))
            out.append(person)
    return out


def _local(moment: dt.datetime, local_tz: dt.tzinfo | None) -> dt.datetime:
    """The moment on the local clock. A floating time (no zone) is the same wall time
    wherever the reader is: it is taken as local."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        return moment.replace(tzinfo=local_tz) if local_tz else moment.astimezone()
    return moment.astimezone(local_tz) if local_tz else moment.astimezone()


def _decoded(event: Any, name: str, kind: type) -> Any:
    # A value the library could not read comes back as its raw text (a "broken" property).
    value = event.decoded(name)
    if not isinstance(value, kind):
        raise ValidationError(f"{name} {str(event.get(name))!r} is not a date or time")
    return value


def _end(event: Any, start: dt.date) -> dt.date | None:
    if "DTEND" in event:
        end: dt.date = _decoded(event, "DTEND", dt.date)
        return end
    if "DURATION" in event:
        return start + _decoded(event, "DURATION", dt.timedelta)
    return None


def _times(event: Any, local_tz: dt.tzinfo | None) -> dict[str, Any]:
    """date, start, end and minutes of an event, on the local clock."""
    start = _decoded(event, "DTSTART", dt.date)
    if not isinstance(start, dt.datetime):  # all day: a date, the same everywhere
        return {"date": start, "start": None, "end": None, "minutes": None}
    begins = _local(start, local_tz)
    end = _end(event, start)
    ends = _local(end, local_tz) if isinstance(end, dt.datetime) else None
    minutes = round((ends - begins).total_seconds() / 60) if ends else None
    return {"date": begins.date(), "start": begins.time().replace(second=0, microsecond=0),
            "end": ends.time().replace(second=0, microsecond=0) if ends else None,
            "minutes": minutes if minutes is not None and minutes >= 0 else None}


def _text(event: Any, name: str) -> str:
    value = event.get(name)
    return "" if value is None else str(value).strip()


def _location(event: Any) -> str:
    return _text(event, "LOCATION") or next(
        (link for link in (_text(event, n) for n in _MEETING_LINKS) if link), "")


def _first(value: Any) -> Any:
    # A property given twice comes as a list; the invitation has one organizer.
    return value[0] if isinstance(value, list) else value


def _is_recurring(event: Any) -> bool:
    return any(name in event for name in ("RRULE", "RDATE", "RECURRENCE-ID"))


def _event(event: Any, *, cancelled: bool, local_tz: dt.tzinfo | None) -> InviteEvent:
    title = _text(event, "SUMMARY") or "(no title)"
    if "DTSTART" not in event:
        raise ValidationError(f"event {title!r} has no start (DTSTART)")
    try:
        times = _times(event, local_tz)
    except ValidationError as exc:
        raise ValidationError(f"event {title!r}: {exc}") from None
    organizer = _person(_first(event["ORGANIZER"])) if "ORGANIZER" in event else None
    return InviteEvent(
        title=title, location=_location(event), organizer=organizer,
        attendees=_attendees(event, organizer),
        description=description_text(str(event.get("DESCRIPTION", ""))),
        series=title if _is_recurring(event) else None, uid=_text(event, "UID"),
        cancelled=cancelled or _text(event, "STATUS").upper() == "CANCELLED", **times,
    )


def _masters(events: list[Any]) -> list[Any]:
    """The events once each: a moved or changed occurrence (RECURRENCE-ID) belongs to its
    series' event, when that is in the file too."""
    series = {str(e.get("UID")) for e in events if "RECURRENCE-ID" not in e}
    return [e for e in events if "RECURRENCE-ID" not in e or str(e.get("UID")) not in series]


def _decode(data: bytes, source: str) -> str:
    if data.startswith(b"PK\x03\x04"):
        raise ValidationError(f"{source} is a zip archive (a Word or Office document?), not a "
                              "calendar invitation (.ics)")
    if data.startswith(b"%PDF"):
        raise ValidationError(f"{source} is a PDF document, not a calendar invitation (.ics)")
    if b"\x00" in data[:4096]:
        raise ValidationError(f"{source} is not a calendar invitation (.ics): not a text file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:  # an older Outlook writes the Windows code page
        return data.decode("cp1252", errors="replace")


def _calendars(text: str, source: str) -> list[Any]:
    from icalendar import Calendar

    if not text.strip():
        raise ValidationError(f"{source} is empty, not a calendar invitation (.ics)")
    if not text.lstrip().upper().startswith("BEGIN:VCALENDAR"):
        raise ValidationError(f"{source} is not a calendar invitation (.ics): it does not "
                              "begin with BEGIN:VCALENDAR")
    if "END:VCALENDAR" not in text.upper():  # the library would read a cut file as empty
        raise ValidationError(f"{source} is incomplete: it ends before END:VCALENDAR "
                              "(cut short?)")
    try:
        return list(Calendar.from_ical(text, multiple=True))
    except _BROKEN as exc:
        reason = str(exc).split(":", 1)[0].strip().rstrip(".") or "unreadable"
        raise ValidationError(f"{source} is damaged or incomplete ({reason[:1].lower()}"
                              f"{reason[1:]})") from None


def parse_invite(data: bytes, *, source: str,
                 local_tz: dt.tzinfo | None = None) -> list[InviteEvent]:
    """The events of an invitation, in the file's order; `source` names it in messages.
    `local_tz` is the zone to show times in (default: this machine's)."""
    text = _decode(data, source)
    out = []
    for calendar in _calendars(text, source):
        cancel = _text(calendar, "METHOD").upper() == "CANCEL"
        for event in _masters(list(calendar.walk("VEVENT"))):
            try:
                out.append(_event(event, cancelled=cancel, local_tz=local_tz))
            except ValidationError as exc:
                raise ValidationError(f"{source}: {exc}") from None
            except _BROKEN as exc:  # a property the library fails on, whichever it is
                raise ValidationError(f"{source}: event {len(out) + 1} is damaged "
                                      f"({type(exc).__name__})") from None
    if not out and "BEGIN:VEVENT" in text.upper():  # an END line missing, say
        raise ValidationError(f"{source} is damaged: its events cannot be read")
    if not out:
        raise ValidationError(f"{source} holds no event (VEVENT) to make a meeting of")
    return out


def read_invite(path: Path | str, *, local_tz: dt.tzinfo | None = None) -> list[InviteEvent]:
    """The events of an .ics file (see parse_invite); a bad file raises ValidationError."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"{path} cannot be read ({exc.strerror or exc})") from None
    return parse_invite(data, source=str(path), local_tz=local_tz)


def default_total_minutes(event: InviteEvent) -> int | None:
    """The time the invitation gives the meeting, to share among items without a length."""
    return event.minutes if event.minutes and event.minutes <= 24 * 60 else None


def invite_agenda(event: InviteEvent, *, total_minutes: int | None = None) -> list[ParsedItem]:
    """The agenda items the description gives (none when it gives none)."""
    from facilitator.agenda_parser import parse_agenda

    total = total_minutes if total_minutes is not None else default_total_minutes(event)
    return parse_agenda(event.description, total_minutes=total)
