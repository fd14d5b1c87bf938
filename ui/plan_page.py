"""The Plan tab: meeting details and participants beside the agenda editor."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QGroupBox, QSplitter, QVBoxLayout, QWidget

from ui import settings
from ui.agenda_model import AgendaModel
from ui.agenda_view import AgendaView
from ui.meeting_details import MeetingDetails
from ui.meeting_document import MeetingDocument
from ui.participants_model import ParticipantsModel
from ui.participants_view import ParticipantsView


def _group(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.addWidget(widget)
    return box


class PlanPage(QSplitter):
    """Left: details and participants (one above the other); right: the agenda."""

    def __init__(self, document: MeetingDocument, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("planSplitter")
        self.details = MeetingDetails(document)
        self.participants = ParticipantsView(ParticipantsModel(document))
        self.agenda = AgendaView(AgendaModel(document))
        self.left = QSplitter(Qt.Orientation.Vertical)
        self.left.addWidget(_group("Meeting", self.details))
        self.left.addWidget(_group("Participants", self.participants))
        self.left.setStretchFactor(1, 1)
        self.addWidget(self.left)
        self.addWidget(_group("Agenda", self.agenda))
        self.setStretchFactor(0, 2)
        self.setStretchFactor(1, 3)
        state = settings.value("window/plan_splitter")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        self.splitterMoved.connect(self._save)

    def _save(self) -> None:
        settings.set_value("window/plan_splitter", self.saveState())
