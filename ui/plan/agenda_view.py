"""The agenda editor: the AgendaModel's table, an add row, totals and the overrun warning."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.agenda_parser import guess_kind
from facilitator.domain import KIND_LABELS, ItemKind
from facilitator.errors import FacilitatorError
from facilitator.services import participants
from ui.common.column_fit import ColumnFitter
from ui.common.delegates import ChoiceDelegate, CompletingDelegate
from ui.common.inline_message import InlineMessage
from ui.common.line_edit import LineEdit
from ui.common.table_model import CONTENTS_ROWS
from ui.plan.agenda_model import AgendaModel, fmt_minutes


class AgendaView(QWidget):
    """Signals:
    itemActivated(int): the user picked an item (double-click on Start/Status, Enter): its id.
    """

    itemActivated = Signal(int)

    def __init__(self, model: AgendaModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragDropOverwriteMode(False)  # a move, never "clear the source cells"
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.table.verticalHeader().setSectionsMovable(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setItemDelegateForColumn(
            AgendaModel.KIND, ChoiceDelegate([(k.value, KIND_LABELS[k]) for k in ItemKind], self))
        self.table.setItemDelegateForColumn(AgendaModel.PRESENTER, CompletingDelegate(
            lambda: [p.name for p in participants.list_participants(
                model.ws, meeting_id=model.meeting_id)], self))
        header = self.table.horizontalHeader()
        header.setResizeContentsPrecision(CONTENTS_ROWS)
        header.setStretchLastSection(False)
        for col in (AgendaModel.TITLE, AgendaModel.GOAL):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)  # share the rest
        ColumnFitter(self.table, (AgendaModel.START, AgendaModel.KIND, AgendaModel.PRESENTER,
                                  AgendaModel.MINUTES, AgendaModel.STATUS))

        self.new_title = LineEdit(placeholderText="New agenda item… (Enter to add)")
        self.new_kind = QComboBox()
        for kind in ItemKind:
            self.new_kind.addItem(KIND_LABELS[kind], kind.value)
        self._kind_chosen = False  # until the user picks a kind, the title suggests one
        self._suggest_kind("")
        self.new_kind.activated.connect(self._kind_picked)
        self.new_title.textEdited.connect(self._suggest_kind)
        self.new_minutes = LineEdit("15")
        self.new_minutes.setMaximumWidth(60)
        self.new_minutes.setToolTip("Planned minutes")
        self.add_button = QPushButton("Add")
        for edit in (self.new_title, self.new_minutes):
            edit.returnPressed.connect(self.add_from_form)
        self.add_button.clicked.connect(self.add_from_form)
        form = QHBoxLayout()
        form.addWidget(self.new_title, 3)
        form.addWidget(self.new_kind, 1)
        form.addWidget(QLabel("min"))
        form.addWidget(self.new_minutes)
        form.addWidget(self.add_button)

        self.totals = QLabel()
        self.totals.setObjectName("agendaTotals")
        self.warning = InlineMessage()
        self.message = InlineMessage()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addWidget(self.message)

        self.move_up_action = self._action("Move item &up", "Alt+Up", self.move_up)
        self.move_down_action = self._action("Move item &down", "Alt+Down", self.move_down)
        self.delete_action = self._action("&Delete item", QKeySequence.StandardKey.Delete,
                                          self.delete_selected)
        model.error.connect(self.message.show_error)
        model.edited.connect(self.message.clear_message)
        model.modelReset.connect(self._show_totals)
        model.dataChanged.connect(self._show_totals)
        model.rowsMoved.connect(self._show_totals)
        self._show_totals()

    def _action(self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str,
                slot: object) -> QAction:
        action = QAction(text, self.table)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.table.addAction(action)
        return action

    def actions_for_menu(self) -> list[QAction]:
        return [self.move_up_action, self.move_down_action, self.delete_action]

    def selected_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, AgendaModel.TITLE))
            self.table.selectionModel().select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    @Slot(int)
    def _kind_picked(self, _index: int) -> None:
        self._kind_chosen = True

    @Slot(str)
    def _suggest_kind(self, title: str) -> None:
        """"Coffee break" is a break and "Wrap-up" the close, unless the user chose a kind."""
        if self._kind_chosen:
            return
        kind = guess_kind(title)
        if kind is ItemKind.OTHER:
            kind = ItemKind.DISCUSSION_DECISION
        self.new_kind.setCurrentIndex(self.new_kind.findData(kind.value))

    @Slot()
    def add_from_form(self) -> None:
        try:
            item_id = self.model.add_item(self.new_title.text(), self.new_minutes.text() or 0,
                                          kind=self.new_kind.currentData())
        except FacilitatorError as exc:
            self.message.show_error(str(exc))
            return
        self.message.clear_message()
        self.new_title.clear()
        self._kind_chosen = False
        self._suggest_kind("")
        self.select_row(self.model.row_of(item_id))
        self.new_title.setFocus()

    @Slot()
    def move_up(self) -> None:
        self._move(-1)

    @Slot()
    def move_down(self) -> None:
        self._move(+1)

    def _move(self, delta: int) -> None:
        row = self.selected_row()
        if row < 0:
            return
        item_id = self.model.row(row).id
        if self.model.move_item(row, row + delta):
            self.select_row(self.model.row_of(item_id))

    @Slot()
    def delete_selected(self) -> None:
        row = self.selected_row()
        if row >= 0:
            self.model.delete_item(row)
            self.select_row(min(row, self.model.rowCount() - 1))

    @Slot()
    def _show_totals(self) -> None:
        model = self.model
        n = model.rowCount()
        text = f"{n} item{'s' if n != 1 else ''} · {fmt_minutes(model.total_minutes())} planned"
        finish = model.planned_finish()
        if finish is not None:
            text += f" · {model.planned_start:%H:%M} → {finish:%H:%M}"
        if model.planned_end is not None:
            text += f" (planned end {model.planned_end:%H:%M})"
        self.totals.setText(text)
        over = model.overrun_minutes()
        if over:
            self.warning.show_warning(
                f"⚠ The agenda overruns the planned end {model.planned_end:%H:%M} by "
                f"{fmt_minutes(over)}.")
        else:
            self.warning.clear_message()
