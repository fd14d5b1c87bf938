"""A meeting with all its parts as plain data: the `show --json` contract and the exports' input."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from facilitator.clock import slices_seconds
from facilitator.domain import VoteKind
from facilitator.models import (
    ActionItem,
    ActionReview,
    AgendaItem,
    BoardCard,
    Decision,
    Meeting,
    Note,
    ParkingLotItem,
    utcnow,
)
from facilitator.services.common import get
from facilitator.services.vote_trend import ScalePoint, earlier_in_series
from facilitator.services.vote_views import VoteView, load_votes
from facilitator.votes import YES_NO_ANSWERS
from facilitator.workspace import Workspace


@dataclass
class MeetingRecord:
    """Everything about one meeting, loaded in one transaction (ORM rows, detached)."""

    meeting: Meeting
    series: str | None
    agenda: list[AgendaItem]
    elapsed_seconds: dict[int, float]
    notes: list[Note]
    decisions: list[Decision]
    actions: list[ActionItem]
    cards: list[BoardCard]
    parking_lot: list[ParkingLotItem]
    reviews: list[tuple[ActionReview, ActionItem]] = field(default_factory=list)
    votes: list[VoteView] = field(default_factory=list)
    # The series' earlier meetings with their ROTI / fist-of-five averages, oldest first.
    scale_trend: list[ScalePoint] = field(default_factory=list)


def load_meeting(
    ws: Workspace, meeting_id: int, *, now: dt.datetime | None = None
) -> MeetingRecord:
    now = now or utcnow()
    with ws.session() as s:
        meeting = get(s, Meeting, meeting_id)
        meeting.participants  # noqa: B018 - load them while the session is open
        agenda = list(s.scalars(
            select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
            .options(selectinload(AgendaItem.slices)).order_by(AgendaItem.position)
        ))

        def rows(model: Any, *order: Any) -> list[Any]:
            return list(s.scalars(select(model).where(model.meeting_id == meeting_id)
                                  .order_by(*order, model.id)))

        record = MeetingRecord(
            meeting=meeting,
            series=meeting.series.name if meeting.series else None,
            agenda=agenda,
            elapsed_seconds={
                item.id: slices_seconds(((x.started_at, x.ended_at) for x in item.slices), now)
                for item in agenda
            },
            notes=rows(Note, Note.position),
            decisions=rows(Decision, Decision.decided_at),
            actions=rows(ActionItem, ActionItem.created_at),
            cards=rows(BoardCard, BoardCard.quadrant, BoardCard.position),
            parking_lot=rows(ParkingLotItem, ParkingLotItem.created_at),
            reviews=list(s.execute(
                select(ActionReview, ActionItem)
                .join(ActionItem, ActionReview.action_id == ActionItem.id)
                .where(ActionReview.meeting_id == meeting_id).order_by(ActionReview.id)
            ).all()),
            votes=load_votes(s, [meeting_id]),
            scale_trend=earlier_in_series(s, meeting),
        )
        return record


def _iso(value: dt.date | dt.time | dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def actual_minutes(seconds: float) -> float:
    return round(seconds / 60.0, 1)


def _answer_key(vote: VoteView, position: int, text: str) -> str:
    """How a count or a named answer is keyed: yes/no/abstain, a scale value, an option."""
    if vote.kind is VoteKind.YES_NO:
        return YES_NO_ANSWERS[position]
    return text


def vote_to_json(vote: VoteView) -> dict[str, Any]:
    """One vote of `show --json` (see README, 'show --json')."""
    keys = {o.id: _answer_key(vote, o.position, o.text) for o in vote.options}
    counts: dict[str, Any]
    if vote.kind is VoteKind.CHECKLIST:
        counts = {o.text: {"answer": o.result.value if o.result else None, "yes": o.yes,
                           "no": o.no, "not_sure": o.not_sure, "comment": o.comment}
                  for o in vote.options}
    else:
        counts = {keys[o.id]: o.count for o in vote.options}
    named = [{"name": a.name, "answer": a.answer.value if a.answer else keys[a.option_id],
              **({"question": a.option} if vote.kind is VoteKind.CHECKLIST else {})}
             for a in vote.named]
    result = vote.result
    return {
        "id": vote.id, "position": vote.position, "question": vote.question,
        "kind": vote.kind_name, "scale": vote.scale.value if vote.scale else None,
        "agenda_item": vote.agenda_item, "rule": vote.rule.value,
        "outcome": result.outcome.value, "multiple": vote.multiple,
        "options": [o.text for o in vote.options] if vote.kind in (
            VoteKind.CHOICE, VoteKind.CHECKLIST) else [],
        "counts": counts, "present": vote.present_base, "voters": result.voters,
        "over_present": result.over_present, "average": result.average,
        "named_answers": named, "list_names": vote.list_names, "revealed": vote.revealed,
        "raise_note": vote.raise_note, "recorded_at": _iso(vote.recorded_at),
    }


def meeting_to_json(record: MeetingRecord) -> dict[str, Any]:
    """The documented `facilitator show --json` object (see README, 'show --json')."""
    m = record.meeting
    titles = {item.id: item.title for item in record.agenda}
    quadrants: list[dict[str, Any]] = [{"label": label, "cards": []} for label in m.board_labels]
    for card in sorted(record.cards, key=lambda c: (c.quadrant, c.position, c.id)):
        quadrants[card.quadrant]["cards"].append(
            {"id": card.id, "text": card.text, "team": card.team, "votes": card.votes}
        )
    return {
        "id": m.id,
        "title": m.title,
        "objective": m.objective,
        "date": _iso(m.date),
        "planned_start": _iso(m.planned_start),
        "planned_end": _iso(m.planned_end),
        "location": m.location,
        "facilitator": m.facilitator,
        "series": record.series,
        "status": m.status.value,
        "actual_start": _iso(m.actual_start),
        "actual_end": _iso(m.actual_end),
        "participants": [
            {"name": p.name, "team": p.team, "role": p.role, "email": p.email,
             "present": p.present}
            for p in m.participants
        ],
        "agenda": [
            {
                "id": item.id,
                "position": item.position,
                "title": item.title,
                "kind": item.kind.value,
                "presenter": item.presenter,
                "planned_minutes": item.planned_minutes,
                "actual_minutes": actual_minutes(record.elapsed_seconds[item.id]),
                "status": item.status.value,
                "goal": item.goal,
            }
            for item in record.agenda
        ],
        "notes": [
            {"agenda_item": titles.get(n.agenda_item_id) if n.agenda_item_id else None,
             "text": n.text}
            for n in record.notes if n.text.strip()
        ],
        "decisions": [
            {"text": d.text, "agenda_item": titles.get(d.agenda_item_id) if d.agenda_item_id
             else None, "owner": d.owner, "rationale": d.rationale, "time": _iso(d.decided_at)}
            for d in record.decisions
        ],
        "actions": [
            {"text": a.text, "owner": a.owner, "due": _iso(a.due), "status": a.status.value,
             "agenda_item": titles.get(a.agenda_item_id) if a.agenda_item_id else None}
            for a in record.actions
        ],
        "board": {"preset": m.board_preset.value, "quadrants": quadrants},
        "parking_lot": [
            {"text": p.text, "status": p.status.value, "raised_by": p.raised_by}
            for p in record.parking_lot
        ],
        "reviews": [
            {"action": a.text, "owner": a.owner, "due": _iso(a.due), "outcome": r.outcome.value,
             "reviewed_at": _iso(r.reviewed_at)}
            for r, a in record.reviews
        ],
        "votes": [vote_to_json(v) for v in record.votes],
    }
