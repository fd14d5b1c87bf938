"""A meeting's votes copied into another (duplicate, next of the series): the questions, not
the answers — the new meeting votes afresh."""

from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from facilitator.models import Vote, VoteOption


def copy_votes(session: Session, *, src_id: int, dst_id: int,
               items: Mapping[int, int]) -> None:
    """Inside a transaction: src's votes into dst with their question, kind, scale, rule,
    options and agenda item (mapped by `items`, old id → new); no counts, named answers,
    comments, follow-ups, base, reveal, times or raise-by-one note."""
    votes = session.scalars(select(Vote).where(Vote.meeting_id == src_id)
                            .options(selectinload(Vote.options))
                            .order_by(Vote.position, Vote.id))
    for vote in votes:
        copy = Vote(
            meeting_id=dst_id, position=vote.position, question=vote.question, kind=vote.kind,
            scale=vote.scale, rule=vote.rule, multiple=vote.multiple, list_names=vote.list_names,
            agenda_item_id=items.get(vote.agenda_item_id) if vote.agenda_item_id else None,
        )
        copy.options = [VoteOption(position=o.position, text=o.text) for o in vote.options]
        session.add(copy)
    session.flush()
