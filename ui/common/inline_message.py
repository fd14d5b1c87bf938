"""A one-line message under a form or table: what was wrong with the last entry."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QLabel, QWidget


class InlineMessage(QLabel):
    """Hidden until there is something to say; never a dialog."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setObjectName("inlineMessage")
        self.hide()

    @Slot(str)
    def show_error(self, message: str) -> None:
        text = message[:1].upper() + message[1:]
        self.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.setText(text if text.endswith(".") else text + ".")
        self.show()

    @Slot(str)
    def show_warning(self, message: str) -> None:
        self.setStyleSheet("color: #8a5300; font-weight: 600;")
        self.setText(message)
        self.show()

    @Slot()
    def clear_message(self) -> None:
        self.setText("")
        self.hide()
