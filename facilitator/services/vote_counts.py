"""A vote's results: counted hands, named answers, checklist answers, the reveal.

Each function is one transaction and returns what undo passes back: a CountsState, the counts
as they were, that restore_counts puts back (or the previous reveal flag).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, delete, func, select
from sqlalchemy.orm import Session

from facilitator.domain import ChecklistAnswer, VoteKind
from facilitator.errors import ValidationError
from facilitator.models import Participant, Vote, VoteAnswer, VoteOption, utcnow
from facilitator.services.common import enum_field, get, text_field
from facilitator.services.vote_common import UNSET, option_for
from facilitator.votes import clean_count
from facilitator.workspace import Workspace


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
    if present is UNSET:
        vote.present_base = _present(s, vote.meeting_id)
    else:
        vote.present_base = clean_count(present, "present")
    vote.recorded_at = utcnow()


def _has_named(s: Session, vote_id: int) -> bool:
    return s.scalar(select(VoteAnswer.id).where(VoteAnswer.vote_id == vote_id).limit(1)) \
        is not None


def set_counts(ws: Workspace, *, vote_id: int, counts: Mapping[Any, Any],
               present: int | None = UNSET) -> CountsState:
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
        cleaned = [(option_for(vote, key), clean_count(value, f"the count of {key}"))
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
            chosen = list({o.id: o for o in (option_for(vote, a) for a in answer)}.values())
        else:
            chosen = [option_for(vote, answer)]
        previous = _state(s, vote)
        s.execute(delete(VoteAnswer).where(VoteAnswer.vote_id == vote_id,
                                           VoteAnswer.participant_id == participant_id))
        s.add_all(VoteAnswer(vote_id=vote_id, participant_id=participant_id, option_id=o.id)
                  for o in chosen)
        s.flush()
        _recount(s, vote)
        _recorded(s, vote, UNSET)
        return previous


def _checklist_option(vote: Vote, option_id: int) -> VoteOption:
    if vote.kind is not VoteKind.CHECKLIST:
        raise ValidationError("only a checklist has questions to answer")
    return option_for(vote, option_id)


def set_checklist_answer(
    ws: Workspace, *, vote_id: int, option_id: int, answer: Any = UNSET,
    comment: Any = UNSET, counts: Mapping[str, Any] | None = None,
    participant_id: int | None = None,
) -> CountsState:
    """Answers one question of a checklist: the group's consensus `answer` (yes / no /
    not_sure, None to clear), counted `counts` ({"yes": 6, "no": 2, "not_sure": 1}), a
    `comment`; or, with participant_id, that person's answer. Returns the previous state."""
    answer_ = UNSET if answer is UNSET else (
        None if answer is None else enum_field(ChecklistAnswer, answer, "answer"))
    comment_ = UNSET if comment is UNSET else text_field(comment, "comment").strip()
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
            if answer_ is not UNSET and answer_ is not None:
                s.add(VoteAnswer(vote_id=vote_id, participant_id=participant_id,
                                 option_id=option.id, answer=answer_))
            s.flush()
            _recount(s, vote)
        else:
            if cleaned and _has_named(s, vote_id):
                raise ValidationError("this checklist has named answers: its counts follow "
                                      "from them")
            if answer_ is not UNSET:
                option.answer = answer_
            for key, value in cleaned.items():
                setattr(option, key, value)
        if comment_ is not UNSET:
            option.comment = comment_
        _recorded(s, vote, UNSET)
        return previous


def set_revealed(ws: Workspace, *, vote_id: int, revealed: bool) -> bool:
    """Shows (or hides) the result on the projector; returns the previous flag."""
    with ws.session() as s:
        vote = get(s, Vote, vote_id)
        previous, vote.revealed = vote.revealed, bool(revealed)
        return previous
