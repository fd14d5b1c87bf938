"""A presentation clicker's keys work anywhere in the main window, not only in the run view."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

# What clickers send: Page Down / Page Up (next / previous), B (blank), F5 (projector
# fullscreen). Space, arrows and + stay in the run view, where they cannot hit a table or a
# button by mistake.
CLICKER_KEYS = (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_B, Qt.Key.Key_F5)


def is_typing(widget: QWidget | None) -> bool:
    """True where the keys are the user's text: a field, the notes, a cell being edited."""
    if widget is None:
        return False
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    return isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox))


class ClickerKeys(QObject):
    """Sends the clicker's keys to the run view's actions while `window` is the active window.

    `actions` returns the key → slot map of the open meeting (empty when none is open).
    """

    def __init__(self, window: QWidget, actions: Callable[[], dict[int, Callable[[], object]]]
                 ) -> None:
        super().__init__(window)
        self.window = window
        self._actions = actions
        app = QApplication.instance()
        assert app is not None  # a window exists, so the application does
        app.installEventFilter(self)
        window.destroyed.connect(self._detach)

    def _detach(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if key not in CLICKER_KEYS or event.modifiers() not in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            return False
        if QApplication.activeWindow() is not self.window or QApplication.activePopupWidget():
            return False
        if is_typing(QApplication.focusWidget()):
            return False
        slot = self._actions().get(key)
        if slot is None:
            return False
        slot()
        return True  # handled once: the run view's own shortcut does not fire as well
