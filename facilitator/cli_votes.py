"""Command-line commands for votes: vote add | record | list."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

from facilitator.domain import VOTE_KIND_NAMES, VoteRule
from facilitator.errors import ValidationError

if TYPE_CHECKING:  # the workspace (SQLAlchemy) loads when a command runs
    from facilitator.services.vote_views import VoteView
    from facilitator.workspace import Workspace


def _add(ws: Workspace, args: argparse.Namespace) -> int:
    from facilitator.services.votes import add_vote

    vote = add_vote(ws, meeting_id=args.meeting, item_id=args.item, kind=args.kind,
                    question=args.question, options=args.option or [], rule=args.rule,
                    multiple=args.multiple, list_names=args.list_names)
    print(vote.id)
    return 0


def _checklist_entry(value: str) -> tuple[str, str]:
    """"no:the comment" → ("no", "the comment"); "not sure" is "not_sure"."""
    answer, _, comment = value.partition(":")
    return answer.strip().lower().replace(" ", "_"), comment.strip()


def _record(ws: Workspace, args: argparse.Namespace) -> int:
    from facilitator.domain import VoteKind
    from facilitator.services.votes import get_vote, set_checklist_answer, set_counts
    from facilitator.votes import parse_counts

    pairs = parse_counts(args.counts)
    with ws.session():  # all the counts of the command, or none
        vote = get_vote(ws, vote_id=args.vote)
        if vote.kind is VoteKind.CHECKLIST:
            if args.present is not None:
                raise ValidationError("--present is for counted votes; a checklist's base is "
                                      "the participants present")
            questions = {o.text.casefold(): o.id for o in vote.options}
            for question, value in pairs:
                option = questions.get(question.casefold())
                if option is None:
                    raise ValidationError(f"the checklist {vote.question!r} has no question "
                                          f"{question!r}")
                answer, comment = _checklist_entry(value)
                set_checklist_answer(ws, vote_id=vote.id, option_id=option, answer=answer,
                                     comment=comment)
        else:
            extra = {} if args.present is None else {"present": args.present}
            set_counts(ws, vote_id=vote.id, counts=dict(pairs), **extra)
        vote = get_vote(ws, vote_id=args.vote)
    print(_line(vote))
    return 0


def _line(vote: VoteView) -> str:
    result = vote.result
    parts = [result.summary or "not recorded", result.turnout]
    if result.outcome.value not in ("no_rule", "not_recorded"):
        parts.append(result.outcome.label.lower())
    if result.over_present:
        parts.append("more than the participants present")
    return f"{vote.id:>5}  [{vote.kind_name}] {vote.question}  " + "; ".join(filter(None, parts))


def _list(ws: Workspace, args: argparse.Namespace) -> int:
    from facilitator.serialize import vote_to_json
    from facilitator.services.meetings import get_meeting, most_recent_meeting_id
    from facilitator.services.votes import list_votes

    meeting_id = (most_recent_meeting_id(ws) if args.meeting is None
                  else get_meeting(ws, args.meeting).id)
    rows = list_votes(ws, meeting_id=meeting_id)
    if args.json:
        print(json.dumps([vote_to_json(v) for v in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("No votes in this meeting yet. Add one with: facilitator vote add")
    for vote in rows:
        print(_line(vote))
    return 0


_ACTIONS = {"add": _add, "record": _record, "list": _list}


def cmd_vote(ws: Workspace, args: argparse.Namespace) -> int:
    return _ACTIONS[args.vote_command](ws, args)


COMMANDS = {"vote": cmd_vote}


def add_parsers(sub: Any, db: argparse.ArgumentParser) -> None:
    """Adds `vote` and its own subcommands to the main parser's subparsers."""
    vote = sub.add_parser("vote", parents=[db], help="votes, checks and feedback rounds")
    actions = vote.add_subparsers(dest="vote_command", metavar="ACTION", required=True)
    p = actions.add_parser("add", parents=[db], help="add a vote to a meeting; print its id")
    p.add_argument("--meeting", type=int, required=True, metavar="ID")
    p.add_argument("--item", type=int, metavar="ID", help="the agenda item it belongs to")
    p.add_argument("--kind", required=True, choices=list(VOTE_KIND_NAMES))
    p.add_argument("--question", required=True, metavar="TEXT")
    p.add_argument("--option", action="append", metavar="TEXT",
                   help="a choice's option or a checklist's question (repeat it)")
    p.add_argument("--rule", choices=[r.value for r in VoteRule],
                   help="when a yes/no vote carries (default: majority of the votes cast)")
    p.add_argument("--multiple", action="store_true", help="a choice: several choices each")
    p.add_argument("--list-names", action="store_true",
                   help="the minutes may list who answered how")
    p = actions.add_parser("record", parents=[db], help="record a vote's counts")
    p.add_argument("--vote", type=int, required=True, metavar="ID")
    p.add_argument("--counts", required=True, metavar="NAME=N,...",
                   help="yes=14,no=3,abstain=2; \"Option A=5,Option B=7\"; 0=1,...,5=4; a "
                        "checklist's \"Question=yes\" or \"Question=no:comment\"")
    p.add_argument("--present", type=int, metavar="N",
                   help="participants present (default: those marked present)")
    p = actions.add_parser("list", parents=[db], help="the votes of a meeting")
    p.add_argument("--meeting", type=int, metavar="ID",
                   help="default: the meeting running now, else the one held last, else the "
                        "latest")
    p.add_argument("--json", action="store_true", help="each vote as in show --json")
