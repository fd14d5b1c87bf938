"""Board edits as undoable commands: each runs its service now (bad input raises before anything
is recorded), then goes on the meeting's undo stack as a named command with its inverse."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from facilitator.domain import BoardPreset
from facilitator.services import board, capture, dot_voting, meetings
from facilitator.services.common import restore
from facilitator.services.dot_voting import cast_vote
from facilitator.textclean import short
from ui.common.commands import (
    Command,
    CreateCommand,
    DeleteCommand,
    ServiceCommand,
    UpdateCommand,
)
from ui.common.document import MeetingDocument, Topic

BOARD = Topic.BOARD
BOARD_AND_MEETING = (Topic.BOARD, Topic.MEETING)


def quoted(text: str) -> str:
    return f"“{short(text)}”"


class MoveCards(Command):
    """Cards sent to a quadrant (or moved within one); undo puts the layout back."""

    def __init__(self, text: str, ws: Any, card_ids: list[int], quadrant: int,
                 position: int | None, before: board.Layout) -> None:
        super().__init__(text)
        self.ws, self.card_ids, self.quadrant, self.position = ws, card_ids, quadrant, position
        self.before = before

    def redo(self) -> None:
        board.move_cards(self.ws, card_ids=self.card_ids, quadrant=self.quadrant,
                         position=self.position)

    def undo(self) -> None:
        board.set_layout(self.ws, layout=self.before)


class MergeCards(Command):
    """Cards merged into the first; undo brings the others back with their ids."""

    def __init__(self, text: str, ws: Any, keep: int, others: list[int],
                 merges: list[board.CardMerge]) -> None:
        super().__init__(text)
        self.ws, self.keep, self.others, self.merges = ws, keep, others, merges

    def redo(self) -> None:
        self.merges = board.merge_many(self.ws, card_id=self.keep, other_ids=self.others)

    def undo(self) -> None:
        board.unmerge_many(self.ws, merges=self.merges)


def add_card(document: MeetingDocument, quadrant: int, text: str, team: str = "") -> int:
    ws = document.ws
    card = board.add_card(ws, meeting_id=document.meeting_id, quadrant=quadrant, text=text,
                          team=team)
    document.push(CreateCommand(f"Add card {quoted(card.text)}", None,
                                lambda cid: board.delete_card(ws, card_id=cid),
                                lambda deleted: restore(ws, deleted), row_id=card.id),
                  BOARD, done=True)
    return card.id


def edit_text(document: MeetingDocument, card_id: int, text: str) -> None:
    ws = document.ws

    def update(**changes: Any) -> dict[str, Any]:
        return board.update_card(ws, card_id=card_id, **changes)

    previous = update(text=text)
    document.push(UpdateCommand(f"Edit card {quoted(text)}", update, {"text": text}, previous),
                  BOARD, done=True)


def set_team(document: MeetingDocument, card_ids: Sequence[int], team: str) -> None:
    ws, card_ids = document.ws, list(card_ids)
    previous = board.update_cards(ws, card_ids=card_ids, team=team)
    document.push(ServiceCommand(
        f"Set team {team or '(none)'}",
        lambda: board.update_cards(ws, card_ids=card_ids, team=team),
        lambda: board.set_card_values(ws, values=previous)), BOARD, done=True)


def delete_cards(document: MeetingDocument, card_ids: Sequence[int]) -> None:
    ws, card_ids = document.ws, list(card_ids)
    label = "Delete card" if len(card_ids) == 1 else f"Delete {len(card_ids)} cards"
    document.push(DeleteCommand(label, lambda: board.delete_cards(ws, card_ids=card_ids),
                                lambda deleted: restore(ws, deleted),
                                deleted=board.delete_cards(ws, card_ids=card_ids)),
                  BOARD, done=True)


def move_cards(document: MeetingDocument, card_ids: Sequence[int], quadrant: int,
               position: int | None = None) -> None:
    ws = document.ws
    card_ids = list(card_ids)
    before = board.move_cards(ws, card_ids=card_ids, quadrant=quadrant, position=position)
    label = board_label(document, quadrant)
    what = "card" if len(card_ids) == 1 else f"{len(card_ids)} cards"
    within = all(before[c][0] == quadrant for c in card_ids)
    text = f"Reorder {what} in {label}" if within else f"Move {what} to {label}"
    document.push(MoveCards(text, ws, card_ids, quadrant, position, before), BOARD, done=True)


def vote(document: MeetingDocument, card_id: int, delta: int) -> None:
    ws = document.ws
    previous = cast_vote(ws, card_id=card_id, delta=delta)
    document.push(ServiceCommand(
        "Add a dot" if delta > 0 else "Take a dot back",
        lambda: board.update_card(ws, card_id=card_id, votes=previous + delta),
        lambda: board.update_card(ws, card_id=card_id, votes=previous)), BOARD, done=True)


def sort_by_votes(document: MeetingDocument, quadrant: int | None = None) -> None:
    ws, mid = document.ws, document.meeting_id
    before = board.sort_by_votes(ws, meeting_id=mid, quadrant=quadrant)
    where = "the board" if quadrant is None else board_label(document, quadrant)
    document.push(ServiceCommand(
        f"Sort {where} by votes",
        lambda: board.sort_by_votes(ws, meeting_id=mid, quadrant=quadrant),
        lambda: board.set_layout(ws, layout=before)), BOARD, done=True)


def merge_cards(document: MeetingDocument, card_ids: Sequence[int]) -> None:
    """Merges the other cards into the first: texts joined, votes summed, teams combined."""
    ws = document.ws
    keep, others = card_ids[0], list(card_ids[1:])
    merges = board.merge_many(ws, card_id=keep, other_ids=others)
    document.push(MergeCards(f"Merge {len(card_ids)} cards", ws, keep, others, merges), BOARD,
                  done=True)


def card_to_action(document: MeetingDocument, card_id: int, owner: str,
                   due: dt.date | None) -> int:
    ws = document.ws
    action = board.card_to_action(ws, card_id=card_id, owner=owner, due=due)
    document.push(CreateCommand(f"Make action {quoted(action.text)}", None,
                                lambda aid: capture.delete_action(ws, action_id=aid),
                                lambda deleted: restore(ws, deleted), row_id=action.id),
                  (Topic.ACTIONS, BOARD), done=True)
    return action.id


def set_preset(document: MeetingDocument, preset: BoardPreset,
               labels: list[str] | None = None) -> None:
    ws, mid = document.ws, document.meeting_id
    old_preset, old_labels = meetings.set_board_preset(ws, meeting_id=mid, preset=preset,
                                                       labels=labels)
    document.push(ServiceCommand(
        "Change board quadrants",
        lambda: meetings.set_board_preset(ws, meeting_id=mid, preset=preset, labels=labels),
        lambda: meetings.set_board_preset(ws, meeting_id=mid, preset=old_preset,
                                          labels=old_labels)), BOARD_AND_MEETING, done=True)


def set_vote_limits(document: MeetingDocument, vote_limit: int | None,
                    votes_per_participant: int | None) -> None:
    ws, mid = document.ws, document.meeting_id
    values = {"vote_limit": vote_limit, "votes_per_participant": votes_per_participant}

    def update(**changes: Any) -> dict[str, Any]:
        return meetings.update_meeting(ws, meeting_id=mid, **changes)

    previous = update(**values)
    document.push(UpdateCommand("Change dot voting limits", update, values, previous),
                  BOARD_AND_MEETING, done=True)


def board_label(document: MeetingDocument, quadrant: int) -> str:
    return meetings.get_meeting(document.ws, document.meeting_id).board_labels[quadrant]


def clear_votes(document: MeetingDocument) -> None:
    ws, mid = document.ws, document.meeting_id
    previous = dot_voting.clear_votes(ws, meeting_id=mid)
    document.push(ServiceCommand("Clear all dots",
                                 lambda: dot_voting.clear_votes(ws, meeting_id=mid),
                                 lambda: dot_voting.restore_votes(ws, votes=previous)),
                  BOARD, done=True)
