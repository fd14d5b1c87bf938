"""The usual undoable edits in one call each: the change is made now (bad input raises before
anything is recorded), then recorded on the document's undo stack as a named command."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ui.common.commands import CreateCommand, DeleteCommand, ServiceCommand, UpdateCommand
from ui.common.document import MeetingDocument, Topic, Topics

if TYPE_CHECKING:
    from facilitator.services.rows import DeletedRows


def run_edit(document: MeetingDocument, text: str, topics: Topics,
             redo: Callable[[], object], undo: Callable[[], object], *,
             merge_key: object = None, done: bool = False) -> None:
    """Two service calls, one the inverse of the other; `redo` runs now unless `done`."""
    if not done:
        redo()
    document.push(ServiceCommand(text, redo, undo, merge_key=merge_key), topics, done=True)


def update_edit(document: MeetingDocument, text: str, topics: Topics,
                update: Callable[..., dict[str, Any]], /, **changes: Any) -> None:
    """An update_* service call; undo writes back the previous values it returned.

    Positional-only before `changes`: a field may be called `text` (a decision's, an action's).
    """
    previous = update(**changes)
    document.push(UpdateCommand(text, update, changes, previous), topics, done=True)


def create_edit(document: MeetingDocument, text: str, topics: Topics,
                create: Callable[[], int], delete: Callable[[int], DeletedRows],
                restore: Callable[[DeletedRows], None]) -> int:
    """Creates a row; undo deletes it, redo restores it with the same id. Returns the id."""
    row_id = create()
    document.push(CreateCommand(text, create, delete, restore, row_id=row_id), topics,
                  done=True)
    return row_id


def adopt_edit(document: MeetingDocument, text: str, topics: Topics, row_id: int,
               delete: Callable[[int], DeletedRows],
               restore: Callable[[DeletedRows], None]) -> None:
    """A row already created (by a dialog, say) becomes one undoable step."""
    document.push(CreateCommand(text, None, delete, restore, row_id=row_id), topics, done=True)


def delete_edit(document: MeetingDocument, text: str, topics: Topics,
                delete: Callable[[], DeletedRows],
                restore: Callable[[DeletedRows], None]) -> None:
    """Deletes rows; undo puts them back with the same ids."""
    deleted = delete()
    document.push(DeleteCommand(text, delete, restore, deleted=deleted), topics, done=True)


def adopt_meeting(workspace: MeetingDocument, meeting_id: int, how: str) -> None:
    """A meeting made by a dialog (from a template, a pasted agenda, as the next of a series)
    becomes one undoable step of the meeting list, as New meeting is."""
    from facilitator.services import meetings
    from facilitator.textclean import short

    ws = workspace.ws
    title = meetings.get_meeting(ws, meeting_id).title
    adopt_edit(workspace, f"Create meeting “{short(title)}” {how}", Topic.MEETINGS, meeting_id,
               lambda mid: meetings.delete_meeting(ws, meeting_id=mid),
               lambda deleted: meetings.restore_meeting(ws, deleted=deleted))
