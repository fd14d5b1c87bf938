"""Dot voting on the board: the room's budget of dots, and + / − on a card within it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from facilitator.errors import ValidationError
from facilitator.models import BoardCard, Meeting, Participant
from facilitator.services.common import get
from facilitator.textclean import short
from facilitator.workspace import Workspace


@dataclass(frozen=True)
class VoteBudget:
    """The dots of a meeting: the limits the facilitator set, and how many are on cards.

    `limit` is the smaller of the total cap (vote_limit) and votes_per_participant × the
    participants present; None when neither is set (voting is then unlimited).
    """

    used: int
    vote_limit: int | None
    votes_per_participant: int | None
    present: int

    @property
    def limit(self) -> int | None:
        limits = [x for x in (self.vote_limit, self.per_participant_total) if x is not None]
        return min(limits) if limits else None

    @property
    def per_participant_total(self) -> int | None:
        if self.votes_per_participant is None:
            return None
        return self.votes_per_participant * self.present

    @property
    def remaining(self) -> int | None:
        return None if self.limit is None else max(0, self.limit - self.used)

    def describe_limit(self) -> str:
        """Where the limit comes from, in the facilitator's words."""
        parts = []
        if self.per_participant_total is not None:
            people = "participant" if self.present == 1 else "participants"
            parts.append(f"{self.votes_per_participant} per participant × {self.present} "
                         f"{people} present")
        if self.vote_limit is not None:
            parts.append(f"total cap {self.vote_limit}")
        return "; ".join(parts) if parts else "no limit"

    def summary(self) -> str:
        if self.limit is None:
            return f"Dots: {self.used} used (no limit)"
        over = self.used - self.limit
        tail = f"{over} over the limit" if over > 0 else f"{self.remaining} left"
        return f"Dots: {self.used} of {self.limit} used · {tail}"


def vote_budget(ws: Workspace, *, meeting_id: int) -> VoteBudget:
    with ws.session() as s:
        meeting = get(s, Meeting, meeting_id)
        return _budget(s, meeting)


def _budget(session: Session, meeting: Meeting) -> VoteBudget:
    used = session.scalar(select(func.coalesce(func.sum(BoardCard.votes), 0))
                          .where(BoardCard.meeting_id == meeting.id))
    present = session.scalar(select(func.count(Participant.id)).where(
        Participant.meeting_id == meeting.id, Participant.present.is_(True)))
    return VoteBudget(used=int(used or 0), vote_limit=meeting.vote_limit,
                      votes_per_participant=meeting.votes_per_participant,
                      present=int(present or 0))


def cast_vote(ws: Workspace, *, card_id: int, delta: int = 1) -> int:
    """Adds (delta > 0) or takes back (delta < 0) dots on a card; returns its previous votes.

    A dot beyond the meeting's limit is refused with a ValidationError that says why; so is
    taking back a dot the card does not have. Undo: board.update_card(votes=previous).
    """
    if isinstance(delta, bool) or not isinstance(delta, int) or delta == 0:
        raise ValidationError("a vote changes a card by a whole number of dots")
    with ws.session() as s:
        card = get(s, BoardCard, card_id)
        previous = card.votes
        if previous + delta < 0:
            raise ValidationError(f"“{short(card.text)}” has no dot to take back")
        if delta > 0:
            budget = _budget(s, get(s, Meeting, card.meeting_id))
            if budget.limit is not None and budget.used + delta > budget.limit:
                raise ValidationError(
                    f"No dots left: all {budget.limit} are used ({budget.describe_limit()}). "
                    "Take a dot back from another card first, or raise the limit.")
        card.votes = previous + delta
        return previous


def clear_votes(ws: Workspace, *, meeting_id: int) -> dict[int, int]:
    """Takes every dot off the board (a new round); returns card id → votes, for restore_votes."""
    with ws.session() as s:
        get(s, Meeting, meeting_id)
        previous = {cid: votes for cid, votes in s.execute(
            select(BoardCard.id, BoardCard.votes)
            .where(BoardCard.meeting_id == meeting_id, BoardCard.votes > 0))}
        s.execute(update(BoardCard).where(BoardCard.meeting_id == meeting_id).values(votes=0))
        return previous


def restore_votes(ws: Workspace, *, votes: dict[int, int]) -> None:
    """Puts dots back as clear_votes found them (cards deleted since are skipped)."""
    with ws.session() as s:
        for card_id, count in votes.items():
            s.execute(update(BoardCard).where(BoardCard.id == card_id).values(votes=count))
