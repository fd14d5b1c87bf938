"""What the projector's vote page says, as plain text rows (no Qt): the painter draws these."""

from __future__ import annotations

from dataclasses import dataclass

from facilitator.domain import ChecklistAnswer, ScaleKind, VoteKind, VoteOutcome, VoteRule
from facilitator.services.vote_views import OptionView, VoteView

HIDDEN = "Results hidden"
RULE_WORDS = {VoteRule.MAJORITY: "simple majority", VoteRule.TWO_THIRDS: "two-thirds majority",
              VoteRule.UNANIMOUS: "unanimity", VoteRule.NONE: "no rule"}
MARKS = {ChecklistAnswer.YES: "✓", ChecklistAnswer.NO: "✗", ChecklistAnswer.NOT_SURE: "?"}
# What each value of a 0–5 scale means, so the room reads more than a digit.
SCALE_WORDS = {
    ScaleKind.ROTI: ("Wasted my time", "Little value", "Not quite worth it",
                     "Worth the time", "More than worth it", "Excellent"),
    ScaleKind.FIST_OF_FIVE: ("I block", "Serious doubts", "Doubts to talk through",
                             "I can live with it", "I agree", "I fully support it"),
}


@dataclass(frozen=True)
class ProjectorRow:
    """One line on the screen: an answer (its bar when revealed) or a checklist question."""

    label: str
    value: str = ""  # "14 · 73.7 %", a checklist's "Yes"; "" while hidden
    share: float | None = None  # the bar's length, 0–1 of those present; None: no bar
    leading: bool = False  # the most counted answer: drawn solid, the others hatched
    mark: str = ""  # a checklist's ✓ / ✗ / ?
    answer: ChecklistAnswer | None = None
    detail: str = ""  # a checklist question's counts and comment, in small type below

    @property
    def text(self) -> str:
        return "  ".join(part for part in (self.mark, self.label, self.value, self.detail)
                         if part)


@dataclass(frozen=True)
class ProjectorVote:
    item: str  # the agenda item's title, "" when the vote belongs to the meeting
    kind: str  # the kind in words
    question: str
    revealed: bool
    rows: tuple[ProjectorRow, ...]
    footer: tuple[str, ...]  # turnout and outcome, or "Results hidden"


def kind_words(view: VoteView) -> str:
    if view.kind is VoteKind.YES_NO:
        return f"Yes / No · {RULE_WORDS[view.rule]}"
    if view.kind is VoteKind.CHOICE:
        return "Choice · several each" if view.multiple else "Choice · one each"
    if view.kind is VoteKind.SCALE:
        if view.scale is ScaleKind.FIST_OF_FIVE:
            return "Fist of five · 0 to 5 fingers"
        return "ROTI · return on time invested, 0 to 5"
    count = len(view.options)
    return f"Checklist · {count} question{'s' if count != 1 else ''}"


def _label(view: VoteView, option: OptionView) -> str:
    if view.kind is VoteKind.SCALE and option.text.isdigit():
        words = SCALE_WORDS[view.scale or ScaleKind.ROTI]
        return f"{option.text} · {words[int(option.text)]}"
    return option.text


def _value(option: OptionView) -> str:
    count = "–" if option.count is None else str(option.count)
    return count if option.percent is None else f"{count} · {option.percent:.1f} %"


def _bar_rows(view: VoteView) -> tuple[ProjectorRow, ...]:
    counts = [o.count or 0 for o in view.options]
    most = max(counts, default=0)
    base = view.result.base or most
    return tuple(
        ProjectorRow(_label(view, o), _value(o),
                     share=min(1.0, count / base) if base else 0.0,
                     leading=most > 0 and count == most)
        for o, count in zip(view.options, counts, strict=True))


def _checklist_detail(option: OptionView) -> str:
    counted = [(n, word) for n, word in ((option.yes, "yes"), (option.no, "no"),
                                         (option.not_sure, "not sure")) if n is not None]
    counts = ", ".join(f"{n} {word}" for n, word in counted)
    return " — ".join(part for part in (counts, option.comment) if part)


def _checklist_rows(view: VoteView) -> tuple[ProjectorRow, ...]:
    rows = []
    for o in view.options:
        answer = o.result
        rows.append(ProjectorRow(
            o.text, answer.label if answer else "No answer", mark=MARKS.get(answer, "–")
            if answer else "–", answer=answer, detail=_checklist_detail(o)))
    return tuple(rows)


def _outcome(view: VoteView) -> str:
    result = view.result
    if result.outcome is VoteOutcome.NOT_RECORDED:
        return "No hands counted yet"
    if view.kind is VoteKind.YES_NO:
        if result.outcome is VoteOutcome.NO_RULE:
            return "Recorded — no rule to carry it"
        return f"{result.outcome.label} — {RULE_WORDS[view.rule]}"
    if view.kind is VoteKind.SCALE:
        return result.summary  # "ROTI 3.6 of 5"
    if view.kind is VoteKind.CHOICE:
        counts = [o.count or 0 for o in view.options]
        leaders = [o.text for o, n in zip(view.options, counts, strict=True)
                   if n == max(counts)]
        return f"Most votes: {leaders[0]}" if len(leaders) == 1 else \
            f"Tied: {', '.join(leaders)}"
    return result.summary  # a checklist's "2 yes, 1 no, 1 not sure"


def _turnout(view: VoteView) -> str:
    result = view.result
    if result.turnout:
        return result.turnout
    if view.kind is VoteKind.CHOICE and view.multiple and view.present_base:
        return f"Several choices each · percentages of the {view.present_base} present"
    return ""


def projector_vote(view: VoteView) -> ProjectorVote:
    """The page for one vote: while hidden, the answers without counts and no turnout."""
    checklist = view.kind is VoteKind.CHECKLIST
    if view.revealed:
        rows = _checklist_rows(view) if checklist else _bar_rows(view)
        footer = tuple(line for line in (_turnout(view), _outcome(view)) if line)
    else:
        rows = tuple(ProjectorRow(_label(view, o)) for o in view.options)
        footer = (HIDDEN,)
    return ProjectorVote(view.agenda_item or "", kind_words(view), view.question,
                         view.revealed, rows, footer)
