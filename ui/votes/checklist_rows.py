"""A checklist answered by the group: per question Yes / No / Not sure, a comment, and for a
"no" the way on to an action item or the parking lot."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from facilitator.domain import ChecklistAnswer
from facilitator.errors import FacilitatorError
from facilitator.services.vote_views import VoteView
from ui.common.document import MeetingDocument
from ui.votes import vote_edits

ANSWERS = (ChecklistAnswer.YES, ChecklistAnswer.NO, ChecklistAnswer.NOT_SURE)


class ChecklistRows(QWidget):
    """One row per question.

    Signals:
        error(str): an answer or a follow-up was refused.
        message(str): what a follow-up made ("Action item added").
    """

    error = Signal(str)
    message = Signal(str)

    def __init__(self, document: MeetingDocument, vote: VoteView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.vote = vote
        self.answer_buttons: list[dict[ChecklistAnswer, QPushButton]] = []
        self.comments: list[QLineEdit] = []
        self.to_action: list[QPushButton] = []
        self.to_parking: list[QPushButton] = []
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for n, option in enumerate(vote.options):
            question = QLabel(option.text, wordWrap=True)
            grid.addWidget(question, 2 * n, 0, 1, 6)
            buttons = {}
            for column, answer in enumerate(ANSWERS):
                button = QPushButton(answer.label)
                button.setCheckable(True)
                button.clicked.connect(lambda _c=False, n=n, a=answer: self.answer(n, a))
                grid.addWidget(button, 2 * n + 1, column)
                buttons[answer] = button
            self.answer_buttons.append(buttons)
            comment = QLineEdit(option.comment)
            comment.setPlaceholderText("Comment")
            comment.editingFinished.connect(lambda n=n: self._comment(n))
            grid.addWidget(comment, 2 * n + 1, 3)
            self.comments.append(comment)
            action = QPushButton("→ Action item")
            action.clicked.connect(lambda _c=False, n=n: self._follow_up(
                n, vote_edits.no_to_action, "Action item added"))
            parking = QPushButton("→ Parking lot")
            parking.clicked.connect(lambda _c=False, n=n: self._follow_up(
                n, vote_edits.no_to_parking, "Point parked"))
            grid.addWidget(action, 2 * n + 1, 4)
            grid.addWidget(parking, 2 * n + 1, 5)
            self.to_action.append(action)
            self.to_parking.append(parking)
        grid.setColumnStretch(3, 1)
        self.show_vote(vote)

    def show_vote(self, vote: VoteView) -> None:
        self.vote = vote
        for n, option in enumerate(vote.options):
            for answer, button in self.answer_buttons[n].items():
                button.setChecked(option.result is answer)
            comment = self.comments[n]
            if comment.text() != option.comment and not (comment.hasFocus()
                                                         and comment.isModified()):
                comment.setText(option.comment)
            said_no = option.result is ChecklistAnswer.NO
            self.to_action[n].setEnabled(said_no)
            self.to_parking[n].setEnabled(said_no)

    def answer(self, n: int, answer: ChecklistAnswer) -> None:
        """The group's answer to question n; the answer given already takes it back."""
        option = self.vote.options[n]
        given = None if option.answer is answer else answer
        self._attempt(lambda: vote_edits.checklist_answer(self.document, self.vote.id,
                                                          option.id, answer=given))
        self.show_vote(self.vote)  # a refused click leaves the buttons as they were

    def _comment(self, n: int) -> None:
        option, field = self.vote.options[n], self.comments[n]
        field.setModified(False)
        if field.text().strip() != option.comment:
            self._attempt(lambda: vote_edits.checklist_answer(
                self.document, self.vote.id, option.id, comment=field.text()))

    def _follow_up(self, n: int, make: Callable[[MeetingDocument, int, int], int],
                   done: str) -> None:
        if self._attempt(lambda: make(self.document, self.vote.id, self.vote.options[n].id)):
            self.message.emit(done)

    def _attempt(self, edit: Callable[[], object]) -> bool:
        try:
            edit()
        except FacilitatorError as exc:
            self.error.emit(str(exc))
            return False
        return True

    def focus_first(self) -> None:
        if self.answer_buttons:
            self.answer_buttons[0][ChecklistAnswer.YES].setFocus(Qt.FocusReason.OtherFocusReason)
