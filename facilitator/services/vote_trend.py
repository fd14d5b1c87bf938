"""The feedback trend of a series: the ROTI and fist-of-five averages of its earlier meetings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.domain import ScaleKind, VoteKind
from facilitator.models import Meeting
from facilitator.services.vote_views import VoteView, load_votes

# The earlier meetings shown beside this one: enough for a trend, short enough for a page.
TREND_MEETINGS = 8


@dataclass(frozen=True)
class ScalePoint:
    """One meeting's averages (None: no such round counted there)."""

    meeting_id: int
    title: str
    date: dt.date | None
    roti: float | None
    fist_of_five: float | None


def scale_averages(votes: list[VoteView], meeting_id: int) -> dict[ScaleKind, float]:
    """A meeting's average per scale; several rounds of one scale are averaged together."""
    found: dict[ScaleKind, list[float]] = {}
    for v in votes:
        if v.meeting_id == meeting_id and v.kind is VoteKind.SCALE and v.scale is not None \
                and v.result.average is not None:
            found.setdefault(v.scale, []).append(v.result.average)
    return {scale: round(sum(xs) / len(xs), 2) for scale, xs in found.items()}


def earlier_in_series(session: Session, meeting: Meeting) -> list[ScalePoint]:
    """Inside a transaction: the meetings of meeting's series before it (by date, then as
    created; undated ones first), the last TREND_MEETINGS of them with a ROTI or a fist of
    five counted, oldest first."""
    if meeting.series_id is None:
        return []
    others = list(session.execute(
        select(Meeting.id, Meeting.title, Meeting.date).where(
            Meeting.series_id == meeting.series_id, Meeting.id != meeting.id)))

    def key(date: dt.date | None, meeting_id: int) -> tuple[dt.date, int]:
        return date or dt.date.min, meeting_id

    before = [row for row in others if key(row.date, row.id) < key(meeting.date, meeting.id)]
    votes = load_votes(session, [row.id for row in before])
    points = []
    for row in sorted(before, key=lambda r: key(r.date, r.id)):
        averages = scale_averages(votes, row.id)
        if averages:
            points.append(ScalePoint(row.id, row.title, row.date, averages.get(ScaleKind.ROTI),
                                     averages.get(ScaleKind.FIST_OF_FIVE)))
    return points[-TREND_MEETINGS:]
