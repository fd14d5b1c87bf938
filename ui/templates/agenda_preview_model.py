"""A table of agenda items before they exist: pasted text as read, or a template's items."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from facilitator.agenda_parser import ParsedItem
from facilitator.domain import KIND_LABELS, ItemKind
from facilitator.services.common import MAX_MINUTES
from facilitator.templates import TemplateItem

Index = QModelIndex | QPersistentModelIndex

_GUESSED = {
    "share": "Not in the text: an even share of the stated total",
    "default": "Not in the text: the default length",
    "times": "From the start time of the next item",
}


class AgendaPreviewModel(QAbstractTableModel):
    """Rows of ParsedItem; editable for a paste preview, read-only for a template preview.
    Minutes the text did not state are shown in italics with a tooltip saying why."""

    TITLE, KIND, PRESENTER, MINUTES = range(4)
    HEADERS = ("Title", "Kind", "Presenter", "Minutes")

    def __init__(self, *, editable: bool = False, parent: Any = None) -> None:
        super().__init__(parent)
        self.editable = editable
        self._items: list[ParsedItem] = []

    @property
    def items(self) -> list[ParsedItem]:
        return list(self._items)

    def set_items(self, items: list[ParsedItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def set_template_items(self, items: tuple[TemplateItem, ...] | list[TemplateItem]) -> None:
        self.set_items([ParsedItem(title=i.title, kind=i.kind, minutes=i.minutes,
                                   presenter=i.presenter, goal=i.goal, minutes_from="text")
                        for i in items])

    def remove_rows(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._items):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._items[row]
                self.endRemoveRows()

    def total_minutes(self) -> int:
        return sum(item.minutes for item in self._items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self.HEADERS[section]
            return str(section + 1)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable and index.isValid():
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item, col = self._items[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (item.title, item.kind.label, item.presenter, str(item.minutes))[col]
        if role == Qt.ItemDataRole.EditRole:
            return (item.title, item.kind.value, item.presenter, item.minutes)[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.MINUTES and item.minutes_from in _GUESSED:
                return _GUESSED[item.minutes_from]
            if col == self.TITLE and item.goal:
                return item.goal
        if role == Qt.ItemDataRole.FontRole and col == self.MINUTES \
                and item.minutes_from in ("share", "default"):
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.MINUTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any,  # noqa: N802 - Qt API
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not (self.editable and index.isValid() and role == Qt.ItemDataRole.EditRole):
            return False
        item, col = self._items[index.row()], index.column()
        if col == self.TITLE:
            if not str(value).strip():
                return False
            item = replace(item, title=str(value).strip())
        elif col == self.KIND:
            try:
                item = replace(item, kind=ItemKind(value))
            except ValueError:
                return False
        elif col == self.PRESENTER:
            item = replace(item, presenter=str(value).strip())
        else:
            try:
                minutes = int(value)
            except (TypeError, ValueError):
                return False
            if not 0 <= minutes <= MAX_MINUTES:
                return False
            item = replace(item, minutes=minutes, minutes_from="text")
        self._items[index.row()] = item
        self.dataChanged.emit(index, index)
        return True


class KindDelegate(QStyledItemDelegate):
    """Edits the kind column with a list of the known kinds."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        combo = QComboBox(parent)
        for kind, label in KIND_LABELS.items():
            combo.addItem(label, kind.value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802 - Qt API
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
