"""The vote's page on the projector: the projected vote, and R to reveal or hide its results."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.common.document import MeetingDocument
from ui.votes.projector_view import VoteProjectorView


class VotePage(QWidget):
    """Holds the VoteProjectorView; `toggle_revealed()` is what R on the projector does."""

    def __init__(self, document: MeetingDocument, toggle_revealed: Callable[[], object],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = VoteProjectorView(document)
        self.toggle_revealed = toggle_revealed
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def set_vote(self, vote_id: int | None) -> None:
        self.view.set_vote(vote_id)

    def projector_key(self, key: int) -> bool:
        """The projector window offers its keys here first; R reveals or hides the results."""
        if key == Qt.Key.Key_R:
            self.toggle_revealed()
            return True
        return False
