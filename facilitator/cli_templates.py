"""Command-line commands for templates, pasted agendas and meeting series."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facilitator.errors import ValidationError

if TYPE_CHECKING:  # the workspace (SQLAlchemy) loads only when a command runs
    from facilitator.agenda_parser import ParsedItem
    from facilitator.workspace import Workspace

def _read_items(name: str, total_minutes: int | None) -> list[ParsedItem]:
    from facilitator.agenda_files import decode_text, read_agenda
    from facilitator.agenda_parser import parse_agenda

    if name != "-":
        return read_agenda(Path(name), total_minutes=total_minutes)
    items = parse_agenda(decode_text(sys.stdin.buffer.read(), "standard input"),
                         total_minutes=total_minutes)
    if not items:
        raise ValidationError("no agenda items found in standard input")
    return items


def items_as_data(items: list[ParsedItem]) -> list[dict[str, Any]]:
    """The items as read, for scripts (import-agenda --dry-run --json)."""
    return [{"title": i.title, "kind": i.kind.value, "minutes": i.minutes,
             "minutes_from": i.minutes_from, "start": i.start.strftime("%H:%M") if i.start
             else None, "presenter": i.presenter, "goal": i.goal, "line": i.line}
            for i in items]


def cmd_import_agenda(ws: Workspace, args: argparse.Namespace) -> int:
    from facilitator.agenda_parser import agenda_start
    from facilitator.services.templates import create_meeting_from_agenda

    if args.total_minutes is not None and args.total_minutes <= 0:
        raise ValidationError("--total-minutes must be a whole number above 0")
    items = _read_items(args.file, args.total_minutes)
    if args.dry_run and args.json:
        print(json.dumps(items_as_data(items), ensure_ascii=False, indent=2))
        return 0
    if args.dry_run:
        for n, item in enumerate(items, start=1):
            who = f"  ({item.presenter})" if item.presenter else ""
            print(f"{n:>3}. {item.title}  [{item.kind.value}] {item.minutes} min "
                  f"({item.minutes_from}){who}")
        return 0
    meeting = create_meeting_from_agenda(ws, title=args.title, items=items,
                                         planned_start=agenda_start(items),
                                         series=args.series or None)
    print(meeting.id)
    return 0


def cmd_new(ws: Workspace, args: argparse.Namespace) -> int:
    from facilitator.services.templates import create_meeting_from_template, find_template

    fields: dict[str, Any] = {}
    if args.series:
        fields["series"] = args.series
    if args.date:
        fields["date"] = args.date
    meeting = create_meeting_from_template(ws, template=find_template(ws, args.template),
                                           title=args.title, **fields)
    print(meeting.id)
    return 0


def cmd_templates(ws: Workspace, args: argparse.Namespace) -> int:
    from facilitator.services.templates import list_templates
    from facilitator.templates import template_to_data

    templates = list_templates(ws)
    if args.json:
        print(json.dumps([
            {"key": t.key, "builtin": t.builtin, "total_minutes": t.total_minutes,
             **template_to_data(t)}
            for t in templates
        ], ensure_ascii=False, indent=2))
        return 0
    width = max(len(t.key) for t in templates)
    for t in templates:
        origin = "built-in" if t.builtin else "saved   "
        print(f"{t.key:<{width}}  {origin}  {len(t.items):>2} items {t.total_minutes:>4} min  "
              f"{t.name}")
    return 0


def cmd_save_template(ws: Workspace, args: argparse.Namespace) -> int:
    from facilitator.services.templates import save_meeting_as_template

    row = save_meeting_as_template(ws, meeting_id=args.meeting, name=args.name,
                                   description=args.description, replace=args.replace)
    print(row.name)
    return 0


def cmd_next(ws: Workspace, args: argparse.Namespace) -> int:
    from facilitator.series import list_reviews, next_meeting, planned_twin

    twin = None if args.force else planned_twin(ws, meeting_id=args.meeting, title=args.title,
                                                 date=args.date, series=args.series)
    if twin is not None:
        when = twin.date.isoformat() if twin.date else "no date"
        raise ValidationError(f"meeting {twin.id} {twin.title!r} ({when}) is already planned in "
                              "this series; give another --date or --title, or --force to "
                              "make another")
    meeting = next_meeting(ws, meeting_id=args.meeting, title=args.title, date=args.date,
                           series=args.series)
    print(meeting.id)
    count = len(list_reviews(ws, meeting_id=meeting.id))
    print(f"{count} open action(s) to review", file=sys.stderr)
    return 0


COMMANDS = {
    "import-agenda": cmd_import_agenda, "new": cmd_new, "templates": cmd_templates,
    "save-template": cmd_save_template, "next": cmd_next,
}


def add_parsers(sub: Any, db: argparse.ArgumentParser) -> None:
    """Adds this module's subcommands to the main parser's subparsers."""
    p = sub.add_parser("import-agenda", parents=[db],
                       help="a new meeting from an agenda in a text or Word file; print its id")
    p.add_argument("file", metavar="FILE|-",
                   help="text (.txt) or Word (.docx) file with the agenda, or - for stdin")
    p.add_argument("--title", required=True, help="the new meeting's title")
    p.add_argument("--total-minutes", type=int, metavar="N",
                   help="share what is left of N minutes among items without a duration")
    p.add_argument("--series", metavar="NAME", help="make the meeting part of this series")
    p.add_argument("--dry-run", action="store_true",
                   help="print the items as read, create nothing")
    p.add_argument("--json", action="store_true",
                   help="with --dry-run: the items as JSON (title, kind, minutes and where "
                        "they came from, start, presenter, goal)")
    p = sub.add_parser("new", parents=[db], help="a new meeting from a template; print its id")
    p.add_argument("--template", required=True, metavar="NAME",
                   help="template key or name (see: facilitator templates)")
    p.add_argument("--title", required=True, help="the new meeting's title")
    p.add_argument("--series", metavar="NAME", help="make the meeting part of this series")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the meeting's date")
    p = sub.add_parser("templates", parents=[db], help="the built-in and saved templates")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p = sub.add_parser("save-template", parents=[db],
                       help="save a meeting's agenda as a template; print its name")
    p.add_argument("--meeting", type=int, required=True, metavar="ID")
    p.add_argument("--name", required=True, help="the template's name")
    p.add_argument("--description", default="", help="a line saying when to use it")
    p.add_argument("--replace", action="store_true", help="overwrite a template of that name")
    p = sub.add_parser("next", parents=[db],
                       help="the next meeting of a series, with its open actions to review; "
                            "print its id")
    p.add_argument("--meeting", type=int, required=True, metavar="ID",
                   help="the meeting to follow on from")
    p.add_argument("--title", help="the new meeting's title (default: the same)")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the new meeting's date")
    p.add_argument("--series", metavar="NAME",
                   help="put the meeting in this series first (needed if it has none)")
    p.add_argument("--force", action="store_true",
                   help="make it even if the series already plans a meeting of that title "
                        "and date")
