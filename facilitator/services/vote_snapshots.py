"""A vote as it stands, captured whole, and put back exactly so: the undo of any vote edit whose
precise inverse is awkward (new options drop counts; a snapshot brings them back)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select

from facilitator.models import (
    ActionItem,
    AgendaItem,
    ParkingLotItem,
    Participant,
    Vote,
    VoteAnswer,
    VoteOption,
    table_of,
)
from facilitator.services.common import get
from facilitator.services.rows import DeletedRows, gather_rows, restore_rows
from facilitator.workspace import Workspace


@dataclass(frozen=True)
class VoteSnapshot:
    """A vote's rows (the vote, its options, its named answers) as they were; opaque."""

    vote_id: int
    rows: tuple[tuple[str, tuple[tuple[str, Any], ...]], ...]


def vote_snapshot(ws: Workspace, *, vote_id: int) -> VoteSnapshot:
    """Captures the vote with its options, counts, answers, comments, reveal and times."""
    with ws.session() as s:
        get(s, Vote, vote_id)
        found = gather_rows(s, table_of(Vote), vote_id)
        return VoteSnapshot(vote_id, tuple((name, tuple(values.items()))
                                           for name, values in found.rows))


def restore_snapshot(ws: Workspace, *, snapshot: VoteSnapshot) -> None:
    """Puts the vote back as captured (same ids), replacing whatever it holds now, in one
    transaction; a named answer of a participant removed since is left out."""
    with ws.session() as s:
        rows = [(name, dict(values)) for name, values in snapshot.rows]
        people = set(s.scalars(select(Participant.id).where(Participant.id.in_(
            [v["participant_id"] for name, v in rows if name == VoteAnswer.__tablename__]))))
        for name, values in rows:
            if name == Vote.__tablename__ and values["agenda_item_id"] is not None \
                    and s.get(AgendaItem, values["agenda_item_id"]) is None:
                values["agenda_item_id"] = None  # its item was deleted meanwhile
        for name, values in rows:
            if name == VoteOption.__tablename__:
                for column, model in (("action_id", ActionItem), ("parking_id", ParkingLotItem)):
                    if values[column] is not None and s.get(model, values[column]) is None:
                        values[column] = None  # that follow-up was deleted since
        rows = [(name, values) for name, values in rows
                if name != VoteAnswer.__tablename__ or values["participant_id"] in people]
        s.execute(delete(Vote).where(Vote.id == snapshot.vote_id))  # cascades to its rows
        s.expire_all()
        restore_rows(s, DeletedRows(rows=rows))
