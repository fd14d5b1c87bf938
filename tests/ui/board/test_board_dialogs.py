"""The board's real dialogs, filled in and accepted (or cancelled) as a user would."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QDialog, QLineEdit, QSpinBox

from facilitator.services.dot_voting import VoteBudget
from ui.board import board_dialogs


def answer_next_dialog(fill: Callable[[QDialog], None], *, accept: bool = True) -> None:
    """Fills in the next modal dialog when it shows, then accepts (or cancels) it."""

    def attempt() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(10, attempt)
            return
        fill(dialog)
        dialog.accept() if accept else dialog.reject()

    QTimer.singleShot(0, attempt)


def test_action_details_dialog(qtbot) -> None:
    def fill(dialog: QDialog) -> None:
        dialog.findChild(QComboBox).setCurrentText("  Tom Becker ")

    answer_next_dialog(fill)
    owner, due = board_dialogs.ask_action_details(None, "Pick 20 accounts", ["Tom Becker"])
    assert owner == "Tom Becker" and due == dt.date.today() + dt.timedelta(days=7)
    answer_next_dialog(lambda d: d.findChild(QCheckBox).setChecked(True))
    assert board_dialogs.ask_action_details(None, "x", []) == ("", None)
    answer_next_dialog(lambda d: None, accept=False)
    assert board_dialogs.ask_action_details(None, "x", []) is None


def test_custom_labels_dialog(qtbot) -> None:
    def fill(dialog: QDialog) -> None:
        edits = dialog.findChildren(QLineEdit)
        assert [e.text() for e in edits] == ["Keep", "Tune", "Overhaul", "Start"]
        edits[3].setText("Begin")

    answer_next_dialog(fill)
    assert board_dialogs.ask_custom_labels(None, ["Keep", "Tune", "Overhaul", "Start"]) == [
        "Keep", "Tune", "Overhaul", "Begin"]


def test_vote_limits_dialog(qtbot) -> None:
    budget = VoteBudget(used=3, vote_limit=None, votes_per_participant=6, present=9)

    def fill(dialog: QDialog) -> None:
        per, total = dialog.findChildren(QSpinBox)
        assert per.value() == 6 and total.text() == "No cap"
        total.setValue(40)
        per.setValue(0)

    answer_next_dialog(fill)
    assert board_dialogs.ask_vote_limits(None, budget) == (40, None)
