"""A line edit that hands Ctrl+Z / Ctrl+Shift+Z to the window when it has nothing to undo."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit

# QKeySequence("Ctrl+Shift+Z")[0], spelled out (the stubs do not declare QKeySequence[i]).
CTRL_SHIFT_Z = QKeyCombination(
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Z)


class LineEdit(QLineEdit):
    """While typing, the keys undo the typing; once the field is saved (its own history is
    empty), they undo the meeting's last edit, as everywhere else in the window."""

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent):
            redo = e.matches(QKeySequence.StandardKey.Redo) or e.keyCombination() == \
                CTRL_SHIFT_Z
            if (e.matches(QKeySequence.StandardKey.Undo) and not self.isUndoAvailable()) or (
                    redo and not self.isRedoAvailable()):
                e.ignore()
                return False
        return super().event(e)
