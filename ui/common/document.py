"""One open meeting in the window: the workspace, its undo stack, and typed change topics."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ui.common.commands import Command, ServiceCommand, UndoStack

if TYPE_CHECKING:
    from facilitator.workspace import Workspace


class Topic(enum.Enum):
    """The part of a meeting (or of the workspace) an edit changed; views refresh on theirs."""

    MEETING = "meeting"  # its details: title, date, times, board preset, vote limits
    PARTICIPANTS = "participants"
    AGENDA = "agenda"
    CLOCK = "clock"  # the timing: running item, slices, statuses
    NOTES = "notes"
    DECISIONS = "decisions"
    ACTIONS = "actions"
    BOARD = "board"
    PARKING = "parking"
    VOTES = "votes"  # the votes and checks: questions, options, counts, answers, reveal
    MEETINGS = "meetings"  # the workspace's list of meetings (the meeting list's own edits)


Topics = Topic | Iterable[Topic]


def topic_list(topics: Topics) -> tuple[Topic, ...]:
    """The topics in the order given, each once."""
    return tuple(dict.fromkeys((topics,) if isinstance(topics, Topic) else topics))


class MeetingDocument(QObject):
    """Views subscribe to the topics they show and refresh only that part.

    Signals:
        changed(Topic): a part of the meeting changed.
        edited(frozenset[Topic]): after the changed() of one edit's topics, once, with all of
            them: for listeners that do the same work whichever topic it was (a clock jump is
            two).

    Meeting id 0 is the workspace itself: the meeting list's edits (create, delete...).
    """

    changed = Signal(object)
    edited = Signal(object)

    def __init__(self, ws: Workspace, meeting_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.meeting_id = meeting_id
        self.undo_stack = UndoStack(self)

    def edit(self, text: str, topics: Topics, redo: Callable[[], object],
             undo: Callable[[], object], *, merge_key: object = None,
             done: bool = False) -> None:
        """Records one edit of two service calls: runs `redo` now, unless `done` (the change is
        already made); the listeners of its topics hear of it now and after every undo and
        redo of it."""
        self.push(ServiceCommand(text, redo, undo, merge_key=merge_key), topics, done=done)

    def push(self, command: Command, topics: Topics, *, done: bool = False) -> None:
        """Records one edit given as a command (see ui.common.commands)."""
        changed = topic_list(topics)
        self.undo_stack.push(_Notifying(command, lambda: self.notify(changed)), done=done)
        if done:
            self.notify(changed)

    def notify(self, topics: Topics) -> None:
        """Tells the listeners: changed(topic) for each topic, then edited(topics) once."""
        changed = topic_list(topics)
        for topic in changed:
            self.changed.emit(topic)
        self.edited.emit(frozenset(changed))


class _Notifying(Command):
    """A command that tells the document's listeners after each redo and undo."""

    def __init__(self, command: Command, notify: Callable[[], None]) -> None:
        super().__init__(command.text)
        self.command, self._notify = command, notify
        self.merge_key = command.merge_key

    def redo(self) -> None:
        self.command.redo()
        self._notify()

    def undo(self) -> None:
        self.command.undo()
        self._notify()

    def merge(self, later: Command) -> None:
        assert isinstance(later, _Notifying)
        self.command.merge(later.command)
