"""Undo commands: each user edit calls a service in redo and its inverse in undo.

A step that fails (the service refuses, or raises) changes nothing in the workspace (the
service's transaction is rolled back) and leaves the stack where it was: undo_step() and
redo_step() put the index back and return the reason in one line.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QUndoCommand, QUndoGroup, QUndoStack

from facilitator.errors import FacilitatorError
from ui import crash_log


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
        self.failure: str | None = None  # why the last undo or redo could not be done
        self._skip_once = False  # the next undo/redo only moves the index (see _step)

    def redo(self) -> None:
        self._run(self._redo, "redo")

    def undo(self) -> None:
        self._run(self._undo, "undo")

    def _run(self, call: Callable[[], object], verb: str) -> None:
        if self._skip_once:
            self._skip_once = False
            return
        self.failure = None
        try:
            call()
        except FacilitatorError as exc:
            self.failure = f"Could not {verb} “{self.text()}”: {exc}"
        except Exception:
            path = crash_log.write_traceback(*sys.exc_info(),  # type: ignore[arg-type]
                                             context=f"{verb} {self.text()}")
            self.failure = (f"Could not {verb} “{self.text()}” — your work is saved; "
                            f"details in {path}")

    def id(self) -> int:
        return self._merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt API
        if not isinstance(other, ServiceCommand) or other.merge_key != self.merge_key:
            return False
        self._redo = other._redo
        return True


def _step(stack: QUndoStack, forward: bool) -> str | None:
    if not (stack.canRedo() if forward else stack.canUndo()):
        return None
    command = stack.command(stack.index() if forward else stack.index() - 1)
    (stack.redo if forward else stack.undo)()
    failure = getattr(command, "failure", None)
    if failure is None or not isinstance(command, ServiceCommand):
        return None
    # Nothing changed (the service rolled back): step the index back without calling it.
    command.failure = None
    command._skip_once = True
    (stack.undo if forward else stack.redo)()
    return failure


def undo_step(stack: QUndoStack) -> str | None:
    """Undoes one step; None when it worked, else why not (and the stack is as it was)."""
    return _step(stack, forward=False)


def redo_step(stack: QUndoStack) -> str | None:
    """Redoes one step; None when it worked, else why not (and the stack is as it was)."""
    return _step(stack, forward=True)


def edit_actions(group: QUndoGroup, parent: QObject, report: Callable[[str], None],
                 before: Callable[[], object] = lambda: None) -> tuple[QAction, QAction]:
    """Undo and Redo for the Edit menu, on the group's active stack: named after the step
    ("&Undo Delete meeting “Kick-off”"), disabled when there is none, and a step that fails is
    reported in one line instead of moving the stack. `before` runs first (saving typing that
    waits, so that it is a step of its own)."""
    actions = []
    for prefix, step, can, text, can_changed, text_changed in (
            ("&Undo", undo_step, group.canUndo, group.undoText, group.canUndoChanged,
             group.undoTextChanged),
            ("&Redo", redo_step, group.canRedo, group.redoText, group.canRedoChanged,
             group.redoTextChanged)):
        action = QAction(prefix, parent)

        def named(label: str, action: QAction = action, prefix: str = prefix) -> None:
            action.setText(f"{prefix} {label}" if label else prefix)

        def trigger(_checked: bool = False, step: Callable[..., str | None] = step) -> None:
            before()
            stack = group.activeStack()
            failure = step(stack) if stack is not None else None
            if failure:
                report(failure)

        action.triggered.connect(trigger)
        can_changed.connect(action.setEnabled)
        text_changed.connect(named)
        action.setEnabled(can())
        named(text())
        actions.append(action)
    return actions[0], actions[1]
