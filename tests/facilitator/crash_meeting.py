"""A scripted meeting for the crash tests: run in a child process that the test kills at random.

`python -m tests.facilitator.crash_meeting DB SEED N` prints `OPENING`, opens the workspace,
prints `READY`, then for each of the steps (N after the set-up) prints `BEGIN n {claims}`,
makes the change through the real services and prints
`DONE n` once the call has returned (each line written straight to the pipe). The claims are
the values some keys of `snapshot()` must have once step n is done, so the test can check, after
the kill, that every change reported done is in the file (and the one in flight either is or is
not, whole).

The step list is `ScriptedMeeting.steps()`: to cover another kind of change, add a step there
and, if it needs a new key, the same key in `snapshot()`. The running clock has a child of
its own (crash_clock.py), and typing into the real notes editor too (tests/ui/crash_typing.py).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import sys
from collections.abc import Callable, Iterator
from typing import Any

from facilitator.domain import ActionStatus
from facilitator.services import agenda, board, capture, meetings, participants
from facilitator.services.common import restore
from facilitator.services.rows import DeletedRows
from facilitator.workspace import Workspace, open_workspace

Claims = dict[str, Any]
Step = tuple[Claims, Callable[[], object]]

WORDS = ("pipeline ", "lead ", "hand-off ", "budget ", "Q1 ", "région ", "客户 ", "🎯 ", "ok. ",
         "\n- ", "decide ", "owner: ", "Zoë ")


def snapshot(ws: Workspace) -> Claims:
    """The state of the workspace's one meeting, in the keys the steps claim."""
    found = meetings.list_meetings(ws)
    if not found:
        return {}
    mid = found[0].id
    items = agenda.list_items(ws, meeting_id=mid)
    titles = {i.id: i.title for i in items}
    state: Claims = {
        "meetings": sorted(m.title for m in found),
        "participants": [p.name for p in participants.list_participants(ws, meeting_id=mid)],
        "agenda": [i.title for i in items],
        "decisions": sorted(d.text for d in capture.list_decisions(ws, meeting_id=mid)),
        "actions": sorted([a.text, a.status.value]
                          for a in capture.list_actions(ws, meeting_id=mid)),
        "parking": sorted(p.text for p in capture.list_parked(ws, meeting_id=mid)),
        "board": [[], [], [], []],
    }
    for card in board.list_cards(ws, meeting_id=mid):
        state["board"][card.quadrant].append(card.text)
    for note in capture.list_notes(ws, meeting_id=mid):
        key = f"note:{titles.get(note.agenda_item_id, '')}"
        state.setdefault(key, note.text)  # the item's live note is its first one
    return state


class ScriptedMeeting:
    """A meeting run the way a facilitator runs one, drawn from a seed; keeps its own model of
    what the workspace must hold after each step."""

    def __init__(self, ws: Workspace, seed: int, length: int) -> None:
        self.ws, self.rng, self.length = ws, random.Random(seed), length
        self.title = f"Crash summit {seed}"
        self.mid = 0
        self.items: list[tuple[int, str]] = []  # (id, title) in agenda order
        self.notes: dict[int, str] = {}
        self.decisions: list[tuple[int, str]] = []
        self.actions: dict[int, list[str]] = {}
        self.cards: list[list[tuple[int, str]]] = [[], [], [], []]
        self.parked: list[str] = []
        self.people: list[str] = []
        self.deleted: list[tuple[int, str, DeletedRows]] = []

    def _board(self) -> list[list[str]]:
        return [[text for _, text in quadrant] for quadrant in self.cards]

    def steps(self) -> Iterator[Step]:
        def create() -> None:
            self.mid = meetings.create_meeting(self.ws, title=self.title,
                                               date=dt.date(2026, 11, 24),
                                               planned_start="09:00").id

        yield {"meetings": [self.title]}, create
        for name in ("Maria Lopez", "James Carter", "Aiko Tanaka", "Chloé Martin"):
            self.people.append(name)
            yield {"participants": list(self.people)}, self._call(
                participants.add_participant, meeting_id=self.mid, name=name, team="Sales")
        for n in range(8):
            title = f"Item {n + 1}"
            yield {"agenda": [t for _, t in self.items] + [title]}, self._add_item(title)
        kinds = [self._type_note] * 6 + [self._decide, self._act, self._card, self._card,
                                         self._move_card, self._reorder, self._park,
                                         self._close_action, self._delete_decision,
                                         self._undo_delete]
        for n in range(self.length):
            yield self.rng.choice(kinds)(n)

    def _call(self, fn: Callable[..., object], **kwargs: Any) -> Callable[[], object]:
        return lambda: fn(self.ws, **kwargs)

    def _add_item(self, title: str) -> Callable[[], None]:
        def run() -> None:
            item = agenda.add_item(self.ws, meeting_id=self.mid, title=title, planned_minutes=10)
            self.items.append((item.id, title))
        return run

    def _type_note(self, n: int) -> Step:
        item_id, title = self.rng.choice(self.items)
        text = self.notes.get(item_id, "") + "".join(
            self.rng.choice(WORDS) for _ in range(self.rng.randint(1, 4)))
        self.notes[item_id] = text
        return {f"note:{title}": text}, self._call(
            capture.set_item_note, meeting_id=self.mid, item_id=item_id, text=text)

    def _decide(self, n: int) -> Step:
        text = f"Decision {n}: {self.rng.choice(WORDS).strip()} approved"
        texts = sorted([t for _, t in self.decisions] + [text])

        def run() -> None:
            d = capture.record_decision(self.ws, meeting_id=self.mid, text=text,
                                        item_id=self.rng.choice(self.items)[0])
            self.decisions.append((d.id, text))
            # Undo runs in order: a delete made before this decision can no longer be undone
            # on its own (SQLite may have given this decision the deleted one's id).
            self.deleted.clear()
        return {"decisions": texts}, run

    def _delete_decision(self, n: int) -> Step:
        if not self.decisions:
            return self._decide(n)
        did, text = self.decisions.pop()

        def run() -> None:
            self.deleted.append((did, text, capture.delete_decision(self.ws, decision_id=did)))
        return {"decisions": sorted(t for _, t in self.decisions)}, run

    def _undo_delete(self, n: int) -> Step:
        """Ctrl+Z after a delete: the same decision comes back, with the same id."""
        if not self.deleted:
            return self._delete_decision(n)
        did, text, deleted = self.deleted.pop()
        self.decisions.append((did, text))
        return {"decisions": sorted(t for _, t in self.decisions)}, self._call(
            restore, deleted=deleted)

    def _act(self, n: int) -> Step:
        text = f"Action {n}: send the {self.rng.choice(WORDS).strip()} summary"

        def run() -> None:
            a = capture.add_action(self.ws, meeting_id=self.mid, text=text, owner="Tom Becker",
                                   due=dt.date(2026, 12, 1))
            self.actions[a.id] = [text, ActionStatus.OPEN.value]
        return {"actions": sorted([*self.actions.values(), [text, "open"]])}, run

    def _close_action(self, n: int) -> Step:
        if not self.actions:
            return self._act(n)
        aid = self.rng.choice(sorted(self.actions))
        self.actions[aid] = [self.actions[aid][0], ActionStatus.DONE.value]
        return {"actions": sorted(self.actions.values())}, self._call(
            capture.update_action, action_id=aid, status=ActionStatus.DONE)

    def _card(self, n: int) -> Step:
        quadrant, text = self.rng.randrange(4), f"Card {n}"

        def run() -> None:
            card = board.add_card(self.ws, meeting_id=self.mid, quadrant=quadrant, text=text)
            self.cards[quadrant].append((card.id, text))
        after = self._board()
        after[quadrant].append(text)
        return {"board": after}, run

    def _move_card(self, n: int) -> Step:
        placed = [(q, i) for q in range(4) for i in range(len(self.cards[q]))]
        if not placed:
            return self._card(n)
        q, i = self.rng.choice(placed)
        card = self.cards[q].pop(i)
        target, position = self.rng.randrange(4), self.rng.randint(0, 12)
        self.cards[target].insert(min(position, len(self.cards[target])), card)
        return {"board": self._board()}, self._call(
            board.move_card, card_id=card[0], quadrant=target, position=position)

    def _reorder(self, n: int) -> Step:
        old = self.rng.randrange(len(self.items))
        new = self.rng.randrange(len(self.items))
        item = self.items.pop(old)
        self.items.insert(new, item)
        return {"agenda": [t for _, t in self.items]}, self._call(
            agenda.move_item, item_id=item[0], position=new)

    def _park(self, n: int) -> Step:
        text = f"Parked {n}: pricing for mid-market"
        self.parked.append(text)
        return {"parking": sorted(self.parked)}, self._call(
            capture.park, meeting_id=self.mid, text=text, raised_by="Lucas Silva")


def _say(line: str) -> None:
    os.write(1, (line + "\n").encode())  # straight to the pipe: no buffer to lose in a kill


def main(argv: list[str]) -> int:
    path, seed, length = argv[1], int(argv[2]), int(argv[3])
    _say("OPENING")
    ws = open_workspace(path)
    _say("READY")
    for n, (claims, run) in enumerate(ScriptedMeeting(ws, seed, length).steps()):
        _say(f"BEGIN {n} {json.dumps(claims, ensure_ascii=False)}")
        run()
        _say(f"DONE {n}")
    ws.close()
    _say("END")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
