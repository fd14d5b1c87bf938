"""Vote results as pure functions: outcome by rule, percentages of those present, scale averages.

Nothing here touches the workspace: the services, show --json, the minutes and the window all
read a vote's result through `vote_result`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from facilitator.domain import ChecklistAnswer, ScaleKind, VoteKind, VoteOutcome, VoteRule
from facilitator.errors import ValidationError
from facilitator.models import MAX_HANDS

# The values of a 0–5 scale (fist of five, ROTI); a scale vote has one option per value.
SCALE_VALUES = tuple(range(6))
# The answers of a yes/no vote, in the order of its options.
YES_NO_ANSWERS = ("yes", "no", "abstain")


def clean_count(value: Any, what: str = "count") -> int | None:
    """A counted number of hands: a whole number from 0 to 10,000, or None (not counted).

    Accepts ints and the text a person types ("14", " 3 "); blank text is None. Anything
    else is refused with a one-line ValidationError.
    """
    if value is None:
        return None
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        if text.startswith("-") and text[1:].strip().isdigit():
            raise ValidationError(f"{what} cannot be negative")
        if not (text.isascii() and text.isdigit()):
            raise ValidationError(f"{what} must be a whole number, not {_short(value)!r}")
        value = int(text)
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(f"{what} must be a whole number")
    if value < 0:
        raise ValidationError(f"{what} cannot be negative")
    if value > MAX_HANDS:
        raise ValidationError(f"{what} {value:,} is above {MAX_HANDS:,}: not a count of hands")
    return value


def _short(text: str, limit: int = 20) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def parse_counts(text: str) -> list[tuple[str, str]]:
    """'yes=14, no=3' → [('yes', '14'), ('no', '3')]: the pairs of the command line's --counts.

    The name is everything before the last '=' of a pair (option texts may hold '='); pairs
    are split at commas. Refuses an empty list or a pair without '=' in one line.
    """
    pairs = []
    for part in text.split(","):
        if not part.strip():
            continue
        name, sep, value = part.rpartition("=")
        if not sep or not name.strip():
            raise ValidationError(f"counts must be NAME=NUMBER pairs separated by commas, "
                                  f"not {_short(part.strip())!r}")
        pairs.append((name.strip(), value.strip()))
    if not pairs:
        raise ValidationError("no counts given (e.g. yes=14,no=3,abstain=2)")
    return pairs


@dataclass(frozen=True)
class OptionTally:
    """One option as counted: `count` for yes/no, choice and scale; the rest for a checklist."""

    text: str
    count: int | None = None
    yes: int | None = None
    no: int | None = None
    not_sure: int | None = None
    answer: ChecklistAnswer | None = None  # a checklist question's consensus answer
    comment: str = ""


@dataclass(frozen=True)
class Tally:
    """A vote's counts as stored, the input of vote_result."""

    kind: VoteKind
    options: tuple[OptionTally, ...]
    rule: VoteRule = VoteRule.NONE
    scale: ScaleKind | None = None
    multiple: bool = False
    present: int | None = None  # participants present when recorded; None: not known
    named_voters: int | None = None  # distinct participants with a named answer


@dataclass(frozen=True)
class VoteResult:
    outcome: VoteOutcome
    voters: int | None  # how many voted; None when counts cannot tell (several choices each)
    base: int | None  # what percentages are of: those present, else the voters
    percentages: tuple[float | None, ...]  # per option (a checklist: its yes), of the base
    average: float | None  # a scale's mean value
    over_present: bool  # a count or the voters above the present number: show a warning
    summary: str  # "14 yes, 3 no, 2 abstain"
    turnout: str  # "17 of 19 present voted"
    checklist: tuple[ChecklistAnswer | None, ...] = ()  # per question: the group's answer


def outcome(rule: VoteRule, yes: int | None, no: int | None) -> VoteOutcome:
    """Carried or not by the rule, counting the votes cast (yes + no; abstentions left out)."""
    if rule is VoteRule.NONE:
        return VoteOutcome.NO_RULE
    if yes is None and no is None:
        return VoteOutcome.NOT_RECORDED
    yes, no = yes or 0, no or 0
    cast = yes + no
    if cast == 0:
        return VoteOutcome.NOT_CARRIED
    if rule is VoteRule.MAJORITY:
        if yes == no:
            return VoteOutcome.TIED
        return VoteOutcome.CARRIED if yes > no else VoteOutcome.NOT_CARRIED
    if rule is VoteRule.TWO_THIRDS:
        return VoteOutcome.CARRIED if 3 * yes >= 2 * cast else VoteOutcome.NOT_CARRIED
    return VoteOutcome.CARRIED if no == 0 else VoteOutcome.NOT_CARRIED


# A fist of five consents when no hand shows fewer fingers than this.
CONSENT_FINGERS = 3


def consent(counts: Sequence[int | None]) -> VoteOutcome:
    """A fist of five's outcome from the hands per value: consent when every hand shows 3
    fingers or more, concerns when any shows 0, 1 or 2; no rule when no hand is counted."""
    if not any(counts):
        return VoteOutcome.NO_RULE
    if any(c for c in counts[:CONSENT_FINGERS]):
        return VoteOutcome.CONCERNS
    return VoteOutcome.CONSENT


def percent(count: int | None, base: int | None) -> float | None:
    """count as a percentage of base, one decimal; None when either is missing or base is 0."""
    if count is None or not base:
        return None
    return round(100.0 * count / base, 1)


def scale_average(counts: Sequence[int | None]) -> float | None:
    """The mean value of a 0–5 scale from the hands counted per value (index = value)."""
    total = sum(c or 0 for c in counts)
    if not total:
        return None
    return round(sum(value * (c or 0) for value, c in enumerate(counts)) / total, 2)


def turnout(voters: int | None, present: int | None) -> str:
    """"17 of 19 present voted"; "12 voted" when the present number is not known."""
    if voters is None:
        return ""
    if present is None:
        return f"{voters} voted"
    return f"{voters} of {present} present voted"


def checklist_answer(option: OptionTally) -> ChecklistAnswer | None:
    """A checklist question's answer: the consensus one, else the most counted (a tie for
    the most is 'not sure'), else None."""
    if option.answer is not None:
        return option.answer
    counts = {ChecklistAnswer.YES: option.yes or 0, ChecklistAnswer.NO: option.no or 0,
              ChecklistAnswer.NOT_SURE: option.not_sure or 0}
    most = max(counts.values())
    if most == 0:
        return None
    leaders = [answer for answer, n in counts.items() if n == most]
    return leaders[0] if len(leaders) == 1 else ChecklistAnswer.NOT_SURE


def _checklist_total(option: OptionTally) -> int | None:
    counts = (option.yes, option.no, option.not_sure)
    return None if all(c is None for c in counts) else sum(c or 0 for c in counts)


def _voters(tally: Tally) -> int | None:
    if tally.named_voters:
        return tally.named_voters
    if tally.kind is VoteKind.CHECKLIST:
        totals = [t for t in map(_checklist_total, tally.options) if t is not None]
        return max(totals) if totals else None
    counts = [o.count for o in tally.options]
    if all(c is None for c in counts) or (tally.kind is VoteKind.CHOICE and tally.multiple):
        return None
    return sum(c or 0 for c in counts)


def _summary(tally: Tally) -> str:
    if tally.kind is VoteKind.YES_NO:
        return ", ".join(f"{o.count or 0} {word}"
                         for o, word in zip(tally.options, YES_NO_ANSWERS, strict=False))
    if tally.kind is VoteKind.CHECKLIST:
        answers = [checklist_answer(o) for o in tally.options]
        return ", ".join(f"{sum(a is answer for a in answers)} {answer.label.lower()}"
                         for answer in ChecklistAnswer)
    if tally.kind is VoteKind.SCALE:
        average = scale_average([o.count for o in tally.options])
        name = tally.scale.label if tally.scale else "average"
        if average is None:
            return ""
        if tally.scale is ScaleKind.FIST_OF_FIVE:
            verdict = consent([o.count for o in tally.options]).label.lower()
            return f"{name} {average:.1f} of 5 — {verdict}"
        return f"{name} {average:.1f} of 5"
    return ", ".join(f"{o.text} {o.count or 0}" for o in tally.options)


def vote_result(tally: Tally) -> VoteResult:
    """Everything the room, the minutes and scripts read from a vote's counts."""
    counted = any(o.count is not None for o in tally.options) or any(
        _checklist_total(o) is not None or o.answer is not None for o in tally.options)
    voters = _voters(tally)
    if tally.kind is VoteKind.YES_NO:
        yes, no = (tally.options[i].count if len(tally.options) > i else None for i in (0, 1))
        result = outcome(tally.rule, yes, no) if counted else VoteOutcome.NOT_RECORDED
    elif tally.kind is VoteKind.SCALE and tally.scale is ScaleKind.FIST_OF_FIVE and counted:
        result = consent([o.count for o in tally.options])
    else:
        result = VoteOutcome.NO_RULE if counted else VoteOutcome.NOT_RECORDED
    base = tally.present if tally.present else voters
    if tally.kind is VoteKind.CHECKLIST:
        percentages = tuple(percent(o.yes, base) for o in tally.options)
    else:
        percentages = tuple(percent(o.count, base) for o in tally.options)
    highest = [voters or 0, *(o.count or 0 for o in tally.options),
               *(_checklist_total(o) or 0 for o in tally.options)]
    over = tally.present is not None and max(highest) > tally.present
    return VoteResult(
        outcome=result, voters=voters, base=base, percentages=percentages,
        average=scale_average([o.count for o in tally.options])
        if tally.kind is VoteKind.SCALE else None,
        over_present=over, summary=_summary(tally) if counted else "",
        turnout=turnout(voters, tally.present),
        checklist=tuple(checklist_answer(o) for o in tally.options)
        if tally.kind is VoteKind.CHECKLIST else (),
    )
