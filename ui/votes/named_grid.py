"""Named answers for a small room: the people present by the answers, one click (or Space) each."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from facilitator.errors import FacilitatorError
from facilitator.models import Participant
from facilitator.services.vote_views import VoteView
from ui.common.document import MeetingDocument
from ui.votes import vote_edits
from ui.votes.count_fields import answer_key

MARK = "●"


class NamedGrid(QTableWidget):
    """A row per participant present, a column per answer: a click gives (or takes back) that
    person's answer; a vote of several choices each toggles the option.

    Signals:
        error(str): the answer was refused.
    """

    error = Signal(str)

    def __init__(self, document: MeetingDocument, vote: VoteView, people: list[Participant],
                 parent: QWidget | None = None) -> None:
        super().__init__(len(people), len(vote.options), parent)
        self.document = document
        self.vote = vote
        self.people = people
        self.setHorizontalHeaderLabels([o.text for o in vote.options])
        self.setVerticalHeaderLabels([p.name for p in people])
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row in range(len(people)):
            for column in range(len(vote.options)):
                item = QTableWidgetItem()
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.setItem(row, column, item)
        self.cellClicked.connect(self.answer)
        self.show_vote(vote)

    def chosen(self, participant_id: int) -> set[int]:
        """The option ids this person answered."""
        return {a.option_id for a in self.vote.named if a.participant_id == participant_id}

    def show_vote(self, vote: VoteView) -> None:
        self.vote = vote
        for row, person in enumerate(self.people):
            mine = self.chosen(person.id)
            for column, option in enumerate(vote.options):
                item = self.item(row, column)
                if item is not None:
                    item.setText(MARK if option.id in mine else "")

    @Slot(int, int)
    def answer(self, row: int, column: int) -> None:
        person, option = self.people[row], self.vote.options[column]
        mine = self.chosen(person.id)
        if self.vote.multiple:
            picked = mine ^ {option.id}
            by_id = {o.id: o for o in self.vote.options}
            answer: object = [answer_key(self.vote, by_id[i]) for i in sorted(picked)]
        else:
            answer = None if mine == {option.id} else answer_key(self.vote, option)
        try:
            vote_edits.named_answer(self.document, self.vote.id, person.id, answer, person.name)
        except FacilitatorError as exc:
            self.error.emit(str(exc))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        index = self.currentIndex()
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and index.isValid():
            self.answer(index.row(), index.column())
        else:
            super().keyPressEvent(event)
