"""The Votes dock: the meeting's votes by agenda item above the selected vote's entry panel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain import ItemStatus
from facilitator.errors import FacilitatorError
from facilitator.services import agenda
from ui.common.document import Topic
from ui.common.inline_message import InlineMessage
from ui.common.table_model import IdRole
from ui.votes import vote_dialog, vote_edits
from ui.votes.vote_list_model import VoteListModel
from ui.votes.vote_panel import VotePanel


def _tool_button(text: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    return button


class VotesView(QWidget):
    """`default_item()` names the agenda item a new vote goes to.

    Signals:
        vote_selected(object): the vote shown in the panel (its id), or None.
        message(str): a step done, for the status bar.
    """

    vote_selected = Signal(object)
    message = Signal(str)

    def __init__(self, model: VoteListModel, default_item: Callable[[], int | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        model.setParent(self)
        self.model = model
        self.document = model.document
        self.default_item = default_item
        self._running: int | None = self._running_item()
        self._selected: int | None = None

        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VoteListModel.QUESTION, QHeaderView.ResizeMode.Stretch)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(False)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        model.modelReset.connect(self._reselect)
        self.panel = VotePanel(self.document)
        self.panel.message.connect(self.message)
        self.message_line = InlineMessage()

        # Short buttons: the dock shares the window's side with the notes on a laptop screen.
        self.add_button = _tool_button("Add…", "Add a vote (Ctrl+Shift+K)")
        self.add_button.clicked.connect(self.add_vote)
        self.edit_action = self._table_action("Edit the vote…", "F2", self.edit_selected)
        self.delete_action = self._table_action(
            "Delete the vote", QKeySequence.StandardKey.Delete, self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        for action, text in ((self.edit_action, "Edit…"), (self.delete_action, "Delete")):
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button = _tool_button(text, f"{action.text()} ({keys})")
            button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        buttons.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        # The panel wraps to the dock's width; it scrolls down, never sideways.
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.panel)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.table, 1)
        top_layout.addWidget(self.message_line)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(scroll)
        splitter.setSizes([160, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.document.changed.connect(self._on_changed)
        self._follow_running(force=True)

    def _table_action(self, text: str, key: QKeySequence.StandardKey | str,
                      slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.table)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.table.addAction(action)
        return action

    # --- selection -----------------------------------------------------------------------------
    def selected_id(self) -> int | None:
        return self._selected

    def select_vote(self, vote_id: int | None) -> None:
        row = self.model.row_of(vote_id) if vote_id is not None else -1
        if row < 0:
            self.table.clearSelection()
            self._set_selected(None)
            return
        index = self.model.index(row, VoteListModel.QUESTION)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self._set_selected(vote_id)

    @Slot(QModelIndex, QModelIndex)
    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        vote_id = current.data(IdRole) if current.isValid() else None
        self._set_selected(vote_id if isinstance(vote_id, int) else None)

    def _set_selected(self, vote_id: int | None) -> None:
        self.panel.set_vote(vote_id)
        if vote_id != self._selected:
            self._selected = vote_id
            self.vote_selected.emit(vote_id)

    @Slot()
    def _reselect(self) -> None:
        # A reset (a vote added or deleted) clears the view's selection: keep the vote shown.
        keep = self._selected if self.model.row_of(self._selected or 0) >= 0 else None
        if keep is None and self.model.rowCount():
            keep = self.model.row(0).id
        self.select_vote(keep)

    # --- following the clock ---------------------------------------------------------------------
    def _running_item(self) -> int | None:
        items = agenda.list_items(self.document.ws, meeting_id=self.document.meeting_id)
        return next((i.id for i in items if i.status is ItemStatus.ACTIVE), None)

    @Slot(object)
    def _on_changed(self, topic: Topic) -> None:
        if topic == Topic.CLOCK:
            self._follow_running()

    def _follow_running(self, *, force: bool = False) -> None:
        """When the clock moves to another item, its first vote is selected."""
        running = self._running_item()
        if running == self._running and not force:
            return
        self._running = running
        row = self.model.first_of_item(running) if running is not None else -1
        if row >= 0:
            self.select_vote(self.model.row(row).id)
        elif force and self.model.rowCount():
            self.select_vote(self.model.row(0).id)

    # --- add, edit, delete -----------------------------------------------------------------------
    def add_vote(self) -> None:
        items = agenda.item_titles(self.document.ws, meeting_id=self.document.meeting_id)
        dialog = vote_dialog.VoteDialog(items, self.default_item(), parent=self)
        try:
            while vote_dialog.ask(dialog):
                try:
                    vote_id = vote_edits.add_vote(self.document, **dialog.fields())
                except FacilitatorError as exc:
                    dialog.message.show_error(str(exc))
                    continue
                self.select_vote(vote_id)
                self.panel.focus_entry()
                return
        finally:
            dialog.deleteLater()

    def edit_selected(self) -> None:
        vote = self.panel.vote
        if vote is None:
            return
        items = agenda.item_titles(self.document.ws, meeting_id=self.document.meeting_id)
        dialog = vote_dialog.VoteDialog(items, vote.agenda_item_id, vote, parent=self)
        try:
            while vote_dialog.ask(dialog):
                try:
                    changes = dialog.changes()
                    question = dialog.question.text()
                    if changes or question.strip() != vote.question:
                        vote_edits.update_vote(self.document, vote.id, question, **changes)
                except FacilitatorError as exc:
                    dialog.message.show_error(str(exc))
                    continue
                return
        finally:
            dialog.deleteLater()

    def delete_selected(self) -> None:
        vote = self.panel.vote
        if vote is None:
            return
        try:
            vote_edits.delete_vote(self.document, vote.id, vote.question)
        except FacilitatorError as exc:
            self.message_line.show_error(str(exc))
            return
        self.message_line.clear_message()
