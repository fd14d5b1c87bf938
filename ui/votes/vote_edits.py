"""The votes' edits, each one step on the meeting's undo stack (its text is the Edit menu's label).

A count, a named answer or a checklist answer returns the results as they were (a CountsState);
undo puts them back with restore_counts, redo makes the same call again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from facilitator.services import capture, votes
from facilitator.services.common import restore
from facilitator.textclean import short
from ui.common.commands import Command, SnapshotCommand
from ui.common.document import MeetingDocument, Topic
from ui.common.edits import create_edit, delete_edit, run_edit, update_edit

RAISE_NOTE_BURST = "vote raise note"  # a burst of typing in one note is one undo step


class CountsCommand(Command):
    """An edit of a vote's results: `apply()` makes it and returns the results before."""

    def __init__(self, text: str, document: MeetingDocument,
                 apply: Callable[[], votes.CountsState],
                 before: votes.CountsState | None = None) -> None:
        super().__init__(text)
        self.ws, self.apply, self.before = document.ws, apply, before

    def redo(self) -> None:
        self.before = self.apply()

    def undo(self) -> None:
        assert self.before is not None
        votes.restore_counts(self.ws, state=self.before)


def _counts_edit(document: MeetingDocument, text: str,
                 apply: Callable[[], votes.CountsState]) -> None:
    before = apply()  # bad input raises here, before anything is recorded
    document.push(CountsCommand(text, document, apply, before), Topic.VOTES, done=True)


def count(document: MeetingDocument, vote_id: int, option: Any, value: str) -> None:
    """Counted hands for one answer ("yes", a scale value, an option id); "" clears it."""
    _counts_edit(document, "Count votes",
                 lambda: votes.set_counts(document.ws, vote_id=vote_id, counts={option: value}))


def named_answer(document: MeetingDocument, vote_id: int, participant_id: int, answer: Any,
                 name: str) -> None:
    _counts_edit(document, f"Answer for {short(name, 30)}",
                 lambda: votes.set_named_answer(document.ws, vote_id=vote_id,
                                                participant_id=participant_id, answer=answer))


def checklist_answer(document: MeetingDocument, vote_id: int, option_id: int,
                     **answer: Any) -> None:
    """answer=…, comment=… or counts=… for one question of a checklist."""
    what = "Comment on a check" if set(answer) == {"comment"} else "Answer a check"
    _counts_edit(document, what,
                 lambda: votes.set_checklist_answer(document.ws, vote_id=vote_id,
                                                    option_id=option_id, **answer))


def reveal(document: MeetingDocument, vote_id: int, revealed: bool) -> None:
    ws = document.ws
    run_edit(document, "Reveal the results" if revealed else "Hide the results", Topic.VOTES,
             lambda: votes.set_revealed(ws, vote_id=vote_id, revealed=revealed),
             lambda: votes.set_revealed(ws, vote_id=vote_id, revealed=not revealed))


def record_as_decision(document: MeetingDocument, vote_id: int) -> int:
    ws = document.ws
    return create_edit(
        document, "Record the vote as a decision", (Topic.DECISIONS, Topic.VOTES),
        lambda: votes.record_as_decision(ws, vote_id=vote_id).id,
        lambda did: capture.delete_decision(ws, decision_id=did),
        lambda deleted: restore(ws, deleted))


def no_to_action(document: MeetingDocument, vote_id: int, option_id: int) -> int:
    ws = document.ws
    return create_edit(
        document, "Make the “no” an action item", (Topic.ACTIONS, Topic.VOTES),
        lambda: votes.checklist_no_to_action(ws, vote_id=vote_id, option_id=option_id).id,
        lambda aid: capture.delete_action(ws, action_id=aid),
        lambda deleted: restore(ws, deleted))


def no_to_parking(document: MeetingDocument, vote_id: int, option_id: int) -> int:
    ws = document.ws
    return create_edit(
        document, "Park the “no”", (Topic.PARKING, Topic.VOTES),
        lambda: votes.checklist_no_to_parking(ws, vote_id=vote_id, option_id=option_id).id,
        lambda pid: capture.delete_parked(ws, point_id=pid),
        lambda deleted: restore(ws, deleted))


def raise_note(document: MeetingDocument, vote_id: int, text: str, previous: str,
               burst: int) -> None:
    ws = document.ws
    run_edit(document, "Type what would raise it", Topic.VOTES,
             lambda: votes.update_vote(ws, vote_id=vote_id, raise_note=text),
             lambda: votes.update_vote(ws, vote_id=vote_id, raise_note=previous),
             merge_key=(RAISE_NOTE_BURST, vote_id, burst))


def add_vote(document: MeetingDocument, **fields: Any) -> int:
    ws = document.ws
    return create_edit(
        document, f"Add vote “{short(str(fields.get('question', '')), 30)}”", Topic.VOTES,
        lambda: votes.add_vote(ws, meeting_id=document.meeting_id, **fields).id,
        lambda vid: votes.delete_vote(ws, vote_id=vid),
        lambda deleted: votes.restore_vote(ws, deleted=deleted))


def update_vote(document: MeetingDocument, vote_id: int, question: str,
                **changes: Any) -> None:
    """Edits a vote; a change of its options (which drops the counts of the options gone) is
    undone from a snapshot of the whole vote."""
    ws = document.ws
    text = f"Edit vote “{short(question, 30)}”"
    if "options" in changes:
        before = votes.vote_snapshot(ws, vote_id=vote_id)
        votes.update_vote(ws, vote_id=vote_id, question=question, **changes)
        after = votes.vote_snapshot(ws, vote_id=vote_id)
        document.push(SnapshotCommand(text, lambda s: votes.restore_snapshot(ws, snapshot=s),
                                      before, after), Topic.VOTES, done=True)
        return
    update_edit(document, text, Topic.VOTES,
                lambda **c: votes.update_vote(ws, vote_id=vote_id, **c),
                question=question, **changes)


def set_list_names(document: MeetingDocument, vote_id: int, on: bool) -> None:
    update_edit(document, "List the names in the minutes" if on else "Keep the names out",
                Topic.VOTES,
                lambda **c: votes.update_vote(document.ws, vote_id=vote_id, **c), list_names=on)


def delete_vote(document: MeetingDocument, vote_id: int, question: str) -> None:
    ws = document.ws
    delete_edit(document, f"Delete vote “{short(question, 30)}”", Topic.VOTES,
                lambda: votes.delete_vote(ws, vote_id=vote_id),
                lambda deleted: votes.restore_vote(ws, deleted=deleted))
