"""Live notes: a plain-text editor per agenda item, saved while typing and on focus change."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain import ItemStatus
from facilitator.errors import FacilitatorError
from facilitator.models import AgendaItem
from facilitator.services import agenda, capture
from facilitator.textclean import clean_text, short
from ui.common.document import MeetingDocument, Topic
from ui.common.edits import run_edit
from ui.common.inline_message import InlineMessage

SAVE_DELAY_MS = 400
NOTE_BURST = "note"  # a burst of typing in one note is one undo step


class NoteTextEdit(QPlainTextEdit):
    """Ctrl+Z / Ctrl+Shift+Z here undo and redo the meeting's edits (after saving the typing).

    Signals:
        leaving(): focus is going away: save now.
        undoRequested(), redoRequested(): the undo/redo keys, pressed while typing.
    """

    leaving = Signal()
    undoRequested = Signal()
    redoRequested = Signal()

    @staticmethod
    def _undo_redo(e: QKeyEvent) -> str | None:
        if e.matches(QKeySequence.StandardKey.Undo):
            return "undo"
        if e.matches(QKeySequence.StandardKey.Redo) or (
                e.key() == Qt.Key.Key_Z and e.modifiers() == (
                    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)):
            return "redo"
        return None

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent) \
                and self._undo_redo(e) is not None:
            e.accept()  # ours, not the window's: the key press comes here
            return True
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:  # noqa: N802 - Qt API
        which = self._undo_redo(e)
        if which == "undo":
            self.undoRequested.emit()
        elif which == "redo":
            self.redoRequested.emit()
        else:
            super().keyPressEvent(e)

    def focusOutEvent(self, e: QFocusEvent) -> None:  # noqa: N802 - Qt API
        self.leaving.emit()
        super().focusOutEvent(e)


class NotesEditor(QWidget):
    """Follows the current (active) agenda item unless the user picks another one.

    Signals:
        saved(): the text on screen has been written to the workspace.
    """

    saved = Signal()

    def __init__(self, document: MeetingDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.ws = document.ws
        self.item_id: int | None = None
        self._saved_text = ""
        self._burst = 0
        self._loading = False

        self.item_box = QComboBox()
        self.item_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.item_box.setMinimumContentsLength(10)
        self.follow = QCheckBox("Follow current item")
        self.follow.setChecked(True)
        self.follow.setToolTip("Show the notes of the item the clock is running on")
        self.editor = NoteTextEdit()
        self.editor.setUndoRedoEnabled(False)
        self.editor.setPlaceholderText("Type notes here; they are saved as you type.")
        self.editor.setTabChangesFocus(True)
        self.message = InlineMessage()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.item_box)  # full width, the box's own row: a narrow dock fits
        layout.addWidget(self.follow)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.message)

        self.timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self.timer.timeout.connect(self.save)
        self.editor.textChanged.connect(self._typed)
        self.editor.leaving.connect(self.flush)
        self.editor.undoRequested.connect(self.undo)
        self.editor.redoRequested.connect(self.redo)
        self.item_box.activated.connect(self._picked)
        self.follow.toggled.connect(self._follow_toggled)
        document.changed.connect(self._on_changed)
        items = self._items()
        self._fill_items(items)
        self.show_item(self._current_item_id(items), force=True)

    # --- which item -----------------------------------------------------------------------------
    def _items(self) -> list[AgendaItem]:
        return agenda.list_items(self.ws, meeting_id=self.document.meeting_id)

    def _current_item_id(self, items: list[AgendaItem] | None = None) -> int | None:
        """The running item, else the one shown (or the first pending one at the start)."""
        if items is None:
            items = self._items()
        active = next((i.id for i in items if i.status is ItemStatus.ACTIVE), None)
        if active is None and self.item_id is None and items:
            pending = [i for i in items if i.status is ItemStatus.PENDING]
            return (pending or items)[0].id
        return active if active is not None else self.item_id

    def _fill_items(self, items: list[AgendaItem]) -> None:
        self.item_box.blockSignals(True)
        self.item_box.clear()
        self.item_box.addItem("Meeting notes (no item)", None)
        for n, item in enumerate(items, 1):
            mark = "▶ " if item.status is ItemStatus.ACTIVE else ""
            self.item_box.addItem(f"{mark}{n}. {item.title}", item.id)
        self.item_box.setCurrentIndex(max(0, self.item_box.findData(self.item_id)))
        self.item_box.blockSignals(False)

    def show_item(self, item_id: int | None, *, force: bool = False) -> None:
        """Shows (and edits) the note of an item; None for the meeting-level note."""
        if item_id == self.item_id and not force:
            return
        self.flush()
        self.item_id = item_id
        self._burst += 1
        self.item_box.setCurrentIndex(max(0, self.item_box.findData(item_id)))
        self._load()

    def _load(self) -> None:
        note = capture.item_note(self.ws, meeting_id=self.document.meeting_id,
                                 item_id=self.item_id)
        text = note.text if note else ""
        self._saved_text = text
        if clean_text(self.editor.toPlainText()) != text:
            self._loading = True
            cursor = self.editor.textCursor().position()
            self.editor.setPlainText(text)
            c = self.editor.textCursor()
            c.setPosition(min(cursor, len(text)))
            self.editor.setTextCursor(c)
            self._loading = False

    @Slot(int)
    def _picked(self, index: int) -> None:
        self.follow.setChecked(False)
        self.show_item(self.item_box.itemData(index))

    @Slot(bool)
    def _follow_toggled(self, on: bool) -> None:
        if on:
            self.show_item(self._current_item_id())

    @Slot(object)
    def _on_changed(self, topic: Topic) -> None:
        if topic in (Topic.AGENDA, Topic.CLOCK):
            items = self._items()  # one query for the list and the current item
            self._fill_items(items)  # titles, order and the ▶ mark may have changed
            gone = self.item_id is not None and self.item_box.findData(self.item_id) < 0
            if gone:  # the item was deleted, its note with it
                self.timer.stop()
                self.item_id = None
                follow = self.follow.isChecked()
                self.show_item(self._current_item_id(items) if follow else None, force=True)
            elif self.follow.isChecked():
                self.show_item(self._current_item_id(items))
        elif topic == Topic.NOTES and not self.timer.isActive():
            before = self._saved_text
            self._load()
            if self._saved_text != before:
                self._burst += 1  # an undo/redo changed the note: typing starts a new burst

    # --- saving ---------------------------------------------------------------------------------
    @Slot()
    def _typed(self) -> None:
        # Not restarted by every keystroke: text typed without a pause is saved every
        # SAVE_DELAY_MS too, so a crash loses less than a second of typing however fast it goes.
        if not self._loading and not self.timer.isActive():
            self.timer.start()

    @Slot()
    def flush(self) -> None:
        """Saves now what is typed (focus change, switching item, undo, closing)."""
        if self.timer.isActive():
            self.timer.stop()
            self.save()
        self._burst += 1

    @Slot()
    def save(self) -> None:
        text = self.editor.toPlainText()
        if clean_text(text) == self._saved_text:
            return
        previous, item_id, meeting_id = self._saved_text, self.item_id, self.document.meeting_id
        title = self.item_box.currentText().lstrip("▶ ")
        self._saved_text = clean_text(text)  # before the edit: its "notes" signal is ours
        try:
            run_edit(
                self.document, f"Type note in “{short(title, 30)}”", Topic.NOTES,
                lambda: capture.set_item_note(self.ws, meeting_id=meeting_id, item_id=item_id,
                                              text=text),
                lambda: capture.set_item_note(self.ws, meeting_id=meeting_id, item_id=item_id,
                                              text=previous),
                merge_key=(NOTE_BURST, item_id, self._burst),
            )
        except FacilitatorError as exc:
            self._saved_text = previous
            self.message.show_error(str(exc))
            return
        self.message.clear_message()
        self.saved.emit()

    @Slot()
    def undo(self) -> None:
        self.flush()
        self._show_failure(self.document.undo_stack.undo())

    @Slot()
    def redo(self) -> None:
        self.flush()
        self._show_failure(self.document.undo_stack.redo())

    def _show_failure(self, failure: str | None) -> None:
        if failure:
            self.message.show_error(failure)

    def focus_editor(self) -> None:
        self.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

