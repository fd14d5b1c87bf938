"""The four-quadrant board: cards with text, team and dot votes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, func, or_, select, update

from facilitator.domain import ItemStatus
from facilitator.errors import ValidationError
from facilitator.models import ActionItem, AgendaItem, BoardCard, Meeting, Participant, table_of
from facilitator.services import capture
from facilitator.services.common import (
    Fields,
    count_field,
    delete_row,
    get,
    text,
    text_field,
    update_fields,
)
from facilitator.services.rows import DeletedRows, delete_with_dependents, restore_rows
from facilitator.teams import distinct_teams
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


_CARD = Fields("a card", {
    "text": text("card text", required=True),
    "team": text("team"),
    "votes": lambda value: count_field(value, "votes"),
})


def update_card(ws: Workspace, *, card_id: int, **changes: Any) -> dict[str, Any]:
    return update_fields(ws, BoardCard, card_id, _CARD.clean(changes))


def move_card(ws: Workspace, *, card_id: int, quadrant: int, position: int | None = None
              ) -> tuple[int, int]:
    """Moves a card to a quadrant at a position (default: last); returns the old (quadrant, pos)."""
    quadrant = _quadrant(quadrant)
    with ws.session() as s:
        card = get(s, BoardCard, card_id)
        old = (card.quadrant, card.position)
        rows: list[tuple[int, int]] = [tuple(r) for r in s.execute(  # type: ignore[misc]
            select(BoardCard.id, BoardCard.position).where(
                BoardCard.meeting_id == card.meeting_id, BoardCard.quadrant == quadrant,
                BoardCard.id != card_id)
            .order_by(BoardCard.position, BoardCard.id)
        ).all()]
        pos = len(rows) if position is None else max(0, min(position, len(rows)))
        rows.insert(pos, (card_id, -1))
        # Renumber only the target quadrant, and in it only the cards whose place changes, in
        # one executemany: a move on a 400-card board stays a few milliseconds.
        changed = [{"id": cid, "position": index, "quadrant": quadrant}
                   for index, (cid, was) in enumerate(rows) if was != index or cid == card_id]
        s.execute(update(BoardCard), changed)
        s.expire_all()
        return old


def update_cards(ws: Workspace, *, card_ids: Sequence[int], **changes: Any
                 ) -> dict[int, dict[str, Any]]:
    """The same change on several cards in one transaction; returns each card's previous
    values (set_card_values puts them back)."""
    with ws.session():
        return {cid: update_card(ws, card_id=cid, **changes) for cid in card_ids}


def set_card_values(ws: Workspace, *, values: dict[int, dict[str, Any]]) -> None:
    """Per card, its own fields (the undo of update_cards), in one transaction."""
    with ws.session():
        for cid, fields in values.items():
            update_card(ws, card_id=cid, **fields)


def delete_card(ws: Workspace, *, card_id: int) -> DeletedRows:
    return delete_row(ws, BoardCard, card_id)


def delete_cards(ws: Workspace, *, card_ids: Sequence[int]) -> DeletedRows:
    """Deletes several cards in one transaction; common.restore(deleted) brings them all back."""
    out = DeletedRows()
    with ws.session():
        for cid in card_ids:
            deleted = delete_card(ws, card_id=cid)
            out.rows.extend(deleted.rows)
            out.nulled.extend(deleted.nulled)
    return out


def list_cards(ws: Workspace, *, meeting_id: int, team: str | None = None) -> list[BoardCard]:
    """The board's cards in quadrant and position order; only one team's when `team` is given."""
    query = (select(BoardCard).where(BoardCard.meeting_id == meeting_id)
             .order_by(BoardCard.quadrant, BoardCard.position, BoardCard.id))
    if team is not None:
        query = query.where(_team_matches(team))
    with ws.session() as s:
        return list(s.scalars(query))


# --- layout: where every card sits (moves, sorting and their undo) ----------------------------

Layout = dict[int, tuple[int, int]]
"""card id → (quadrant, position): what a move or a sort changes, and what undo puts back."""


def board_layout(ws: Workspace, *, meeting_id: int) -> Layout:
    with ws.session() as s:
        rows = s.execute(select(BoardCard.id, BoardCard.quadrant, BoardCard.position)
                         .where(BoardCard.meeting_id == meeting_id))
        return {cid: (q, pos) for cid, q, pos in rows}


def set_layout(ws: Workspace, *, layout: Layout) -> None:
    """Puts cards back where a layout says (undo of a move or a sort); unknown ids are skipped."""
    with ws.session() as s:
        current = {cid: (q, pos) for cid, q, pos in s.execute(
            select(BoardCard.id, BoardCard.quadrant, BoardCard.position)
            .where(BoardCard.id.in_(list(layout))))}
        changed = [{"cid": cid, "q": q, "p": p} for cid, (q, p) in layout.items()
                   if cid in current and current[cid] != (q, p)]
        if changed:
            s.connection().execute(
                update(table_of(BoardCard)).where(table_of(BoardCard).c.id == bindparam("cid"))
                .values(quadrant=bindparam("q"), position=bindparam("p")), changed)
        s.expire_all()


def _meeting_of(session: Any, card_ids: Sequence[int]) -> int:
    meetings = set()
    for cid in card_ids:
        meetings.add(get(session, BoardCard, cid).meeting_id)
    if len(meetings) != 1:
        raise ValidationError("cards from different meetings cannot be moved together")
    return meetings.pop()


def move_cards(ws: Workspace, *, card_ids: Sequence[int], quadrant: int,
               position: int | None = None) -> Layout:
    """Moves cards (in the given order) into a quadrant before `position` (default: at the end).

    `position` counts the cards of the target quadrant that are not being moved. Returns the
    layout before the move, for undo (set_layout).
    """
    quadrant = _quadrant(quadrant)
    card_ids = list(dict.fromkeys(card_ids))
    if not card_ids:
        raise ValidationError("no card to move")
    with ws.session() as s:
        meeting_id = _meeting_of(s, card_ids)
        before = {cid: (q, pos) for cid, q, pos in s.execute(
            select(BoardCard.id, BoardCard.quadrant, BoardCard.position)
            .where(BoardCard.meeting_id == meeting_id))}
        staying = [cid for cid, _ in sorted(
            ((cid, pos) for cid, (q, pos) in before.items()
             if q == quadrant and cid not in card_ids), key=lambda item: (item[1], item[0]))]
        at = len(staying) if position is None else max(0, min(position, len(staying)))
        order = staying[:at] + card_ids + staying[at:]
        _write_order(s, quadrant, order)
        return before


def _write_order(session: Any, quadrant: int, order: list[int]) -> None:
    if order:
        session.connection().execute(
            update(table_of(BoardCard)).where(table_of(BoardCard).c.id == bindparam("cid"))
            .values(quadrant=quadrant, position=bindparam("p")),
            [{"cid": cid, "p": index} for index, cid in enumerate(order)])
    session.expire_all()


def sort_by_votes(ws: Workspace, *, meeting_id: int, quadrant: int | None = None) -> Layout:
    """Orders one quadrant (or all four) by votes, most first; ties keep their order.

    The new positions are stored. Returns the layout before, for undo (set_layout).
    """
    quadrants = range(4) if quadrant is None else [_quadrant(quadrant)]
    with ws.session() as s:
        get(s, Meeting, meeting_id)
        rows = list(s.execute(select(BoardCard.id, BoardCard.quadrant, BoardCard.position,
                                     BoardCard.votes).where(BoardCard.meeting_id == meeting_id)))
        before = {cid: (q, pos) for cid, q, pos, _ in rows}
        for q in quadrants:
            cards = sorted((r for r in rows if r[1] == q), key=lambda r: (-r[3], r[2], r[0]))
            _write_order(s, q, [r[0] for r in cards])
        return before


# --- merging similar cards ---------------------------------------------------------------------

@dataclass(frozen=True)
class CardMerge:
    """What merge_cards changed: the kept card's previous fields and the absorbed card's rows."""

    card_id: int
    previous: dict[str, Any]
    absorbed: DeletedRows


def _joined_team(first: str, second: str) -> str:
    return " + ".join(dict.fromkeys(card_teams(first) + card_teams(second)))


def merge_cards(ws: Workspace, *, card_id: int, other_id: int, separator: str = " / "
                ) -> CardMerge:
    """Merges `other_id` into `card_id`: texts joined, votes summed, teams combined.

    The other card is deleted; unmerge_cards(merge) puts everything back (same ids).
    """
    if card_id == other_id:
        raise ValidationError("choose two different cards to merge")
    with ws.session() as s:
        card, other = get(s, BoardCard, card_id), get(s, BoardCard, other_id)
        if card.meeting_id != other.meeting_id:
            raise ValidationError("cards from different meetings cannot be merged")
        previous = {"text": card.text, "votes": card.votes, "team": card.team}
        text = card.text if other.text.casefold() == card.text.casefold() else (
            f"{card.text}{separator}{other.text}")
        card.text = text_field(text, "card text", required=True)
        card.votes = card.votes + other.votes
        card.team = _joined_team(card.team, other.team)
        s.flush()
        absorbed = delete_with_dependents(s, table_of(BoardCard), other_id)
        return CardMerge(card_id=card_id, previous=previous, absorbed=absorbed)


def merge_many(ws: Workspace, *, card_id: int, other_ids: Sequence[int]) -> list[CardMerge]:
    """Merges each of `other_ids` into `card_id`, in order, in one transaction."""
    if not other_ids:
        raise ValidationError("select two or more cards to merge (Ctrl+click)")
    with ws.session():
        return [merge_cards(ws, card_id=card_id, other_id=o) for o in other_ids]


def unmerge_many(ws: Workspace, *, merges: Sequence[CardMerge]) -> None:
    """Undoes merge_many (the last merge first), in one transaction."""
    with ws.session():
        for merge in reversed(merges):
            unmerge_cards(ws, merge=merge)


def unmerge_cards(ws: Workspace, *, merge: CardMerge) -> None:
    """Undoes merge_cards: the kept card gets its fields back, the absorbed card returns."""
    with ws.session() as s:
        card = get(s, BoardCard, merge.card_id)
        for key, value in merge.previous.items():
            setattr(card, key, value)
        s.flush()
        restore_rows(s, merge.absorbed)


# --- card → action item; counts and teams ------------------------------------------------------

def card_to_action(ws: Workspace, *, card_id: int, owner: str = "",
                   due: dt.date | str | None = None) -> ActionItem:
    """Makes an action item from a card (its text), raised in the running agenda item if any.

    The card stays on the board. Undo: capture.delete_action(action_id=...).
    """
    with ws.session() as s:
        card = get(s, BoardCard, card_id)
        meeting_id, text = card.meeting_id, card.text
        running = s.scalar(select(AgendaItem.id).where(
            AgendaItem.meeting_id == meeting_id, AgendaItem.status == ItemStatus.ACTIVE).limit(1))
        return capture.add_action(ws, meeting_id=meeting_id, text=text, owner=owner, due=due,
                                  item_id=running)


def quadrant_counts(ws: Workspace, *, meeting_id: int, team: str | None = None) -> list[int]:
    """How many cards each quadrant holds (of one team, when given)."""
    query = select(BoardCard.quadrant, func.count(BoardCard.id)).where(
        BoardCard.meeting_id == meeting_id).group_by(BoardCard.quadrant)
    if team is not None:
        query = query.where(_team_matches(team))
    with ws.session() as s:
        counts = {q: n for q, n in s.execute(query)}
    return [counts.get(q, 0) for q in range(4)]


def _team_matches(team: str) -> Any:
    """A card matches its own team, and a merged card ("Marketing + Sales") each of its teams."""
    team = team.strip()
    if not team:
        return BoardCard.team == ""
    return or_(func.lower(BoardCard.team) == team.lower(),
               func.lower(" + " + BoardCard.team + " + ").contains(f" + {team.lower()} + ",
                                                                    autoescape=True))


def board_teams(ws: Workspace, *, meeting_id: int) -> list[str]:
    """The teams on the board and among the participants, for the filter and the card entry."""
    with ws.session() as s:
        names = list(s.scalars(select(Participant.team)
                               .where(Participant.meeting_id == meeting_id)
                               .order_by(Participant.position, Participant.id)))
        names += s.scalars(select(BoardCard.team).where(BoardCard.meeting_id == meeting_id)
                           .order_by(BoardCard.id))
    return distinct_teams(t for name in names for t in card_teams(name))


def card_teams(team: str) -> list[str]:
    """The teams behind a card's team field: a merged card may name several ("A + B")."""
    return [t.strip() for t in team.split(" + ") if t.strip()]
