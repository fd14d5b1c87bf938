"""The entry panel of one vote: its counts, named answers or checks, the turnout and outcome as
they stand, the ROTI's note, and the reveal and "record as decision" steps."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain import VoteKind, VoteOutcome
from facilitator.errors import FacilitatorError, NotFoundError
from facilitator.services import participants, votes
from facilitator.services.vote_views import VoteView
from ui.common.document import MeetingDocument, Topic
from ui.common.inline_message import InlineMessage
from ui.votes import vote_edits
from ui.votes.checklist_rows import ChecklistRows
from ui.votes.count_fields import CountFields
from ui.votes.named_grid import NamedGrid
from ui.votes.vote_list_model import kind_text

SAVE_DELAY_MS = 400  # the ROTI note: saved while typing, as the notes are
RECORD_KEYS = ("Ctrl+Return", "Ctrl+Enter")
DECIDABLE = (VoteKind.YES_NO, VoteKind.CHOICE)


class VotePanel(QWidget):
    """Shows and edits the vote set with set_vote(); follows the document's votes.

    Signals:
        message(str): a step done, for the status bar ("Recorded as a decision").
    """

    message = Signal(str)

    def __init__(self, document: MeetingDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.vote: VoteView | None = None
        self.entry: CountFields | NamedGrid | ChecklistRows | None = None
        self._shape: object = None
        self._named_wanted: set[int] = set()
        self._burst = 0

        self.question_label = QLabel(wordWrap=True)
        font = self.question_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.question_label.setFont(font)
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)
        self.kind_label = QLabel(wordWrap=True)
        self.named_check = QCheckBox("Named answers (one click per person)")
        self.named_check.clicked.connect(self._named_clicked)
        self.list_names_check = QCheckBox("List the names in the minutes")
        self.list_names_check.clicked.connect(self._list_names_clicked)
        self.body = QVBoxLayout()
        self.raise_note = QLineEdit()
        self.raise_note.setPlaceholderText("What would raise it by one point?")
        self.raise_note.textEdited.connect(self._note_typed)
        self.raise_note.editingFinished.connect(self.flush)
        self.turnout_label = QLabel(wordWrap=True)
        self.outcome_label = QLabel(wordWrap=True)
        self.outcome_label.setFont(font)
        self.warning = InlineMessage()
        self.error = InlineMessage()
        self.reveal_button = QPushButton("Reveal on the projector")
        self.reveal_button.setCheckable(True)
        self.reveal_button.setToolTip("Show the results to the room (Ctrl+Shift+R; R on the "
                                      "projector)")
        self.reveal_button.clicked.connect(self.toggle_revealed)
        self.record_button = QPushButton("Record as decision")
        self.record_button.setToolTip("Record the result as a decision (Ctrl+Return)")
        self.record_button.clicked.connect(self.record_as_decision)
        self.record_action = QAction("Record the vote as a decision", self)
        self.record_action.setShortcuts([QKeySequence(k) for k in RECORD_KEYS])
        self.record_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.record_action.triggered.connect(self.record_as_decision)
        self.addAction(self.record_action)

        buttons = QHBoxLayout()
        buttons.addWidget(self.reveal_button)
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        # In the dock's scroll area: as tall as its rows need, scrolled rather than squeezed.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        widgets: tuple[QWidget, ...] = (self.question_label, self.kind_label, self.named_check,
                                        self.list_names_check)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addLayout(self.body)
        widgets = (self.raise_note, self.turnout_label, self.outcome_label, self.warning,
                   self.error)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addStretch(1)

        self.timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self.timer.timeout.connect(self._save_note)
        document.changed.connect(self._on_changed)
        self.set_vote(None)

    # --- which vote ----------------------------------------------------------------------------
    def vote_id(self) -> int | None:
        return self.vote.id if self.vote is not None else None

    def set_vote(self, vote_id: int | None) -> None:
        if self.vote is not None and vote_id == self.vote.id:
            return
        self.flush()
        self._burst += 1
        self.error.clear_message()
        self._load(vote_id)

    def _load(self, vote_id: int | None) -> None:
        try:
            vote = votes.get_vote(self.document.ws, vote_id=vote_id) if vote_id else None
        except NotFoundError:
            vote = None  # deleted (or an undo took it away)
        self.vote = vote
        self._show()

    @Slot(object)
    def _on_changed(self, topic: Topic) -> None:
        if topic in (Topic.VOTES, Topic.PARTICIPANTS, Topic.AGENDA) and self.vote is not None:
            self._load(self.vote.id)

    # --- showing it ----------------------------------------------------------------------------
    def _named(self, vote: VoteView) -> bool:
        return vote.kind is not VoteKind.CHECKLIST and (bool(vote.named)
                                                        or vote.id in self._named_wanted)

    def _show(self) -> None:
        vote = self.vote
        for widget in (self.question_label, self.kind_label, self.named_check,
                       self.list_names_check, self.raise_note, self.turnout_label,
                       self.outcome_label, self.reveal_button, self.record_button):
            widget.setVisible(vote is not None)
        if vote is None:
            self._set_entry(None, None)
            self.warning.clear_message()
            return
        named = self._named(vote)
        people = [p for p in participants.list_participants(
            self.document.ws, meeting_id=self.document.meeting_id) if p.present]
        shape = (vote.id, vote.kind, vote.multiple, tuple(o.id for o in vote.options), named,
                 tuple((p.id, p.name) for p in people) if named else ())
        if shape != self._shape:
            entry: CountFields | NamedGrid | ChecklistRows
            if vote.kind is VoteKind.CHECKLIST:
                entry = ChecklistRows(self.document, vote)
                entry.message.connect(self.message)
            elif named:
                entry = NamedGrid(self.document, vote, people)
            else:
                entry = CountFields(self.document, vote)
            entry.error.connect(self.error.show_error)
            self._set_entry(entry, shape)
        elif self.entry is not None:
            self.entry.show_vote(vote)
        self.question_label.setText(vote.question)
        where = f" · {vote.agenda_item}" if vote.agenda_item else ""
        self.kind_label.setText(kind_text(vote) + where)
        self.named_check.setVisible(vote.kind is not VoteKind.CHECKLIST)
        self.named_check.setChecked(named)
        self.named_check.setEnabled(not vote.named)  # named answers given: the counts follow
        self.list_names_check.setVisible(named)
        self.list_names_check.setChecked(vote.list_names)
        self.raise_note.setVisible(vote.kind is VoteKind.SCALE)
        if not self.timer.isActive() and self.raise_note.text() != vote.raise_note:
            self.raise_note.setText(vote.raise_note)
        self._show_result(vote)

    def _set_entry(self, entry: CountFields | NamedGrid | ChecklistRows | None,
                   shape: object) -> None:
        if self.entry is not None:
            had_focus = self.entry.isAncestorOf(self.focusWidget()) if self.focusWidget() \
                else False
            self.body.removeWidget(self.entry)
            self.entry.deleteLater()
        else:
            had_focus = False
        self.entry, self._shape = entry, shape
        if entry is not None:
            self.body.addWidget(entry)
            entry.show()  # now, not when the event loop next runs: it takes the focus next
            if had_focus:
                self.focus_entry()

    def _show_result(self, vote: VoteView) -> None:
        result = vote.result
        self.turnout_label.setText(result.turnout)
        if result.outcome is VoteOutcome.NOT_RECORDED:
            self.outcome_label.setText(result.outcome.label)
        elif vote.kind is VoteKind.YES_NO and result.outcome is not VoteOutcome.NO_RULE:
            self.outcome_label.setText(f"{result.outcome.label} ({vote.rule.label.lower()})")
        else:
            self.outcome_label.setText(result.summary)
        if result.over_present:
            self.warning.show_warning(f"More hands than the {vote.present_base} present: "
                                      "check the count")
        else:
            self.warning.clear_message()
        self.reveal_button.setChecked(vote.revealed)
        self.reveal_button.setText("Hide the results" if vote.revealed
                                   else "Reveal on the projector")
        decidable = vote.kind in DECIDABLE and result.outcome is not VoteOutcome.NOT_RECORDED
        self.record_button.setEnabled(decidable)

    # --- steps ---------------------------------------------------------------------------------
    def _attempt(self, edit: object) -> bool:
        try:
            edit()  # type: ignore[operator]
        except FacilitatorError as exc:
            self.error.show_error(str(exc))
            return False
        self.error.clear_message()
        return True

    @Slot()
    def toggle_revealed(self) -> None:
        vote = self.vote
        if vote is not None:
            self._attempt(lambda: vote_edits.reveal(self.document, vote.id, not vote.revealed))
        if self.vote is not None:
            self.reveal_button.setChecked(self.vote.revealed)

    @Slot()
    def record_as_decision(self) -> None:
        if isinstance(self.entry, CountFields):
            self.entry.commit_typing()
        vote = self.vote
        if vote is not None and self._attempt(
                lambda: vote_edits.record_as_decision(self.document, vote.id)):
            self.message.emit("The vote is recorded as a decision")

    @Slot(bool)
    def _named_clicked(self, on: bool) -> None:
        if self.vote is None:
            return
        (self._named_wanted.add if on else self._named_wanted.discard)(self.vote.id)
        self._show()

    @Slot(bool)
    def _list_names_clicked(self, on: bool) -> None:
        vote = self.vote
        if vote is not None:
            self._attempt(lambda: vote_edits.set_list_names(self.document, vote.id, on))

    # --- the ROTI's note: one undo step per burst of typing ---------------------------------
    @Slot()
    def _note_typed(self) -> None:
        if not self.timer.isActive():
            self.timer.start()

    @Slot()
    def flush(self) -> None:
        """Saves the note typed so far now (leaving the field, another vote, closing)."""
        if self.timer.isActive():
            self.timer.stop()
            self._save_note()
        self._burst += 1

    @Slot()
    def _save_note(self) -> None:
        vote = self.vote
        if vote is None or self.raise_note.text() == vote.raise_note:
            return
        self._attempt(lambda: vote_edits.raise_note(self.document, vote.id,
                                                    self.raise_note.text(), vote.raise_note,
                                                    self._burst))

    def focus_entry(self) -> None:
        if isinstance(self.entry, CountFields) and self.entry.fields:
            self.entry.fields[0].setFocus(Qt.FocusReason.ShortcutFocusReason)
        elif isinstance(self.entry, ChecklistRows):
            self.entry.focus_first()
        elif self.entry is not None:
            self.entry.setFocus(Qt.FocusReason.ShortcutFocusReason)
