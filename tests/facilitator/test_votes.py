"""Vote results (facilitator.votes): outcomes by rule, percentages, scales, checks of counts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitator.domain import ChecklistAnswer, ScaleKind, VoteKind, VoteOutcome, VoteRule
from facilitator.errors import ValidationError
from facilitator.votes import (
    OptionTally,
    Tally,
    checklist_answer,
    clean_count,
    outcome,
    parse_counts,
    percent,
    scale_average,
    turnout,
    vote_result,
)

C, N, T, R = (VoteOutcome.CARRIED, VoteOutcome.NOT_CARRIED, VoteOutcome.TIED,
              VoteOutcome.NO_RULE)


@pytest.mark.parametrize(("rule", "yes", "no", "expected"), [
    (VoteRule.MAJORITY, 14, 3, C), (VoteRule.MAJORITY, 3, 14, N), (VoteRule.MAJORITY, 5, 5, T),
    (VoteRule.MAJORITY, 0, 0, N), (VoteRule.TWO_THIRDS, 10, 5, C),
    (VoteRule.TWO_THIRDS, 9, 5, N), (VoteRule.UNANIMOUS, 12, 0, C),
    (VoteRule.UNANIMOUS, 12, 1, N), (VoteRule.NONE, 1, 9, R),
    (VoteRule.MAJORITY, None, None, VoteOutcome.NOT_RECORDED),
])
def test_outcome_by_rule(rule: VoteRule, yes: int | None, no: int | None,
                         expected: VoteOutcome) -> None:
    assert outcome(rule, yes, no) is expected


def _yes_no(yes: int | None, no: int | None, abstain: int | None, present: int | None = 19,
            rule: VoteRule = VoteRule.MAJORITY) -> Tally:
    return Tally(VoteKind.YES_NO, tuple(OptionTally(t, c) for t, c in
                                        (("Yes", yes), ("No", no), ("Abstain", abstain))),
                 rule=rule, present=present)


def test_a_counted_yes_no_vote() -> None:
    result = vote_result(_yes_no(14, 1, 2))
    assert result.outcome is C
    assert result.summary == "14 yes, 1 no, 2 abstain"
    assert result.turnout == "17 of 19 present voted"
    assert result.percentages == (73.7, 5.3, 10.5)
    assert not result.over_present


def test_counts_above_the_present_number_are_flagged_not_refused() -> None:
    result = vote_result(_yes_no(15, 4, 2))
    assert result.over_present and result.voters == 21
    assert not vote_result(_yes_no(15, 4, 2, present=None)).over_present


def test_a_vote_not_counted_yet() -> None:
    result = vote_result(_yes_no(None, None, None))
    assert result.outcome is VoteOutcome.NOT_RECORDED and result.summary == ""
    assert result.voters is None and result.turnout == ""


def test_a_roti_round_average_and_distribution() -> None:
    counts = (0, 1, 2, 5, 6, 3)
    tally = Tally(VoteKind.SCALE, tuple(OptionTally(str(v), c) for v, c in enumerate(counts)),
                  scale=ScaleKind.ROTI, present=17)
    result = vote_result(tally)
    assert result.average == pytest.approx(3.47, abs=0.01)
    assert result.summary == "ROTI 3.5 of 5"
    assert result.turnout == "17 of 17 present voted"
    assert result.percentages[4] == 35.3


def test_several_choices_each_cannot_tell_the_voters() -> None:
    tally = Tally(VoteKind.CHOICE, (OptionTally("A", 5), OptionTally("B", 7)), multiple=True,
                  present=9)
    result = vote_result(tally)
    assert result.voters is None and result.percentages == (55.6, 77.8)
    assert result.summary == "A 5, B 7"
    assert vote_result(Tally(VoteKind.CHOICE, tally.options, present=12)).voters == 12


def test_a_checklist_by_consensus_and_by_counts() -> None:
    tally = Tally(VoteKind.CHECKLIST, (
        OptionTally("Scalable?", answer=ChecklistAnswer.NO, comment="manual steps"),
        OptionTally("SMART goals?", yes=6, no=2, not_sure=1),
        OptionTally("Market-driven?", yes=4, no=4),
        OptionTally("Efficient?"),
    ), present=9)
    result = vote_result(tally)
    assert result.checklist == (ChecklistAnswer.NO, ChecklistAnswer.YES,
                                ChecklistAnswer.NOT_SURE, None)
    assert result.summary == "1 yes, 1 no, 1 not sure"
    assert result.voters == 9 and result.outcome is R


@pytest.mark.parametrize("value", [-1, "-3", 10_001, "1e3", "3.5", 2.0, True, "twelve", "١٢"])
def test_bad_counts_are_refused_in_one_line(value: object) -> None:
    with pytest.raises(ValidationError) as err:
        clean_count(value, "yes")
    assert "\n" not in str(err.value) and str(err.value).startswith("yes ")


@pytest.mark.parametrize(("value", "expected"), [(0, 0), ("14", 14), (" 3 ", 3), ("", None),
                                                  (None, None), (10_000, 10_000)])
def test_good_counts(value: object, expected: int | None) -> None:
    assert clean_count(value) == expected


@given(st.one_of(st.integers(), st.text(), st.none(), st.floats(), st.booleans()))
def test_any_count_input_is_a_count_or_one_clear_line(value: object) -> None:
    try:
        cleaned = clean_count(value)
    except ValidationError as exc:
        assert str(exc) and "\n" not in str(exc)
    else:
        assert cleaned is None or 0 <= cleaned <= 10_000


@given(st.text())
def test_any_counts_text_parses_or_is_refused_in_one_line(text: str) -> None:
    try:
        pairs = parse_counts(text)
    except ValidationError as exc:
        assert "\n" not in str(exc)
    else:
        assert pairs and all(name for name, _ in pairs)


def test_parse_counts_keeps_option_texts() -> None:
    assert parse_counts("yes=14, no=3,abstain=2") == [("yes", "14"), ("no", "3"),
                                                      ("abstain", "2")]
    assert parse_counts("A=B=5") == [("A=B", "5")]
    with pytest.raises(ValidationError):
        parse_counts("yes 14")


counts = st.one_of(st.none(), st.integers(min_value=0, max_value=10_000))


@given(st.sampled_from(list(VoteRule)), counts, counts, counts,
       st.one_of(st.none(), st.integers(min_value=0, max_value=10_000)))
def test_any_yes_no_counts_give_one_outcome_and_sane_percentages(
        rule: VoteRule, yes: int | None, no: int | None, abstain: int | None,
        present: int | None) -> None:
    result = vote_result(_yes_no(yes, no, abstain, present=present, rule=rule))
    assert result.outcome in VoteOutcome
    assert all(p is None or p >= 0 for p in result.percentages)
    if present and result.voters is not None and result.voters <= present:
        assert sum(p or 0 for p in result.percentages) <= 100.2
        assert not result.over_present


@given(st.lists(st.integers(min_value=0, max_value=10_000), min_size=6, max_size=6))
def test_any_scale_average_is_within_the_scale(values: list[int]) -> None:
    average = scale_average(values)
    assert average is None if not sum(values) else 0 <= average <= 5


def test_small_helpers() -> None:
    assert percent(1, 3) == 33.3 and percent(1, 0) is None and percent(None, 4) is None
    assert turnout(12, None) == "12 voted" and turnout(None, 3) == ""
    assert checklist_answer(OptionTally("Q", yes=1, no=1, not_sure=1)) is (
        ChecklistAnswer.NOT_SURE)


@pytest.mark.parametrize(("counts", "expected", "summary"), [
    ((0, 0, 0, 2, 5, 3), VoteOutcome.CONSENT, "Fist of five 4.1 of 5 — consent"),
    ((0, 0, 1, 4, 5, 3), VoteOutcome.CONCERNS, "Fist of five 3.8 of 5 — concerns: discuss"),
    ((1, 0, 0, 9, 0, 0), VoteOutcome.CONCERNS, "Fist of five 2.7 of 5 — concerns: discuss"),
    ((0, 0, 0, 0, 0, 0), VoteOutcome.NO_RULE, ""),
])
def test_a_fist_of_five_is_a_consent_check(counts: tuple[int, ...], expected: VoteOutcome,
                                           summary: str) -> None:
    tally = Tally(VoteKind.SCALE, tuple(OptionTally(str(v), c) for v, c in enumerate(counts)),
                  scale=ScaleKind.FIST_OF_FIVE, present=12)
    result = vote_result(tally)
    assert (result.outcome, result.summary) == (expected, summary)


def test_a_roti_has_no_consent() -> None:
    tally = Tally(VoteKind.SCALE, tuple(OptionTally(str(v), 1) for v in range(6)),
                  scale=ScaleKind.ROTI)
    assert vote_result(tally).outcome is VoteOutcome.NO_RULE
