"""One open meeting in the window: the workspace, its undo stack, and change signals."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ui.common.commands import ServiceCommand, UndoStack

if TYPE_CHECKING:
    from facilitator.workspace import Workspace


class MeetingDocument(QObject):
    """Views subscribe to the signal for the part they show and refresh only that part.

    Signals:
        changed(str): a part of the meeting changed; the topic is one of TOPICS.
        edited(tuple): after the changed() of one edit's topics, once, with all of them: for
            listeners that do the same work whichever topic it was (a clock jump is two).
    """

    TOPICS = ("meeting", "participants", "agenda", "clock", "notes", "decisions", "actions",
              "board", "parking")

    changed = Signal(str)
    edited = Signal(object)

    def __init__(self, ws: Workspace, meeting_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.meeting_id = meeting_id
        self.undo_stack = UndoStack(self)

    def edit(
        self,
        text: str,
        topic: str | tuple[str, ...],
        redo: Callable[[], object],
        undo: Callable[[], object],
        *,
        merge_key: object = None,
        done: bool = False,
    ) -> None:
        """Records one edit: runs `redo` now, unless `done` (the change is already made); the
        listeners of its topic(s) hear of it now and after every undo and redo of it."""
        topics = (topic,) if isinstance(topic, str) else topic

        def notify(fn: Callable[[], object]) -> Callable[[], None]:
            def run() -> None:
                fn()
                self.notify(topics)
            return run

        self.undo_stack.push(ServiceCommand(text, notify(redo), notify(undo),
                                            merge_key=merge_key), done=done)
        if done:
            self.notify(topics)

    def notify(self, topics: tuple[str, ...]) -> None:
        """Tells the listeners: changed(topic) for each topic, then edited(topics) once."""
        for t in topics:
            self.changed.emit(t)
        self.edited.emit(topics)
