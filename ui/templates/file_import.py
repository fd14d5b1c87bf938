"""Meetings from files: a Word or text agenda (through the paste dialog's preview) or a calendar
invitation (which event, when it holds several); the file is only read, never changed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from facilitator.errors import FacilitatorError
from ui.common import dialogs

if TYPE_CHECKING:
    from facilitator.invite import InviteEvent
    from facilitator.workspace import Workspace
    from ui.common.document import MeetingDocument

AGENDA_SUFFIXES = (".docx", ".docm", ".txt", ".text", ".md")
INVITE_SUFFIXES = (".ics", ".ical", ".ifb", ".vcs")
FILE_FILTER = ("Agendas and invitations (*.docx *.txt *.md *.ics);;Word documents (*.docx);;"
               "Text files (*.txt *.md);;Calendar invitations (*.ics);;All files (*)")


def choose_file(parent: QWidget | None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, "New meeting from a file", "", FILE_FILTER)
    return Path(name) if name else None


def meeting_from_file(parent: QWidget | None, ws: Workspace, path: Path) -> int | None:
    """The new meeting's id, or None (cancelled, or the file refused in one line)."""
    if path.suffix.lower() in INVITE_SUFFIXES:
        return meeting_from_invite(parent, ws, path)
    from ui.templates.paste_agenda_dialog import paste_agenda_as_meeting

    return paste_agenda_as_meeting(parent, ws, path)


def agenda_from_file(parent: QWidget | None, document: MeetingDocument, path: Path) -> bool:
    """A text or Word agenda dropped on the open meeting's agenda: its items added at the end,
    after the preview."""
    from ui.templates.paste_agenda_dialog import paste_agenda_into

    return paste_agenda_into(parent, document, path)


def meeting_from_invite(parent: QWidget | None, ws: Workspace, path: Path) -> int | None:
    from facilitator.invite import read_invite
    from facilitator.services.invites import create_meeting_from_invite

    try:
        events = read_invite(path)
        event = _choose_event(parent, events)
        if event is None:
            return None
        return create_meeting_from_invite(ws, event).id
    except (FacilitatorError, OSError) as exc:
        dialogs.warn(parent, "Cannot import the invitation", str(exc))
        return None


def _choose_event(parent: QWidget | None, events: list[InviteEvent]) -> InviteEvent | None:
    if len(events) == 1:
        return events[0]
    labels = [_event_label(n, e) for n, e in enumerate(events, 1)]
    label, ok = QInputDialog.getItem(parent, "Which meeting?",
                                     "The invitation holds several meetings:", labels, 0, False)
    return events[labels.index(label)] if ok else None


def _event_label(n: int, event: InviteEvent) -> str:
    when = " ".join(x for x in (event.date.isoformat() if event.date else "",
                                event.start.strftime("%H:%M") if event.start else "") if x)
    cancelled = " (cancelled)" if event.cancelled else ""
    return f"{n}. {event.title}{cancelled}" + (f" — {when}" if when else "")
