"""Votes put to the room: add, edit, count hands or named answers, reveal, and act on a result.

Every function is one transaction. Edits of the counts return a CountsState, the counts as they
were, that restore_counts puts back (the undo of any count, named answer or checklist entry).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, delete, func, select
from sqlalchemy.orm import Session

from facilitator.domain import (
    VOTE_KIND_NAMES,
    ChecklistAnswer,
    ScaleKind,
    VoteKind,
    VoteOutcome,
    VoteRule,
)
from facilitator.errors import ValidationError
from facilitator.models import (
    ActionItem,
    Decision,
    Meeting,
    ParkingLotItem,
    Participant,
    Vote,
    VoteAnswer,
    VoteOption,
    utcnow,
)
from facilitator.services import capture
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
from facilitator.services.vote_views import NamedAnswer, OptionView, VoteView, load_votes
from facilitator.votes import SCALE_VALUES, YES_NO_ANSWERS, clean_count
from facilitator.workspace import Workspace

MAX_OPTIONS = 50
_UNSET: Any = object()

__all__ = [
    "CountsState", "NamedAnswer", "OptionView", "VoteView", "add_vote", "checklist_no_to_action",
    "checklist_no_to_parking", "decision_text", "delete_vote", "get_vote", "list_votes",
    "record_as_decision", "reorder", "restore_counts", "restore_vote", "set_checklist_answer",
    "set_counts", "set_named_answer", "set_revealed", "update_vote", "vote_kind",
]


def vote_kind(value: Any) -> tuple[VoteKind, ScaleKind | None]:
    """A kind as a person names it ("yes_no", "roti", "fist_of_five"…) or a VoteKind."""
    if isinstance(value, VoteKind):
        return value, ScaleKind.ROTI if value is VoteKind.SCALE else None
    found = VOTE_KIND_NAMES.get(str(value).strip().lower())
    if found is None:
        raise ValidationError(f"vote kind {value!r} is not one of: {', '.join(VOTE_KIND_NAMES)}")
    return found


def _option_texts(kind: VoteKind, options: Sequence[Any]) -> list[str]:
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


def _rule(kind: VoteKind, value: Any) -> VoteRule:
    if value is None:
        return VoteRule.MAJORITY if kind is VoteKind.YES_NO else VoteRule.NONE
    rule = enum_field(VoteRule, value, "rule")
    if rule is not VoteRule.NONE and kind is not VoteKind.YES_NO:
        raise ValidationError("only a yes/no vote carries by a rule")
    return rule


def _check_item(session: Session, meeting_id: int, item_id: int | None) -> None:
    capture._check_item(session, meeting_id, item_id)


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
              "rule": _rule(vote_kind_, rule), "multiple": bool(multiple),
              "list_names": bool(list_names)}
    if values["multiple"] and vote_kind_ is not VoteKind.CHOICE:
        raise ValidationError("only a choice vote allows several choices each")
    texts = _option_texts(vote_kind_, options)
    with ws.session() as s:
        get(s, Meeting, meeting_id)
        _check_item(s, meeting_id, item_id)
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
    options = changes.pop("options", _UNSET)
    values = _VOTE.clean(changes)
    with ws.session() as s:
        vote = get(s, Vote, vote_id)
        if "rule" in values:
            _rule(vote.kind, values["rule"])
        if values.get("multiple") and vote.kind is not VoteKind.CHOICE:
            raise ValidationError("only a choice vote allows several choices each")
        if values.get("agenda_item_id") is not None:
            _check_item(s, vote.meeting_id, values["agenda_item_id"])
        previous = {key: getattr(vote, key) for key in values}
        for key, value in values.items():
            setattr(vote, key, value)
        if options is not _UNSET:
            previous["options"] = [o.text for o in vote.options]
            _replace_options(s, vote, options)
        return previous


def _replace_options(s: Session, vote: Vote, options: Sequence[str]) -> None:
    if vote.kind in (VoteKind.YES_NO, VoteKind.SCALE):
        raise ValidationError(f"a {vote.kind.label.lower()} vote's options cannot be changed")
    texts = _option_texts(vote.kind, options)
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


# --- counts ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CountsState:
    """A vote's results as they were: options' counts, named answers, base and time."""

    vote_id: int
    present_base: int | None
    recorded_at: dt.datetime | None
    options: tuple[tuple[int, int | None, int | None, int | None, int | None,
                         ChecklistAnswer | None, str], ...]
    answers: tuple[tuple[int, int, ChecklistAnswer | None], ...]  # participant, option, answer


def _state(s: Session, vote: Vote) -> CountsState:
    answers = s.execute(select(VoteAnswer.participant_id, VoteAnswer.option_id, VoteAnswer.answer)
                        .where(VoteAnswer.vote_id == vote.id).order_by(VoteAnswer.id)).all()
    return CountsState(
        vote.id, vote.present_base, vote.recorded_at,
        tuple((o.id, o.count, o.yes_count, o.no_count, o.not_sure_count, o.answer, o.comment)
              for o in vote.options),
        tuple((p, o, a) for p, o, a in answers),
    )


def restore_counts(ws: Workspace, *, state: CountsState) -> None:
    """Puts a vote's results back as a CountsState holds them (the undo of a count edit)."""
    with ws.session() as s:
        vote = get(s, Vote, state.vote_id)
        options = {o.id: o for o in vote.options}
        for oid, count, yes, no, not_sure, answer, comment in state.options:
            if oid in options:
                o = options[oid]
                o.count, o.yes_count, o.no_count, o.not_sure_count = count, yes, no, not_sure
                o.answer, o.comment = answer, comment
        s.execute(delete(VoteAnswer).where(VoteAnswer.vote_id == vote.id))
        s.add_all(VoteAnswer(vote_id=vote.id, participant_id=p, option_id=o, answer=a)
                  for p, o, a in state.answers if o in options)
        vote.present_base, vote.recorded_at = state.present_base, state.recorded_at


def _present(s: Session, meeting_id: int) -> int | None:
    """Participants present now; None for a meeting without a participant list."""
    total, present = s.execute(
        select(func.count(Participant.id),
               func.coalesce(func.sum(case((Participant.present, 1), else_=0)), 0))
        .where(Participant.meeting_id == meeting_id)).one()
    return int(present) if total else None


def _recorded(s: Session, vote: Vote, present: Any) -> None:
    if present is _UNSET:
        vote.present_base = _present(s, vote.meeting_id)
    else:
        vote.present_base = clean_count(present, "present")
    vote.recorded_at = utcnow()


def _has_named(s: Session, vote_id: int) -> bool:
    return s.scalar(select(VoteAnswer.id).where(VoteAnswer.vote_id == vote_id).limit(1)) \
        is not None


def _option_for(vote: Vote, key: Any) -> VoteOption:
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


def set_counts(ws: Workspace, *, vote_id: int, counts: Mapping[Any, Any],
               present: int | None = _UNSET) -> CountsState:
    """Records counted hands: {"yes": 14, "no": 3, "abstain": 2}, {option id or text: n}, or
    {0: n, …, 5: n}; None or "" clears a count. The base is the participants present now
    unless `present` is given. Returns the previous state (for restore_counts)."""
    with ws.session() as s:
        vote = get(s, Vote, vote_id)
        if vote.kind is VoteKind.CHECKLIST:
            raise ValidationError("a checklist is answered question by question "
                                  "(set_checklist_answer)")
        if _has_named(s, vote_id):
            raise ValidationError("this vote has named answers: its counts follow from them")
        cleaned = [(_option_for(vote, key), clean_count(value, f"the count of {key}"))
                   for key, value in counts.items()]
        previous = _state(s, vote)
        for option, count in cleaned:
            option.count = count
        _recorded(s, vote, present)
        return previous


def _recount(s: Session, vote: Vote) -> None:
    """Counts from the named answers: every option's, a checklist's per answer."""
    rows = s.execute(select(VoteAnswer.option_id, VoteAnswer.answer)
                     .where(VoteAnswer.vote_id == vote.id)).all()
    for option in vote.options:
        mine = [answer for oid, answer in rows if oid == option.id]
        if vote.kind is VoteKind.CHECKLIST:
            option.yes_count = mine.count(ChecklistAnswer.YES)
            option.no_count = mine.count(ChecklistAnswer.NO)
            option.not_sure_count = mine.count(ChecklistAnswer.NOT_SURE)
        else:
            option.count = len(mine)


def _participant(s: Session, vote: Vote, participant_id: int) -> Participant:
    person = get(s, Participant, participant_id)
    if person.meeting_id != vote.meeting_id:
        raise ValidationError(f"participant {participant_id} belongs to another meeting")
    return person


def set_named_answer(ws: Workspace, *, vote_id: int, participant_id: int,
                     answer: Any) -> CountsState:
    """One participant's answer (yes/no/abstain, a scale value, an option, or several options
    of a choice that allows it); None takes it back. The counts follow from the named
    answers. Returns the previous state (for restore_counts)."""
    with ws.session() as s:
        vote = get(s, Vote, vote_id)
        if vote.kind is VoteKind.CHECKLIST:
            raise ValidationError("a checklist is answered question by question "
                                  "(set_checklist_answer)")
        _participant(s, vote, participant_id)
        if answer is None or (isinstance(answer, Collection) and not isinstance(answer, str)
                              and not answer):
            chosen: list[VoteOption] = []
        elif isinstance(answer, Collection) and not isinstance(answer, str):
            if not vote.multiple:
                raise ValidationError("this vote allows one choice each")
            chosen = list({o.id: o for o in (_option_for(vote, a) for a in answer)}.values())
        else:
            chosen = [_option_for(vote, answer)]
        previous = _state(s, vote)
        s.execute(delete(VoteAnswer).where(VoteAnswer.vote_id == vote_id,
                                           VoteAnswer.participant_id == participant_id))
        s.add_all(VoteAnswer(vote_id=vote_id, participant_id=participant_id, option_id=o.id)
                  for o in chosen)
        s.flush()
        _recount(s, vote)
        _recorded(s, vote, _UNSET)
        return previous


def _checklist_option(vote: Vote, option_id: int) -> VoteOption:
    if vote.kind is not VoteKind.CHECKLIST:
        raise ValidationError("only a checklist has questions to answer")
    return _option_for(vote, option_id)


def set_checklist_answer(
    ws: Workspace, *, vote_id: int, option_id: int, answer: Any = _UNSET,
    comment: Any = _UNSET, counts: Mapping[str, Any] | None = None,
    participant_id: int | None = None,
) -> CountsState:
    """Answers one question of a checklist: the group's consensus `answer` (yes / no /
    not_sure, None to clear), counted `counts` ({"yes": 6, "no": 2, "not_sure": 1}), a
    `comment`; or, with participant_id, that person's answer. Returns the previous state."""
    answer_ = _UNSET if answer is _UNSET else (
        None if answer is None else enum_field(ChecklistAnswer, answer, "answer"))
    comment_ = _UNSET if comment is _UNSET else text_field(comment, "comment").strip()
    cleaned = {}
    for key, value in (counts or {}).items():
        name = enum_field(ChecklistAnswer, str(key).strip().lower().replace(" ", "_"),
                          "checklist count").value
        cleaned[f"{name}_count"] = clean_count(value, f"the count of {key}")
    with ws.session() as s:
        vote = get(s, Vote, vote_id)
        option = _checklist_option(vote, option_id)
        previous = _state(s, vote)
        if participant_id is not None:
            if cleaned:
                raise ValidationError("a participant gives one answer, not counts")
            _participant(s, vote, participant_id)
            s.execute(delete(VoteAnswer).where(VoteAnswer.option_id == option.id,
                                               VoteAnswer.participant_id == participant_id))
            if answer_ is not _UNSET and answer_ is not None:
                s.add(VoteAnswer(vote_id=vote_id, participant_id=participant_id,
                                 option_id=option.id, answer=answer_))
            s.flush()
            _recount(s, vote)
        else:
            if cleaned and _has_named(s, vote_id):
                raise ValidationError("this checklist has named answers: its counts follow "
                                      "from them")
            if answer_ is not _UNSET:
                option.answer = answer_
            for key, value in cleaned.items():
                setattr(option, key, value)
        if comment_ is not _UNSET:
            option.comment = comment_
        _recorded(s, vote, _UNSET)
        return previous


def set_revealed(ws: Workspace, *, vote_id: int, revealed: bool) -> bool:
    """Shows (or hides) the result on the projector; returns the previous flag."""
    with ws.session() as s:
        vote = get(s, Vote, vote_id)
        previous, vote.revealed = vote.revealed, bool(revealed)
        return previous


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


# --- reading -----------------------------------------------------------------------------------

def list_votes(ws: Workspace, *, meeting_id: int) -> list[VoteView]:
    """The meeting's votes in order, with their options, named answers and results."""
    with ws.session() as s:
        get(s, Meeting, meeting_id)
        return load_votes(s, [meeting_id])


def get_vote(ws: Workspace, *, vote_id: int) -> VoteView:
    with ws.session() as s:
        vote = get(s, Vote, vote_id)
        return next(v for v in load_votes(s, [vote.meeting_id]) if v.id == vote_id)


# --- acting on a result ------------------------------------------------------------------------

def decision_text(view: VoteView) -> str:
    """"Adopted: <question> — 14 yes, 3 no, 2 abstain" (or "Not adopted: …"); a choice's
    "Chosen: <option> — <question>: A 5, B 7"."""
    result = view.result
    if result.outcome is VoteOutcome.NOT_RECORDED:
        raise ValidationError(f"the vote {view.question!r} has no result yet")
    if view.kind is VoteKind.YES_NO:
        prefix = {VoteOutcome.CARRIED: "Adopted", VoteOutcome.NO_RULE: "Voted"}.get(
            result.outcome, "Not adopted")
        return f"{prefix}: {view.question} — {result.summary}"
    if view.kind is VoteKind.CHOICE:
        most = max(o.count or 0 for o in view.options)
        leaders = [o.text for o in view.options if (o.count or 0) == most]
        head = f"Chosen: {leaders[0]}" if len(leaders) == 1 else "Tied: " + ", ".join(leaders)
        return f"{head} — {view.question}: {result.summary}"
    raise ValidationError(f"a {view.kind.label.lower()} is not a decision; only a yes/no or "
                          "a choice vote is recorded as one")


def record_as_decision(ws: Workspace, *, vote_id: int) -> Decision:
    """Records the result as a decision under the vote's agenda item (one transaction);
    capture.delete_decision undoes it."""
    with ws.session():
        view = get_vote(ws, vote_id=vote_id)
        return capture.record_decision(ws, meeting_id=view.meeting_id, text=decision_text(view),
                                       item_id=view.agenda_item_id)


def _answered_no(ws: Workspace, vote_id: int, option_id: int) -> tuple[VoteView, OptionView]:
    view = get_vote(ws, vote_id=vote_id)
    if view.kind is not VoteKind.CHECKLIST:
        raise ValidationError("only a checklist has questions answered no")
    option = next((o for o in view.options if o.id == option_id), None)
    if option is None:
        raise ValidationError(f"the checklist {view.question!r} has no question {option_id}")
    if option.result is not ChecklistAnswer.NO:
        raise ValidationError(f"the question {option.text!r} was not answered no")
    return view, option


def _work_text(option: OptionView) -> str:
    return f"{option.text} — answered no" + (f": {option.comment}" if option.comment else "")


def checklist_no_to_action(ws: Workspace, *, vote_id: int, option_id: int, owner: str = "",
                           due: dt.date | str | None = None) -> ActionItem:
    """A question answered no becomes an open action under the vote's agenda item;
    capture.delete_action undoes it."""
    with ws.session():
        view, option = _answered_no(ws, vote_id, option_id)
        return capture.add_action(ws, meeting_id=view.meeting_id, text=_work_text(option),
                                  owner=owner, due=due, item_id=view.agenda_item_id)


def checklist_no_to_parking(ws: Workspace, *, vote_id: int, option_id: int,
                            raised_by: str = "") -> ParkingLotItem:
    """A question answered no goes to the parking lot; capture.delete_parked undoes it."""
    with ws.session():
        view, option = _answered_no(ws, vote_id, option_id)
        return capture.park(ws, meeting_id=view.meeting_id, text=_work_text(option),
                            item_id=view.agenda_item_id, raised_by=raised_by)
