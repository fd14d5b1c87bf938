"""Create the next meeting of a series from the window (asks for a series name if needed)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from facilitator.errors import FacilitatorError
from facilitator.series import next_meeting
from facilitator.services.meetings import get_meeting, series_name
from facilitator.workspace import Workspace
from ui.common import dialogs


def create_next_meeting(parent: QWidget | None, ws: Workspace, meeting_id: int) -> int | None:
    """Meeting ▸ Next meeting of the series…: the new meeting's id, or None if cancelled.

    The new meeting copies the agenda and participants and lists every open action of the
    series' earlier meetings in its "Review open actions" step."""
    series = series_name(ws, meeting_id)
    if series is None:
        series = dialogs.ask_text(parent, "Next meeting of the series",
                                "This meeting is not part of a series yet. Series name:",
                                get_meeting(ws, meeting_id).title)
        if series is None or not series.strip():
            return None
    title = dialogs.ask_text(parent, "Next meeting of the series", "Title of the next meeting:",
                           get_meeting(ws, meeting_id).title)
    if title is None or not title.strip():
        return None
    try:
        meeting = next_meeting(ws, meeting_id=meeting_id, title=title, series=series)
    except FacilitatorError as exc:
        dialogs.warn(parent, "Cannot create the next meeting", str(exc))
        return None
    return meeting.id

