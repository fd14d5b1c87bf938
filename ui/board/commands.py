"""Board edits as undoable commands: each runs its service now (bad input raises before anything
is pushed), then sits on the meeting's undo stack with its inverse."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from facilitator.domain import BoardPreset
from facilitator.services import board, capture, dot_voting, meetings
from facilitator.services.common import restore
from facilitator.services.dot_voting import cast_vote
from ui.common.document import MeetingDocument

BOARD = "board"


def short(text: str, width: int = 32) -> str:
    line = text.splitlines()[0] if text else ""
    return f"“{line if len(line) <= width else line[: width - 1] + '…'}”"


def _push(document: MeetingDocument, text: str, topic: str | tuple[str, ...],
          redo: Callable[[], object], undo: Callable[[], object]) -> None:
    """Records an edit whose change is already made; redo after an undo runs `redo` again."""
    document.edit(text, topic, redo, undo, done=True)


def _restore_last(ws: Any, deleted: list[Any]) -> None:
    restore(ws, deleted[-1])
    deleted.pop()  # only once the rows are back: a step that failed can be tried again


def add_card(document: MeetingDocument, quadrant: int, text: str, team: str = "") -> int:
    ws = document.ws
    card = board.add_card(ws, meeting_id=document.meeting_id, quadrant=quadrant, text=text,
                          team=team)
    deleted: list[Any] = []
    _push(document, f"Add card {short(card.text)}", BOARD,
          lambda: _restore_last(ws, deleted),
          lambda: deleted.append(board.delete_card(ws, card_id=card.id)))
    return card.id


def edit_text(document: MeetingDocument, card_id: int, text: str) -> None:
    ws = document.ws
    previous = board.update_card(ws, card_id=card_id, text=text)
    _push(document, f"Edit card {short(text)}", BOARD,
          lambda: board.update_card(ws, card_id=card_id, text=text),
          lambda: board.update_card(ws, card_id=card_id, **previous))


def set_team(document: MeetingDocument, card_ids: Sequence[int], team: str) -> None:
    ws, card_ids = document.ws, list(card_ids)
    previous = board.update_cards(ws, card_ids=card_ids, team=team)
    _push(document, f"Set team {team or '(none)'}", BOARD,
          lambda: board.update_cards(ws, card_ids=card_ids, team=team),
          lambda: board.set_card_values(ws, values=previous))


def delete_cards(document: MeetingDocument, card_ids: Sequence[int]) -> None:
    ws, card_ids = document.ws, list(card_ids)
    deleted = [board.delete_cards(ws, card_ids=card_ids)]

    def redo() -> None:
        deleted.append(board.delete_cards(ws, card_ids=card_ids))

    label = "Delete card" if len(card_ids) == 1 else f"Delete {len(card_ids)} cards"
    _push(document, label, BOARD, redo, lambda: _restore_last(ws, deleted))


def move_cards(document: MeetingDocument, card_ids: Sequence[int], quadrant: int,
               position: int | None = None) -> None:
    ws = document.ws
    card_ids = list(card_ids)
    before = board.move_cards(ws, card_ids=card_ids, quadrant=quadrant, position=position)
    label = board_label(document, quadrant)
    what = "card" if len(card_ids) == 1 else f"{len(card_ids)} cards"
    verb = "Reorder" if all(before[c][0] == quadrant for c in card_ids) else "Move"
    _push(document, f"{verb} {what} in {label}" if verb == "Reorder" else
          f"Move {what} to {label}", BOARD,
          lambda: board.move_cards(ws, card_ids=card_ids, quadrant=quadrant, position=position),
          lambda: board.set_layout(ws, layout=before))


def vote(document: MeetingDocument, card_id: int, delta: int) -> None:
    ws = document.ws
    previous = cast_vote(ws, card_id=card_id, delta=delta)
    _push(document, "Add a dot" if delta > 0 else "Take a dot back", BOARD,
          lambda: board.update_card(ws, card_id=card_id, votes=previous + delta),
          lambda: board.update_card(ws, card_id=card_id, votes=previous))


def sort_by_votes(document: MeetingDocument, quadrant: int | None = None) -> None:
    ws, mid = document.ws, document.meeting_id
    before = board.sort_by_votes(ws, meeting_id=mid, quadrant=quadrant)
    where = "the board" if quadrant is None else board_label(document, quadrant)
    _push(document, f"Sort {where} by votes", BOARD,
          lambda: board.sort_by_votes(ws, meeting_id=mid, quadrant=quadrant),
          lambda: board.set_layout(ws, layout=before))


def merge_cards(document: MeetingDocument, card_ids: Sequence[int]) -> None:
    """Merges the other cards into the first: texts joined, votes summed, teams combined."""
    ws = document.ws
    keep, others = card_ids[0], list(card_ids[1:])
    merges = [board.merge_many(ws, card_id=keep, other_ids=others)]

    def redo() -> None:
        merges.append(board.merge_many(ws, card_id=keep, other_ids=others))

    def undo() -> None:
        board.unmerge_many(ws, merges=merges[-1])
        merges.pop()

    _push(document, f"Merge {len(card_ids)} cards", BOARD, redo, undo)


def card_to_action(document: MeetingDocument, card_id: int, owner: str,
                   due: dt.date | None) -> int:
    ws = document.ws
    action = board.card_to_action(ws, card_id=card_id, owner=owner, due=due)
    deleted: list[Any] = []
    _push(document, f"Make action {short(action.text)}", ("actions", BOARD),
          lambda: _restore_last(ws, deleted),
          lambda: deleted.append(capture.delete_action(ws, action_id=action.id)))
    return action.id


def set_preset(document: MeetingDocument, preset: BoardPreset,
               labels: list[str] | None = None) -> None:
    ws, mid = document.ws, document.meeting_id
    old_preset, old_labels = meetings.set_board_preset(ws, meeting_id=mid, preset=preset,
                                                       labels=labels)
    _push(document, "Change board quadrants", (BOARD, "meeting"),
          lambda: meetings.set_board_preset(ws, meeting_id=mid, preset=preset, labels=labels),
          lambda: meetings.set_board_preset(ws, meeting_id=mid, preset=old_preset,
                                            labels=old_labels))


def set_vote_limits(document: MeetingDocument, vote_limit: int | None,
                    votes_per_participant: int | None) -> None:
    ws, mid = document.ws, document.meeting_id
    values = {"vote_limit": vote_limit, "votes_per_participant": votes_per_participant}
    previous = meetings.update_meeting(ws, meeting_id=mid, **values)
    _push(document, "Change dot voting limits", (BOARD, "meeting"),
          lambda: meetings.update_meeting(ws, meeting_id=mid, **values),
          lambda: meetings.update_meeting(ws, meeting_id=mid, **previous))


def board_label(document: MeetingDocument, quadrant: int) -> str:
    return meetings.get_meeting(document.ws, document.meeting_id).board_labels[quadrant]


def clear_votes(document: MeetingDocument) -> None:
    ws, mid = document.ws, document.meeting_id
    previous = dot_voting.clear_votes(ws, meeting_id=mid)
    _push(document, "Clear all dots", BOARD,
          lambda: dot_voting.clear_votes(ws, meeting_id=mid),
          lambda: dot_voting.restore_votes(ws, votes=previous))
