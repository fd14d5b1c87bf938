"""The run console's agenda table: columns fitted to the agenda, the presenter's when room."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.run.run_agenda_model import ACTUAL, COLUMNS, RunAgendaModel

ITEM, PRESENTER = COLUMNS.index("Item"), COLUMNS.index("Presenter")


class RunAgendaTable(QTableView):
    """Read-only (the keys drive the clock). Where narrow (a laptop with docks open) the
    Presenter column goes, so that item titles stay readable: the current item's presenter is
    shown beside the table anyway."""

    def __init__(self, model: RunAgendaModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        # Sized to the contents when the agenda changes, not on every tick (ResizeToContents
        # would measure every row each second).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ITEM, QHeaderView.ResizeMode.Stretch)
        self._presenter_width = 0
        model.modelReset.connect(self.fit_columns)
        model.rows_restyled.connect(self.fit_rows)

    @Slot()
    def fit_columns(self) -> None:
        for column in range(len(COLUMNS)):
            if column != ITEM:
                self.resizeColumnToContents(column)
        # The Actual column grows past an hour ("1:05:00" is wider than "59:59").
        self.setColumnWidth(ACTUAL, max(self.columnWidth(ACTUAL),
                                        self.fontMetrics().horizontalAdvance("88:88:88") + 12))
        self._presenter_width = max(self.sizeHintForColumn(PRESENTER),  # even while hidden
                                    self.horizontalHeader().sectionSizeHint(PRESENTER))
        self._show_presenter_if_room()

    @Slot(list)
    def fit_rows(self, rows: list[int]) -> None:
        """After a clock step: widens the columns where the restyled rows (the bold current
        item, a new status) need it, measuring those rows only, not the whole agenda."""
        model = self.model()
        for column in range(len(COLUMNS)):
            if column == ITEM:
                continue
            width = max(self.sizeHintForIndex(model.index(row, column)).width()
                        for row in rows) + (1 if self.showGrid() else 0)  # as Qt measures
            if column == PRESENTER:
                self._presenter_width = max(self._presenter_width, width)
            if width > self.columnWidth(column):
                self.setColumnWidth(column, width)
        self._show_presenter_if_room()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._show_presenter_if_room()

    def _show_presenter_if_room(self) -> None:
        others = sum(self.columnWidth(c) for c in range(len(COLUMNS))
                     if c not in (ITEM, PRESENTER))
        room = self.viewport().width() - others - self._presenter_width
        self.setColumnHidden(PRESENTER, room < self.fontMetrics().averageCharWidth() * 18)
