"""Action items: a sortable, filterable table and a Ctrl+T inline entry with quick due dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from facilitator.domain import ActionStatus
from facilitator.due_dates import parse_due
from facilitator.errors import FacilitatorError
from ui.capture.action_model import STATUS_LABELS, ActionFilterModel, ActionModel
from ui.capture.capture_bar import CaptureBar
from ui.common.column_fit import ColumnFitter
from ui.common.delegates import ChoiceDelegate, CompletingDelegate, completer
from ui.common.inline_message import InlineMessage
from ui.common.record_table import delete_action, record_table
from ui.common.table_model import CONTENTS_ROWS

ALL = "__all__"


class ActionView(QWidget):
    def __init__(self, model: ActionModel, current_item: Callable[[], int | None],
                 names: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.current_item = current_item
        self.names = names
        self.proxy = ActionFilterModel(model, self)
        self.table = record_table(self.proxy)
        # No column sorted at first (model order): set before enabling sorting, which would
        # otherwise sort every row by the first column only for the next line to undo it.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setItemDelegateForColumn(ActionModel.OWNER, CompletingDelegate(names, self))
        self.table.setItemDelegateForColumn(ActionModel.STATUS, ChoiceDelegate(
            [(s.value, label) for s, label in STATUS_LABELS.items()], self))
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(CONTENTS_ROWS)
        header.setSectionResizeMode(ActionModel.TEXT, QHeaderView.ResizeMode.Stretch)
        ColumnFitter(self.table, (ActionModel.OWNER, ActionModel.DUE, ActionModel.STATUS))
        header.setSectionResizeMode(ActionModel.ITEM, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(ActionModel.ITEM, 160)

        self.owner_filter = QComboBox()
        self.status_filter = QComboBox()
        self.status_filter.addItem("All statuses", ALL)
        for status, label in STATUS_LABELS.items():
            self.status_filter.addItem(label, status.value)
        self.owner_filter.activated.connect(self._filter)
        self.status_filter.activated.connect(self._filter)
        self.count = QLabel()
        filters = QHBoxLayout()
        filters.addWidget(QLabel("Show:"))
        filters.addWidget(self.owner_filter)
        filters.addWidget(self.status_filter)
        filters.addStretch(1)
        filters.addWidget(self.count)

        self.entry = CaptureBar({"text": "Action (Enter to add, Esc to close)",
                                 "owner": "Owner", "due": "Due: fri, +1w, tomorrow…"},
                                "Add action")
        self.entry.fields["due"].setMaximumWidth(170)
        self.due_picker = QToolButton(text="📅", toolTip="Pick the due date")
        self.due_picker.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.clicked.connect(self._picked_date)
        menu = QMenu(self.due_picker)
        pick = QWidgetAction(menu)
        pick.setDefaultWidget(self.calendar)
        menu.addAction(pick)
        self.due_picker.setMenu(menu)
        self.entry_status = QComboBox()
        for status, label in STATUS_LABELS.items():
            self.entry_status.addItem(label, status.value)
        self.entry.extra.insertWidget(3, self.due_picker)
        self.entry.extra.insertWidget(4, self.entry_status)
        self.entry.hide()
        self.entry.submitted.connect(self.add_from_entry)

        self.message = InlineMessage()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.entry)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.delete_action = delete_action(self.table, "Delete action", self.delete_selected)
        model.error.connect(self.message.show_error)
        model.edited.connect(self.message.clear_message)
        model.modelReset.connect(self._refresh_owners)
        model.dataChanged.connect(self._refresh_owners)
        self._refresh_owners()

    @Slot()
    def _refresh_owners(self) -> None:
        current = self.owner_filter.currentData()
        self.owner_filter.clear()
        self.owner_filter.addItem("All owners", ALL)
        for owner in self.model.owners():
            self.owner_filter.addItem(owner, owner)
        self.owner_filter.setCurrentIndex(max(0, self.owner_filter.findData(current)))
        self._filter()

    @Slot()
    def _filter(self) -> None:
        owner, status = self.owner_filter.currentData(), self.status_filter.currentData()
        self.proxy.set_filter(owner=None if owner in (ALL, None) else owner,
                              status=None if status in (ALL, None) else status)
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        open_ = sum(1 for a in self.model.rows() if a.status is ActionStatus.OPEN)
        self.count.setText(f"{open_} open · {total} in all"
                           + (f" · {shown} shown" if shown != total else ""))

    def filter_by(self, *, owner: str | None = None, status: str | None = None) -> None:
        self.owner_filter.setCurrentIndex(max(0, self.owner_filter.findData(owner or ALL)))
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(status or ALL)))
        self._filter()

    @Slot(QDate)
    def _picked_date(self, day: QDate) -> None:
        self.entry.fields["due"].setText(day.toString(Qt.DateFormat.ISODate))
        self.due_picker.menu().hide()

    @Slot()
    def start_capture(self) -> None:
        """Ctrl+T: opens the inline entry, focused on the action text."""
        self.entry.fields["owner"].setCompleter(completer(self.names(), self))
        self.calendar.setSelectedDate(QDate.currentDate())
        self.entry_status.setCurrentIndex(0)
        self.entry.open()

    @Slot()
    def add_from_entry(self) -> None:
        try:
            parse_due(self.entry.text("due"), dt.date.today())
            action_id = self.model.add(
                self.entry.text("text"), owner=self.entry.text("owner"),
                due=self.entry.text("due"), status=self.entry_status.currentData(),
                item_id=self.current_item())
        except FacilitatorError as exc:
            self.entry.message.show_error(str(exc))
            return
        self.entry.done()
        source = self.model.index(self.model.row_of(action_id), 0)
        index = self.proxy.mapFromSource(source)
        if index.isValid():
            self.table.scrollTo(index)
            self.table.selectRow(index.row())

    @Slot()
    def delete_selected(self) -> None:
        index = self.proxy.mapToSource(self.table.currentIndex())
        if index.isValid():
            self.model.delete(index.row())
