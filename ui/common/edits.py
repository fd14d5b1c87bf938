"""Undoable edits over the services: validated first, then pushed on the meeting's undo stack."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from facilitator.services.rows import DeletedRows


class Editable(Protocol):
    """What takes undoable edits: a MeetingDocument, or the workspace's meeting list."""

    def edit(self, text: str, topic: str | tuple[str, ...], redo: Callable[[], object],
             undo: Callable[[], object], *, merge_key: object = None,
             done: bool = False) -> None: ...


def run_edit(
    document: Editable, text: str, topic: str | tuple[str, ...],
    redo: Callable[[], object], undo: Callable[[], object], *,
    merge_key: object = None, done: bool = False,
) -> None:
    """Does `redo` now (unless `done`: the change is already made), then records the edit.

    A ValidationError (bad input) propagates to the caller, which shows it inline, and nothing
    lands on the undo stack.
    """
    if not done:
        redo()
    document.edit(text, topic, redo, undo, merge_key=merge_key, done=True)


def update_edit(
    document: Editable, text: str, topic: str | tuple[str, ...],
    update: Callable[..., dict[str, Any]], /, **changes: Any,
) -> None:
    """An update_* service call; undo writes back the previous values it returned.

    Positional-only before `changes`: a field may be called `text` (a decision's, an action's).
    """
    previous: dict[str, Any] = {}

    def redo() -> None:
        previous.clear()
        previous.update(update(**changes))

    run_edit(document, text, topic, redo, lambda: update(**previous))


def create_edit(
    document: Editable, text: str, topic: str | tuple[str, ...],
    create: Callable[[], int], delete: Callable[[int], DeletedRows],
    restore: Callable[[DeletedRows], None],
) -> int:
    """Creates a row; undo deletes it, redo restores it with the same id. Returns the id."""
    state: dict[str, Any] = {"id": None, "deleted": None}

    def redo() -> None:
        if state["deleted"] is None:
            state["id"] = create()
        else:
            restore(state["deleted"])

    def undo() -> None:
        state["deleted"] = delete(state["id"])

    run_edit(document, text, topic, redo, undo)
    return state["id"]


def adopt_edit(
    document: Editable, text: str, topic: str | tuple[str, ...], row_id: int,
    delete: Callable[[int], DeletedRows], restore: Callable[[DeletedRows], None],
) -> None:
    """A row already created (by a dialog, say) becomes one undoable step: undo deletes it,
    redo restores it with the same id."""
    state: dict[str, DeletedRows] = {}

    def undo() -> None:
        state["deleted"] = delete(row_id)

    run_edit(document, text, topic, lambda: restore(state["deleted"]), undo, done=True)


def delete_edit(
    document: Editable, text: str, topic: str | tuple[str, ...],
    delete: Callable[[], DeletedRows], restore: Callable[[DeletedRows], None],
) -> None:
    """Deletes rows; undo puts them back with the same ids."""
    state: dict[str, DeletedRows] = {}

    def redo() -> None:
        state["deleted"] = delete()

    run_edit(document, text, topic, redo, lambda: restore(state["deleted"]))


def short(text: str, limit: int = 40) -> str:
    """A label for the Edit menu: the first line, elided."""
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"
