"""The Review tab: in a meeting of a series, the open actions carried over from earlier ones."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.shell.contract import Shell

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from facilitator.workspace import Workspace
    from ui.common.document import MeetingDocument

TAB = "Review"


def review_count(ws: Workspace, meeting_id: int) -> int:
    """How many carried-over actions the meeting reviews (to show the review step or not)."""
    from facilitator.series import list_reviews

    return len(list_reviews(ws, meeting_id=meeting_id))


def _review_tab(document: MeetingDocument) -> QWidget:
    from ui.review.action_review_view import ActionReviewView

    return ActionReviewView(document)


class ReviewFeature:
    name = "review"

    def install(self, shell: Shell) -> None:
        # Only meetings of a series that carried open actions over have a review step.
        shell.add_meeting_tab(TAB, _review_tab, later=True,
                              shown=lambda d: review_count(d.ws, d.meeting_id) > 0)
