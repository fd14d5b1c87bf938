"""The command line: headless commands over the same services the window uses."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from facilitator import __version__, cli_invite, cli_templates, cli_votes
from facilitator.errors import FacilitatorError
from facilitator.paths import default_workspace_path

if TYPE_CHECKING:  # SQLAlchemy loads when a command opens the workspace, not to open the window
    from facilitator.workspace import Workspace

Launcher = Callable[[Path], int]
DEFAULT_MEETING = "default: the meeting running now, else the one held last, else the latest"
ChartRenderer = Callable[[Sequence[Any]], "bytes | None"]  # see facilitator.export.timing


def _db_path(args: argparse.Namespace) -> Path:
    if getattr(args, "db", None):
        return Path(args.db)
    path = default_workspace_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _meeting_id(ws: Workspace, args: argparse.Namespace) -> int:
    from facilitator.services.meetings import get_meeting, most_recent_meeting_id

    if args.meeting is None:
        return most_recent_meeting_id(ws)
    return get_meeting(ws, args.meeting).id


def cmd_demo(ws: Workspace, args: argparse.Namespace) -> int:
    from facilitator.demo import create_demo_meeting

    print(create_demo_meeting(ws))
    return 0


def cmd_list(ws: Workspace, args: argparse.Namespace) -> int:
    from facilitator.services.meetings import list_meetings

    rows = list_meetings(ws)
    if args.json:
        print(json.dumps([
            {"id": m.id, "title": m.title, "date": m.date.isoformat() if m.date else None,
             "status": m.status.value, "series": m.series, "agenda_items": m.agenda_items,
             "planned_minutes": m.planned_minutes}
            for m in rows
        ], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("No meetings yet. Add the sample one with: facilitator demo")
    for m in rows:
        date = m.date.isoformat() if m.date else "no date   "
        print(f"{m.id:>5}  {date}  {m.status.value:<8}  {m.agenda_items:>2} items "
              f"{m.planned_minutes:>4} min  {m.title}")
    return 0


def cmd_show(ws: Workspace, args: argparse.Namespace) -> int:
    from facilitator.serialize import load_meeting, meeting_to_json

    data = meeting_to_json(load_meeting(ws, _meeting_id(ws, args)))
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"{data['title']}  ({data['date'] or 'no date'}, {data['status']})")
    if data["objective"]:
        print(f"Objective: {data['objective']}")
    print(f"Participants: {len(data['participants'])}")
    for item in data["agenda"]:
        print(f"  {item['position'] + 1:>2}. {item['title']}  [{item['kind']}] "
              f"{item['planned_minutes']} min planned, {item['actual_minutes']} actual")
    print(f"Decisions: {len(data['decisions'])}  Actions: {len(data['actions'])}  "
          f"Board cards: {sum(len(q['cards']) for q in data['board']['quadrants'])}  "
          f"Parking lot: {len(data['parking_lot'])}")
    return 0


def _chart_png(args: argparse.Namespace, record: Any) -> bytes | None:
    """The timing chart from the renderer the `facilitator` program passes in; None without one."""
    from facilitator.export.timing import meeting_timing

    renderer = getattr(args, "chart_renderer", None)
    items = meeting_timing(record).items
    if renderer is None or not any(i.actual_minutes is not None for i in items):
        return None
    try:
        return renderer(items)
    except Exception as exc:  # a chart is a nicety: the minutes are written without it
        print(f"facilitator: the timing chart could not be drawn ({exc}); "
              "the minutes are written without it", file=sys.stderr)
        return None


def cmd_export_minutes(ws: Workspace, args: argparse.Namespace) -> int:
    from facilitator.export.minutes import export_minutes
    from facilitator.serialize import load_meeting

    record = load_meeting(ws, _meeting_id(ws, args))
    path = export_minutes(record, args.out, reference_docx=args.reference,
                          chart_png=_chart_png(args, record))
    print(f"Minutes of '{record.meeting.title}' written to {path}")
    return 0


def cmd_export_agenda(ws: Workspace, args: argparse.Namespace) -> int:
    from facilitator.export.agenda_handout import export_agenda
    from facilitator.serialize import load_meeting

    record = load_meeting(ws, _meeting_id(ws, args))
    path = export_agenda(record, args.out, reference_docx=args.reference)
    print(f"Agenda of '{record.meeting.title}' written to {path}")
    return 0


Command = Callable[["Workspace", argparse.Namespace], int]
COMMANDS: dict[str, Command] = {"demo": cmd_demo, "list": cmd_list, "show": cmd_show,
                                "export-minutes": cmd_export_minutes,
                                "export-agenda": cmd_export_agenda}
COMMANDS.update(cli_templates.COMMANDS)  # import-agenda, new, templates, save-template, next
COMMANDS.update(cli_invite.COMMANDS)  # import-invite
COMMANDS.update(cli_votes.COMMANDS)  # vote add | record | list


def quiet_on_broken_pipe(command: Command) -> Command:
    """A command whose reader went away (`facilitator list | head -1`) ends quietly with 0:
    what was wanted was read; stdout goes to devnull so the exit flush cannot fail again."""

    def run_command(ws: Workspace, args: argparse.Namespace) -> int:
        try:
            status = command(ws, args)
            sys.stdout.flush()
            return status
        except BrokenPipeError:
            import os

            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            os.close(devnull)
            return 0

    run_command.__doc__ = command.__doc__
    return run_command


COMMANDS = {name: quiet_on_broken_pipe(command) for name, command in COMMANDS.items()}


def build_parser() -> argparse.ArgumentParser:
    db = argparse.ArgumentParser(add_help=False)
    db.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                    help="workspace file (default: the one in your user data folder)")
    parser = argparse.ArgumentParser(
        prog="facilitator", parents=[db],
        description="Facilitator: run a meeting's agenda, clock, notes, decisions, actions and "
                    "board, offline. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"facilitator {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.add_parser("demo", parents=[db], help="add a realistic sample meeting; print its id")
    p = sub.add_parser("list", parents=[db], help="the meetings in the workspace")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p = sub.add_parser("show", parents=[db], help="one meeting with all its parts")
    p.add_argument("--meeting", type=int, metavar="ID", help=f"meeting id ({DEFAULT_MEETING})")
    p.add_argument("--json", action="store_true", help="the documented JSON object")
    for name, what in (("export-minutes", "the Word minutes of a meeting"),
                       ("export-agenda", "the agenda handout of a meeting (Word)")):
        p = sub.add_parser(name, parents=[db], help=what)
        p.add_argument("--meeting", type=int, metavar="ID", help=f"meeting id ({DEFAULT_MEETING})")
        p.add_argument("--out", required=True, metavar="FILE.docx", help="the file to write")
        p.add_argument("--reference", metavar="FILE.docx",
                       help="a Word document or template (.docx/.dotx) whose styles to use")
    cli_templates.add_parsers(sub, db)
    cli_invite.add_parsers(sub, db)
    cli_votes.add_parsers(sub, db)
    return parser


def main(
    argv: Sequence[str] | None = None, *, launch: Launcher | None = None,
    chart_renderer: ChartRenderer | None = None,
) -> int:
    """Runs one command; returns the exit status (0 ok, 1 error, 2 usage).

    chart_renderer draws the minutes' timing chart (the `facilitator` program passes Qt's);
    without one the minutes leave the chart out.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    args.chart_renderer = chart_renderer
    try:
        path = _db_path(args)
        if args.command is None:
            if launch is None:
                print("facilitator: the window is opened by the 'facilitator' program or "
                      "'python main.py'", file=sys.stderr)
                return 2
            return launch(path)
        from facilitator.workspace import open_workspace

        with open_workspace(path) as ws:
            return COMMANDS[args.command](ws, args)
    except FacilitatorError as exc:
        print(f"facilitator: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"facilitator: {exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
              file=sys.stderr)
        return 1


def run(argv: Sequence[str] | None = None) -> Any:
    raise SystemExit(main(argv))
