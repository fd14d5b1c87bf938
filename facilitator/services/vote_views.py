"""Votes as plain data for the window, show --json and the minutes (loaded, never live rows)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from facilitator.domain import ChecklistAnswer, ScaleKind, VoteKind, VoteRule, vote_kind_name
from facilitator.models import AgendaItem, Participant, Vote, VoteAnswer
from facilitator.votes import OptionTally, Tally, VoteResult, vote_result


@dataclass(frozen=True)
class OptionView:
    """One answer of a vote (a checklist: one question) with its counts and share."""

    id: int
    position: int
    text: str
    count: int | None
    yes: int | None = None
    no: int | None = None
    not_sure: int | None = None
    answer: ChecklistAnswer | None = None  # a checklist question's consensus answer
    comment: str = ""
    percent: float | None = None  # of those present (a checklist: its yes)
    result: ChecklistAnswer | None = None  # a checklist question's answer, however given
    action_id: int | None = None  # the action item a checklist "no" became
    parking_id: int | None = None  # the parking-lot point a checklist "no" became


@dataclass(frozen=True)
class NamedAnswer:
    participant_id: int
    name: str
    option_id: int
    option: str
    answer: ChecklistAnswer | None = None  # a checklist question's answer by this person


@dataclass(frozen=True)
class VoteView:
    id: int
    meeting_id: int
    agenda_item_id: int | None
    agenda_item: str | None  # the item's title
    position: int
    question: str
    kind: VoteKind
    scale: ScaleKind | None
    rule: VoteRule
    multiple: bool
    list_names: bool
    raise_note: str
    present_base: int | None
    revealed: bool
    created_at: dt.datetime
    recorded_at: dt.datetime | None
    options: tuple[OptionView, ...]
    named: tuple[NamedAnswer, ...]
    result: VoteResult

    @property
    def kind_name(self) -> str:
        """"yes_no", "choice", "fist_of_five", "roti" or "checklist"."""
        return vote_kind_name(self.kind, self.scale)


def tally_of(vote: Vote, named_voters: int | None = None) -> Tally:
    return Tally(
        kind=vote.kind, rule=vote.rule, scale=vote.scale, multiple=vote.multiple,
        present=vote.present_base, named_voters=named_voters,
        options=tuple(OptionTally(o.text, o.count, o.yes_count, o.no_count, o.not_sure_count,
                                  o.answer, o.comment) for o in vote.options),
    )


def _view(vote: Vote, titles: dict[int, str], answers: Sequence[VoteAnswer],
          names: dict[int, str]) -> VoteView:
    texts = {o.id: o.text for o in vote.options}
    named = tuple(NamedAnswer(a.participant_id, names.get(a.participant_id, ""), a.option_id,
                              texts.get(a.option_id, ""), a.answer) for a in answers)
    result = vote_result(tally_of(vote, len({a.participant_id for a in answers}) or None))
    checklist = result.checklist or (None,) * len(vote.options)
    options = tuple(
        OptionView(o.id, o.position, o.text, o.count, o.yes_count, o.no_count,
                   o.not_sure_count, o.answer, o.comment, share, answer, o.action_id,
                   o.parking_id)
        for o, share, answer in zip(vote.options, result.percentages, checklist, strict=True)
    )
    return VoteView(
        id=vote.id, meeting_id=vote.meeting_id, agenda_item_id=vote.agenda_item_id,
        agenda_item=titles.get(vote.agenda_item_id) if vote.agenda_item_id else None,
        position=vote.position, question=vote.question, kind=vote.kind, scale=vote.scale,
        rule=vote.rule, multiple=vote.multiple, list_names=vote.list_names,
        raise_note=vote.raise_note, present_base=vote.present_base, revealed=vote.revealed,
        created_at=vote.created_at, recorded_at=vote.recorded_at, options=options, named=named,
        result=result,
    )


def load_votes(session: Session, meeting_ids: Sequence[int]) -> list[VoteView]:
    """Inside a transaction: the votes of these meetings, each meeting's in their order."""
    if not meeting_ids:
        return []
    votes = list(session.scalars(
        select(Vote).where(Vote.meeting_id.in_(meeting_ids))
        .options(selectinload(Vote.options)).order_by(Vote.meeting_id, Vote.position, Vote.id)))
    if not votes:
        return []
    titles = {item_id: title for item_id, title in session.execute(
        select(AgendaItem.id, AgendaItem.title).where(AgendaItem.meeting_id.in_(meeting_ids)))}
    people = {pid: (name, position) for pid, name, position in session.execute(
        select(Participant.id, Participant.name, Participant.position)
        .where(Participant.meeting_id.in_(meeting_ids)))}
    names = {pid: name for pid, (name, _) in people.items()}
    answers: dict[int, list[VoteAnswer]] = {v.id: [] for v in votes}
    for answer in session.scalars(select(VoteAnswer).where(VoteAnswer.vote_id.in_(answers))):
        answers[answer.vote_id].append(answer)
    option_order = {o.id: o.position for v in votes for o in v.options}
    for rows in answers.values():  # in the order of the participants, then of the options
        rows.sort(key=lambda a: (people.get(a.participant_id, ('', 0))[1], a.participant_id,
                                 option_order.get(a.option_id, 0)))
    return [_view(v, titles, answers[v.id], names) for v in votes]
