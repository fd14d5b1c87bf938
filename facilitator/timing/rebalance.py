"""The rebalance suggestion: minutes to take from the items still to come to finish on time."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from facilitator.domain import ItemStatus
from facilitator.models import AgendaItem
from facilitator.services.common import get
from facilitator.timing.state import ItemTiming
from facilitator.workspace import Workspace

# No suggested cut takes an item below this many minutes (an item already shorter is left alone).
DEFAULT_FLOOR_MINUTES = 5


@dataclass(frozen=True)
class Cut:
    item_id: int
    title: str
    planned_minutes: int
    new_minutes: int

    @property
    def minutes(self) -> int:
        return self.planned_minutes - self.new_minutes


@dataclass(frozen=True)
class Rebalance:
    """How to absorb late_minutes; shortfall_minutes is what even the full cuts cannot recover."""

    late_minutes: int
    cuts: tuple[Cut, ...]
    shortfall_minutes: int

    @property
    def minutes(self) -> int:
        return sum(c.minutes for c in self.cuts)

    def describe(self) -> str:
        parts = ", ".join(f"{c.title} {c.planned_minutes}→{c.new_minutes}" for c in self.cuts)
        text = f"Take {self.minutes} min: {parts}" if self.cuts else "Nothing left to shorten"
        if self.shortfall_minutes:
            text += f" (still {self.shortfall_minutes} min late)"
        return text


def suggest_rebalance(
    items: Sequence[ItemTiming], late_seconds: float | None,
    floor_minutes: int = DEFAULT_FLOOR_MINUTES,
) -> Rebalance | None:
    """Shares the lateness among the pending items in proportion to their planned minutes,
    never below the floor; breaks are protected. None when not late by a minute or more."""
    if late_seconds is None or late_seconds < 60:
        return None
    need = math.ceil(late_seconds / 60 - 1e-9)
    room = {
        i.id: i.planned_minutes - floor_minutes
        for i in items
        if i.status is ItemStatus.PENDING and not i.is_break and i.planned_minutes > floor_minutes
    }
    planned = {i.id: i.planned_minutes for i in items if i.id in room}
    share: dict[int, float] = {}
    open_ids = set(room)
    left = float(min(need, sum(room.values())))
    # Proportional shares; an item that hits its floor is capped and the rest shared again.
    while open_ids and left > 1e-9:
        total = sum(planned[i] for i in open_ids)
        capped = {i for i in open_ids if left * planned[i] / total >= room[i] - share.get(i, 0)}
        if not capped:
            for i in open_ids:
                share[i] = share.get(i, 0) + left * planned[i] / total
            left = 0.0
            break
        for i in capped:
            left -= room[i] - share.get(i, 0)
            share[i] = float(room[i])
        open_ids -= capped
    # Whole minutes: round down, then hand out what is missing by largest remainder.
    whole = {i: math.floor(s + 1e-9) for i, s in share.items()}
    missing = min(need, sum(room.values())) - sum(whole.values())
    for i in sorted(share, key=lambda i: (whole[i] - share[i], -planned[i])):
        if missing <= 0:
            break
        if whole[i] < room[i]:
            whole[i] += 1
            missing -= 1
    cuts = tuple(
        Cut(i.id, i.title, i.planned_minutes, i.planned_minutes - whole[i.id])
        for i in items if whole.get(i.id, 0) > 0
    )
    taken = sum(c.minutes for c in cuts)
    return Rebalance(late_minutes=need, cuts=cuts, shortfall_minutes=max(0, need - taken))


def apply_rebalance(ws: Workspace, *, rebalance: Rebalance) -> dict[int, int]:
    """Sets the suggested minutes in one transaction; returns the previous minutes by item id."""
    previous: dict[int, int] = {}
    with ws.session() as s:
        for cut in rebalance.cuts:
            item = get(s, AgendaItem, cut.item_id)
            previous[item.id] = item.planned_minutes
            item.planned_minutes = cut.new_minutes
    return previous
