"""The meeting's decisions as a table model: time, item, decision, owner, rationale."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from facilitator.models import Decision
from facilitator.services import capture
from facilitator.services.common import restore
from facilitator.textclean import short
from ui.common.document import Topic
from ui.common.edits import create_edit, delete_edit, update_edit
from ui.common.table_model import ServiceTableModel


class DecisionLogModel(ServiceTableModel):
    TIME, ITEM, TEXT, OWNER, RATIONALE = range(5)
    HEADERS = ("Time", "Agenda item", "Decision", "Owner", "Rationale")
    TOPICS = (Topic.DECISIONS, Topic.AGENDA)
    ITEM_COLUMN = ITEM
    EDITABLE = frozenset({TEXT, OWNER, RATIONALE})
    _FIELDS = {TEXT: "text", OWNER: "owner", RATIONALE: "rationale"}

    def load(self) -> list[Decision]:
        self.item_titles = self.load_item_titles()
        return capture.list_decisions(self.ws, meeting_id=self.meeting_id)

    def cell(self, d: Decision, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.TIME:
                return d.decided_at.astimezone().strftime("%H:%M")
            if column == self.ITEM:
                return self.item_titles.get(d.agenda_item_id, "") if d.agenda_item_id else ""
            value = getattr(d, self._FIELDS[column])
            return value.replace("\n", " ") if role == Qt.ItemDataRole.DisplayRole else value
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TEXT:
            return d.text + (f"\n\nWhy: {d.rationale}" if d.rationale else "")
        return None

    def write(self, d: Decision, column: int, value: Any) -> None:
        field = self._FIELDS[column]
        if getattr(d, field) == value:
            return
        update_edit(self.document, f"Edit decision “{short(d.text)}”", Topic.DECISIONS,
                    lambda **c: capture.update_decision(self.ws, decision_id=d.id, **c),
                    **{field: value})

    def record(self, text: str, *, item_id: int | None, owner: str = "",
               rationale: str = "") -> int:
        """Records a decision now, in the given agenda item (undoable); returns its id."""
        return create_edit(
            self.document, f"Record decision “{short(text)}”", Topic.DECISIONS,
            lambda: capture.record_decision(self.ws, meeting_id=self.meeting_id, text=text,
                                            item_id=item_id, owner=owner,
                                            rationale=rationale).id,
            lambda did: capture.delete_decision(self.ws, decision_id=did),
            lambda deleted: restore(self.ws, deleted),
        )

    def delete(self, row: int) -> None:
        d = self._rows[row]
        delete_edit(self.document, f"Delete decision “{short(d.text)}”", Topic.DECISIONS,
                    lambda: capture.delete_decision(self.ws, decision_id=d.id),
                    lambda deleted: restore(self.ws, deleted))
