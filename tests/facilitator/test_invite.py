"""Calendar invitations as Outlook and Google Calendar write them, read and made into meetings."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from facilitator.errors import ValidationError
from facilitator.invite import (
    InviteEvent,
    Person,
    invite_agenda,
    name_from_email,
    parse_invite,
    read_invite,
)
from facilitator.invite_text import description_text
from facilitator.serialize import load_meeting, meeting_to_json
from facilitator.services.invites import create_meeting_from_invite
from facilitator.services.meetings import list_meetings

INVITES = Path(__file__).parents[1] / "fixtures" / "invites"
OUTLOOK = INVITES / "outlook_kickoff.ics"
GOOGLE = INVITES / "google_weekly.ics"
SEVERAL = INVITES / "several_events.ics"
CANCEL = INVITES / "outlook_cancel.ics"
LONDON = ZoneInfo("Europe/London")

OUTLOOK_AGENDA = [("Welcome and introductions", 10), ("Q3 results by region", 25),
                  ("Budget discussion", 30), ("Coffee break", 15), ("Campaign plan for Q4", 30),
                  ("Wrap-up and next steps", 10)]
GOOGLE_AGENDA = [("Metrics review", 15), ("Open actions & blockers", 20),
                 ("Customer escalations", 15), ("AOB", 10)]


def _one(path: Path, tz: dt.tzinfo = LONDON) -> InviteEvent:
    events = read_invite(path, local_tz=tz)
    assert len(events) == 1
    return events[0]


def _agenda(event: InviteEvent) -> list[tuple[str, int]]:
    return [(item.title, item.minutes) for item in invite_agenda(event)]


# --- reading ------------------------------------------------------------------------------------

def test_the_fixtures_are_written_as_the_calendars_write_them() -> None:
    for path in (OUTLOOK, GOOGLE, CANCEL):
        data = path.read_bytes()
        lines = data.split(b"\r\n")
        assert b"\n" not in data.replace(b"\r\n", b"")  # CRLF only
        assert max(len(line) for line in lines) == 75  # folded at 75 octets
        assert any(line.startswith(b" ") for line in lines)  # continuation lines
    assert b"\\," in OUTLOOK.read_bytes() and b"\\n" in OUTLOOK.read_bytes()


def test_an_outlook_invitation() -> None:
    event = _one(OUTLOOK)
    assert (event.title, event.date, event.start, event.end, event.minutes) == (
        "Q3 Sales & Marketing kick-off", dt.date(2026, 9, 15), dt.time(9, 0), dt.time(11, 0),
        120)  # 10:00–12:00 W. Europe summer time (UTC+2) is 09:00–11:00 in London (UTC+1)
    assert event.location == "AMS Room 4.12 (12 seats)"
    assert event.organizer == Person("Marieke de Vries", "Marieke.deVries@contoso.com")
    # The organizer, also invited, once; the meeting room is no participant; MAILTO: dropped.
    assert event.attendees == [
        Person("Tom Becker", "tom.becker@contoso.com"),
        Person("Tanaka, Aiko", "aiko.tanaka@contoso.com"),
        Person("Lars Nilsson (Finance)", "Lars.Nilsson@contoso.com", role="Optional"),
    ]
    assert event.participants == [event.organizer, *event.attendees]
    assert (event.series, event.cancelled) == (None, False)
    assert event.uid.startswith("040000008200E00074C5B7101A82E008")
    assert event.description.splitlines()[:3] == [
        "Dear all,", "",
        "Please find the agenda for our Q3 kick-off below; bring your laptop and the regional "
        "figures."]
    assert event.description.endswith("Kind regards,\nMarieke")
    assert _agenda(event) == OUTLOOK_AGENDA


@pytest.mark.parametrize(("zone", "date", "start", "end"), [
    ("Europe/London", dt.date(2026, 9, 15), dt.time(9, 0), dt.time(11, 0)),
    ("Europe/Amsterdam", dt.date(2026, 9, 15), dt.time(10, 0), dt.time(12, 0)),
    ("America/New_York", dt.date(2026, 9, 15), dt.time(4, 0), dt.time(6, 0)),
    ("Pacific/Auckland", dt.date(2026, 9, 15), dt.time(20, 0), dt.time(22, 0)),
    ("Pacific/Honolulu", dt.date(2026, 9, 14), dt.time(22, 0), dt.time(0, 0)),
    ("UTC", dt.date(2026, 9, 15), dt.time(8, 0), dt.time(10, 0)),
])
def test_times_are_shown_on_the_local_clock(zone: str, date: dt.date, start: dt.time,
                                            end: dt.time) -> None:
    event = _one(OUTLOOK, ZoneInfo(zone))
    assert (event.date, event.start, event.end, event.minutes) == (date, start, end, 120)


def test_a_google_invitation_of_a_weekly_series() -> None:
    event = _one(GOOGLE)  # the moved occurrence (RECURRENCE-ID) belongs to the series' event
    assert (event.title, event.date, event.start, event.end, event.minutes) == (
        "Weekly ops sync", dt.date(2026, 11, 3), dt.time(13, 0), dt.time(14, 0), 60)
    assert event.series == "Weekly ops sync"
    assert event.location == "https://meet.google.com/abc-defg-hij"  # no LOCATION: the link
    assert event.participants == [
        Person("Priya Raman", "priya.raman@example.org"),
        Person("Tom Becker", "tom.becker@example.org"),  # CN was the address itself
        Person("Lena Vogt", "lena_vogt@example.org"),  # no CN at all
    ]
    # The HTML read as text; the Meet block Google appends is left out.
    assert event.description == (
        "Weekly ops sync for the EMEA team.\n\nAgenda\n1. Metrics review (15 min)\n"
        "2. Open actions & blockers (20 min)\n3. Customer escalations (15 min)\n"
        "4. AOB (10 min)\n\nTom & Lena: please bring this week's numbers.")
    assert _agenda(event) == GOOGLE_AGENDA


def test_several_events_utc_floating_all_day_and_cancelled() -> None:
    budget, offsite, strategy, demo = read_invite(SEVERAL, local_tz=LONDON)
    assert (budget.title, budget.date, budget.start, budget.end) == (
        "Budget review", dt.date(2026, 12, 1), dt.time(9, 0), dt.time(10, 30))  # UTC, "Z"
    assert budget.participants == [Person("Aiko Tanaka", "aiko.tanaka@contoso.com"),
                                   Person("Jane Doe", "jane.doe@contoso.com")]
    # The stated 45 minutes, and what is left of the invitation's 90 for the other item.
    assert _agenda(budget) == [("Forecast", 45), ("Savings options", 45)]
    # Floating: the same wall time wherever it is read; DURATION instead of DTEND.
    for zone in (LONDON, ZoneInfo("Asia/Tokyo")):
        floating = read_invite(SEVERAL, local_tz=zone)[1]
        assert (floating.date, floating.start, floating.end, floating.minutes) == (
            dt.date(2026, 12, 2), dt.time(14, 0), dt.time(15, 30), 90)
    assert offsite.title == "Offsite planning" and offsite.organizer is None
    assert (strategy.date, strategy.start, strategy.end, strategy.minutes) == (
        dt.date(2026, 12, 3), None, None, None)
    assert strategy.location == "Hotel Krasnapolsky, Amsterdam"
    assert (demo.title, demo.start, demo.end, demo.cancelled) == (
        "Vendor demo", dt.time(15, 0), dt.time(16, 0), True)  # New York 10:00, no VTIMEZONE
    assert [e.cancelled for e in (budget, offsite, strategy)] == [False, False, False]


def test_a_cancellation_says_so() -> None:
    event = _one(CANCEL)  # METHOD:CANCEL
    assert event.cancelled and event.title == "Canceled: Q3 Sales & Marketing kick-off"


@pytest.mark.parametrize(("email", "name"), [
    ("jane.doe@contoso.com", "Jane Doe"),
    ("lena_vogt@example.org", "Lena Vogt"),
    ("jean-luc.picard@x.fr", "Jean Luc Picard"),
    ("tom+calendar@x.org", "Tom"),
    ("McKenzie.R@x.org", "McKenzie R"),
])
def test_a_name_from_an_address(email: str, name: str) -> None:
    assert name_from_email(email) == name


@pytest.mark.parametrize(("raw", "text"), [
    ("Line one\\nnot HTML: a < b and <name>", "Line one\\nnot HTML: a < b and <name>"),
    ("<b>Agenda</b><br>1. Welcome<br/>2. Close", "Agenda\n1. Welcome\n2. Close"),
    ("<p>First</p><p>Second &amp; third&nbsp;part</p>", "First\n\nSecond & third part"),
    ("<ol><li>Welcome (5 min)</li><li>Plan</li></ol><ul><li>bring laptops</li></ul>",
     "1. Welcome (5 min)\n2. Plan\n- bring laptops"),
    ("<html><head><style>p {color: red}</style></head><body><div>Hi</div>\n  <div>"
     "<a href='https://x.org'>the deck</a></div></body></html>", "Hi\nthe deck"),
    ("<div>Agenda</div><div><br></div><div>1. Welcome</div>", "Agenda\n\n1. Welcome"),
    ("1. Welcome\r\n\r\n\r\n\r\n2. Close\r\n", "1. Welcome\n\n2. Close"),
    ("1. Welcome (10 min)\n\n" + "_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer"
     "\nClick here to join the meeting\nMeeting ID: 312 456 789 012\n" + "_" * 80 + "\nBye",
     "1. Welcome (10 min)\n\nBye"),
    ("Agenda: 1. Demo\n\nJane Doe is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom "
     "Meeting\nhttps://zoom.us/j/812\nMeeting ID: 812 3456\nPasscode: 4829", "Agenda: 1. Demo"),
])
def test_description_as_text(raw: str, text: str) -> None:
    assert description_text(raw) == text


def _ics(*event_lines: str, method: str = "REQUEST") -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", f"METHOD:{method}",
             "BEGIN:VEVENT", "UID:1@test", *event_lines, "END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines).encode()


def test_an_evening_past_midnight_and_a_two_day_event() -> None:
    late, = parse_invite(_ics("SUMMARY:Launch night", "DTSTART:20261210T220000Z",
                              "DTEND:20261211T003000Z"), source="x.ics", local_tz=LONDON)
    assert (late.date, late.start, late.end, late.minutes) == (
        dt.date(2026, 12, 10), dt.time(22, 0), dt.time(0, 30), 150)
    retreat, = parse_invite(_ics("SUMMARY:Retreat", "DTSTART:20261210T090000Z",
                                 "DTEND:20261211T170000Z"), source="x.ics", local_tz=LONDON)
    assert (retreat.start, retreat.end, retreat.minutes) == (dt.time(9), dt.time(17), 1920)


def test_a_recurring_occurrence_without_its_series_event_is_listed() -> None:
    moved, = parse_invite(_ics("SUMMARY:Ops sync", "RECURRENCE-ID:20261117T130000Z",
                               "DTSTART:20261117T150000Z", "DTEND:20261117T160000Z"),
                          source="x.ics", local_tz=LONDON)
    assert (moved.series, moved.start) == ("Ops sync", dt.time(15, 0))


def test_an_invitation_in_the_windows_code_page_or_with_a_bom() -> None:
    lines = _ics("SUMMARY:Café review", "DTSTART:20261210T090000Z").decode()
    for data in (lines.encode("cp1252"), b"\xef\xbb\xbf" + lines.encode()):
        event, = parse_invite(data, source="x.ics", local_tz=LONDON)
        assert event.title == "Café review"


def _docx() -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


_KICKOFF = OUTLOOK.read_bytes()
BAD_FILES = [
    ("empty", b"", "is empty, not a calendar invitation (.ics)"),
    ("text", b"Agenda\n1. Welcome\n", "is not a calendar invitation (.ics): it does not begin "
                                      "with BEGIN:VCALENDAR"),
    ("binary", bytes(range(256)) * 8, "is not a calendar invitation (.ics): not a text file"),
    ("docx", _docx(), "is a zip archive (a Word or Office document?), not a calendar "
                      "invitation (.ics)"),
    ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "is a PDF document, not a calendar invitation "
                                               "(.ics)"),
    ("cut short", _KICKOFF[: len(_KICKOFF) // 2], "is incomplete: it ends before END:VCALENDAR "
                                                   "(cut short?)"),
    ("bad content line", b"BEGIN:VCALENDAR\r\nthis is no content line\r\nEND:VCALENDAR\r\n",
     "is damaged or incomplete (content line could not be parsed into parts)"),
    ("END:VEVENT missing", _KICKOFF.replace(b"END:VEVENT\r\n", b""),
     "is damaged: its events cannot be read"),
    ("bad start", _KICKOFF.replace(b"20260915T100000", b"2026-09-15 10am"),
     ": event 'Q3 Sales & Marketing kick-off': DTSTART '2026-09-15 10am' is not a date or time"),
    ("no start", _KICKOFF.replace(b"DTSTART;TZID=W. Europe Standard Time:20260915T100000\r\n",
                                  b""),
     ": event 'Q3 Sales & Marketing kick-off' has no start (DTSTART)"),
    ("no event", b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VTODO\r\nSUMMARY:x\r\nEND:VTODO\r\n"
                 b"END:VCALENDAR\r\n", "holds no event (VEVENT) to make a meeting of"),
]


@pytest.mark.parametrize(("data", "message"), [(d, m) for _, d, m in BAD_FILES],
                         ids=[name for name, _, _ in BAD_FILES])
def test_a_bad_file_is_refused_in_one_line_naming_it(tmp_path: Path, data: bytes,
                                                     message: str) -> None:
    path = tmp_path / "invite.ics"
    path.write_bytes(data)
    with pytest.raises(ValidationError) as info:
        read_invite(path)
    text = str(info.value)
    assert text.startswith(str(path)) and text.endswith(message) and "\n" not in text


def test_a_missing_file_is_refused_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match=r"nowhere\.ics cannot be read \(No such file"):
        read_invite(tmp_path / "nowhere.ics")


# --- the meeting --------------------------------------------------------------------------------

def _shown(ws, meeting_id: int) -> dict:
    return meeting_to_json(load_meeting(ws, meeting_id))


def test_a_meeting_from_the_outlook_invitation(ws) -> None:
    meeting = create_meeting_from_invite(ws, _one(OUTLOOK))
    data = _shown(ws, meeting.id)
    assert {k: data[k] for k in ("title", "date", "planned_start", "planned_end", "location",
                                 "series")} == {
        "title": "Q3 Sales & Marketing kick-off", "date": "2026-09-15",
        "planned_start": "09:00:00", "planned_end": "11:00:00",
        "location": "AMS Room 4.12 (12 seats)", "series": None}
    assert [(p["name"], p["email"], p["role"]) for p in data["participants"]] == [
        ("Marieke de Vries", "Marieke.deVries@contoso.com", "Organizer"),
        ("Tom Becker", "tom.becker@contoso.com", ""),
        ("Tanaka, Aiko", "aiko.tanaka@contoso.com", ""),
        ("Lars Nilsson (Finance)", "Lars.Nilsson@contoso.com", "Optional")]
    assert [(i["title"], i["planned_minutes"]) for i in data["agenda"]] == OUTLOOK_AGENDA


def test_a_meeting_from_the_google_series_joins_the_series(ws) -> None:
    first = create_meeting_from_invite(ws, _one(GOOGLE))
    again = create_meeting_from_invite(ws, _one(GOOGLE))
    data = _shown(ws, first.id)
    assert (data["series"], data["planned_start"], data["planned_end"]) == (
        "Weekly ops sync", "13:00:00", "14:00:00")
    assert data["location"] == "https://meet.google.com/abc-defg-hij"
    assert [(p["name"], p["email"], p["role"]) for p in data["participants"]] == [
        ("Priya Raman", "priya.raman@example.org", "Organizer"),
        ("Tom Becker", "tom.becker@example.org", ""),
        ("Lena Vogt", "lena_vogt@example.org", "")]
    assert [(i["title"], i["planned_minutes"]) for i in data["agenda"]] == GOOGLE_AGENDA
    assert first.series_id is not None and again.series_id == first.series_id


def test_items_without_a_length_share_the_invitation_or_the_given_time(ws) -> None:
    budget = read_invite(SEVERAL, local_tz=LONDON)[0]  # 90 minutes: Forecast 45, the rest
    shared = _shown(ws, create_meeting_from_invite(ws, budget).id)
    assert [(i["title"], i["planned_minutes"]) for i in shared["agenda"]] == [
        ("Forecast", 45), ("Savings options", 45)]
    given = _shown(ws, create_meeting_from_invite(ws, budget, total_minutes=60).id)
    assert [i["planned_minutes"] for i in given["agenda"]] == [45, 15]


def test_without_an_agenda_or_a_time_the_meeting_is_made_all_the_same(ws) -> None:
    _, offsite, strategy, _ = read_invite(SEVERAL, local_tz=LONDON)
    for event, start, end in ((offsite, "14:00:00", "15:30:00"), (strategy, None, None)):
        data = _shown(ws, create_meeting_from_invite(ws, event).id)
        assert (data["title"], data["date"], data["planned_start"], data["planned_end"]) == (
            event.title, event.date.isoformat(), start, end)
        assert data["agenda"] == [] and data["participants"] == []


def test_an_end_on_a_later_day_is_left_out(ws) -> None:
    late, = parse_invite(_ics("SUMMARY:Launch night", "DTSTART:20261210T220000Z",
                              "DTEND:20261211T003000Z", "DESCRIPTION:1. Toast\\n2. Demo"),
                         source="x.ics", local_tz=LONDON)
    data = _shown(ws, create_meeting_from_invite(ws, late).id)
    assert (data["planned_start"], data["planned_end"]) == ("22:00:00", None)
    assert [i["planned_minutes"] for i in data["agenda"]] == [75, 75]


def test_a_cancelled_event_makes_no_meeting(ws) -> None:
    for event in (_one(CANCEL), read_invite(SEVERAL, local_tz=LONDON)[3]):
        with pytest.raises(ValidationError, match=r"is cancelled; no meeting made from it"):
            create_meeting_from_invite(ws, event)
    assert list_meetings(ws) == []


def test_a_refused_participant_leaves_no_meeting_behind(ws) -> None:
    broken = replace(_one(OUTLOOK), attendees=[Person("Tom", "not an address")])
    with pytest.raises(ValidationError, match="not an e-mail address"):
        create_meeting_from_invite(ws, broken)
    assert list_meetings(ws) == []  # one transaction: all of it or none


# --- the command line ---------------------------------------------------------------------------

def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TZ": "Europe/London"}  # the machine's zone, for the times shown
    return subprocess.run([sys.executable, "-m", "facilitator", *args], capture_output=True,
                          text=True, timeout=60, env=env)


def _meetings(db: str) -> list[dict]:
    listed = run("list", "--db", db, "--json")
    assert listed.returncode == 0, listed.stderr
    return json.loads(listed.stdout)


def test_import_invite_makes_the_meeting_and_prints_its_id(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    made = run("import-invite", "--db", db, str(OUTLOOK))
    assert made.returncode == 0, made.stderr
    shown = run("show", "--db", db, "--meeting", made.stdout.strip(), "--json")
    data = json.loads(shown.stdout)
    assert (data["title"], data["date"], data["planned_start"], data["planned_end"]) == (
        "Q3 Sales & Marketing kick-off", "2026-09-15", "09:00:00", "11:00:00")
    assert [p["email"] for p in data["participants"]] == [
        "Marieke.deVries@contoso.com", "tom.becker@contoso.com", "aiko.tanaka@contoso.com",
        "Lars.Nilsson@contoso.com"]
    assert [(i["title"], i["planned_minutes"]) for i in data["agenda"]] == OUTLOOK_AGENDA


def test_import_invite_dry_run_prints_the_plan_and_makes_nothing(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    plan = run("import-invite", "--db", db, "--dry-run", str(GOOGLE))
    assert plan.returncode == 0, plan.stderr
    assert plan.stdout.splitlines() == [
        "Weekly ops sync",
        "  2026-11-03, 13:00–14:00 local time",
        "  Location: https://meet.google.com/abc-defg-hij",
        "  Series: Weekly ops sync",
        "  Participants: 3",
        "    Priya Raman <priya.raman@example.org>  (Organizer)",
        "    Tom Becker <tom.becker@example.org>",
        "    Lena Vogt <lena_vogt@example.org>",
        "  Agenda: 4 items",
        "     1. Metrics review  [other] 15 min (text)",
        "     2. Open actions & blockers  [other] 20 min (text)",
        "     3. Customer escalations  [other] 15 min (text)",
        "     4. AOB  [other] 10 min (text)",
    ]
    as_json = run("import-invite", "--db", db, "--dry-run", "--json", str(GOOGLE))
    data = json.loads(as_json.stdout)
    assert {k: data[k] for k in ("title", "date", "start", "end", "minutes", "location",
                                 "series", "cancelled")} == {
        "title": "Weekly ops sync", "date": "2026-11-03", "start": "13:00", "end": "14:00",
        "minutes": 60, "location": "https://meet.google.com/abc-defg-hij",
        "series": "Weekly ops sync", "cancelled": False}
    assert data["participants"][0] == {"name": "Priya Raman", "email": "priya.raman@example.org",
                                       "role": "Organizer"}
    assert [(i["title"], i["minutes"]) for i in data["agenda"]] == GOOGLE_AGENDA
    assert _meetings(db) == []


def test_several_events_are_listed_and_one_must_be_chosen(tmp_path: Path) -> None:
    db = str(tmp_path / "w.db")
    refused = run("import-invite", "--db", db, str(SEVERAL))
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr.splitlines() == [
        f"facilitator: {SEVERAL} holds 4 events; choose one with --event N",
        "  1. Budget review  2026-12-01 09:00–10:30",
        "  2. Offsite planning  2026-12-02 14:00–15:30",
        "  3. Strategy day  2026-12-03 all day",
        "  4. Vendor demo  2026-12-04 15:00–16:00  (cancelled)",
    ]
    assert _meetings(db) == []
    for number, message in (("5", "has no event 5; its events are numbered 1 to 4"),
                            ("4", "'Vendor demo' on 2026-12-04 is cancelled; no meeting made "
                                  "from it")):
        wrong = run("import-invite", "--db", db, "--event", number, str(SEVERAL))
        assert wrong.returncode == 1 and wrong.stderr.strip().endswith(message)
        assert len(wrong.stderr.splitlines()) == 1
    chosen = run("import-invite", "--db", db, "--event", "2", str(SEVERAL))
    assert chosen.returncode == 0, chosen.stderr
    assert [m["title"] for m in _meetings(db)] == ["Offsite planning"]


@pytest.mark.parametrize(("name", "data"), [
    ("corrupt.ics", _KICKOFF[: len(_KICKOFF) // 2]),
    ("agenda.txt", b"Agenda\n1. Welcome (10 min)\n"),
    ("agenda.docx", _docx()),
])
def test_a_bad_file_is_one_line_exit_1_and_no_meeting(tmp_path: Path, name: str,
                                                      data: bytes) -> None:
    db = str(tmp_path / "w.db")
    path = tmp_path / name
    path.write_bytes(data)
    for extra in ((), ("--dry-run",)):
        refused = run("import-invite", "--db", db, *extra, str(path))
        assert refused.returncode == 1 and refused.stdout == ""
        assert len(refused.stderr.splitlines()) == 1, refused.stderr
        assert refused.stderr.startswith(f"facilitator: {path} ")
        assert "Traceback" not in refused.stderr
    assert _meetings(db) == []
