"""Pick a built-in or saved template, see its agenda, name the meeting, create it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain import BOARD_PRESETS
from facilitator.errors import FacilitatorError
from facilitator.services import templates as template_services
from facilitator.templates import Template
from facilitator.workspace import Workspace
from ui.common import dialogs
from ui.templates.agenda_preview_model import AgendaPreviewModel

TemplateRole = Qt.ItemDataRole.UserRole + 1


class NewFromTemplateDialog(QDialog):
    """Templates on the left (built-in, then saved), the chosen one's agenda on the right.
    On OK the meeting is created and its id left in `meeting_id`."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.meeting_id: int | None = None
        self._title_edited = False
        self.setWindowTitle("New meeting from template")
        self.resize(960, 560)

        self.templates = QListWidget()
        self.templates.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.name = QLabel(textFormat=Qt.TextFormat.PlainText)
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.name.setFont(font)
        self.description = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.details = QLabel(textFormat=Qt.TextFormat.PlainText)
        self.preview = AgendaPreviewModel(editable=False, parent=self)
        self.table = QTableView()
        self.table.setModel(self.preview)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AgendaPreviewModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for col in (AgendaPreviewModel.KIND, AgendaPreviewModel.PRESENTER,
                    AgendaPreviewModel.MINUTES):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.title = QLineEdit(placeholderText="Title of the new meeting")
        self.series = QLineEdit(placeholderText="Optional: meetings that recur share a series")
        self.delete = QPushButton("&Delete saved template")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("Create meeting")

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        templates_label = QLabel("&Templates:")
        templates_label.setBuddy(self.templates)
        left_layout.addWidget(templates_label)
        left_layout.addWidget(self.templates, 1)
        left_layout.addWidget(self.delete)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.name)
        right_layout.addWidget(self.description)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.details)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([300, 660])
        form = QFormLayout()
        form.addRow("T&itle:", self.title)
        form.addRow("&Series:", self.series)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addLayout(form)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)

        self.templates.currentItemChanged.connect(self._show_current)
        self.templates.itemDoubleClicked.connect(lambda _item: self.accept())
        self.title.textEdited.connect(self._title_typed)
        self.title.textChanged.connect(self._update_state)
        self.delete.clicked.connect(self._delete_current)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reload()
        self.templates.setFocus()

    def reload(self, select_key: str | None = None) -> None:
        """Lists the templates again (after a delete), keeping `select_key` chosen."""
        errors: list[str] = []
        templates = template_services.list_templates(self.ws, errors=errors)
        self.templates.clear()
        for heading, builtin in (("Built-in templates", True), ("Saved templates", False)):
            group = [t for t in templates if t.builtin is builtin]
            if group:
                self.templates.addItem(_heading(heading))
            for template in group:
                item = QListWidgetItem(template.name)
                item.setData(TemplateRole, template)
                item.setToolTip(template.description)
                self.templates.addItem(item)
        if select_key is None or not self.select(select_key):
            self.templates.setCurrentRow(1)
        if errors:
            dialogs.warn(self, "Some saved templates cannot be read", "\n".join(errors))

    def current_template(self) -> Template | None:
        item = self.templates.currentItem()
        return item.data(TemplateRole) if item is not None else None

    def select(self, key: str) -> bool:
        for row in range(self.templates.count()):
            template = self.templates.item(row).data(TemplateRole)
            if template is not None and template.key == key:
                self.templates.setCurrentRow(row)
                return True
        return False

    @Slot(str)
    def _title_typed(self, text: str) -> None:
        self._title_edited = bool(text.strip())

    @Slot()
    def _show_current(self) -> None:
        template = self.current_template()
        if template is None:
            self.preview.set_items([])
            self.name.clear()
            self.description.clear()
            self.details.clear()
        else:
            self.preview.set_template_items(template.items)
            self.name.setText(template.name)
            self.description.setText(template.description)
            minutes = template.total_minutes
            board = BOARD_PRESETS[template.board_preset][0]
            self.details.setText(f"{len(template.items)} items · {minutes} min "
                                 f"({minutes // 60} h {minutes % 60:02d}) · board: {board}")
            if not self._title_edited:
                self.title.setText(template.name)
        self._update_state()

    @Slot()
    def _update_state(self) -> None:
        template = self.current_template()
        self.ok.setEnabled(template is not None and bool(self.title.text().strip()))
        self.delete.setEnabled(template is not None and not template.builtin)

    @Slot()
    def _delete_current(self) -> None:
        template = self.current_template()
        if template is None or template.builtin:
            return
        if dialogs.ask(self, "Delete saved template",
                         f"Delete the saved template “{template.name}”? Meetings made from it "
                         "are kept."):
            template_services.delete_saved_template(self.ws, name=template.key)
            self.reload()

    def accept(self) -> None:
        template = self.current_template()
        if template is None or not self.title.text().strip():
            return
        try:
            meeting = template_services.create_meeting_from_template(
                self.ws, template=template, title=self.title.text(),
                **({"series": self.series.text()} if self.series.text().strip() else {}))
        except FacilitatorError as exc:
            dialogs.warn(self, "Cannot create the meeting", str(exc))
            return
        self.meeting_id = meeting.id
        super().accept()


def _heading(text: str) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    font = item.font()
    font.setBold(True)
    item.setFont(font)
    return item


def new_meeting_from_template(parent: QWidget | None, ws: Workspace) -> int | None:
    """File ▸ New meeting from template…: the new meeting's id, or None if cancelled."""
    dialog = NewFromTemplateDialog(ws, parent)
    return dialog.meeting_id if dialogs.run_dialog(dialog) else None


def save_meeting_as_template(parent: QWidget | None, ws: Workspace, meeting_id: int) -> str | None:
    """File ▸ Save as template…: asks a name (and whether to replace one of that name);
    returns the saved template's name, or None if cancelled."""
    name = dialogs.ask_text(parent, "Save as template", "Template name:")
    if name is None or not name.strip():
        return None
    name = name.strip()
    replace = template_services.saved_template_exists(ws, name)
    if replace and not dialogs.ask(parent, "Save as template",
                                     f"A saved template is already called “{name}”. "
                                     "Replace it?"):
        return None
    try:
        template_services.save_meeting_as_template(ws, meeting_id=meeting_id, name=name,
                                                   replace=replace)
    except FacilitatorError as exc:
        dialogs.warn(parent, "Cannot save the template", str(exc))
        return None
    return name
