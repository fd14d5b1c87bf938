"""The run console's agenda table: columns fitted to the agenda, the presenter's when room."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.run_agenda_model import ACTUAL, COLUMNS, RunAgendaModel

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
        model.modelReset.connect(self.fit_columns)

    @Slot()
    def fit_columns(self) -> None:
        for column in range(len(COLUMNS)):
            if column != ITEM:
                self.resizeColumnToContents(column)
        # The Actual column grows past an hour ("1:05:00" is wider than "59:59").
        self.setColumnWidth(ACTUAL, max(self.columnWidth(ACTUAL),
                                        self.fontMetrics().horizontalAdvance("88:88:88") + 12))
        self._show_presenter_if_room()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._show_presenter_if_room()

    def _show_presenter_if_room(self) -> None:
        others = sum(self.columnWidth(c) for c in range(len(COLUMNS))
                     if c not in (ITEM, PRESENTER))
        presenter = max(self.sizeHintForColumn(PRESENTER),  # its width, even while hidden
                        self.horizontalHeader().sectionSizeHint(PRESENTER))
        room = self.viewport().width() - others - presenter
        self.setColumnHidden(PRESENTER, room < self.fontMetrics().averageCharWidth() * 18)
