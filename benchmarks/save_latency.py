"""Save latency: each kind of edit, committed to disk, on the 500-meeting workspace.

The edits go through the same service calls the window's undo commands make, one transaction
each with SQLite `synchronous=FULL` (on disk when the call returns), on the large meeting of the
workspace (60 items, 400 cards: the slowest realistic case). Ten warm-up edits per kind are not
counted. Recording a vote is two of the kinds: the counted hands of a yes/no vote (`set_counts`)
and one checklist question answered with counts and a comment (`set_checklist_answer`).
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable

from benchmarks.context import BenchContext
from benchmarks.figures import Figure, median, percentile
from facilitator.services import agenda, board, capture, votes
from facilitator.workspace import Workspace, open_workspace

GOAL_P95_MS = 10.0
WARM_UP = 10


def edits(ws: Workspace, meeting_id: int, rng: random.Random) -> dict[str, Callable[[], object]]:
    """One callable per kind of edit; each call makes one fresh edit of that kind."""
    items = [i.id for i in agenda.list_items(ws, meeting_id=meeting_id)]
    cards = [c.id for c in board.list_cards(ws, meeting_id=meeting_id)]
    typed: dict[int, str] = {}
    counter = iter(range(1_000_000))

    def note_batch() -> None:
        # What the notes editor writes after a burst of typing: the item's whole note text.
        item = rng.choice(items)
        typed[item] = typed.get(item, "") + rng.choice(("the lead ", "review, ", "budget. "))
        capture.set_item_note(ws, meeting_id=meeting_id, item_id=item, text=typed[item])

    def decision() -> None:
        capture.record_decision(ws, meeting_id=meeting_id, item_id=rng.choice(items),
                                text=f"Benchmark decision {next(counter)}", owner="Maria Lopez")

    def action() -> None:
        capture.add_action(ws, meeting_id=meeting_id, item_id=rng.choice(items),
                           text=f"Benchmark action {next(counter)}", owner="Tom Becker",
                           due=dt.date(2026, 12, 1))

    def card_move() -> None:
        board.move_card(ws, card_id=rng.choice(cards), quadrant=rng.randrange(4),
                        position=rng.randrange(120))

    def agenda_reorder() -> None:
        agenda.move_item(ws, item_id=rng.choice(items), position=rng.randrange(len(items)))

    # Recording a vote: counted hands typed for a yes/no vote, one checklist answer with counts.
    yes_no = votes.add_vote(ws, meeting_id=meeting_id, item_id=items[0], kind="yes_no",
                            question="Adopt the benchmark definition?").id
    checklist = votes.add_vote(ws, meeting_id=meeting_id, item_id=items[0], kind="checklist",
                               question="Process check",
                               options=["Scalable?", "Accountable?", "Market-driven?",
                                        "Efficient?"]).id
    questions = [o.id for o in votes.get_vote(ws, vote_id=checklist).options]

    def vote_counts() -> None:
        votes.set_counts(ws, vote_id=yes_no, counts={
            "yes": rng.randrange(20), "no": rng.randrange(20), "abstain": rng.randrange(5)})

    def checklist_answer() -> None:
        votes.set_checklist_answer(ws, vote_id=checklist, option_id=rng.choice(questions),
                                   counts={"yes": rng.randrange(10), "no": rng.randrange(10)},
                                   comment=rng.choice(("", "by hand", "not yet")))

    return {"note keystroke batch": note_batch, "decision": decision, "action": action,
            "card move": card_move, "agenda reorder": agenda_reorder,
            "vote counts (yes/no)": vote_counts, "checklist answer": checklist_answer}


def figures(ctx: BenchContext) -> list[Figure]:
    generated = ctx.workspace_500()
    assert generated.large_meeting_id is not None
    samples = ctx.runs(200, 40)
    rng = random.Random(8)
    figures = []
    with open_workspace(ctx.copy_of(generated, "save-latency")) as ws:
        for kind, edit in edits(ws, generated.large_meeting_id, rng).items():
            times = []
            for n in range(WARM_UP + samples):
                started = time.perf_counter()
                edit()
                if n >= WARM_UP:
                    times.append((time.perf_counter() - started) * 1000)
            figures.append(Figure.below(
                f"Save latency p95: {kind}", percentile(times, 95), "ms", GOAL_P95_MS,
                f"median {median(times):.2f} ms, max {max(times):.1f} ms, n={samples}"))
    return figures
