"""The few modal questions the window asks; tests replace these functions (no test hangs)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

NEW_MEETING = "➕ A new meeting…"


def ask(parent: QWidget | None, title: str, question: str) -> bool:
    """A yes/no confirmation; True when the user agrees."""
    answer = QMessageBox.question(parent, title, question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def run_dialog(dialog: QDialog) -> bool:
    """Runs a dialog modally; True when the user accepted it. The dialog is freed once control
    is back in the event loop (its fields can still be read right after this returns): a
    dialog parented to the window would otherwise live as long as the window."""
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()


def warn(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """One line of text, or None when cancelled."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


def ask_next_meeting(parent: QWidget | None, choices: list[tuple[int, str]],
                     suggested_title: str) -> tuple[int | None, str | None] | None:
    """Which meeting gets a parked point: (meeting id, None), (None, new title) or None."""
    labels = [label for _, label in choices] + [NEW_MEETING]
    label, ok = QInputDialog.getItem(parent, "Next meeting",
                                     "Add the point to the agenda of:", labels, 0, False)
    if not ok:
        return None
    if label == NEW_MEETING:
        title = ask_text(parent, "New meeting", "Title of the next meeting:", suggested_title)
        return (None, title) if title and title.strip() else None
    return next(mid for mid, text in choices if text == label), None
