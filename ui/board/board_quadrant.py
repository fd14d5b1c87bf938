"""One quadrant of the console board: label, hint, count, its card list and the field that adds
cards to it."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFocusEvent, QFont, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ui.board.board_card_delegate import CardDelegate
from ui.board.board_model import QuadrantModel

# A soft tint per quadrant, so that the four read apart at a glance (on a light palette).
TINTS = ("#EEF6EE", "#FFF7E6", "#FBECEC", "#EAF2FB")


class CardListView(QListView):
    """The card list: drag and drop between and within quadrants, multi-selection, edit in place.

    Signals:
        focused(): the list got keyboard focus (the board's actions act on its selection).
    """

    focused = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setWordWrap(True)
        self.setSpacing(0)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.placeholder = "No cards yet: type one below, or drag one here"

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        super().paintEvent(event)
        if self.model() is not None and self.model().rowCount() == 0:
            painter = QPainter(self.viewport())
            painter.setPen(QColor("#80868B"))
            painter.drawText(self.viewport().rect().adjusted(12, 12, -12, -12),
                             int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                             self.placeholder)
            painter.end()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusInEvent(event)
        self.focused.emit()

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.selectionModel().selectedIndexes())
        model = self.model()
        return [int(model.index(r, 0).data(QuadrantModel.CardIdRole)) for r in rows]

    def select_ids(self, card_ids: list[int], *, current: int | None = None) -> None:
        model = self.model()
        selection = self.selectionModel()
        selection.clearSelection()
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            card_id = index.data(QuadrantModel.CardIdRole)
            if card_id in card_ids:
                selection.select(index, QItemSelectionModel.SelectionFlag.Select)
            if card_id == current:
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
                self.scrollTo(index)


class QuadrantPanel(QFrame):
    """Signals:
    add_requested(int, str, str): quadrant, text, team — from Enter in the entry field.
    """

    add_requested = Signal(int, str, str)

    def __init__(self, model: QuadrantModel, delegate: CardDelegate,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quadrant = model.quadrant
        self.setObjectName(f"quadrant{self.quadrant + 1}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"QFrame#{self.objectName()} {{ background: {TINTS[self.quadrant]};"
                           " border: 1px solid #C8CCD0; border-radius: 6px; }")
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.count = QLabel()
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #5F6368;")
        self.hint.setWordWrap(True)
        self.cards = CardListView()
        self.cards.setObjectName(f"cards{self.quadrant + 1}")
        self.cards.setModel(model)
        self.cards.setItemDelegate(delegate)
        self.cards.setStyleSheet("QListView { background: transparent; }")
        self.entry = QLineEdit()
        self.entry.setObjectName(f"entry{self.quadrant + 1}")
        self.entry.setClearButtonEnabled(True)
        self.entry.returnPressed.connect(self._on_return)
        self.team = QComboBox(editable=True)
        self.team.setObjectName(f"team{self.quadrant + 1}")
        self.team.setMinimumContentsLength(10)
        team_edit = self.team.lineEdit()
        assert team_edit is not None  # an editable combo box has one
        team_edit.setPlaceholderText("Team")
        team_edit.returnPressed.connect(self._on_return)
        self.team.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.count)
        entry_row = QHBoxLayout()
        entry_row.addWidget(self.entry, 3)
        entry_row.addWidget(self.team, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.hint)
        layout.addWidget(self.cards, 1)
        layout.addLayout(entry_row)

    def set_heading(self, label: str, hint: str, shown: int, total: int) -> None:
        self.title.setText(label)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        cards = "card" if total == 1 else "cards"
        self.count.setText(f"{total} {cards}" if shown == total else f"{shown} of {total} {cards}")
        self.entry.setPlaceholderText(f"Add a card to {label}… (Enter)")

    def set_teams(self, teams: list[str]) -> None:
        text = self.team.currentText()
        self.team.blockSignals(True)
        self.team.clear()
        self.team.addItems(teams)
        self.team.setCurrentText(text)
        self.team.blockSignals(False)

    @Slot()
    def _on_return(self) -> None:
        text = self.entry.text()
        if text.strip():
            self.add_requested.emit(self.quadrant, text, self.team.currentText())
