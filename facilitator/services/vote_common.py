"""What the vote services share: a kind by its name, the option texts, the rule, an option by
what a person calls it, and reading votes back as plain views."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy.orm import Session

from facilitator.domain import VOTE_KIND_NAMES, ScaleKind, VoteKind, VoteRule
from facilitator.errors import ValidationError
from facilitator.models import Meeting, Vote, VoteOption
from facilitator.services import capture
from facilitator.services.common import enum_field, get, text_field
from facilitator.services.vote_views import VoteView, load_votes
from facilitator.votes import SCALE_VALUES, YES_NO_ANSWERS
from facilitator.workspace import Workspace

MAX_OPTIONS = 50
# "Not given": distinct from None, which clears a value.
UNSET: Any = object()


def vote_kind(value: Any) -> tuple[VoteKind, ScaleKind | None]:
    """A kind as a person names it ("yes_no", "roti", "fist_of_five"…) or a VoteKind."""
    if isinstance(value, VoteKind):
        return value, ScaleKind.ROTI if value is VoteKind.SCALE else None
    found = VOTE_KIND_NAMES.get(str(value).strip().lower())
    if found is None:
        raise ValidationError(f"vote kind {value!r} is not one of: {', '.join(VOTE_KIND_NAMES)}")
    return found


def option_texts(kind: VoteKind, options: Sequence[Any]) -> list[str]:
    """The texts of a vote's options, checked; a yes/no's and a scale's are fixed."""
    if kind is VoteKind.YES_NO:
        if options:
            raise ValidationError("a yes/no vote has no options of its own (Yes, No, Abstain)")
        return [answer.capitalize() for answer in YES_NO_ANSWERS]
    if kind is VoteKind.SCALE:
        if options:
            raise ValidationError("a scale vote has no options of its own (the values 0 to 5)")
        return [str(value) for value in SCALE_VALUES]
    if isinstance(options, str):
        raise ValidationError("options must be a list of texts")
    what = "checklist question" if kind is VoteKind.CHECKLIST else "option"
    texts = [text_field(o, what, required=True).strip() for o in options]
    least = 1 if kind is VoteKind.CHECKLIST else 2
    if len(texts) < least:
        raise ValidationError(f"a {kind.label.lower()} vote needs at least {least} "
                              f"{what}{'s' if least > 1 else ''}")
    if len(texts) > MAX_OPTIONS:
        raise ValidationError(f"a vote has at most {MAX_OPTIONS} {what}s (got {len(texts)})")
    seen: set[str] = set()
    for t in texts:
        if t.casefold() in seen:
            raise ValidationError(f"the {what} {t!r} is given twice")
        seen.add(t.casefold())
    return texts


def vote_rule(kind: VoteKind, value: Any) -> VoteRule:
    """The rule a vote carries by; only a yes/no vote has one other than none."""
    if value is None:
        return VoteRule.MAJORITY if kind is VoteKind.YES_NO else VoteRule.NONE
    rule = enum_field(VoteRule, value, "rule")
    if rule is not VoteRule.NONE and kind is not VoteKind.YES_NO:
        raise ValidationError("only a yes/no vote carries by a rule")
    return rule


def check_item(session: Session, meeting_id: int, item_id: int | None) -> None:
    capture._check_item(session, meeting_id, item_id)


def option_for(vote: Vote, key: Any) -> VoteOption:
    """The option a count or an answer names: yes/no/abstain, a scale value, an option's id
    (an int) or text (any case)."""
    if isinstance(key, VoteOption):
        key = key.id
    if vote.kind is VoteKind.YES_NO:
        name = str(key).strip().lower()
        if name in YES_NO_ANSWERS:
            return vote.options[YES_NO_ANSWERS.index(name)]
        raise ValidationError(f"a yes/no vote counts yes, no and abstain, not {key!r}")
    if vote.kind is VoteKind.SCALE:
        name = str(key).strip()
        if name in {str(v) for v in SCALE_VALUES} and not isinstance(key, bool):
            return vote.options[int(name)]
        raise ValidationError(f"a scale counts the values 0 to 5, not {key!r}")
    for option in vote.options:
        if (isinstance(key, int) and not isinstance(key, bool) and option.id == key) or (
                isinstance(key, str) and option.text.casefold() == key.strip().casefold()):
            return option
    raise ValidationError(f"the vote {vote.question!r} has no option {key!r}")


def list_votes(ws: Workspace, *, meeting_id: int) -> list[VoteView]:
    """The meeting's votes in order, with their options, named answers and results."""
    with ws.session() as s:
        get(s, Meeting, meeting_id)
        return load_votes(s, [meeting_id])


def get_vote(ws: Workspace, *, vote_id: int) -> VoteView:
    with ws.session() as s:
        vote = get(s, Vote, vote_id)
        return next(v for v in load_votes(s, [vote.meeting_id]) if v.id == vote_id)
