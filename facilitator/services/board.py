"""The four-quadrant board: cards with text, team and dot votes."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, update

from facilitator.errors import ValidationError
from facilitator.models import BoardCard, Meeting
from facilitator.services.common import count_field, delete_row, get, text_field, update_fields
from facilitator.services.rows import DeletedRows
from facilitator.workspace import Workspace


def _quadrant(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 3:
        raise ValidationError(f"quadrant must be 0, 1, 2 or 3 (got {value!r})")
    return value


def add_card(
    ws: Workspace, *, meeting_id: int, quadrant: int, text: str, team: str = "", votes: int = 0
) -> BoardCard:
    """Adds a card at the end of a quadrant."""
    quadrant = _quadrant(quadrant)
    text = text_field(text, "card text", required=True).strip()
    votes = count_field(votes, "votes")
    with ws.session() as s:
        get(s, Meeting, meeting_id)
        last = s.scalar(select(func.max(BoardCard.position)).where(
            BoardCard.meeting_id == meeting_id, BoardCard.quadrant == quadrant))
        card = BoardCard(meeting_id=meeting_id, quadrant=quadrant, text=text,
                         team=text_field(team, "team").strip(), votes=votes,
                         position=0 if last is None else last + 1)
        s.add(card)
        s.flush()
        return card


def update_card(ws: Workspace, *, card_id: int, **changes: Any) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "text":
            values[key] = text_field(value, "card text", required=True).strip()
        elif key == "team":
            values[key] = text_field(value, "team").strip()
        elif key == "votes":
            values[key] = count_field(value, "votes")
        else:
            raise ValidationError(f"a card has no field {key!r}")
    return update_fields(ws, BoardCard, card_id, values)


def move_card(ws: Workspace, *, card_id: int, quadrant: int, position: int | None = None
              ) -> tuple[int, int]:
    """Moves a card to a quadrant at a position (default: last); returns the old (quadrant, pos)."""
    quadrant = _quadrant(quadrant)
    with ws.session() as s:
        card = get(s, BoardCard, card_id)
        old = (card.quadrant, card.position)
        rows = s.execute(
            select(BoardCard.id, BoardCard.position).where(
                BoardCard.meeting_id == card.meeting_id, BoardCard.quadrant == quadrant,
                BoardCard.id != card_id)
            .order_by(BoardCard.position, BoardCard.id)
        ).all()
        pos = len(rows) if position is None else max(0, min(position, len(rows)))
        rows.insert(pos, (card_id, -1))
        # Renumber only the target quadrant, and in it only the cards whose place changes, in
        # one executemany: a move on a 400-card board stays a few milliseconds.
        changed = [{"id": cid, "position": index, "quadrant": quadrant}
                   for index, (cid, was) in enumerate(rows) if was != index or cid == card_id]
        s.execute(update(BoardCard), changed)
        s.expire_all()
        return old


def delete_card(ws: Workspace, *, card_id: int) -> DeletedRows:
    return delete_row(ws, BoardCard, card_id)


def list_cards(ws: Workspace, *, meeting_id: int) -> list[BoardCard]:
    with ws.session() as s:
        return list(s.scalars(
            select(BoardCard).where(BoardCard.meeting_id == meeting_id)
            .order_by(BoardCard.quadrant, BoardCard.position, BoardCard.id)
        ))
