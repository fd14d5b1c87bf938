"""Any input to the services either is stored and reads back (cleaned) or is refused with a
one-line ValidationError: arbitrary Unicode, huge text, boundary numbers, dates far away."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator.domain import ActionStatus, ItemKind
from facilitator.errors import ValidationError
from facilitator.services import agenda, board, capture, meetings, participants
from facilitator.services.common import MAX_COUNT, MAX_MINUTES, MAX_TEXT
from facilitator.textclean import clean_text
from facilitator.workspace import Workspace

T = TypeVar("T")

# Shared across examples (one workspace per test), as a long-running app's workspace is.
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])

# Text as users paste it: any code point, including controls, surrogates, emoji, RTL marks.
ANY_TEXT = st.text(st.characters(codec=None, exclude_categories=()), max_size=300)
HUGE = 10**30
NUMBERS = st.one_of(
    st.sampled_from([0, -1, 1, MAX_MINUTES, MAX_MINUTES + 1, 2**31, 2**63 - 1, 2**63, -(2**63),
                     HUGE, -HUGE]),
    st.integers(),
)
ZONES = st.sampled_from([dt.UTC, dt.timezone(dt.timedelta(hours=14)),
                         dt.timezone(dt.timedelta(hours=-12)),
                         dt.timezone(dt.timedelta(hours=5, minutes=45))])
FAR_DATES = st.one_of(st.sampled_from([dt.date.min, dt.date.max, dt.date(1970, 1, 1)]),
                      st.dates())
FAR_TIMES = st.one_of(
    st.sampled_from([dt.datetime.min, dt.datetime.max]).map(lambda d: d.replace(tzinfo=dt.UTC)),
    st.datetimes(timezones=ZONES),
    st.datetimes(),  # naive: not said to be UTC
)


def outcome(call: Callable[[], T]) -> T | None:
    """The call's result, or None when it was refused with a clear one-line message."""
    try:
        return call()
    except ValidationError as exc:
        message = str(exc)
        assert message.strip() and "\n" not in message and len(message) < 300, message
        return None


def expected_text(value: str, *, strip: bool) -> str:
    cleaned = clean_text(value)
    return cleaned.strip() if strip else cleaned


@pytest.fixture
def meeting_id(ws: Workspace) -> int:
    return meetings.create_meeting(ws, title="Bad input review").id


@SETTINGS
@given(title=ANY_TEXT, objective=ANY_TEXT, location=ANY_TEXT)
def test_meeting_text(ws: Workspace, title: str, objective: str, location: str) -> None:
    made = outcome(lambda: meetings.create_meeting(ws, title=title, objective=objective,
                                                   location=location))
    if made is None:
        assert not expected_text(title, strip=True)  # refused only because blank
        return
    back = meetings.get_meeting(ws, made.id)
    assert back.title == expected_text(title, strip=True)
    assert back.objective == expected_text(objective, strip=False)
    assert back.location == expected_text(location, strip=False)


@SETTINGS
@given(day=FAR_DATES, start=st.times(), vote_limit=NUMBERS, warn_minutes=NUMBERS,
       warn_percent=NUMBERS)
def test_meeting_numbers_and_dates(ws: Workspace, meeting_id: int, day: dt.date, start: dt.time,
                                   vote_limit: int, warn_minutes: int, warn_percent: int) -> None:
    changes = {"date": day, "planned_start": start, "vote_limit": vote_limit,
               "warn_minutes": warn_minutes, "warn_percent": warn_percent}
    if outcome(lambda: meetings.update_meeting(ws, meeting_id=meeting_id, **changes)) is None:
        assert not (0 <= vote_limit <= MAX_COUNT and 0 <= warn_minutes <= MAX_MINUTES
                    and 0 <= warn_percent <= 100)
        return
    back = meetings.get_meeting(ws, meeting_id)
    assert (back.date, back.vote_limit, back.warn_minutes, back.warn_percent) == (
        day, vote_limit, warn_minutes, warn_percent)
    assert back.planned_start == start.replace(second=0, microsecond=0)


@SETTINGS
@given(title=ANY_TEXT, minutes=st.one_of(NUMBERS, st.text(max_size=8)),
       kind=st.one_of(st.sampled_from(list(ItemKind)), st.text(max_size=12)))
def test_agenda_item(ws: Workspace, meeting_id: int, title: str, minutes: Any, kind: Any) -> None:
    item = outcome(lambda: agenda.add_item(ws, meeting_id=meeting_id, title=title,
                                           planned_minutes=minutes, kind=kind))
    if item is None:
        return
    back = next(i for i in agenda.list_items(ws, meeting_id=meeting_id) if i.id == item.id)
    assert back.title == expected_text(title, strip=True)
    assert 0 <= back.planned_minutes <= MAX_MINUTES
    assert back.planned_minutes == int(str(minutes).strip())
    assert back.kind == ItemKind(kind)


@SETTINGS
@given(text=ANY_TEXT, owner=ANY_TEXT, decided_at=FAR_TIMES)
def test_decision(ws: Workspace, meeting_id: int, text: str, owner: str,
                  decided_at: dt.datetime) -> None:
    made = outcome(lambda: capture.record_decision(ws, meeting_id=meeting_id, text=text,
                                                   owner=owner, decided_at=decided_at))
    if made is None:
        return
    back = next(d for d in capture.list_decisions(ws, meeting_id=meeting_id) if d.id == made.id)
    assert back.text == expected_text(text, strip=True)
    assert back.owner == expected_text(owner, strip=True)
    assert back.decided_at == decided_at  # aware, the same instant
    assert decided_at.tzinfo is not None  # a naive time is refused: which zone would it be?


@SETTINGS
@given(text=ANY_TEXT, due=st.one_of(FAR_DATES, st.text(max_size=12), st.none()),
       status=st.one_of(st.sampled_from(list(ActionStatus)), st.text(max_size=8)))
def test_action(ws: Workspace, meeting_id: int, text: str, due: Any, status: Any) -> None:
    made = outcome(lambda: capture.add_action(ws, meeting_id=meeting_id, text=text, due=due,
                                              status=status, owner="Tom"))
    if made is None:
        return
    back = next(a for a in capture.list_actions(ws, meeting_id=meeting_id) if a.id == made.id)
    assert back.text == expected_text(text, strip=True)
    assert back.due == made.due and back.status == ActionStatus(status)
    if isinstance(due, dt.date):
        assert back.due == due


@SETTINGS
@given(text=ANY_TEXT, team=ANY_TEXT, quadrant=NUMBERS, votes=NUMBERS)
def test_board_card(ws: Workspace, meeting_id: int, text: str, team: str, quadrant: int,
                    votes: int) -> None:
    card = outcome(lambda: board.add_card(ws, meeting_id=meeting_id, quadrant=quadrant,
                                          text=text, team=team, votes=votes))
    if card is None:
        return
    back = next(c for c in board.list_cards(ws, meeting_id=meeting_id) if c.id == card.id)
    assert (back.text, back.team) == (expected_text(text, strip=True),
                                      expected_text(team, strip=True))
    assert (back.quadrant, back.votes) == (quadrant, votes)
    moved = outcome(lambda: board.move_card(ws, card_id=card.id, quadrant=votes % 7 - 2,
                                            position=quadrant))
    assert moved is None or moved == (quadrant, back.position)
    assert outcome(lambda: board.update_card(ws, card_id=card.id, votes=-votes - 1)) is None or \
        votes < -1


@SETTINGS
@given(name=ANY_TEXT, parked=ANY_TEXT, note=ANY_TEXT)
def test_people_parking_and_notes(ws: Workspace, meeting_id: int, name: str, parked: str,
                                  note: str) -> None:
    person = outcome(lambda: participants.add_participant(ws, meeting_id=meeting_id, name=name))
    if person is not None:
        names = [p.name for p in participants.list_participants(ws, meeting_id=meeting_id)]
        assert expected_text(name, strip=True) in names
    point = outcome(lambda: capture.park(ws, meeting_id=meeting_id, text=parked))
    if point is not None:
        assert point.text == expected_text(parked, strip=True)
    capture.set_item_note(ws, meeting_id=meeting_id, item_id=None, text=note)
    stored = capture.item_note(ws, meeting_id=meeting_id, item_id=None)
    assert stored is not None and stored.text == expected_text(note, strip=False)


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(length=st.sampled_from([0, MAX_TEXT - 1, MAX_TEXT, MAX_TEXT + 1, 3 * MAX_TEXT]),
       unit=st.sampled_from(["a", "é", "客", "🎯", "\x00", "\n"]))
def test_huge_text(ws: Workspace, meeting_id: int, length: int, unit: str) -> None:
    text = unit * length
    note = outcome(lambda: capture.set_item_note(ws, meeting_id=meeting_id, item_id=None,
                                                 text=text))
    cleaned = clean_text(text)
    if note is None:
        assert len(cleaned) > MAX_TEXT
        return
    stored = capture.item_note(ws, meeting_id=meeting_id, item_id=None)
    assert stored is not None and stored.text == cleaned


@pytest.mark.parametrize("value", [None, 3.5, b"bytes", ["list"], {"x": 1}, object()])
def test_values_of_the_wrong_type_are_refused(ws: Workspace, meeting_id: int, value: Any) -> None:
    for call in (
        lambda: meetings.create_meeting(ws, title=value),
        lambda: agenda.add_item(ws, meeting_id=meeting_id, title="x", planned_minutes=value),
        lambda: capture.add_action(ws, meeting_id=meeting_id, text="x", due=value),
        lambda: board.add_card(ws, meeting_id=meeting_id, quadrant=0, text="x", votes=value),
        lambda: meetings.update_meeting(ws, meeting_id=meeting_id, vote_limit=value),
        lambda: meetings.update_meeting(ws, meeting_id=meeting_id, warn_minutes=value),
    ):
        outcome(call)  # stored or refused with a message; never a TypeError or a crash
