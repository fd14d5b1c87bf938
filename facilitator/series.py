"""Meeting series: the next meeting copies the agenda and reviews the open actions carried over."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from facilitator.domain import ActionStatus, ItemKind, MeetingStatus, ReviewOutcome
from facilitator.errors import ValidationError
from facilitator.models import (
    ActionItem,
    ActionReview,
    AgendaItem,
    Meeting,
    Series,
    utcnow,
)
from facilitator.services.common import date_field, enum_field, get, text_field
from facilitator.services.meetings import _series_id, copy_meeting_rows
from facilitator.workspace import Workspace

REVIEW_TITLE = "Review open actions"
_REVIEW_TITLE = re.compile(r"^review\s+(?:of\s+)?(?:the\s+)?(?:open\s+)?actions?\b", re.IGNORECASE)
# What each outcome leaves the original action as.
_ACTION_STATUS = {
    ReviewOutcome.PENDING: ActionStatus.OPEN,
    ReviewOutcome.CARRIED: ActionStatus.OPEN,
    ReviewOutcome.DONE: ActionStatus.DONE,
    ReviewOutcome.DROPPED: ActionStatus.DROPPED,
}


@dataclass(frozen=True)
class ReviewEntry:
    """One carried-over action as the review step shows it."""

    review_id: int
    action_id: int
    text: str
    owner: str
    due: dt.date | None
    from_meeting: str
    from_date: dt.date | None
    outcome: ReviewOutcome
    action_status: ActionStatus


@dataclass(frozen=True)
class ReviewState:
    """What review_action changed, so that undo can put it back."""

    outcome: ReviewOutcome
    reviewed_at: dt.datetime | None
    action_status: ActionStatus


def _review_minutes(count: int) -> int:
    return max(5, min(30, 2 * count))


def _bring_open_actions(s: Session, meeting: Meeting) -> int:
    """Adds a pending review row for every open action of the series' other meetings that
    this meeting does not review yet; ensures the review step exists. Returns rows added."""
    if meeting.series_id is None:
        return 0
    already = select(ActionReview.action_id).where(ActionReview.meeting_id == meeting.id)
    actions = list(s.scalars(
        select(ActionItem).join(Meeting, ActionItem.meeting_id == Meeting.id)
        .where(Meeting.series_id == meeting.series_id, Meeting.id != meeting.id,
               ActionItem.status == ActionStatus.OPEN, ActionItem.id.not_in(already))
        .order_by(Meeting.date.asc().nulls_first(), Meeting.id, ActionItem.created_at,
                  ActionItem.id)
    ))
    for action in actions:
        s.add(ActionReview(meeting_id=meeting.id, action_id=action.id))
    if actions:
        _ensure_review_step(s, meeting.id, len(actions))
    s.flush()
    return len(actions)


def _ensure_review_step(s: Session, meeting_id: int, count: int) -> None:
    items = list(s.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)))
    if any(_REVIEW_TITLE.match(item.title) for item in items):
        return
    # First on the agenda: park the others one place down (positions are unique).
    s.execute(update(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
              .values(position=AgendaItem.position + 1_000_001))
    s.execute(update(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
              .values(position=AgendaItem.position - 1_000_000))
    s.add(AgendaItem(meeting_id=meeting_id, position=0, title=REVIEW_TITLE,
                     kind=ItemKind.DISCUSSION_DECISION, presenter="Facilitator",
                     planned_minutes=_review_minutes(count),
                     goal="Each open action from earlier meetings: done, carried on, or dropped."))


def next_meeting(
    ws: Workspace, *, meeting_id: int, title: str | None = None, date: Any = None,
    series: str | None = None,
) -> Meeting:
    """The next meeting of the series: same details, participants and agenda, and a
    "Review open actions" step listing every open action of the series' earlier meetings.

    A meeting outside any series needs `series` (a name; it joins that series first)."""
    with ws.session() as s:
        src = get(s, Meeting, meeting_id)
        if series is not None and text_field(series, "series").strip():
            src.series_id = _series_id(s, series)
            s.flush()
        if src.series_id is None:
            raise ValidationError(f"meeting {src.title!r} is not part of a series; "
                                  "give the series a name first")
        new_title = text_field(title, "title", required=True).strip() if title else src.title
        copy = copy_meeting_rows(s, src, new_title)
        copy.date = date_field(date)
        s.flush()
        _bring_open_actions(s, copy)
        return copy


def planned_twin(
    ws: Workspace, *, meeting_id: int, title: str | None = None, date: Any = None,
    series: str | None = None,
) -> Meeting | None:
    """The planned meeting of the series that next_meeting with these arguments would copy
    exactly (same title, same date or both undated), if there is one."""
    with ws.session() as s:
        src = get(s, Meeting, meeting_id)
        series_id = src.series_id
        if series is not None and text_field(series, "series").strip():
            series_id = s.scalar(select(Series.id).where(Series.name == series.strip()))
        if series_id is None:
            return None
        new_title = text_field(title, "title", required=True).strip() if title else src.title
        day = date_field(date)
        return s.scalars(
            select(Meeting).where(
                Meeting.series_id == series_id, Meeting.title == new_title,
                Meeting.status == MeetingStatus.PLANNED,
                Meeting.date.is_(None) if day is None else Meeting.date == day)
            .order_by(Meeting.id).limit(1)).first()


def bring_open_actions(ws: Workspace, *, meeting_id: int) -> int:
    """For a meeting already in a series: adds the open actions it does not review yet."""
    with ws.session() as s:
        return _bring_open_actions(s, get(s, Meeting, meeting_id))


def list_reviews(ws: Workspace, *, meeting_id: int) -> list[ReviewEntry]:
    with ws.session() as s:
        rows = s.execute(
            select(ActionReview, ActionItem, Meeting.title, Meeting.date)
            .join(ActionItem, ActionReview.action_id == ActionItem.id)
            .join(Meeting, ActionItem.meeting_id == Meeting.id)
            .where(ActionReview.meeting_id == meeting_id).order_by(ActionReview.id)
        ).all()
        return [
            ReviewEntry(review_id=r.id, action_id=a.id, text=a.text, owner=a.owner, due=a.due,
                        from_meeting=title, from_date=date, outcome=r.outcome,
                        action_status=a.status)
            for r, a, title, date in rows
        ]


def review_action(
    ws: Workspace, *, review_id: int, outcome: ReviewOutcome | str,
    now: dt.datetime | None = None,
) -> ReviewState:
    """Records the review's outcome and sets the action's status to match (done and dropped
    close it; carried keeps it open for the next meeting). Returns the previous state."""
    outcome = enum_field(ReviewOutcome, outcome, "review outcome")
    with ws.session() as s:
        review = get(s, ActionReview, review_id)
        action = get(s, ActionItem, review.action_id)
        previous = ReviewState(review.outcome, review.reviewed_at, action.status)
        review.outcome = outcome
        review.reviewed_at = None if outcome is ReviewOutcome.PENDING else (now or utcnow())
        action.status = _ACTION_STATUS[outcome]
        return previous


def restore_review(ws: Workspace, *, review_id: int, state: ReviewState) -> None:
    """Puts a review and its action back as review_action found them (for undo)."""
    with ws.session() as s:
        review = get(s, ActionReview, review_id)
        action = get(s, ActionItem, review.action_id)
        review.outcome, review.reviewed_at = state.outcome, state.reviewed_at
        action.status = state.action_status


def series_meetings(ws: Workspace, *, meeting_id: int) -> list[Meeting]:
    """The meetings of this meeting's series, oldest first (just this one if none)."""
    with ws.session() as s:
        meeting = get(s, Meeting, meeting_id)
        if meeting.series_id is None:
            return [meeting]
        return list(s.scalars(
            select(Meeting).where(Meeting.series_id == meeting.series_id)
            .order_by(Meeting.date.asc().nulls_last(), Meeting.id)
        ))


def open_review_count(ws: Workspace, *, meeting_id: int) -> int:
    with ws.session() as s:
        return s.scalar(select(func.count(ActionReview.id)).where(
            ActionReview.meeting_id == meeting_id,
            ActionReview.outcome == ReviewOutcome.PENDING)) or 0
