"""A small inline entry row for capturing in one keystroke: fields, Enter to save, Esc to close."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ui.common.inline_message import InlineMessage
from ui.common.line_edit import LineEdit


class CaptureBar(QFrame):
    """Signals:
    submitted(): Enter in a field or the button; the owner reads the fields and calls done().
    """

    submitted = Signal()

    def __init__(self, placeholders: dict[str, str], button: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.fields: dict[str, QLineEdit] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for key, text in placeholders.items():
            edit = LineEdit(placeholderText=text)
            edit.setObjectName(f"capture_{key}")
            edit.returnPressed.connect(self.submitted)
            self.fields[key] = edit
            row.addWidget(edit, 3 if len(self.fields) == 1 else 1)  # the text gets the room
        self.extra = row  # owners may add a widget (a status box, a date picker)
        self.button = QPushButton(button)
        self.button.clicked.connect(self.submitted)
        row.addWidget(self.button)
        self.message = InlineMessage()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(row)
        layout.addWidget(self.message)

    def text(self, key: str) -> str:
        return self.fields[key].text()

    @Slot()
    def open(self) -> None:
        self.show()
        first = next(iter(self.fields.values()))
        first.setFocus(Qt.FocusReason.ShortcutFocusReason)
        first.selectAll()

    @Slot()
    def done(self) -> None:
        """The entry was saved: clear the fields and close the bar."""
        for edit in self.fields.values():
            edit.clear()
        self.message.clear_message()
        self.hide()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_Escape:
            self.message.clear_message()
            self.hide()
            return
        super().keyPressEvent(event)
