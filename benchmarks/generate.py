"""Realistic workspaces for the benchmarks: 500 ordinary meetings and one very large meeting.

A meeting is first drawn as a plan (plain data, from a seeded random generator), then written
either through the services, call by call as the app writes it, or by a fast bulk path (the same
rows in one transaction per meeting) that sets up hundreds of meetings in seconds. A test checks
that both paths write the same meeting.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path

from facilitator.domain import ActionStatus, ItemKind, ItemStatus, MeetingStatus
from facilitator.models import (
    ActionItem,
    AgendaItem,
    BoardCard,
    Decision,
    Meeting,
    Note,
    ParkingLotItem,
    Participant,
    Series,
    TimeSlice,
)
from facilitator.services import agenda, board, capture, meetings, participants
from facilitator.workspace import Workspace, open_workspace

WORDS = (
    "pipeline", "target", "region", "campaign", "lead", "hand-off", "budget", "forecast",
    "pricing", "partner", "renewal", "churn", "onboarding", "webinar", "account", "pilot",
    "quarter", "roadmap", "launch", "margin", "support", "backlog", "hiring", "process",
    "review", "quality", "customer", "segment", "funnel", "conversion", "event", "content",
    "playbook", "CRM", "enablement", "training", "priority", "risk", "dependency", "scope",
    "milestone", "owner", "deadline", "feedback", "survey", "metric", "dashboard",
    "retention", "upsell", "territory", "quota", "contract", "legal", "compliance",
)
TEAMS = ("Marketing", "Sales", "Support", "Finance", "Product", "Operations", "HR", "Legal")
FIRST = ("Maria", "James", "Aiko", "Priya", "Tom", "Lucas", "Fatima", "Ben", "Chloé", "Daniel",
         "Sofia", "Omar", "Hannah", "Kenji", "Amara", "Noah", "Elena", "Ravi", "Zoë", "Björn")
LAST = ("Lopez", "Carter", "Tanaka", "Nair", "Becker", "Silva", "Zahra", "O'Connor", "Martin",
        "Kim", "Rossi", "Haddad", "Schmidt", "Sato", "Okafor", "Dubois", "Novak", "Iyer")
SERIES = ("Executive review", "Sales & Marketing alignment", "Product council", "Ops weekly")
KINDS = tuple(ItemKind)


@dataclass
class MeetingPlan:
    """Everything one meeting holds, as plain values (item references are agenda indexes)."""

    title: str
    objective: str
    date: dt.date
    planned_start: dt.time
    series: str | None
    finished: bool
    participants: list[tuple[str, str, str, bool]] = field(default_factory=list)
    # title, kind, presenter, planned minutes, goal, actual minutes
    agenda: list[tuple[str, ItemKind, str, int, str, int]] = field(default_factory=list)
    notes: list[tuple[int | None, str]] = field(default_factory=list)
    # item, text, rationale, owner, minutes after the start
    decisions: list[tuple[int, str, str, str, int]] = field(default_factory=list)
    actions: list[tuple[int, str, str, dt.date, ActionStatus]] = field(default_factory=list)
    cards: list[tuple[int, str, str, int]] = field(default_factory=list)
    parking: list[tuple[int, str, str]] = field(default_factory=list)

    @property
    def start(self) -> dt.datetime:
        return dt.datetime.combine(self.date, self.planned_start, tzinfo=dt.UTC)


def _words(rng: random.Random, low: int, high: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high)))


def _sentence(rng: random.Random, low: int = 4, high: int = 12) -> str:
    return _words(rng, low, high).capitalize()


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def plan_meeting(
    rng: random.Random, *, title: str, date: dt.date, finished: bool, items: int, people: int,
    notes: int, decisions: int, actions: int, cards: int, parked: int, series: str | None = None,
) -> MeetingPlan:
    """Draws one meeting of the given size; notes are spread over the items (some meeting-level)."""
    plan = MeetingPlan(title=title, objective=_sentence(rng, 8, 20), date=date,
                       planned_start=dt.time(rng.choice((8, 9, 10, 13, 14)), rng.choice((0, 30))),
                       series=series, finished=finished)
    names = list(dict.fromkeys(_person(rng) for _ in range(people * 2)))[:people]
    plan.participants = [(n, rng.choice(TEAMS), rng.choice(("", "presenter", "decision owner")),
                          rng.random() > 0.1) for n in names]
    for i in range(items):
        planned = rng.choice((5, 10, 15, 20, 30, 45))
        plan.agenda.append((f"{i + 1}. {_sentence(rng, 2, 6)}", rng.choice(KINDS),
                            rng.choice(names), planned, _sentence(rng, 0, 14),
                            max(1, planned + rng.randint(-5, 8))))
    for _ in range(notes):
        item = rng.randrange(items) if items and rng.random() > 0.05 else None
        plan.notes.append((item, "\n".join(f"- {_sentence(rng, 5, 25)}"
                                           for _ in range(rng.randint(1, 6)))))
    for d in range(decisions):
        plan.decisions.append((rng.randrange(items), f"D{d + 1}: {_sentence(rng, 6, 20)}",
                               _sentence(rng, 0, 20), rng.choice(names), rng.randint(5, 400)))
    for a in range(actions):
        plan.actions.append((rng.randrange(items), f"A{a + 1}: {_sentence(rng, 4, 14)}",
                             rng.choice(names), date + dt.timedelta(days=rng.randint(1, 60)),
                             rng.choice((ActionStatus.OPEN,) * 3 + tuple(ActionStatus))))
    for c in range(cards):
        plan.cards.append((rng.randrange(4), f"C{c + 1}: {_sentence(rng, 3, 10)}",
                           rng.choice(TEAMS), rng.choice((0, 0, 1, 2, 3, 5, 8))))
    for _ in range(parked):
        plan.parking.append((rng.randrange(items), _sentence(rng, 5, 15), rng.choice(names)))
    return plan


def plan_ordinary(rng: random.Random, index: int, day: dt.date) -> MeetingPlan:
    """A meeting of everyday size (a review, a kick-off, a half-day summit)."""
    items = rng.randint(5, 14)
    series = rng.choice(SERIES) if rng.random() < 0.6 else None
    return plan_meeting(
        rng, title=f"{series or 'Workshop'} #{index + 1}: {_sentence(rng, 2, 5)}", date=day,
        finished=day < dt.date(2026, 11, 24), items=items, people=rng.randint(4, 16),
        notes=items + rng.randint(0, 4), decisions=rng.randint(1, 6), actions=rng.randint(2, 10),
        cards=rng.choice((0, 0, 0, 8, 12, 24)), parked=rng.randint(0, 4), series=series,
    )


def plan_large(rng: random.Random, scale: int = 1) -> MeetingPlan:
    """The issue's large meeting: 60 items, 2,000 notes, 300 decisions, 300 actions, 400 cards."""
    return plan_meeting(
        rng, title=f"Large strategy summit ×{scale}", date=dt.date(2026, 11, 24), finished=True,
        items=60 * scale, people=40, notes=2000 * scale, decisions=300 * scale,
        actions=300 * scale, cards=400 * scale, parked=30 * scale, series=None,
    )


def _slices(plan: MeetingPlan, item_ids: list[int]) -> list[TimeSlice]:
    at, out = plan.start, []
    for item_id, (*_, actual) in zip(item_ids, plan.agenda, strict=True):
        end = at + dt.timedelta(minutes=actual)
        out.append(TimeSlice(agenda_item_id=item_id, started_at=at, ended_at=end))
        at = end
    return out


def _finish(ws: Workspace, plan: MeetingPlan, meeting_id: int, item_ids: list[int]) -> None:
    """Records the clock of a finished meeting (slices as the clock writes them)."""
    with ws.session() as s:
        slices = _slices(plan, item_ids)
        s.add_all(slices)
        for item_id, sl in zip(item_ids, slices, strict=True):
            item = s.get(AgendaItem, item_id)
            assert item is not None
            item.status, item.actual_start, item.actual_end = ItemStatus.DONE, sl.started_at, \
                sl.ended_at
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None
        meeting.status = MeetingStatus.FINISHED
        meeting.actual_start = plan.start
        meeting.actual_end = slices[-1].ended_at if slices else plan.start


def write_with_services(ws: Workspace, plan: MeetingPlan) -> int:
    """Writes a planned meeting call by call, exactly as the window's edits would."""
    mid = meetings.create_meeting(ws, title=plan.title, objective=plan.objective, date=plan.date,
                                  planned_start=plan.planned_start, series=plan.series).id
    for name, team, role, present in plan.participants:
        participants.add_participant(ws, meeting_id=mid, name=name, team=team, role=role,
                                     present=present)
    ids = [agenda.add_item(ws, meeting_id=mid, title=t, kind=k, presenter=p, planned_minutes=m,
                           goal=g).id for t, k, p, m, g, _ in plan.agenda]
    for item, text in plan.notes:
        capture.add_note(ws, meeting_id=mid, item_id=None if item is None else ids[item],
                         text=text)
    for item, text, rationale, owner, at in plan.decisions:
        capture.record_decision(ws, meeting_id=mid, item_id=ids[item], text=text,
                                rationale=rationale, owner=owner,
                                decided_at=plan.start + dt.timedelta(minutes=at))
    for item, text, owner, due, status in plan.actions:
        capture.add_action(ws, meeting_id=mid, item_id=ids[item], text=text, owner=owner,
                           due=due, status=status)
    for quadrant, text, team, votes in plan.cards:
        board.add_card(ws, meeting_id=mid, quadrant=quadrant, text=text, team=team, votes=votes)
    for item, text, raised_by in plan.parking:
        capture.park(ws, meeting_id=mid, item_id=ids[item], text=text, raised_by=raised_by)
    if plan.finished:
        _finish(ws, plan, mid, ids)
    return mid


def write_bulk(ws: Workspace, plan: MeetingPlan) -> int:
    """Writes the same rows as write_with_services, in one transaction (fast set-up only)."""
    with ws.session() as s:
        series_id = None
        if plan.series:
            series = s.query(Series).filter_by(name=plan.series).one_or_none()
            if series is None:
                series = Series(name=plan.series)
                s.add(series)
                s.flush()
            series_id = series.id
        meeting = Meeting(title=plan.title, objective=plan.objective, date=plan.date,
                          planned_start=plan.planned_start, series_id=series_id)
        s.add(meeting)
        s.flush()
        mid = meeting.id
        s.add_all(Participant(meeting_id=mid, position=i + 1, name=n, team=t, role=r, present=p)
                  for i, (n, t, r, p) in enumerate(plan.participants))
        items = [AgendaItem(meeting_id=mid, position=i, title=t, kind=k, presenter=p,
                            planned_minutes=m, goal=g)
                 for i, (t, k, p, m, g, _) in enumerate(plan.agenda)]
        s.add_all(items)
        s.flush()
        ids = [item.id for item in items]
        s.add_all(Note(meeting_id=mid, agenda_item_id=None if i is None else ids[i], text=text,
                       position=n + 1) for n, (i, text) in enumerate(plan.notes))
        s.add_all(Decision(meeting_id=mid, agenda_item_id=ids[i], text=t, rationale=r, owner=o,
                           decided_at=plan.start + dt.timedelta(minutes=at))
                  for i, t, r, o, at in plan.decisions)
        s.add_all(ActionItem(meeting_id=mid, agenda_item_id=ids[i], text=t, owner=o, due=due,
                             status=st) for i, t, o, due, st in plan.actions)
        next_pos = [0, 0, 0, 0]
        for quadrant, text, team, votes in plan.cards:
            s.add(BoardCard(meeting_id=mid, quadrant=quadrant, text=text, team=team, votes=votes,
                            position=next_pos[quadrant]))
            next_pos[quadrant] += 1
        s.add_all(ParkingLotItem(meeting_id=mid, agenda_item_id=ids[i], text=t, raised_by=r)
                  for i, t, r in plan.parking)
    if plan.finished:
        _finish(ws, plan, mid, ids)
    return mid


@dataclass(frozen=True)
class GeneratedWorkspace:
    path: Path
    meetings: int
    large_meeting_id: int | None


def make_workspace(path: Path, *, meetings: int = 500, large_scale: int | None = 1,
                   seed: int = 8) -> GeneratedWorkspace:
    """A workspace of `meetings` ordinary meetings (two a week, back from the large one's day)
    and, unless large_scale is None, the large meeting at that scale, added last."""
    rng = random.Random(seed)
    large_id = None
    with open_workspace(path) as ws:
        last = dt.date(2027, 1, 15)  # a few planned meetings still ahead
        for i in range(meetings):
            day = last - dt.timedelta(days=(meetings - 1 - i) * 7 // 2)
            write_bulk(ws, plan_ordinary(rng, i, day))
        if large_scale is not None:
            large_id = write_bulk(ws, plan_large(rng, large_scale))
    return GeneratedWorkspace(path, meetings + (large_scale is not None), large_id)
