"""Counted hands: one field per answer, typed with digits and Tab, each count saved as it leaves."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from facilitator.domain import VoteKind
from facilitator.errors import FacilitatorError
from facilitator.services.vote_views import OptionView, VoteView
from facilitator.votes import YES_NO_ANSWERS
from ui.common.document import MeetingDocument
from ui.votes import vote_edits

SCALE_WORDS = ("0 — none", "1", "2", "3", "4", "5 — full")
FIELD_WIDTH = 64  # room for "10000"; the labels take the rest of the dock


def answer_key(vote: VoteView, option: OptionView) -> Any:
    """How the services name an answer: "yes"/"no"/"abstain", a scale value, an option id."""
    if vote.kind is VoteKind.YES_NO:
        return YES_NO_ANSWERS[option.position]
    if vote.kind is VoteKind.SCALE:
        return str(option.position)
    return option.id


def _shown(count: int | None) -> str:
    return "" if count is None else str(count)


class CountFields(QWidget):
    """The fields of a yes/no, choice or scale vote counted by hand.

    Signals:
        error(str): a count was refused (nothing saved; the field shows the saved count again).
        counted(): a count was saved.
    """

    error = Signal(str)
    counted = Signal()

    def __init__(self, document: MeetingDocument, vote: VoteView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.vote = vote
        self.fields: list[QLineEdit] = []
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for n, option in enumerate(vote.options):
            field = QLineEdit(_shown(option.count))
            field.setMaxLength(12)
            field.setPlaceholderText("hands")
            field.setAlignment(Qt.AlignmentFlag.AlignRight)
            field.setObjectName(f"count_{option.position}")
            field.editingFinished.connect(lambda n=n: self._commit(n))
            field.setFixedWidth(FIELD_WIDTH)
            text = SCALE_WORDS[option.position] if vote.kind is VoteKind.SCALE else option.text
            label = QLabel(text)
            label.setWordWrap(True)  # long options wrap in a narrow dock rather than widen it
            label.setBuddy(field)
            form.addRow(label, field)
            self.fields.append(field)

    def show_vote(self, vote: VoteView) -> None:
        """The saved counts again, except in a field being typed in."""
        self.vote = vote
        for field, option in zip(self.fields, vote.options, strict=True):
            if field.text() != _shown(option.count) and not (field.hasFocus()
                                                             and field.isModified()):
                field.setText(_shown(option.count))

    def commit_typing(self) -> None:
        """Saves a count typed but not yet left (a step taken straight from the field)."""
        for n, field in enumerate(self.fields):
            if field.isModified():
                self._commit(n)

    @Slot()
    def _commit(self, n: int) -> None:
        field, option = self.fields[n], self.vote.options[n]
        text = field.text().strip()
        field.setModified(False)
        if text == _shown(option.count):
            return
        try:
            vote_edits.count(self.document, self.vote.id, answer_key(self.vote, option), text)
        except FacilitatorError as exc:
            field.setText(_shown(option.count))
            self.error.emit(str(exc))
            return
        self.counted.emit()
