"""Paste an agenda from an email or a document, check the items as read, then create them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.agenda_files import decode_text, is_word, read_agenda
from facilitator.agenda_parser import agenda_start, parse_agenda, share_minutes
from facilitator.errors import FacilitatorError
from facilitator.services import agenda
from facilitator.services.rows import DeletedRows
from facilitator.services.templates import append_agenda, create_meeting_from_agenda
from facilitator.workspace import Workspace
from ui.common import dialogs
from ui.common.commands import Command
from ui.common.document import MeetingDocument, Topic
from ui.templates.agenda_preview_model import AgendaPreviewModel, KindDelegate

PLACEHOLDER = """Paste the agenda here, as it came. For example:

1. Welcome and objectives (10 min)
2. Presentation: Q3 results by Maria Lopez – 20m
3. Working session – agree what a qualified lead is
4. Coffee break 15 min
5. Discussion & decision: priorities for Q4 (1h)"""


class PasteAgendaDialog(QDialog):
    """Paste text on the left, the items as read on the right (editable), then create.

    With a `document`, the items are added to the end of that meeting's agenda (one undoable
    edit); without one, a new meeting is created and its id left in `meeting_id`."""

    def __init__(self, ws: Workspace, *, document: MeetingDocument | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws, self.document = ws, document
        self.meeting_id: int | None = None
        self.source: Path | None = None  # a Word agenda whose items are shown (no text)
        self.setWindowTitle("Add agenda items from text" if document else
                            "New meeting from pasted agenda")
        self.resize(1000, 560)

        self.text = QPlainTextEdit(placeholderText=PLACEHOLDER)
        self.text.setTabChangesFocus(True)
        self.title = QLineEdit(placeholderText="Title of the new meeting")
        self.total = QSpinBox(minimum=0, maximum=24 * 60, singleStep=15, suffix=" min")
        self.total.setSpecialValueText("not stated")
        self.total.setMaximumWidth(180)
        self.total.setToolTip("Items without a duration share what is left of this total")
        self.model = AgendaPreviewModel(editable=True, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(AgendaPreviewModel.KIND, KindDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AgendaPreviewModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for col in (AgendaPreviewModel.KIND, AgendaPreviewModel.PRESENTER,
                    AgendaPreviewModel.MINUTES):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.summary = QLabel()
        self.remove = QPushButton("&Remove item")
        self.remove.setToolTip("Leave the selected rows out (Delete)")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Add to agenda" if document else "Create meeting")

        form = QFormLayout()
        if document is None:
            form.addRow("&Title:", self.title)
        form.addRow("T&otal length:", self.total)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        text_label = QLabel("&Pasted text:")
        text_label.setBuddy(self.text)
        left_layout.addWidget(text_label)
        left_layout.addWidget(self.text)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel("Agenda items as read — double-click to correct:"))
        right_layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.remove)
        right_layout.addLayout(row)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([420, 580])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(split, 1)
        layout.addWidget(self.buttons)

        self.text.textChanged.connect(self._reparse)
        self.total.valueChanged.connect(self._reshare)
        self.title.textChanged.connect(self._update_state)
        self.model.dataChanged.connect(self._update_state)
        self.model.rowsRemoved.connect(self._update_state)
        self.model.modelReset.connect(self._update_state)
        self.remove.clicked.connect(self._remove_selected)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self._remove_selected)
        create = QShortcut(QKeySequence("Ctrl+Return"), self)

        def create_if_enabled() -> None:
            if self.ok.isEnabled():
                self.accept()

        create.activated.connect(create_if_enabled)
        self.ok.setToolTip("Ctrl+Enter")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update_state()

    def _total(self) -> int | None:
        return self.total.value() or None

    def load(self, path: Path) -> None:
        """The agenda of a text or Word file, as if pasted (ValidationError: cannot read it)."""
        if is_word(path):
            items = read_agenda(path, total_minutes=self._total())  # refuses before any change
            self.source = path
            self.text.setReadOnly(True)
            self.text.blockSignals(True)
            self.text.setPlainText(f"Read from the Word document {path.name}: "
                                   f"{len(items)} agenda item{'s' if len(items) != 1 else ''}."
                                   "\n\nCorrect them in the table.")
            self.text.blockSignals(False)
            self.model.set_items(items)
        else:
            self.text.setPlainText(decode_text(path.read_bytes(), path.name))
        if not self.title.text():
            self.title.setText(path.stem.replace("_", " ").strip())
        self.setWindowTitle(f"{self.windowTitle()} — {path.name}")

    @Slot()
    def _reparse(self) -> None:
        if self.source is not None:
            return
        self.model.set_items(parse_agenda(self.text.toPlainText(), total_minutes=self._total()))

    @Slot(int)
    def _reshare(self, _value: int) -> None:
        # Keeps the user's corrections; only the guessed minutes are shared out again.
        self.model.set_items(share_minutes(self.model.items, total_minutes=self._total()))

    @Slot()
    def _remove_selected(self) -> None:
        self.model.remove_rows([i.row() for i in self.table.selectionModel().selectedRows()])

    @Slot()
    def _update_state(self) -> None:
        count, minutes = self.model.rowCount(), self.model.total_minutes()
        hours = f" ({minutes // 60} h {minutes % 60:02d})" if minutes >= 60 else ""
        self.summary.setText("No agenda items read yet" if not count else
                             f"{count} item{'s' if count != 1 else ''} · {minutes} min{hours}")
        self.remove.setEnabled(count > 0)
        self.ok.setEnabled(count > 0 and (self.document is not None
                                          or bool(self.title.text().strip())))

    def accept(self) -> None:
        items = self.model.items
        if not items:
            return
        try:
            if self.document is None:
                meeting = create_meeting_from_agenda(self.ws, title=self.title.text(),
                                                     items=items,
                                                     planned_start=agenda_start(items))
                self.meeting_id = meeting.id
            else:
                append_to_document(self.document, items)
        except FacilitatorError as exc:
            dialogs.warn(self, "Cannot add the agenda", str(exc))
            return
        super().accept()


class PasteItems(Command):
    """Agenda items pasted at the end of a meeting's agenda; undo takes them all out, redo
    puts them back in their places (one transaction each)."""

    def __init__(self, text: str, ws: Any, item_ids: list[int]) -> None:
        super().__init__(text)
        self.ws, self.item_ids = ws, item_ids
        self.deleted: list[DeletedRows] = []

    def undo(self) -> None:
        self.deleted = agenda.delete_items(self.ws, item_ids=self.item_ids)

    def redo(self) -> None:
        agenda.restore_items(self.ws, deleted=self.deleted)


def append_to_document(document: MeetingDocument, items: list) -> None:
    """Adds the items to the end of the document's agenda as one undoable edit."""
    ids = append_agenda(document.ws, meeting_id=document.meeting_id, items=items)
    count = len(items)
    document.push(PasteItems(f"Paste {count} agenda item{'s' if count != 1 else ''}",
                             document.ws, ids), Topic.AGENDA, done=True)


def paste_agenda_as_meeting(parent: QWidget | None, ws: Workspace, path: Path | None = None
                            ) -> int | None:
    """File ▸ New meeting from pasted agenda… (or from the agenda file `path`): the new
    meeting's id, or None if cancelled or the file cannot be read (said in one line)."""
    dialog = PasteAgendaDialog(ws, parent=parent)
    if path is not None and not _loaded(dialog, path):
        return None
    return dialog.meeting_id if dialogs.run_dialog(dialog) else None


def paste_agenda_into(parent: QWidget | None, document: MeetingDocument,
                      path: Path | None = None) -> bool:
    """Agenda ▸ Add items from text… (or from a file dropped on the agenda): appends to the
    open meeting (undoable)."""
    dialog = PasteAgendaDialog(document.ws, document=document, parent=parent)
    if path is not None and not _loaded(dialog, path):
        return False
    return dialogs.run_dialog(dialog)


def _loaded(dialog: PasteAgendaDialog, path: Path) -> bool:
    try:
        dialog.load(path)
    except (FacilitatorError, OSError) as exc:
        dialogs.warn(dialog.parentWidget(), "Cannot import the agenda", str(exc))
        dialog.deleteLater()
        return False
    return True
