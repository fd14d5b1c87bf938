"""What is captured while the meeting runs: the Notes dock, and the Decisions, Actions and
Parking lot docks with their one-keystroke entries (Capture menu)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from ui.common.document import Topic
from ui.shell.contract import DockArea, MenuSlot, Shell

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.capture.notes_editor import NotesEditor
    from ui.common.document import MeetingDocument

# Capture keys: one chord each. Ctrl+L ("parking Lot") leaves Ctrl+P to printing.
# Notes: Ctrl+Shift+N or F6 (line edits keep Ctrl+E for "end of line" on Linux).
DECISION_KEY, ACTION_KEY, PARK_KEY = "Ctrl+D", "Ctrl+T", "Ctrl+L"
NOTES_KEYS = ("Ctrl+Shift+N", "F6")
NOTES, DECISIONS, ACTIONS, PARKING = "Notes", "Decisions", "Actions", "Parking lot"


class CaptureFeature:
    name = "capture"

    def install(self, shell: Shell) -> None:
        self.shell = shell
        window = shell.window()
        notes = shell.add_meeting_dock(NOTES, "notesDock", self._notes,
                                       DockArea.RightDockWidgetArea)
        docks = [shell.add_meeting_dock(title, name, factory, DockArea.BottomDockWidgetArea)
                 for title, name, factory in ((DECISIONS, "decisionsDock", self._decisions),
                                              (ACTIONS, "actionsDock", self._actions),
                                              (PARKING, "parkingDock", self._parking))]
        window.tabifyDockWidget(docks[0], docks[1])
        window.tabifyDockWidget(docks[1], docks[2])
        docks[0].raise_()
        window.resizeDocks([notes], [340], Qt.Orientation.Horizontal)
        window.resizeDocks([docks[0]], [150], Qt.Orientation.Vertical)
        self.docks = {NOTES: notes, DECISIONS: docks[0], ACTIONS: docks[1], PARKING: docks[2]}
        self.decision_action, self.action_action, self.park_action = (
            shell.add_action(MenuSlot.CAPTURE, text, partial(self.capture, title),
                             key, toolbar=True)
            for text, title, key in (("&Decision", DECISIONS, DECISION_KEY),
                                     ("&Action item", ACTIONS, ACTION_KEY),
                                     ("&Park a point", PARKING, PARK_KEY)))
        self.notes_action = shell.add_action(MenuSlot.CAPTURE, "Go to &notes", self.focus_notes,
                                             *NOTES_KEYS, toolbar=True)
        shell.add_flush(self.flush_notes)

    # --- the docks ------------------------------------------------------------------------------
    def _notes(self, document: MeetingDocument) -> QWidget:
        from ui.capture.notes_editor import NotesEditor

        return NotesEditor(document)

    def _decisions(self, document: MeetingDocument) -> QWidget:
        from ui.capture.decision_log_model import DecisionLogModel
        from ui.capture.decision_log_view import DecisionLogView

        return DecisionLogView(DecisionLogModel(document), self.current_item_id,
                               self.participant_names)

    def _actions(self, document: MeetingDocument) -> QWidget:
        from ui.capture.action_model import ActionModel
        from ui.capture.action_view import ActionView

        return ActionView(ActionModel(document), self.current_item_id, self.participant_names)

    def _parking(self, document: MeetingDocument) -> QWidget:
        from ui.capture.parking_lot_model import ParkingLotModel
        from ui.capture.parking_lot_view import ParkingLotView

        view = ParkingLotView(ParkingLotModel(document), self.current_item_id,
                              self.participant_names)
        view.movedToMeeting.connect(
            lambda _id: self.shell.workspace_document.notify(Topic.MEETINGS))
        return view

    # --- what the docks need --------------------------------------------------------------------
    def notes_editor(self) -> NotesEditor | None:
        from ui.capture.notes_editor import NotesEditor

        widget = self.shell.view(NOTES)
        return widget if isinstance(widget, NotesEditor) else None

    def current_item_id(self) -> int | None:
        """Where captures attach: the item the clock runs on, else the item shown in Notes."""
        document = self.shell.document
        if document is None:
            return None
        from facilitator.domain import ItemStatus
        from facilitator.services import agenda

        items = agenda.list_items(document.ws, meeting_id=document.meeting_id)
        active = next((i.id for i in items if i.status is ItemStatus.ACTIVE), None)
        notes = self.notes_editor()
        return active if active is not None or notes is None else notes.item_id

    def participant_names(self) -> list[str]:
        document = self.shell.document
        if document is None:
            return []
        from facilitator.services import participants

        return [p.name for p in participants.list_participants(
            document.ws, meeting_id=document.meeting_id)]

    def flush_notes(self) -> None:
        from ui.capture.notes_editor import NotesEditor

        notes = self.docks[NOTES].widget()  # not built yet: nothing typed to save
        if isinstance(notes, NotesEditor):
            notes.flush()

    # --- the Capture menu -----------------------------------------------------------------------
    def capture(self, title: str) -> None:
        view = self.shell.view(title)
        if view is None:
            return
        self.flush_notes()
        self.docks[title].show()
        self.docks[title].raise_()
        view.start_capture()  # type: ignore[attr-defined]

    def focus_notes(self) -> None:
        notes = self.notes_editor()
        if notes is not None:
            self.docks[NOTES].show()
            self.docks[NOTES].raise_()
            notes.focus_editor()
