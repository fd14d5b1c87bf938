"""The facilitator's console while the meeting runs: agenda, countdown, schedule, controls."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QFont, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.clock import Clock
from facilitator.timing import (
    MeetingReading,
    SegmentState,
    format_clock,
    format_duration,
    format_minutes,
    format_time_of_day,
)
from ui.common import settings
from ui.common.document import MeetingDocument
from ui.common.elided_label import ElidedLabel
from ui.run.fitting_countdown import FittingCountdown
from ui.run.projector import ProjectorWindow
from ui.run.run_agenda_model import RunAgendaModel
from ui.run.run_agenda_table import RunAgendaTable
from ui.run.run_clock import RunClock

COUNTDOWN_PIXELS = 150  # the countdown's height where the window leaves room for it

_STATE_TEXT = {
    SegmentState.NOT_STARTED: "Not started",
    SegmentState.RUNNING: "Running",
    SegmentState.WARNING: "Running — last minutes",
    SegmentState.OVERTIME: "Over time",
    SegmentState.PAUSED: "Paused",
    SegmentState.FINISHED: "Meeting finished",
}


def chime() -> None:
    """The warning and time-up chime. PySide6-Essentials has no QtMultimedia, so this is the
    system's bell (tests replace it to count the chimes)."""
    QApplication.beep()


def ask_message(parent: QWidget, current: str) -> str | None:
    """Asks for the projector message; None when cancelled (tests replace this)."""
    text, ok = QInputDialog.getText(
        parent, "Message on the projector",
        "Shown over the projector (empty to remove it), e.g. “Break — back at 10:40”:",
        text=current)
    return text if ok else None


class RunView(QWidget):
    """The run console for one meeting. Clock actions are undoable edits of the document.

    Signals:
        projector_created(ProjectorWindow): the projector window was made (on first use).

    Keys (while the view has focus): Space start/pause, Page Down / → next, Page Up / ← previous,
    + extend one minute, B blank the projector, F5 projector fullscreen, Esc leave it, M message.
    """

    projector_created = Signal(object)

    def __init__(self, document: MeetingDocument, clock: Clock,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.clock = clock
        self.run_clock = RunClock.of(document, clock)
        self._projector: ProjectorWindow | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.agenda = RunAgendaModel(self.run_clock.tz, self)
        self.agenda_table = RunAgendaTable(self.agenda)
        self.agenda_table.doubleClicked.connect(self._jump_to_row)

        self.meeting_label = _label(16, bold=True, elided=True)
        self.state_label = _label(12)
        self.projector_label = _label(11, elided=True)  # what the room sees besides the clock
        self.kind_label = _label(12)
        self.item_label = _label(18, bold=True)
        self.item_label.setWordWrap(True)
        self.countdown = FittingCountdown(COUNTDOWN_PIXELS)
        self.item_time_label = _label(12)
        self.item_time_label.setWordWrap(True)
        self.next_label = _label(12)
        self.next_label.setWordWrap(True)
        self.so_far_label = _label(11)
        self.so_far_label.setWordWrap(True)
        self.end_label = _label(11)
        self.end_label.setWordWrap(True)
        self.rebalance_label = _label(11, elided=True)  # all of it in its tooltip
        self.apply_button = QPushButton("Apply")
        self.apply_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.apply_button.setToolTip("Shorten the items still to come as suggested (undoable)")
        self.apply_button.clicked.connect(lambda: self.run_clock.apply_rebalance(self))
        self.rebalance_box = QFrame()
        self.rebalance_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.rebalance_box.setStyleSheet("QFrame { background: #fff4e0; border-radius: 6px; }")
        box = QHBoxLayout(self.rebalance_box)
        box.setContentsMargins(8, 4, 8, 4)
        box.addWidget(self.rebalance_label, 1)
        box.addWidget(self.apply_button)
        self.rebalance_box.hide()

        self._build_actions()
        self._layout()
        self.run_clock.ticked.connect(self.show_reading)
        self.run_clock.band_entered.connect(self._on_band_entered)
        self.show_reading(self.run_clock.reading)

    # Building ---------------------------------------------------------------------------

    def _action(self, text: str,
                keys: Sequence[QKeySequence | QKeySequence.StandardKey | Qt.Key | str],
                slot: object, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        shown = ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText)
                          for k in keys)
        action.setToolTip(f"{tip or text} ({shown})" if keys else tip or text)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        rc = self.run_clock
        self.toggle_action = self._action("Start", [Qt.Key.Key_Space],
                                          lambda: rc.toggle(self), "Start or pause the clock")
        self.previous_action = self._action("Previous", [Qt.Key.Key_PageUp, Qt.Key.Key_Left],
                                            lambda: rc.previous(self), "Back to the previous item")
        self.next_action = self._action("Next", [Qt.Key.Key_PageDown, Qt.Key.Key_Right],
                                        lambda: rc.next(self), "End this item, start the next")
        self.extend_action = self._action(
            "+1 min", [Qt.Key.Key_Plus, Qt.Key.Key_Equal,
                       QKeySequence(Qt.KeyboardModifier.KeypadModifier | Qt.Key.Key_Plus)],
            lambda: rc.extend(1, self), "Give this item one more minute")
        self.skip_action = self._action("Skip", [], lambda: rc.skip(self),
                                        "Skip this item and start the next")
        self.stop_action = self._action("Stop item", [], lambda: rc.stop(self),
                                        "End this item without starting another")
        self.finish_action = self._action("Finish meeting", [], lambda: rc.finish(self),
                                          "End the meeting")
        self.projector_action = self._action("Projector", [], self.show_projector,
                                             "Open the projector window")
        self.fullscreen_action = self._action("Projector fullscreen", [Qt.Key.Key_F5],
                                              self.toggle_projector_fullscreen)
        self.leave_fullscreen_action = self._action("Leave projector fullscreen",
                                                    [Qt.Key.Key_Escape],
                                                    self.leave_projector_fullscreen)
        self.blank_action = self._action("Blank", [Qt.Key.Key_B], self.toggle_blank,
                                         "Blank the projector")
        self.blank_action.setCheckable(True)
        self.message_action = self._action("Message…", [Qt.Key.Key_M], self.edit_message,
                                           "Show a message over the projector")
        self.chime_action = self._action("Chime", [], self._set_chime,
                                         "Chime at the warning and at zero (off = mute)")
        self.chime_action.setCheckable(True)
        self.chime_action.setChecked(bool(settings.value("sound/chime", bool)))

    def run_actions(self) -> list[QAction]:
        """The actions for a Run menu in the main window (their shortcuts work in this view)."""
        return [self.toggle_action, self.previous_action, self.next_action, self.extend_action,
                self.skip_action, self.stop_action, self.finish_action, self.projector_action,
                self.fullscreen_action, self.blank_action, self.message_action,
                self.chime_action]

    def _layout(self) -> None:
        # The clock's controls along the bottom; the projector's above the countdown it shows
        # (one row of all eleven would make the console wider than a laptop screen).
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        for action in (self.previous_action, self.toggle_action, self.next_action,
                       self.extend_action, self.skip_action, self.stop_action,
                       self.finish_action):
            buttons.addWidget(self._button(action))
        buttons.addStretch(1)
        projector_buttons = QHBoxLayout()
        projector_buttons.setSpacing(2)
        for action in (self.projector_action, self.blank_action, self.message_action,
                       self.chime_action):
            projector_buttons.addWidget(self._button(action))

        current = QVBoxLayout()
        current.setContentsMargins(0, 0, 0, 0)
        current.setSpacing(2)
        current.addWidget(self.kind_label)
        current.addWidget(self.item_label)
        current.addWidget(self.countdown, 1)
        current.addWidget(self.item_time_label)
        current.addWidget(self.next_label)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        current.addWidget(line)
        current.addWidget(self.so_far_label)
        current.addWidget(self.end_label)
        panel = QWidget()
        panel.setLayout(current)

        # The header: the meeting's title over its state and the projector's; its buttons right.
        status = QHBoxLayout()
        status.addWidget(self.state_label)
        status.addSpacing(16)
        status.addWidget(self.projector_label, 1)
        heading = QVBoxLayout()
        heading.setSpacing(0)
        heading.addWidget(self.meeting_label)
        heading.addLayout(status)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        top.addLayout(projector_buttons)

        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 6)
        grid.setVerticalSpacing(4)
        grid.addLayout(top, 0, 0, 1, 2)
        grid.addWidget(self.agenda_table, 1, 0)
        grid.addWidget(panel, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.rebalance_box, 2, 0, 1, 2)  # full width: two lines, not five
        grid.addLayout(buttons, 3, 0, 1, 2)

    def _button(self, action: QAction) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setMinimumHeight(34)
        if action is self.toggle_action:
            button.setMinimumWidth(90)
        if action is self.projector_action:
            self.projector_button = button
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
            menu = QMenu(button)
            menu.aboutToShow.connect(lambda m=menu: self._fill_screen_menu(m))
            button.setMenu(menu)
        return button

    # Display ----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self.show_reading(self.run_clock.reading)

    @Slot(object)
    def show_reading(self, reading: MeetingReading) -> None:
        """Updates what changed since the last reading (labels keep equal text untouched)."""
        if not self.isVisible():
            return  # on a hidden tab: showEvent catches up
        tz = self.run_clock.tz
        self.agenda.update(reading)
        state = reading.state
        _set(self.meeting_label, reading.meeting.title)
        between = state is SegmentState.NOT_STARTED and reading.meeting.actual_start is not None
        _set(self.state_label, "Between items" if between else _STATE_TEXT[state])
        cur = reading.current
        shown = cur.item if cur is not None else reading.next_item
        finished = state is SegmentState.FINISHED
        if shown is not None and not finished:
            _set(self.kind_label, shown.kind.label
                 + (f" · {shown.presenter}" if shown.presenter else ""))
            _set(self.item_label, shown.title if cur else f"Up next: {shown.title}")
        else:
            _set(self.kind_label, "")
            _set(self.item_label, "The meeting is over" if finished else "No item to run")
        upcoming = shown.planned_seconds if shown is not None and cur is None and not finished \
            else None
        self.countdown.show_item(cur, upcoming)
        if cur is not None:
            _set(self.item_time_label, f"{format_clock(cur.elapsed)} of "
                 f"{format_clock(cur.item.planned_seconds)} planned"
                 + (" · paused" if not cur.running else ""))
        else:
            _set(self.item_time_label, "")
        after = reading.next_item if cur is not None else None
        _set(self.next_label, f"Next: {after.title} ({after.planned_minutes} min)"
             if after is not None else "")
        s = reading.schedule
        so_far = format_minutes(s.so_far_seconds)
        _set(self.so_far_label,
             f"Meeting so far: {format_duration(s.used_seconds)} used of "
             f"{format_duration(s.planned_so_far_seconds)} planned ({so_far})")
        end = ("Ended" if finished else "Projected end") + \
            f" {format_time_of_day(s.projected_end, tz)}"
        if s.planned_end is not None and s.late_seconds is not None:
            late = s.late_seconds
            verdict = "on time" if round(late / 60) == 0 else (
                f"{round(late / 60)} min late" if late > 0 else f"{round(-late / 60)} min early")
            end = f"Planned end {format_time_of_day(s.planned_end, tz)} · {end} · {verdict}"
        _set(self.end_label, end)
        suggestion = reading.rebalance
        if suggestion is not None and not finished:
            _set(self.rebalance_label, f"Running {suggestion.late_minutes} min late. "
                 + suggestion.describe())
            self.apply_button.setEnabled(bool(suggestion.cuts))
        self.rebalance_box.setVisible(suggestion is not None and not finished)
        running = cur is not None and cur.running
        toggle = "Pause" if running else ("Resume" if cur is not None else "Start")
        if self.toggle_action.text() != toggle:
            self.toggle_action.setText(toggle)

    @Slot(str)
    def _on_band_entered(self, band: str) -> None:
        if self.chime_action.isChecked():
            chime()

    @Slot(bool)
    def _set_chime(self, on: bool) -> None:
        settings.set_value("sound/chime", on)

    @Slot(QModelIndex)
    def _jump_to_row(self, index: QModelIndex) -> None:
        self.run_clock.jump(self.agenda.item_id(index.row()), self)

    # Projector --------------------------------------------------------------------------

    def has_projector(self) -> bool:
        return self._projector is not None

    def projector(self) -> ProjectorWindow:
        """The meeting's projector window (made on first use; hidden until shown)."""
        if self._projector is None:
            self._projector = ProjectorWindow(self.document, self.clock)
            self._projector.blank_changed.connect(self.blank_action.setChecked)
            self._projector.blank_changed.connect(self._show_projector_state)
            self._projector.message_changed.connect(self._show_projector_state)
            self.destroyed.connect(self._projector.close)
            self.projector_created.emit(self._projector)
        return self._projector

    @Slot()
    def _show_projector_state(self) -> None:
        window = self.projector()
        parts = ["Projector blank"] if window.is_blank() else []
        if window.message():
            parts.append(f"Message: “{window.message()}”")
        _set(self.projector_label, " · ".join(parts))

    @Slot()
    def show_projector(self) -> None:
        self.projector().present()

    @Slot()
    def toggle_projector_fullscreen(self) -> None:
        self.projector().toggle_fullscreen()

    @Slot()
    def leave_projector_fullscreen(self) -> None:
        if self._projector is not None:
            self._projector.set_fullscreen(False)

    @Slot()
    def toggle_blank(self) -> None:
        self.projector().toggle_blank()
        self.blank_action.setChecked(self.projector().is_blank())

    @Slot()
    def edit_message(self) -> None:
        text = ask_message(self, self.projector().message())
        if text is not None:
            self.projector().show_message(text)

    def _fill_screen_menu(self, menu: QMenu) -> None:
        menu.clear()
        chosen = self.projector().chosen_screen()
        for screen in QApplication.screens():
            size = screen.geometry().size()
            action = menu.addAction(f"{screen.name()} ({size.width()}×{size.height()})")
            action.setCheckable(True)
            action.setChecked(screen is chosen)
            action.triggered.connect(lambda _=False, s=screen: self.projector().move_to_screen(s))


def _label(points: int, *, bold: bool = False, elided: bool = False) -> QLabel:
    label = ElidedLabel() if elided else QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = QFont(label.font())
    font.setPointSize(points)
    font.setBold(bold)
    label.setFont(font)
    return label


def _set(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)
