"""The pasted-agenda parser on agendas as people write them in emails and documents."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.agenda_parser import agenda_start, looks_like_name, parse_agenda
from facilitator.domain import ItemKind

P, S, W, D, B, C, X = (ItemKind.PRESENTATION, ItemKind.SHARING, ItemKind.WORKING_SESSION,
                       ItemKind.DISCUSSION_DECISION, ItemKind.BREAK, ItemKind.CLOSE_ACTIONS,
                       ItemKind.OTHER)

EMAIL_NUMBERED = """Hi all,

Here is the agenda for Thursday's summit. Please come prepared.

1. Welcome and introductions (10 min)
2. Presentation: Q3 results by Maria Lopez (20 min)
3. Working session – agree the definition of a qualified lead, 45m
4. Coffee break (15 min)
5. Discussion & Decision: priorities for Q4 – 1h
6. Close and action items

See you there,
Tom
"""

TIMED = """Agenda
09:00 Welcome
09:15 Market update — Jane Doe
10:00 Coffee break
10:15 Working session: campaign planning
11:30 Close & actions
12:00 End
"""

BULLETS = """  • Opening remarks 5 min
  • Roadmap update by Priya Nair (Product) 1h30
  • Q&A
  • Wrap-up"""

PAREN_NUMBERS = """(1) Review of open actions
(2) Budget impact — Daniel Kim
(3) Risks
(4) Decisions needed"""

LETTERS = """a. Goals and objectives overview [Presentation] 25 minutes
b. Target audiences and their pain points 90 minutes
c. Next steps"""

NESTED = """1) Kick-off
   - why we are here
   - ground rules
2) Deep dive on pipeline (30 min)
   with the regional managers
3) Lunch 12:30-13:30
"""

AMPM_RANGES = """9:00am – 9:30am  Breakfast and networking
9:30am – 10:15am  Keynote: The year ahead (Lead: Maria Lopez)
10:15am – 10:30am Break
10:30am – 12pm  Breakout sessions
"""

WORD_TABLE = "Welcome\tMaria Lopez\t10 min\nCase study\tTom Becker\t25 min\nBreak\t\t15 min\n"

DASH_BULLETS_MIXED = """Proposed agenda:

- Sharing: a recent win — Tom Becker (20 mins)
* PRESENTATION - campaign blueprints (30')
- working session: Keep / Tune / Overhaul / Start 35 minutes
- Break 10m
- Close & Actions: read back decisions 15 min
"""

PLAIN_LINES = """Strategy alignment
Review organisational goals
Marketing goals and metrics
Gaps and misalignments
Strategic adjustments
Feedback round
"""

HOURS_AND_HALVES = """1. Product strategy and roadmap – 1 hour
2. Expectations from sales leadership, half an hour
3. Naming the campaign team leads 1h 15m
4. Next steps 1.5 hours
"""

NUMBERS_WITH_BULLET_SUBPOINTS = """1. Progress against goals per campaign (15 min)
- Campaign A
- Campaign B
2. Budget impact (10 min)
3. Risks
4. Review of open actions (10 min)
"""

DURATIONS_FIRST = """Timing for the day
20 min – Reaffirm the business objective
25 min – Case study: the Alder loss
40 min – Qualified lead definition
"""

PIPE_TABLE = """**Agenda – Q4 kick-off**

Time | Item | Owner
09:00 | Welcome & goals | Maria Lopez
09:20 | Target audiences | Priya Nair
10:00 | Coffee |
10:15 | Roadmap | Head of Product
11:00 | Close |
11:30 | End |
"""

BY_A_DATE_IS_NOT_A_PRESENTER = """Objectives: align on the plan.

1. Welcome — Maria (5')
2. Budget: where we are, by Daniel (Finance) – 15 mins
3. Decide by Friday who owns the launch (10 min)
4. AOB
"""

ROMAN = """I. Opening
II. Discussion: pricing changes (45 minutes)
III. Decision on Q1 campaign (30 min) — led by James Carter
IV. Wrap up
"""

RANGES_IN_BULLETS = """- 10:00-10:45 Product demo (Presentation)
- 10:45-11:00 Break
- 11:00-12:00 Working session: Keep / Tune / Overhaul / Start
"""

CASES = [
    # text, total minutes, expected (title, kind, minutes, presenter)
    (EMAIL_NUMBERED, None, [
        ("Welcome and introductions", X, 10, ""),
        ("Q3 results", P, 20, "Maria Lopez"),
        ("Agree the definition of a qualified lead", W, 45, ""),
        ("Coffee break", B, 15, ""),
        ("Priorities for Q4", D, 60, ""),
        ("Close and action items", C, 10, ""),
    ]),
    (EMAIL_NUMBERED, 180, [
        ("Welcome and introductions", X, 10, ""),
        ("Q3 results", P, 20, "Maria Lopez"),
        ("Agree the definition of a qualified lead", W, 45, ""),
        ("Coffee break", B, 15, ""),
        ("Priorities for Q4", D, 60, ""),
        ("Close and action items", C, 30, ""),
    ]),
    (TIMED, None, [
        ("Welcome", X, 15, ""),
        ("Market update", X, 45, "Jane Doe"),
        ("Coffee break", B, 15, ""),
        ("Campaign planning", W, 75, ""),
        ("Close & actions", C, 30, ""),
    ]),
    (BULLETS, 120, [
        ("Opening remarks", X, 5, ""),
        ("Roadmap update", X, 90, "Priya Nair (Product)"),
        ("Q&A", X, 13, ""),
        ("Wrap-up", C, 12, ""),
    ]),
    (PAREN_NUMBERS, 60, [
        ("Review of open actions", X, 15, ""),
        ("Budget impact", X, 15, "Daniel Kim"),
        ("Risks", X, 15, ""),
        ("Decisions needed", X, 15, ""),
    ]),
    (LETTERS, None, [
        ("Goals and objectives overview", P, 25, ""),
        ("Target audiences and their pain points", X, 90, ""),
        ("Next steps", C, 10, ""),
    ]),
    (NESTED, None, [
        ("Kick-off", X, 10, ""),
        ("Deep dive on pipeline", X, 30, ""),
        ("Lunch", B, 60, ""),
    ]),
    (AMPM_RANGES, None, [
        ("Breakfast and networking", X, 30, ""),
        ("Keynote: The year ahead", X, 45, "Maria Lopez"),
        ("Break", B, 15, ""),
        ("Breakout sessions", X, 90, ""),
    ]),
    (WORD_TABLE, None, [
        ("Welcome", X, 10, "Maria Lopez"),
        ("Case study", X, 25, "Tom Becker"),
        ("Break", B, 15, ""),
    ]),
    (DASH_BULLETS_MIXED, None, [
        ("A recent win", S, 20, "Tom Becker"),
        ("Campaign blueprints", P, 30, ""),
        ("Keep / Tune / Overhaul / Start", W, 35, ""),
        ("Break", B, 10, ""),
        ("Read back decisions", C, 15, ""),
    ]),
    (PLAIN_LINES, 100, [
        ("Strategy alignment", X, 17, ""),
        ("Review organisational goals", X, 17, ""),
        ("Marketing goals and metrics", X, 17, ""),
        ("Gaps and misalignments", X, 17, ""),
        ("Strategic adjustments", X, 16, ""),
        ("Feedback round", X, 16, ""),
    ]),
    (HOURS_AND_HALVES, None, [
        ("Product strategy and roadmap", X, 60, ""),
        ("Expectations from sales leadership", X, 30, ""),
        ("Naming the campaign team leads", X, 75, ""),
        ("Next steps", C, 90, ""),
    ]),
    (NUMBERS_WITH_BULLET_SUBPOINTS, None, [
        ("Progress against goals per campaign", X, 15, ""),
        ("Budget impact", X, 10, ""),
        ("Risks", X, 10, ""),
        ("Review of open actions", X, 10, ""),
    ]),
    (PIPE_TABLE, None, [
        ("Welcome & goals", X, 20, "Maria Lopez"),
        ("Target audiences", X, 40, "Priya Nair"),
        ("Coffee", B, 15, ""),
        ("Roadmap", X, 45, "Head of Product"),
        ("Close", C, 30, ""),
    ]),
    (BY_A_DATE_IS_NOT_A_PRESENTER, None, [
        ("Welcome", X, 5, "Maria"),
        ("Budget: where we are", X, 15, "Daniel (Finance)"),
        ("Decide by Friday who owns the launch", X, 10, ""),
        ("AOB", X, 10, ""),
    ]),
    (ROMAN, None, [
        ("Opening", X, 10, ""),
        ("Pricing changes", D, 45, ""),
        ("Decision on Q1 campaign", X, 30, "James Carter"),
        ("Wrap up", C, 10, ""),
    ]),
    (RANGES_IN_BULLETS, None, [
        ("Product demo", P, 45, ""),
        ("Break", B, 15, ""),
        ("Keep / Tune / Overhaul / Start", W, 60, ""),
    ]),
    (DURATIONS_FIRST, None, [
        ("Reaffirm the business objective", X, 20, ""),
        ("Case study: the Alder loss", X, 25, ""),
        ("Qualified lead definition", X, 40, ""),
    ]),
]


@pytest.mark.parametrize(("text", "total", "expected"), CASES,
                         ids=[f"agenda{n}" for n in range(len(CASES))])
def test_realistic_agendas(text: str, total: int | None, expected: list[tuple]) -> None:
    items = parse_agenda(text, total_minutes=total)
    assert [(i.title, i.kind, i.minutes, i.presenter) for i in items] == expected


def test_sub_points_become_the_goal_and_prose_is_left_out() -> None:
    items = parse_agenda(NESTED)
    assert items[0].goal == "why we are here; ground rules"
    assert items[1].goal == "with the regional managers"
    subs = parse_agenda(NUMBERS_WITH_BULLET_SUBPOINTS)
    assert subs[0].goal == "Campaign A; Campaign B"
    titles = [i.title for i in parse_agenda(EMAIL_NUMBERED)]
    assert not any("Tom" in t or "agenda" in t.lower() for t in titles)


def test_where_the_minutes_came_from_is_kept_for_the_preview() -> None:
    items = parse_agenda(EMAIL_NUMBERED, total_minutes=180)
    assert [i.minutes_from for i in items] == ["text"] * 5 + ["share"]
    timed = parse_agenda(TIMED)
    assert {i.minutes_from for i in timed} == {"times"}
    assert agenda_start(timed) == dt.time(9, 0)
    assert [i.start for i in parse_agenda(AMPM_RANGES)] == [
        dt.time(9, 0), dt.time(9, 30), dt.time(10, 15), dt.time(10, 30)]


def test_shares_add_up_to_the_stated_total() -> None:
    items = parse_agenda(PLAIN_LINES, total_minutes=100)
    assert sum(i.minutes for i in items) == 100
    # A total already used up by the stated minutes leaves the default for the rest.
    short = parse_agenda(EMAIL_NUMBERED, total_minutes=60, default_minutes=7)
    assert short[-1].minutes == 7 and short[-1].minutes_from == "default"


def test_nothing_to_read_gives_no_items() -> None:
    assert parse_agenda("") == []
    assert parse_agenda("\n\n   \n") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Jane Doe", True), ("Head of Sales", True), ("J. Carter (CMO)", True), ("Priya", True),
    ("Next steps", False), ("Friday", False), ("end of month", False), ("Q3 review", False),
    ("the team", False),
])
def test_presenter_names_are_told_from_titles(text: str, expected: bool) -> None:
    assert looks_like_name(text) is expected


_TOKENS = [*"1aA.)(-*• \t\n:0h5m–—|[]'", "min", "Presentation:", "10:30", " by ", "Jane",
           "1h30", "(20 min)", "\n\n", "12pm", "Break", "end", "9:00 - 9:30"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=60).map("".join),
       st.one_of(st.none(), st.integers(min_value=1, max_value=600)))
def test_any_text_reads_without_error(text: str, total: int | None) -> None:
    items = parse_agenda(text, total_minutes=total)
    for item in items:
        assert item.title.strip() and item.title == item.title.strip()
        assert 0 <= item.minutes <= 24 * 60
        assert item.minutes_from in ("text", "times", "share", "default")
