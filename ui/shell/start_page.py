"""The empty window's page: the ways into a meeting as large buttons with their shortcuts, and
the hint that an agenda or an invitation can be dropped anywhere on the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

COLUMNS = 2
BUTTON_HEIGHT = 76


def _shortcut(action: QAction) -> str:
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def _dimmed(label: QLabel) -> QLabel:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.Mid))
    label.setPalette(palette)
    return label


class WayIn(QPushButton):
    """A large button: what it makes in bold, a line saying what that is, its shortcut."""

    def __init__(self, label: str, detail: str, shortcut: str) -> None:
        super().__init__()
        self.label, self.keys = label, shortcut
        self.setAccessibleName(label)
        self.setAccessibleDescription(detail)
        self.setToolTip(f"{detail} ({shortcut})" if shortcut else detail)
        self.setMinimumSize(280, BUTTON_HEIGHT)
        title = QLabel(f"<b>{label}</b>" + (f"&nbsp;&nbsp;<span>{shortcut}</span>"
                                             if shortcut else ""))
        text = _dimmed(QLabel(detail))
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        for part in (title, text):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(part)


class StartPage(QWidget):
    """Each button triggers a feature's action (add_way_in), so it is enabled with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel("No meeting open. Start one:")
        font = self.heading.font()
        font.setPointSize(16)
        self.heading.setFont(font)
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        self.hint = QLabel("Or drop an agenda (.docx, .txt) or a calendar invitation (.ics) "
                           "anywhere on this window. Double-click a meeting in the list to "
                           "open it.")
        self.hint.setWordWrap(True)
        _dimmed(self.hint)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(self.heading)
        column.addSpacing(12)
        column.addLayout(self.grid)
        column.addSpacing(12)
        column.addWidget(self.hint)
        column.addStretch(2)
        outer = QGridLayout(self)
        outer.addLayout(column, 0, 1)
        outer.setColumnStretch(0, 1)
        outer.setColumnStretch(1, 3)
        outer.setColumnStretch(2, 1)
        self.buttons: list[WayIn] = []

    def add(self, action: QAction, label: str, detail: str, rank: int) -> WayIn:
        button = WayIn(label, detail, _shortcut(action))
        button.setProperty("rank", rank)
        button.clicked.connect(lambda _checked=False: action.trigger())
        button.setEnabled(action.isEnabled())
        action.changed.connect(lambda: button.setEnabled(action.isEnabled()))
        self.buttons.append(button)
        self.buttons.sort(key=lambda b: b.property("rank"))
        for n, placed in enumerate(self.buttons):
            self.grid.addWidget(placed, n // COLUMNS, n % COLUMNS)
        return button

    def button(self, label: str) -> WayIn:
        return next(b for b in self.buttons if b.label == label)
