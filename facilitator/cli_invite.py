"""Command-line command for calendar invitations: import-invite FILE.ics."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from facilitator.errors import ValidationError

if TYPE_CHECKING:  # the workspace (SQLAlchemy) and the calendar library load when a command runs
    from facilitator.invite import InviteEvent
    from facilitator.workspace import Workspace


def _hhmm(value: Any) -> str | None:
    return value.strftime("%H:%M") if value else None


def when(event: InviteEvent) -> str:
    """"2026-09-15 09:00–11:00", or the date and "all day"."""
    if event.start is None:
        return f"{event.date.isoformat()} all day"
    end = f"–{_hhmm(event.end)}" if event.end else ""
    return f"{event.date.isoformat()} {_hhmm(event.start)}{end}"


def _listing(events: list[InviteEvent]) -> str:
    return "\n".join(f"{n:>3}. {e.title}  {when(e)}{'  (cancelled)' if e.cancelled else ''}"
                     for n, e in enumerate(events, start=1))


def _chosen(events: list[InviteEvent], number: int, source: str) -> InviteEvent:
    if not 1 <= number <= len(events):
        raise ValidationError(f"{source} has no event {number}; its events are numbered 1 to "
                              f"{len(events)}")
    return events[number - 1]


def _refuse_several(events: list[InviteEvent], source: str) -> int:
    """Several events and no --event: the message, then the numbered list to choose from."""
    print(f"facilitator: {source} holds {len(events)} events; choose one with --event N",
          file=sys.stderr)
    print(_listing(events), file=sys.stderr)
    return 1


def invite_as_data(event: InviteEvent, total_minutes: int | None) -> dict[str, Any]:
    """What import-invite would make, for scripts (import-invite --dry-run --json)."""
    from facilitator.cli_templates import items_as_data
    from facilitator.invite import invite_agenda
    from facilitator.services.invites import participant_roles

    return {
        "title": event.title, "date": event.date.isoformat(), "start": _hhmm(event.start),
        "end": _hhmm(event.end), "minutes": event.minutes, "location": event.location,
        "series": event.series, "cancelled": event.cancelled, "uid": event.uid,
        "participants": [{"name": p.name, "email": p.email, "role": role}
                         for p, role in participant_roles(event)],
        "agenda": items_as_data(invite_agenda(event, total_minutes=total_minutes)),
    }


def _print_plan(data: dict[str, Any]) -> None:
    start = f", {data['start']}–{data['end'] or '?'} local time" if data["start"] else ", all day"
    print(f"{data['title']}{'  (cancelled)' if data['cancelled'] else ''}")
    print(f"  {data['date']}{start}")
    for label, key in (("Location", "location"), ("Series", "series")):
        if data[key]:
            print(f"  {label}: {data[key]}")
    print(f"  Participants: {len(data['participants'])}")
    for p in data["participants"]:
        email = f" <{p['email']}>" if p["email"] else ""
        print(f"    {p['name']}{email}{'  (' + p['role'] + ')' if p['role'] else ''}")
    print(f"  Agenda: {len(data['agenda'])} items" if data["agenda"] else
          "  Agenda: none in the description (the meeting starts without items)")
    for n, item in enumerate(data["agenda"], start=1):
        print(f"    {n:>2}. {item['title']}  [{item['kind']}] {item['minutes']} min "
              f"({item['minutes_from']})")


def cmd_import_invite(ws: Workspace, args: argparse.Namespace) -> int:
    from facilitator.invite import read_invite
    from facilitator.services.invites import create_meeting_from_invite

    if args.total_minutes is not None and args.total_minutes <= 0:
        raise ValidationError("--total-minutes must be a whole number above 0")
    events = read_invite(args.file)
    if args.event is None and len(events) > 1:
        return _refuse_several(events, args.file)
    event = _chosen(events, args.event or 1, args.file)
    if args.dry_run:
        data = invite_as_data(event, args.total_minutes)
        if args.json:
            print(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            _print_plan(data)
        return 0
    meeting = create_meeting_from_invite(ws, event, total_minutes=args.total_minutes)
    print(meeting.id)
    return 0


COMMANDS = {"import-invite": cmd_import_invite}


def add_parsers(sub: Any, db: argparse.ArgumentParser) -> None:
    """Adds this module's subcommands to the main parser's subparsers."""
    p = sub.add_parser("import-invite", parents=[db],
                       help="a new meeting from a calendar invitation (.ics); print its id")
    p.add_argument("file", metavar="FILE.ics",
                   help="the invitation, as saved from Outlook, Google Calendar or another")
    p.add_argument("--event", type=int, metavar="N",
                   help="which event of a file that holds several (1 is the first)")
    p.add_argument("--total-minutes", type=int, metavar="N",
                   help="share what is left of N minutes among items without a duration "
                        "(default: the invitation's length)")
    p.add_argument("--dry-run", action="store_true",
                   help="print what would be made, create nothing")
    p.add_argument("--json", action="store_true",
                   help="with --dry-run: the meeting as JSON (title, date, start, end, "
                        "location, series, participants, agenda)")
