"""The participants table with an add row; team completes from every team named before."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
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

from facilitator.errors import FacilitatorError
from facilitator.services import participants
from ui.common.delegates import CompletingDelegate, completer
from ui.common.inline_message import InlineMessage
from ui.common.line_edit import LineEdit
from ui.plan.participants_model import ParticipantsModel


class ParticipantsView(QWidget):
    def __init__(self, model: ParticipantsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(ParticipantsModel.TEAM, CompletingDelegate(
            lambda: participants.known_teams(model.ws), self))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ParticipantsModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ParticipantsModel.TEAM,
                                    QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ParticipantsModel.ROLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ParticipantsModel.PRESENT,
                                    QHeaderView.ResizeMode.ResizeToContents)

        self.new_name = LineEdit(placeholderText="Name")
        self.new_team = LineEdit(placeholderText="Team")
        self.new_role = LineEdit(placeholderText="Role")
        self.add_button = QPushButton("Add")
        for edit in (self.new_name, self.new_team, self.new_role):
            edit.returnPressed.connect(self.add_from_form)
        self.add_button.clicked.connect(self.add_from_form)
        form = QHBoxLayout()
        form.addWidget(self.new_name, 2)
        form.addWidget(self.new_team, 1)
        form.addWidget(self.new_role, 2)
        form.addWidget(self.add_button)
        self.count = QLabel()
        self.message = InlineMessage()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addLayout(form)
        layout.addWidget(self.message)

        self.remove_action = QAction("Remove participant", self.table)
        self.remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self.remove_selected)
        self.table.addAction(self.remove_action)
        model.error.connect(self.message.show_error)
        model.edited.connect(self.message.clear_message)
        model.modelReset.connect(self._refresh)
        model.dataChanged.connect(self._refresh)
        self._refresh()

    @Slot()
    def _refresh(self) -> None:
        rows = self.model.rows()
        present = sum(1 for p in rows if p.present)
        self.count.setText(f"{len(rows)} participants · {present} present")
        self.new_team.setCompleter(completer(participants.known_teams(self.model.ws),
                                             self.new_team))

    @Slot()
    def add_from_form(self) -> None:
        try:
            self.model.add_participant(self.new_name.text(), self.new_team.text(),
                                       self.new_role.text())
        except FacilitatorError as exc:
            self.message.show_error(str(exc))
            return
        self.message.clear_message()
        for edit in (self.new_name, self.new_team, self.new_role):
            edit.clear()
        self.new_name.setFocus()

    @Slot()
    def remove_selected(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.model.remove_participant(index.row())
