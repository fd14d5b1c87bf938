"""The board's small dialogs; the view calls them through this module so tests can replace them."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from facilitator.services.dot_voting import VoteBudget
from ui.common import dialogs


def _dialog(parent: QWidget | None, title: str) -> tuple[QDialog, QFormLayout]:
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    form = QFormLayout(dialog)
    return dialog, form


def _buttons(dialog: QDialog, form: QFormLayout) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)


def ask_action_details(parent: QWidget | None, text: str, owners: list[str]
                       ) -> tuple[str, dt.date | None] | None:
    """Owner and due date for an action made from a card; None when cancelled."""
    dialog, form = _dialog(parent, "Make an action item")
    what = QLabel(text)
    what.setWordWrap(True)
    form.addRow("Action:", what)
    owner = QComboBox(editable=True)
    owner.addItems(owners)
    owner.setCurrentText("")
    owner_edit = owner.lineEdit()
    assert owner_edit is not None  # an editable combo box has one
    owner_edit.setPlaceholderText("Who will do it?")
    form.addRow("&Owner:", owner)
    due = QDateEdit(QDate.currentDate().addDays(7))
    due.setCalendarPopup(True)
    due.setDisplayFormat("yyyy-MM-dd")
    no_due = QCheckBox("No due date")
    no_due.toggled.connect(lambda on: due.setEnabled(not on))
    form.addRow("&Due:", due)
    form.addRow("", no_due)
    _buttons(dialog, form)
    if not dialogs.run_dialog(dialog):
        return None
    if no_due.isChecked():
        return owner.currentText().strip(), None
    due_date = due.date().toPython()
    assert isinstance(due_date, dt.date)  # the stubs type toPython() as object
    return owner.currentText().strip(), due_date


def ask_custom_labels(parent: QWidget | None, labels: list[str]) -> list[str] | None:
    """Four quadrant labels of the facilitator's own; None when cancelled."""
    dialog, form = _dialog(parent, "Custom quadrants")
    edits = []
    for number, label in enumerate(labels, start=1):
        edit = QLineEdit(label)
        form.addRow(f"Quadrant &{number}:", edit)
        edits.append(edit)
    _buttons(dialog, form)
    if not dialogs.run_dialog(dialog):
        return None
    return [e.text() for e in edits]


def ask_vote_limits(parent: QWidget | None, budget: VoteBudget
                    ) -> tuple[int | None, int | None] | None:
    """(total cap, dots per participant), each None for no limit; None when cancelled."""
    dialog, form = _dialog(parent, "Dot voting")
    per = QSpinBox(minimum=0, maximum=99)
    per.setSpecialValueText("No limit")
    per.setValue(budget.votes_per_participant or 0)
    total = QSpinBox(minimum=0, maximum=9999)
    total.setSpecialValueText("No cap")
    total.setValue(budget.vote_limit or 0)
    form.addRow("Dots per &participant:", per)
    form.addRow(QLabel(f"× {budget.present} present"))
    form.addRow("&Total cap:", total)
    _buttons(dialog, form)
    if not dialogs.run_dialog(dialog):
        return None
    return (total.value() or None, per.value() or None)
