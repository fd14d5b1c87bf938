"""Action items: a sortable, filterable table and a Ctrl+T inline entry with quick due dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from facilitator.domain import ActionStatus
from facilitator.due_dates import parse_due
from ui.capture.action_model import STATUS_LABELS, ActionFilterModel, ActionModel
from ui.capture.record_dock import RecordDock
from ui.common.delegates import ChoiceDelegate

ALL = "__all__"


class ActionView(RecordDock):
    model: ActionModel

    FIELDS = {"text": "Action (Enter to add, Esc to close)", "owner": "Owner",
              "due": "Due: fri, +1w, tomorrow…"}
    BUTTON = "Add action"
    NAME_FIELD = "owner"
    NAME_COLUMN = ActionModel.OWNER
    STRETCH = (ActionModel.TEXT,)
    FITTED = (ActionModel.OWNER, ActionModel.DUE, ActionModel.STATUS)
    DELETE = "Delete action"

    def __init__(self, model: ActionModel, current_item: Callable[[], int | None],
                 names: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__(model, current_item, names, parent)
        # No column sorted at first (model order): set before enabling sorting, which would
        # otherwise sort every row by the first column only for the next line to undo it.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setItemDelegateForColumn(ActionModel.STATUS, ChoiceDelegate(
            [(s.value, label) for s, label in STATUS_LABELS.items()], self))
        self.entry.fields["due"].setMaximumWidth(170)
        self.due_picker = QToolButton()
        self.due_picker.setText("📅")
        self.due_picker.setToolTip("Pick the due date")
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
        model.modelReset.connect(self._refresh_owners)
        model.dataChanged.connect(self._refresh_owners)
        self._refresh_owners()

    def table_model(self) -> ActionFilterModel:
        self.proxy = ActionFilterModel(self.model, self)
        return self.proxy

    def source_index(self, index: QModelIndex) -> QModelIndex:
        return self.proxy.mapToSource(index)

    def table_index(self, index: QModelIndex) -> QModelIndex:
        return self.proxy.mapFromSource(index)

    def above(self) -> list[QHBoxLayout]:
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
        return [filters]

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

    def prepare_entry(self) -> None:
        self.calendar.setSelectedDate(QDate.currentDate())
        self.entry_status.setCurrentIndex(0)

    def record(self) -> int:
        parse_due(self.entry.text("due"), dt.date.today())
        return self.model.add(
            self.entry.text("text"), owner=self.entry.text("owner"),
            due=self.entry.text("due"), status=self.entry_status.currentData(),
            item_id=self.current_item())
