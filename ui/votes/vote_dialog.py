"""Add or edit a vote: its kind, question, options or questions, rule and agenda item."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain import VoteKind, VoteRule
from facilitator.services.vote_views import VoteView
from ui.common.inline_message import InlineMessage

KINDS = (("yes_no", "Yes / No / Abstain"), ("choice", "Choice"),
         ("fist_of_five", "Fist of five (0–5)"), ("roti", "ROTI (return on time invested, 0–5)"),
         ("checklist", "Checklist (several yes/no questions)"))
WITH_OPTIONS = ("choice", "checklist")


def ask(dialog: VoteDialog) -> bool:
    """Shows the dialog; True when confirmed (tests replace this to fill it in)."""
    return dialog.exec() == QDialog.DialogCode.Accepted


class VoteDialog(QDialog):
    """For a new vote (vote=None) or to edit one (its kind then stays)."""

    def __init__(self, items: dict[int, str], item_id: int | None,
                 vote: VoteView | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vote = vote
        self.setWindowTitle("Edit the vote" if vote else "Add a vote")
        self.kind = QComboBox()
        for name, label in KINDS:
            self.kind.addItem(label, name)
        self.question = QLineEdit()
        self.question.setPlaceholderText("e.g. Do we adopt the lead definition?")
        self.options = QPlainTextEdit()
        self.options.setPlaceholderText("One per line")
        self.options.setTabChangesFocus(True)
        self.rule = QComboBox()
        for rule in VoteRule:
            self.rule.addItem(rule.label, rule.value)
        self.multiple = QCheckBox("Several choices each")
        self.item = QComboBox()
        self.item.addItem("(no agenda item)", None)
        for n, (iid, title) in enumerate(items.items(), 1):
            self.item.addItem(f"{n}. {title}", iid)
        self.item.setCurrentIndex(max(0, self.item.findData(item_id)))
        self.message = InlineMessage()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.form.addRow("&Kind", self.kind)
        self.form.addRow("&Question", self.question)
        self.form.addRow("&Options", self.options)
        self.form.addRow("&Rule", self.rule)
        self.form.addRow("", self.multiple)
        self.form.addRow("Agenda &item", self.item)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if vote is not None:
            self._fill(vote)
        self._kind_changed()
        self.question.setFocus()

    def _fill(self, vote: VoteView) -> None:
        self.kind.setCurrentIndex(self.kind.findData(vote.kind_name))
        self.kind.setEnabled(False)
        self.question.setText(vote.question)
        if vote.kind_name in WITH_OPTIONS:
            self.options.setPlainText("\n".join(o.text for o in vote.options))
        self.rule.setCurrentIndex(self.rule.findData(vote.rule.value))
        self.multiple.setChecked(vote.multiple)
        self.item.setCurrentIndex(max(0, self.item.findData(vote.agenda_item_id)))

    def kind_name(self) -> str:
        return str(self.kind.currentData())

    def _kind_changed(self) -> None:
        name = self.kind_name()
        for widget, shown in ((self.options, name in WITH_OPTIONS),
                              (self.rule, name == "yes_no"), (self.multiple, name == "choice")):
            widget.setVisible(shown)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setVisible(shown)
        self.options.setPlaceholderText("One question per line" if name == "checklist"
                                        else "One option per line")

    def option_texts(self) -> list[str]:
        return [line.strip() for line in self.options.toPlainText().splitlines()
                if line.strip()]

    def fields(self) -> dict[str, Any]:
        """What add_vote takes (without the meeting)."""
        name = self.kind_name()
        return {"question": self.question.text(), "kind": name,
                "options": self.option_texts() if name in WITH_OPTIONS else [],
                "rule": self.rule.currentData() if name == "yes_no" else None,
                "multiple": name == "choice" and self.multiple.isChecked(),
                "item_id": self.item.currentData()}

    def changes(self) -> dict[str, Any]:
        """What update_vote takes, only what differs from the vote being edited."""
        vote = self.vote
        assert vote is not None
        fields = self.fields()
        changes: dict[str, Any] = {}
        if vote.kind is VoteKind.YES_NO and fields["rule"] != vote.rule.value:
            changes["rule"] = fields["rule"]
        if vote.kind is VoteKind.CHOICE and fields["multiple"] != vote.multiple:
            changes["multiple"] = fields["multiple"]
        if fields["item_id"] != vote.agenda_item_id:
            changes["agenda_item_id"] = fields["item_id"]
        if vote.kind_name in WITH_OPTIONS and fields["options"] != [o.text for o in
                                                                     vote.options]:
            changes["options"] = fields["options"]
        return changes
