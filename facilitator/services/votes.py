"""Votes put to the room: add, edit, delete and order them; and every vote service by one name.

The results (vote_counts), acting on them (vote_outcomes) and snapshots for undo
(vote_snapshots) live in their own modules; everything is importable from here, so the window
and the command line write `votes.set_counts(...)`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator.domain import ScaleKind, VoteKind, VoteRule
from facilitator.errors import ValidationError
from facilitator.models import Meeting, Vote, VoteOption
from facilitator.services.common import (
    Fields,
    as_is,
    delete_row,
    enum_field,
    get,
    one_of,
    restore,
    text,
    text_field,
)
from facilitator.services.rows import DeletedRows
from facilitator.services.vote_common import (
    MAX_OPTIONS,
    UNSET,
    check_item,
    get_vote,
    list_votes,
    option_texts,
    vote_kind,
    vote_rule,
)
from facilitator.services.vote_counts import (
    CountsState,
    restore_counts,
    set_checklist_answer,
    set_counts,
    set_named_answer,
    set_revealed,
)
from facilitator.services.vote_outcomes import (
    checklist_no_to_action,
    checklist_no_to_parking,
    decision_text,
    record_as_decision,
)
from facilitator.services.vote_snapshots import VoteSnapshot, restore_snapshot, vote_snapshot
from facilitator.services.vote_views import NamedAnswer, OptionView, VoteView
from facilitator.workspace import Workspace

__all__ = [
    "CountsState", "MAX_OPTIONS", "NamedAnswer", "OptionView", "VoteSnapshot", "VoteView",
    "add_vote", "checklist_no_to_action", "checklist_no_to_parking", "decision_text",
    "delete_vote", "get_vote", "list_votes", "record_as_decision", "reorder", "restore_counts",
    "restore_snapshot", "restore_vote", "set_checklist_answer", "set_counts", "set_named_answer",
    "set_revealed", "update_vote", "vote_kind", "vote_snapshot",
]


def add_vote(
    ws: Workspace, *, meeting_id: int, question: str, kind: VoteKind | str,
    scale: ScaleKind | str | None = None, item_id: int | None = None,
    options: Sequence[str] = (), rule: VoteRule | str | None = None, multiple: bool = False,
    list_names: bool = False,
) -> Vote:
    """Adds a vote at the end of the meeting's votes. `kind` is a VoteKind or a name ("roti");
    a scale's `scale` defaults to ROTI; a yes/no vote's rule to majority."""
    vote_kind_, scale_ = vote_kind(kind)
    if vote_kind_ is VoteKind.SCALE:
        scale_ = enum_field(ScaleKind, scale, "scale") if scale is not None else scale_
    elif scale is not None:
        raise ValidationError("only a scale vote has a scale")
    values = {"question": text_field(question, "question", required=True).strip(),
              "rule": vote_rule(vote_kind_, rule), "multiple": bool(multiple),
              "list_names": bool(list_names)}
    if values["multiple"] and vote_kind_ is not VoteKind.CHOICE:
        raise ValidationError("only a choice vote allows several choices each")
    texts = option_texts(vote_kind_, options)
    with ws.session() as s:
        get(s, Meeting, meeting_id)
        check_item(s, meeting_id, item_id)
        last = s.scalar(select(func.max(Vote.position)).where(Vote.meeting_id == meeting_id))
        vote = Vote(meeting_id=meeting_id, agenda_item_id=item_id, kind=vote_kind_,
                    scale=scale_, position=0 if last is None else last + 1, **values)
        vote.options = [VoteOption(position=n, text=t) for n, t in enumerate(texts)]
        s.add(vote)
        s.flush()
        return vote


_VOTE = Fields("a vote", {
    "question": text("question", required=True),
    "raise_note": text("the note on what would raise it", strip=False),
    "multiple": bool,
    "list_names": bool,
    "revealed": bool,
    "rule": one_of(VoteRule, "rule"),
    "agenda_item_id": as_is,
})


def update_vote(ws: Workspace, *, vote_id: int, **changes: Any) -> dict[str, Any]:
    """Changes question, rule, multiple, list_names, raise_note, agenda_item_id or options
    (a choice's or checklist's texts: kept ones keep their counts, dropped ones lose them);
    returns the previous values (what undo passes back)."""
    options = changes.pop("options", UNSET)
    values = _VOTE.clean(changes)
    with ws.session() as s:
        vote = get(s, Vote, vote_id)
        if "rule" in values:
            vote_rule(vote.kind, values["rule"])
        if values.get("multiple") and vote.kind is not VoteKind.CHOICE:
            raise ValidationError("only a choice vote allows several choices each")
        if values.get("agenda_item_id") is not None:
            check_item(s, vote.meeting_id, values["agenda_item_id"])
        previous = {key: getattr(vote, key) for key in values}
        for key, value in values.items():
            setattr(vote, key, value)
        if options is not UNSET:
            previous["options"] = [o.text for o in vote.options]
            _replace_options(s, vote, options)
        return previous


def _replace_options(s: Session, vote: Vote, options: Sequence[str]) -> None:
    if vote.kind in (VoteKind.YES_NO, VoteKind.SCALE):
        raise ValidationError(f"a {vote.kind.label.lower()} vote's options cannot be changed")
    texts = option_texts(vote.kind, options)
    kept = {o.text.casefold(): o for o in vote.options}
    rows = [kept.pop(t.casefold()) if t.casefold() in kept else VoteOption(vote_id=vote.id, text=t)
            for t in texts]
    for gone in kept.values():
        s.delete(gone)
    s.flush()
    for n, (row, t) in enumerate(zip(rows, texts, strict=True)):
        row.position, row.text = n, t
    vote.options = rows
    s.flush()


def delete_vote(ws: Workspace, *, vote_id: int) -> DeletedRows:
    """Deletes a vote with its options and named answers; restore_vote(deleted) undoes it."""
    return delete_row(ws, Vote, vote_id)


def restore_vote(ws: Workspace, *, deleted: DeletedRows) -> None:
    restore(ws, deleted)


def reorder(ws: Workspace, *, meeting_id: int, vote_ids: Sequence[int]) -> list[int]:
    """Puts the meeting's votes in this order (all of them, each once); returns the old one."""
    with ws.session() as s:
        get(s, Meeting, meeting_id)
        votes = list(s.scalars(select(Vote).where(Vote.meeting_id == meeting_id)
                               .order_by(Vote.position, Vote.id)))
        if sorted(vote_ids) != sorted(v.id for v in votes) or len(set(vote_ids)) != len(votes):
            raise ValidationError("the new order must list each of the meeting's votes once")
        by_id = {v.id: v for v in votes}
        for position, vote_id in enumerate(vote_ids):
            by_id[vote_id].position = position
        return [v.id for v in votes]
