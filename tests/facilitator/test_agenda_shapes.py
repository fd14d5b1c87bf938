"""The parser on the shapes real agendas take (issue 13's categories), one test per shape."""

from __future__ import annotations

import datetime as dt

from facilitator.agenda_parser import parse_agenda
from facilitator.domain import ItemKind

STATED = ("text", "times")


def read(text: str) -> list[tuple[str, int | None, str]]:
    """(title, minutes the text gives or None, presenter) per item."""
    return [(i.title, i.minutes if i.minutes_from in STATED else None, i.presenter)
            for i in parse_agenda(text)]


# --- 1. which lines are items ------------------------------------------------------------------

def test_timed_main_lines_keep_their_numbered_sub_points_as_the_goal() -> None:
    text = ("09:30-10:40 Welcome and the year in numbers\n"
            "10:40-11:25 Review of the regional plans\n"
            "1. North\n2. South\n3. Export\n"
            "11:25-12:00 Next steps\n")
    items = parse_agenda(text)
    assert [(i.title, i.minutes) for i in items] == [
        ("Welcome and the year in numbers", 70), ("Review of the regional plans", 45),
        ("Next steps", 35)]
    assert items[1].goal == "North; South; Export"


def test_headings_with_bullets_beneath_are_the_items() -> None:
    text = ("Pipeline health\n- stuck deals\n- forecast accuracy\n"
            "Pricing for 2027\n- the three options\n"
            "Hiring plan\n- two open roles\n")
    items = parse_agenda(text)
    assert [i.title for i in items] == ["Pipeline health", "Pricing for 2027", "Hiring plan"]
    assert items[0].goal == "stuck deals; forecast accuracy"


def test_section_headings_above_numbered_items_are_not_items() -> None:
    text = ("Morning\n1. Welcome (10 min)\n2. Market review (40 min)\n"
            "Afternoon\n3. Workshop on segments (60 min)\n4. Close (15 min)\n")
    assert [t for t, _, _ in read(text)] == ["Welcome", "Market review", "Workshop on segments",
                                             "Close"]


def test_presenter_bullets_and_header_facts_are_not_items() -> None:
    text = ("When: Thursday 3 December, 10:00–12:00 (CET)\n"
            "- Dial-in: +44 20 0000 0000\n- Shared doc: https://example.com/plan\n\n"
            "1. Quarterly numbers (20 min)\n   - Presenter: Jane Doe\n"
            "2. Brand refresh (30 min)\n   - Lead: Omar Haddad\n"
            "3. Any other business\n")
    assert read(text) == [("Quarterly numbers", 20, "Jane Doe"),
                          ("Brand refresh", 30, "Omar Haddad"),
                          ("Any other business", None, "")]


def test_an_introduction_mentioning_a_break_is_not_an_item() -> None:
    text = ("We will meet for two hours with a 5-minute break in the middle, so please be on "
            "time.\n\nOpening round 10 min\nLead scoring 45 min\nBreak 5 min\nWrap-up 10 min\n")
    assert [t for t, _, _ in read(text)] == ["Opening round", "Lead scoring", "Break", "Wrap-up"]


# --- 2. times ----------------------------------------------------------------------------------

def test_dotted_four_digit_and_worded_times() -> None:
    assert read("13.30 – 14.15 Partner programme\n14.15 – 14.30 Coffee\n") == [
        ("Partner programme", 45, ""), ("Coffee", 15, "")]
    assert read("1330 – 1400 Budget\n1400 – 1445 Targets\n") == [
        ("Budget", 30, ""), ("Targets", 45, "")]
    items = parse_agenda("from 12:00 until 13:30 Lunch and posters\n13:30 Panel\n14:30 End\n")
    assert [(i.title, i.start, i.minutes) for i in items] == [
        ("Lunch and posters", dt.time(12), 90), ("Panel", dt.time(13, 30), 60)]


def test_a_time_alone_on_its_line_belongs_to_the_next_line() -> None:
    text = ("10:40 – 11:25\nReview of the regional plans\n\n"
            "4:30pm\nDrinks on the terrace\n5:30pm\nEnd\n")
    items = parse_agenda(text)
    assert [(i.title, i.start, i.minutes) for i in items] == [
        ("Review of the regional plans", dt.time(10, 40), 45),
        ("Drinks on the terrace", dt.time(16, 30), 60)]


def test_am_pm_schedules_take_lengths_from_the_next_start() -> None:
    items = parse_agenda("9:15 AM Welcome\n9:30 AM Keynote\n10:30 AM Break\n10:45 AM Panel\n"
                         "11:45 AM Close\n12:00 PM End\n")
    assert [(i.title, i.start, i.minutes, i.minutes_from) for i in items][:2] == [
        ("Welcome", dt.time(9, 15), 15, "times"), ("Keynote", dt.time(9, 30), 60, "times")]
    assert items[-1].minutes == 15


# --- 3. presenters -----------------------------------------------------------------------------

def test_presenters_in_brackets_roles_and_names_first() -> None:
    text = ("1. Pipeline review (10m, Priya)\n2. Pricing options (Omar, 15 minutes)\n"
            "3. Panel on retention (Panel chair)\n4. Welcome (Host)\n5. Roadmap (Co-leads)\n")
    assert read(text) == [("Pipeline review", 10, "Priya"), ("Pricing options", 15, "Omar"),
                          ("Panel on retention", None, "Panel chair"), ("Welcome", None, "Host"),
                          ("Roadmap", None, "Co-leads")]
    assert read("Dana Reyes – Opening remarks (5 min)\n"
                "Luis Ortega – Market outlook (20 min)\n") == [
        ("Opening remarks", 5, "Dana Reyes"), ("Market outlook", 20, "Luis Ortega")]


def test_presenters_on_the_line_below_and_in_a_tab_column() -> None:
    text = ("1. Campaign results (20 min)\n   Facilitated by Mei Chen\n"
            "2. Next quarter (25 min)\n   Lead: Tom Becker\n")
    assert read(text) == [("Campaign results", 20, "Mei Chen"),
                          ("Next quarter", 25, "Tom Becker")]
    assert read("Welcome\tAnna Berg\nCustomer stories\tRavi Patel\n") == [
        ("Welcome", None, "Anna Berg"), ("Customer stories", None, "Ravi Patel")]


def test_a_dash_in_a_title_is_not_a_presenter() -> None:
    assert read("1. Opening (5 min)\n2. Close - Lessons and next steps (10 min)\n") == [
        ("Opening", 5, ""), ("Close - Lessons and next steps", 10, "")]


# --- 4. durations ------------------------------------------------------------------------------

def test_a_length_on_the_wrapped_next_line() -> None:
    text = ("3. Minutes of the last meeting (5 min)\n4. Update from the finance\n"
            "   working group (20 minutes)\n5. Any other business\n")
    assert read(text) == [("Minutes of the last meeting", 5, ""),
                          ("Update from the finance working group", 20, ""),
                          ("Any other business", None, "")]


def test_limits_count_and_rates_do_not() -> None:
    assert read("1. Check-in, no longer than 10 minutes\n"
                "2. Team pitches (3 minutes per team)\n") == [
        ("Check-in", 10, ""), ("Team pitches", None, "")]


# --- 5. leftovers ------------------------------------------------------------------------------

def test_nothing_read_stays_in_the_title() -> None:
    text = ("- 10:00 (CET) Pipeline review [slides][2] –\n- 10:30 CET **Budget** ( )\n"
            "- 11:00 End\n\n[2]: https://example.com/slides\n")
    assert read(text) == [("Pipeline review", 30, ""), ("Budget", 30, "")]


# --- 6. characters from other programs ---------------------------------------------------------

def test_a_form_feed_is_a_line_break_and_drops_nothing() -> None:
    text = "1. Welcome (5 min)\n2. Targets (20 min)\f3. Budget (15 min)\n\f4. Close (5 min)\n"
    assert [t for t, _, _ in read(text)] == ["Welcome", "Targets", "Budget", "Close"]


def test_a_vertical_tab_is_a_line_break() -> None:
    text = "1. Welcome (5 min)\v2. Targets (20 min)\v3. Close (5 min)"
    assert read(text) == [("Welcome", 5, ""), ("Targets", 20, ""), ("Close", 5, "")]


def test_the_seed_way_of_writing_a_kind() -> None:
    items = parse_agenda("5) Discussion: where the leads go (30 min)\n"
                         "6) Close & Action Items: What next steps will we take?\n")
    assert [(i.kind, i.title) for i in items] == [
        (ItemKind.DISCUSSION_DECISION, "Where the leads go"),
        (ItemKind.CLOSE_ACTIONS, "What next steps will we take?")]


def test_cells_of_a_word_table_are_read_on_their_own() -> None:
    from facilitator.agenda_parser import read_line, read_minutes, read_times

    assert read_line("1. Welcome (5 min)").title == "Welcome"
    assert read_line("• Welcome").title == "Welcome"
    assert read_times("12.03.2026") == (None, None)  # a date, not a time
    assert read_times("13.30 – 14.15") == (dt.time(13, 30), dt.time(14, 15))
    assert read_minutes("20") == 20 and read_minutes("1h30") == 90 and read_minutes("soon") is None
