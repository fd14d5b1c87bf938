"""The meeting's participants as a table model: name, team, role, and a present tick."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from facilitator.models import Participant
from facilitator.services import participants
from facilitator.services.common import restore
from facilitator.textclean import short
from ui.common.document import Topic
from ui.common.edits import create_edit, delete_edit, update_edit
from ui.common.table_model import Index, ServiceTableModel


class ParticipantsModel(ServiceTableModel):
    NAME, TEAM, ROLE, PRESENT = range(4)
    HEADERS = ("Name", "Team", "Role", "Present")
    TOPICS = (Topic.PARTICIPANTS,)
    EDITABLE = frozenset({NAME, TEAM, ROLE})
    _FIELDS = {NAME: "name", TEAM: "team", ROLE: "role"}

    def load(self) -> list[Participant]:
        return participants.list_participants(self.ws, meeting_id=self.meeting_id)

    def names(self) -> list[str]:
        return [p.name for p in self._rows]

    def cell(self, p: Participant, column: int, role: int) -> Any:
        if column == self.PRESENT:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if p.present else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                return "present" if p.present else "absent"
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return getattr(p, self._FIELDS[column])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.PRESENT:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def write(self, p: Participant, column: int, value: Any) -> None:
        if column == self.PRESENT:
            present = Qt.CheckState(value) == Qt.CheckState.Checked
            update_edit(self.document, f"Mark {short(p.name)} {'present' if present else 'absent'}",
                        Topic.PARTICIPANTS, self._update(p.id), present=present)
            return
        field = self._FIELDS[column]
        if getattr(p, field) == value:
            return
        update_edit(self.document, f"Change {field} of {short(p.name)}", Topic.PARTICIPANTS,
                    self._update(p.id), **{field: value})

    def _update(self, participant_id: int) -> Any:
        return lambda **c: participants.update_participant(
            self.ws, participant_id=participant_id, **c)

    def add_participant(self, name: str, team: str = "", role: str = "") -> int:
        return create_edit(
            self.document, f"Add participant {short(name)}", Topic.PARTICIPANTS,
            lambda: participants.add_participant(self.ws, meeting_id=self.meeting_id, name=name,
                                                 team=team, role=role).id,
            lambda pid: participants.remove_participant(self.ws, participant_id=pid),
            lambda deleted: restore(self.ws, deleted),
        )

    def remove_participant(self, row: int) -> None:
        p = self._rows[row]
        delete_edit(self.document, f"Remove participant {short(p.name)}", Topic.PARTICIPANTS,
                    lambda: participants.remove_participant(self.ws, participant_id=p.id),
                    lambda deleted: restore(self.ws, deleted))
