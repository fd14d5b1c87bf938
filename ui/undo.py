"""Undo commands: each user edit calls a service in redo and its inverse in undo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand


class ServiceCommand(QUndoCommand):
    """An edit as two calls into the core; the text is what the Edit menu shows.

    `redo` runs when pushed (QUndoStack.push calls it). `merge_id` >= 0 lets bursts of the same
    edit (typing in one note) merge into one command; the first undo is kept, the last redo wins.
    """

    def __init__(
        self,
        text: str,
        redo: Callable[[], object],
        undo: Callable[[], object],
        *,
        merge_id: int = -1,
        merge_key: object = None,
    ) -> None:
        super().__init__(text)
        self._redo, self._undo = redo, undo
        self._merge_id, self.merge_key = merge_id, merge_key

    def redo(self) -> None:
        self._redo()

    def undo(self) -> None:
        self._undo()

    def id(self) -> int:
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt API
        if not isinstance(other, ServiceCommand) or other.merge_key != self.merge_key:
            return False
        self._redo = other._redo
        return True
