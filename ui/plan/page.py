"""The Plan tab: meeting details and participants beside the agenda editor."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QGroupBox, QSplitter, QVBoxLayout, QWidget

from ui.common import settings
from ui.common.document import MeetingDocument
from ui.plan.agenda_model import AgendaModel
from ui.plan.agenda_view import AgendaView
from ui.plan.meeting_details import MeetingDetails
from ui.plan.participants_model import ParticipantsModel
from ui.plan.participants_view import ParticipantsView


def _group(title: str, widget: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.addWidget(widget)
    return box


class PlanPage(QSplitter):
    """Top: the agenda, full width; below: the meeting's details beside its participants."""

    def __init__(self, document: MeetingDocument, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("planSplitter")
        self.details = MeetingDetails(document)
        self.participants = ParticipantsView(ParticipantsModel(document))
        self.agenda = AgendaView(AgendaModel(document))
        self.addWidget(_group("Agenda", self.agenda))
        self.details_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.details_splitter.addWidget(_group("Meeting", self.details))
        self.details_splitter.addWidget(_group("Participants", self.participants))
        self.details_splitter.setSizes([450, 450])
        self.addWidget(self.details_splitter)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 0)
        # The details as tall as their form needs, the agenda all the rest: on a laptop screen
        # that is five or six agenda rows instead of three.
        self.setSizes([430, self.details_splitter.minimumSizeHint().height()])
        state = settings.value("window/plan_splitter")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        lower = settings.value("window/plan_lower_splitter")
        if isinstance(lower, QByteArray) and not lower.isEmpty():
            self.details_splitter.restoreState(lower)
        self.splitterMoved.connect(self._save)
        self.details_splitter.splitterMoved.connect(self._save)

    def _save(self) -> None:
        settings.set_value("window/plan_splitter", self.saveState())
        settings.set_value("window/plan_lower_splitter", self.details_splitter.saveState())
