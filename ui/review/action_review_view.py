"""The "Review open actions" step: each carried-over action marked done, carried on or dropped."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtGui import QAction, QBrush, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain import ReviewOutcome
from facilitator.series import ReviewEntry, ReviewState, list_reviews, restore_review, review_action
from facilitator.textclean import short
from ui.common.commands import Command
from ui.common.document import MeetingDocument, Topic

Index = QModelIndex | QPersistentModelIndex

_OUTCOME_COLORS = {
    ReviewOutcome.DONE: "#2e7d32",
    ReviewOutcome.CARRIED: "#1565c0",
    ReviewOutcome.DROPPED: "#757575",
}


class ReviewCommand(Command):
    """What became of a carried-over action (done, carried on, dropped); undo: pending again,
    with the original action's status as it was."""

    def __init__(self, text: str, ws: Any, review_id: int, outcome: ReviewOutcome) -> None:
        super().__init__(text)
        self.ws, self.review_id, self.outcome = ws, review_id, outcome
        self.before: ReviewState | None = None

    def redo(self) -> None:
        state = review_action(self.ws, review_id=self.review_id, outcome=self.outcome)
        if self.before is None:
            self.before = state

    def undo(self) -> None:
        assert self.before is not None
        restore_review(self.ws, review_id=self.review_id, state=self.before)


class ActionReviewModel(QAbstractTableModel):
    """The meeting's carried-over actions (ReviewEntry rows); refreshes on Topic.ACTIONS."""

    HEADERS = ("Action", "Owner", "Due", "From meeting", "Outcome")

    def __init__(self, document: MeetingDocument, parent: Any = None) -> None:
        super().__init__(parent)
        self.document = document
        self._rows: list[ReviewEntry] = []
        self.refresh()
        document.changed.connect(self._on_changed)

    @Slot(object)
    def _on_changed(self, topic: Topic) -> None:
        if topic == Topic.ACTIONS:
            self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = list_reviews(self.document.ws, meeting_id=self.document.meeting_id)
        self.endResetModel()

    def entry(self, row: int) -> ReviewEntry:
        return self._rows[row]

    def pending_count(self) -> int:
        return sum(r.outcome is ReviewOutcome.PENDING for r in self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            source = entry.from_meeting + (f" ({entry.from_date.isoformat()})"
                                           if entry.from_date else "")
            due = entry.due.isoformat() if entry.due else ""
            return (entry.text, entry.owner, due, source, entry.outcome.label)[col]
        if role == Qt.ItemDataRole.ForegroundRole and col == 4 \
                and entry.outcome in _OUTCOME_COLORS:
            return QBrush(QColor(_OUTCOME_COLORS[entry.outcome]))
        return None


class ActionReviewView(QWidget):
    """Select an action and press Done (D), Carry on (C) or Drop (X); each is one undoable edit
    that also sets the original action's status (done and dropped close it; carried keeps it
    open, so it comes back at the next meeting of the series)."""

    def __init__(self, document: MeetingDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = ActionReviewModel(document, self)
        self.heading = QLabel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, self.model.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.buttons: dict[ReviewOutcome, QPushButton] = {}
        row = QHBoxLayout()
        for outcome, text, key in ((ReviewOutcome.DONE, "&Done", "D"),
                                   (ReviewOutcome.CARRIED, "&Carry on", "C"),
                                   (ReviewOutcome.DROPPED, "Dro&p", "X")):
            button = QPushButton(text)
            button.setToolTip(f"{text.replace('&', '')} ({key})")
            button.clicked.connect(lambda _checked=False, o=outcome: self.mark(o))
            row.addWidget(button)
            self.buttons[outcome] = button
            action = QAction(self, shortcut=QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, o=outcome: self.mark(o))
            self.addAction(action)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self._keep: int | None = None  # the selected review, across a refresh
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.table.selectionModel().selectionChanged.connect(self._update_state)
        self._select_next_pending(0)
        self._update_state()

    def current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def mark(self, outcome: ReviewOutcome) -> None:
        row = self.current_row()
        if row < 0:
            return
        entry = self.model.entry(row)
        if entry.outcome is outcome:
            return
        label = outcome.label.lower()
        self.document.push(ReviewCommand(f"Review: “{short(entry.text)}” {label}",
                                         self.document.ws, entry.review_id, outcome),
                           Topic.ACTIONS)
        self._select_next_pending(row)

    @Slot()
    def _remember_selection(self) -> None:
        row = self.current_row()
        self._keep = self.model.entry(row).review_id if row >= 0 else None

    @Slot()
    def _restore_selection(self) -> None:
        for row in range(self.model.rowCount()):
            if self.model.entry(row).review_id == self._keep:
                self.select_row(row)
                break
        self._update_state()

    def _select_next_pending(self, start: int) -> None:
        count = self.model.rowCount()
        for offset in range(count):
            row = (start + offset) % count
            if self.model.entry(row).outcome is ReviewOutcome.PENDING:
                self.select_row(row)
                return
        if count:
            self.select_row(min(start, count - 1))

    @Slot()
    def _update_state(self) -> None:
        total, pending = self.model.rowCount(), self.model.pending_count()
        if not total:
            self.heading.setText("No open actions carried over from earlier meetings.")
        else:
            self.heading.setText(f"Open actions from earlier meetings: {total} "
                                 f"({pending} still to review)")
        has_row = self.current_row() >= 0
        for button in self.buttons.values():
            button.setEnabled(has_row)

