"""Undo and redo: a stack of commands per meeting, and the group that follows the last one edited.

Each user edit is a command whose redo calls a service and whose undo calls its inverse; its text
is what the Edit menu shows. A step that fails (the service refuses, or raises) changes nothing
in the workspace (the service's transaction is rolled back) and leaves the stack where it was;
undo() and redo() return the reason in one line.

The commands are plain Python objects on a stack of our own, not QUndoCommands on a QUndoStack:
PySide6 (seen on 6.10.3, 6.11.2 and 6.11.3) corrupts memory when Python's garbage collector
frees a QUndoStack, or an object that owns one, together with two or more Python QUndoCommands
that refer back to it, and a command's undo refers to its meeting by nature. The signals and
method names follow QUndoStack and QUndoGroup.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from facilitator.errors import FacilitatorError
from ui.common import crash_log

if TYPE_CHECKING:  # SQLAlchemy loads with the workspace, after the window shows
    from facilitator.services.rows import DeletedRows


class Command:
    """One undoable edit. `text` is the Edit menu's label ("Delete card", "Move “Lunch”").

    Commands with the same `merge_key` (not None) pushed one after the other merge into one step
    (a burst of typing in one note): the first one's undo, the last one's redo.
    """

    merge_key: object = None

    def __init__(self, text: str) -> None:
        self.text = text

    def redo(self) -> None:
        raise NotImplementedError

    def undo(self) -> None:
        raise NotImplementedError

    def merge(self, later: Command) -> None:
        """Takes over `later`, pushed right after this one with the same merge key."""
        raise NotImplementedError


class ServiceCommand(Command):
    """An edit as two calls into the core."""

    def __init__(self, text: str, redo: Callable[[], object], undo: Callable[[], object], *,
                 merge_key: object = None) -> None:
        super().__init__(text)
        self._redo, self._undo = redo, undo
        self.merge_key = merge_key

    def redo(self) -> None:
        self._redo()

    def undo(self) -> None:
        self._undo()

    def merge(self, later: Command) -> None:
        assert isinstance(later, ServiceCommand)
        self._redo = later._redo


class UpdateCommand(Command):
    """Changes fields of one row: `update(**changes)` returns the previous values, which undo
    writes back. `previous` given: the change is already made."""

    def __init__(self, text: str, update: Callable[..., dict[str, Any]],
                 changes: dict[str, Any], previous: dict[str, Any] | None = None) -> None:
        super().__init__(text)
        self.update, self.changes = update, changes
        self.previous = previous or {}

    def redo(self) -> None:
        self.previous = self.update(**self.changes)

    def undo(self) -> None:
        self.update(**self.previous)


class CreateCommand(Command):
    """Makes a row: undo deletes it (keeping what went with it), redo puts it back with the same
    id. `row_id` given: the row is already made (by a dialog, say)."""

    def __init__(self, text: str, create: Callable[[], int] | None,
                 delete: Callable[[int], DeletedRows],
                 restore: Callable[[DeletedRows], None], *, row_id: int | None = None) -> None:
        super().__init__(text)
        self.create, self.delete, self.restore = create, delete, restore
        self.row_id = row_id
        self.deleted: DeletedRows | None = None

    def redo(self) -> None:
        if self.deleted is None:
            assert self.create is not None
            self.row_id = self.create()
        else:
            self.restore(self.deleted)
            self.deleted = None  # only once it is back: a step that failed can be tried again

    def undo(self) -> None:
        assert self.row_id is not None
        self.deleted = self.delete(self.row_id)


class DeleteCommand(Command):
    """Deletes rows: undo puts them back with the same ids. `deleted` given: already deleted."""

    def __init__(self, text: str, delete: Callable[[], DeletedRows],
                 restore: Callable[[DeletedRows], None], *,
                 deleted: DeletedRows | None = None) -> None:
        super().__init__(text)
        self.delete, self.restore = delete, restore
        self.deleted = deleted

    def redo(self) -> None:
        self.deleted = self.delete()

    def undo(self) -> None:
        assert self.deleted is not None
        self.restore(self.deleted)


class SnapshotCommand(Command):
    """Puts back a state taken before and one taken after the change (the clock's timing)."""

    def __init__(self, text: str, restore: Callable[[Any], object], before: Any,
                 after: Any) -> None:
        super().__init__(text)
        self.restore, self.before, self.after = restore, before, after

    def redo(self) -> None:
        self.restore(self.after)

    def undo(self) -> None:
        self.restore(self.before)


class MacroCommand(Command):
    """Several commands as one step: redone in order, undone last first. A child that fails
    puts back the ones already done, so the step is whole or not at all."""

    def __init__(self, text: str, children: list[Command]) -> None:
        super().__init__(text)
        self.children = children

    def redo(self) -> None:
        self._run(self.children, "redo", "undo")

    def undo(self) -> None:
        self._run(list(reversed(self.children)), "undo", "redo")

    @staticmethod
    def _run(children: list[Command], verb: str, inverse: str) -> None:
        done: list[Command] = []
        try:
            for child in children:
                getattr(child, verb)()
                done.append(child)
        except Exception:
            for child in reversed(done):
                getattr(child, inverse)()
            raise


def _attempt(call: Callable[[], object], verb: str, text: str) -> str | None:
    """None when `call` worked; else why not, in one line (an unexpected error is logged)."""
    try:
        call()
    except FacilitatorError as exc:
        return f"Could not {verb} “{text}”: {exc}"
    except Exception:
        path = crash_log.write_traceback(*sys.exc_info(),
                                         context=f"{verb} {text}")
        return f"Could not {verb} “{text}” — your work is saved; details in {path}"
    return None


class _UndoState(QObject):
    """What the Edit menu follows (the signals of QUndoStack and QUndoGroup): canUndoChanged(bool),
    canRedoChanged(bool), undoTextChanged(str), redoTextChanged(str)."""

    canUndoChanged = Signal(bool)
    canRedoChanged = Signal(bool)
    undoTextChanged = Signal(str)
    redoTextChanged = Signal(str)


class UndoStack(_UndoState):
    """The edits of one meeting (or of the meeting list), in order, with the current index.

    Signals: indexChanged(int), and those of _UndoState.
    """

    indexChanged = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._commands: list[Command] = []
        self._index = 0

    # --- reading --------------------------------------------------------------------------------
    def index(self) -> int:
        return self._index

    def count(self) -> int:
        return len(self._commands)

    def command(self, index: int) -> Command:
        return self._commands[index]

    def text(self, index: int) -> str:
        return self._commands[index].text

    def canUndo(self) -> bool:  # noqa: N802 - QUndoStack's name
        return self._index > 0

    def canRedo(self) -> bool:  # noqa: N802 - QUndoStack's name
        return self._index < len(self._commands)

    def undoText(self) -> str:  # noqa: N802 - QUndoStack's name
        return self._commands[self._index - 1].text if self.canUndo() else ""

    def redoText(self) -> str:  # noqa: N802 - QUndoStack's name
        return self._commands[self._index].text if self.canRedo() else ""

    # --- changing -------------------------------------------------------------------------------
    def push(self, command: Command, *, done: bool = False) -> None:
        """Adds an edit. Its redo runs first unless `done` (the change is already made); an
        exception from it propagates and nothing is added. The steps that could be redone go."""
        if not done:
            command.redo()
        del self._commands[self._index:]
        top = self._commands[-1] if self._commands else None
        if (top is not None and command.merge_key is not None
                and command.merge_key == top.merge_key):
            top.merge(command)
        else:
            self._commands.append(command)
        self._index = len(self._commands)
        self._moved()

    def undo(self) -> str | None:
        """Undoes one step: None when done (or nothing to undo), else why it could not be."""
        if not self.canUndo():
            return None
        command = self._commands[self._index - 1]
        failure = _attempt(command.undo, "undo", command.text)
        if failure is None:
            self._index -= 1
            self._moved()
        return failure

    def redo(self) -> str | None:
        """Redoes one step: None when done (or nothing to redo), else why it could not be."""
        if not self.canRedo():
            return None
        command = self._commands[self._index]
        failure = _attempt(command.redo, "redo", command.text)
        if failure is None:
            self._index += 1
            self._moved()
        return failure

    def clear(self) -> None:
        self._commands.clear()
        self._index = 0
        self._moved()

    def _moved(self) -> None:
        self.indexChanged.emit(self._index)
        self.canUndoChanged.emit(self.canUndo())
        self.canRedoChanged.emit(self.canRedo())
        self.undoTextChanged.emit(self.undoText())
        self.redoTextChanged.emit(self.redoText())


class UndoGroup(_UndoState):
    """The stacks of the window; Undo and Redo act on the active one (see QUndoGroup).

    Signals: activeStackChanged(object), and those of _UndoState from the active stack.
    """

    activeStackChanged = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stacks: list[UndoStack] = []
        self._active: UndoStack | None = None

    def stacks(self) -> list[UndoStack]:
        return list(self._stacks)

    def addStack(self, stack: UndoStack) -> None:  # noqa: N802 - QUndoGroup's name
        if stack not in self._stacks:
            self._stacks.append(stack)

    def removeStack(self, stack: UndoStack) -> None:  # noqa: N802 - QUndoGroup's name
        if stack in self._stacks:
            self._stacks.remove(stack)
        if stack is self._active:
            self.setActiveStack(None)

    def activeStack(self) -> UndoStack | None:  # noqa: N802 - QUndoGroup's name
        return self._active

    def setActiveStack(self, stack: UndoStack | None) -> None:  # noqa: N802
        if stack is self._active:
            return
        forwarded = (("canUndoChanged", self.canUndoChanged), ("canRedoChanged",
                     self.canRedoChanged), ("undoTextChanged", self.undoTextChanged),
                     ("redoTextChanged", self.redoTextChanged))
        if self._active is not None:
            for name, signal in forwarded:
                getattr(self._active, name).disconnect(signal)
        self._active = stack
        if stack is not None:
            self.addStack(stack)
            for name, signal in forwarded:
                getattr(stack, name).connect(signal)
        self.canUndoChanged.emit(self.canUndo())
        self.canRedoChanged.emit(self.canRedo())
        self.undoTextChanged.emit(self.undoText())
        self.redoTextChanged.emit(self.redoText())
        self.activeStackChanged.emit(stack)

    def canUndo(self) -> bool:  # noqa: N802 - QUndoGroup's name
        return self._active is not None and self._active.canUndo()

    def canRedo(self) -> bool:  # noqa: N802 - QUndoGroup's name
        return self._active is not None and self._active.canRedo()

    def undoText(self) -> str:  # noqa: N802 - QUndoGroup's name
        return self._active.undoText() if self._active is not None else ""

    def redoText(self) -> str:  # noqa: N802 - QUndoGroup's name
        return self._active.redoText() if self._active is not None else ""


def edit_actions(group: UndoGroup | UndoStack, parent: QObject, report: Callable[[str], None],
                 before: Callable[[], object] = lambda: None) -> tuple[QAction, QAction]:
    """Undo and Redo for an Edit menu, on a group's active stack (or on one stack): named after
    the step ("&Undo Delete meeting “Kick-off”"), disabled when there is none; a step that fails
    is reported in one line and the stack stays. `before` runs first (saving typing that waits,
    so that it is a step of its own)."""

    def stack() -> UndoStack | None:
        return group.activeStack() if isinstance(group, UndoGroup) else group

    actions = []
    for prefix, verb, can, text, can_changed, text_changed in (
            ("&Undo", "undo", group.canUndo, group.undoText, group.canUndoChanged,
             group.undoTextChanged),
            ("&Redo", "redo", group.canRedo, group.redoText, group.canRedoChanged,
             group.redoTextChanged)):
        action = QAction(prefix, parent)

        def named(label: str, action: QAction = action, prefix: str = prefix) -> None:
            # A label's own & is not a mnemonic ("Sales && Marketing").
            action.setText(f"{prefix} {label.replace('&', '&&')}" if label else prefix)

        def trigger(_checked: bool = False, verb: str = verb) -> None:
            before()
            target = stack()
            failure = getattr(target, verb)() if target is not None else None
            if failure:
                report(failure)

        action.triggered.connect(trigger)
        can_changed.connect(action.setEnabled)
        text_changed.connect(named)
        action.setEnabled(can())
        named(text())
        actions.append(action)
    return actions[0], actions[1]
