"""What the decisions, actions and parking-lot docks share: a one-keystroke capture entry above a
table of records, an inline message below, Del to delete, the model's refusals shown inline."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Slot
from PySide6.QtWidgets import QHeaderView, QLayout, QVBoxLayout, QWidget

from facilitator.errors import FacilitatorError
from ui.capture.capture_bar import CaptureBar
from ui.common.column_fit import ColumnFitter
from ui.common.delegates import CompletingDelegate, completer
from ui.common.inline_message import InlineMessage
from ui.common.record_table import delete_action, record_table
from ui.common.table_model import CONTENTS_ROWS, ServiceTableModel

ITEM_COLUMN_WIDTH = 160


class RecordDock(QWidget):
    """Subclasses set the class attributes and write record() (the entry's fields saved through
    the model; returns the new row's id)."""

    FIELDS: dict[str, str] = {}  # entry field → placeholder; the first is the record's text
    BUTTON = ""  # the entry's button
    NAME_FIELD = ""  # the field that completes from the participants' names
    NAME_COLUMN = -1  # the table column that does too
    STRETCH: tuple[int, ...] = ()  # columns sharing the table's width
    FITTED: tuple[int, ...] = ()  # columns as wide as their contents
    DELETE = ""  # the Del action's text

    def __init__(self, model: ServiceTableModel, current_item: Callable[[], int | None],
                 names: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The dock owns its model: deleted with it. A proxy's setSourceModel() keeps the source
        # alive for as long as PySide thinks the proxy may use it, which outlived the dock (and
        # held the closed meeting's document with every row it had loaded).
        model.setParent(self)
        self.model = model
        self.current_item = current_item
        self.names = names
        self.table = record_table(self.table_model())
        if self.NAME_COLUMN >= 0:
            self.table.setItemDelegateForColumn(self.NAME_COLUMN,
                                                CompletingDelegate(names, self))
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(CONTENTS_ROWS)
        ColumnFitter(self.table, self.FITTED)
        header.setSectionResizeMode(model.ITEM_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(model.ITEM_COLUMN, ITEM_COLUMN_WIDTH)
        for column in self.STRETCH:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.entry = CaptureBar(self.FIELDS, self.BUTTON)
        self.entry.hide()
        self.entry.submitted.connect(self.submit)
        self.message = InlineMessage()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entry)
        self._add(layout, self.above())
        layout.addWidget(self.table, 1)
        self._add(layout, self.below())
        layout.addWidget(self.message)
        self.delete_action = delete_action(self.table, self.DELETE, self.delete_selected)
        model.error.connect(self.message.show_error)
        model.edited.connect(self.message.clear_message)

    # --- for subclasses -------------------------------------------------------------------------
    def table_model(self) -> QAbstractItemModel:
        """The model the table shows (a sorting proxy, say); source_index() maps back."""
        return self.model

    def source_index(self, index: QModelIndex) -> QModelIndex:
        return index

    def table_index(self, index: QModelIndex) -> QModelIndex:
        return index

    def above(self) -> Iterable[QWidget | QLayout]:
        """What goes between the entry and the table (filters)."""
        return ()

    def below(self) -> Iterable[QWidget | QLayout]:
        """What goes under the table (buttons)."""
        return ()

    def prepare_entry(self) -> None:
        """Before the entry opens (defaults of the extra fields)."""

    def record(self) -> int:
        raise NotImplementedError

    # --- shared ---------------------------------------------------------------------------------
    @staticmethod
    def _add(layout: QVBoxLayout, parts: Iterable[QWidget | QLayout]) -> None:
        for part in parts:
            if isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)

    @Slot()
    def start_capture(self) -> None:
        """The capture key (Ctrl+D, Ctrl+T, Ctrl+L): opens the entry on the record's text."""
        if self.NAME_FIELD:
            self.entry.fields[self.NAME_FIELD].setCompleter(completer(self.names(), self))
        self.prepare_entry()
        self.entry.open()

    @Slot()
    def submit(self) -> None:
        try:
            row_id = self.record()
        except FacilitatorError as exc:
            self.entry.message.show_error(str(exc))
            return
        self.entry.done()
        index = self.table_index(self.model.index(self.model.row_of(row_id), 0))
        if index.isValid():
            self.table.scrollTo(index)
            self.table.selectRow(index.row())

    def selected_row(self) -> int:
        """The model row of the selected record, or -1."""
        index = self.source_index(self.table.currentIndex())
        return index.row() if index.isValid() else -1

    @Slot()
    def delete_selected(self) -> None:
        row = self.selected_row()
        if row >= 0:
            self.model.delete(row)  # type: ignore[attr-defined]
