"""The console's four-quadrant board: cards by typing, drag and drop, dot voting, merge, card →
action, team filter and quadrant presets; every edit undoable and saved as it happens."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.domain import BOARD_PRESETS, BoardPreset
from facilitator.errors import FacilitatorError
from facilitator.services import participants
from ui.board import board_dialogs
from ui.board import commands as board_edits
from ui.board.board_card_delegate import CardDelegate
from ui.board.board_model import BoardModel, QuadrantModel
from ui.board.board_quadrant import CardListView, QuadrantPanel
from ui.common.document import MeetingDocument

ALL_TEAMS, NO_TEAM = "All teams", "No team"


class BoardView(QWidget):
    """Signals:
    message(str): a one-line message for the user (also shown in the board's own message line).
    team_filter_changed(object): the team shown (str; "" = cards without a team) or None (all).
    """

    message = Signal(str)
    team_filter_changed = Signal(object)

    def __init__(self, document: MeetingDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.model = BoardModel(document, self)
        # One delegate per list: Qt's editors must not be shared between views.
        self.delegates = [CardDelegate(self) for _ in self.model.quadrants]
        for delegate in self.delegates:
            delegate.vote_requested.connect(self._vote_on)
        self.panels = [QuadrantPanel(m, d) for m, d in zip(self.model.quadrants, self.delegates,
                                                            strict=True)]
        self._active: CardListView = self.panels[0].cards
        self._kept: dict[int, tuple[list[int], int | None]] = {}
        self._build_bar()
        grid = QGridLayout()
        grid.setSpacing(8)
        for panel in self.panels:
            grid.addWidget(panel, panel.quadrant // 2, panel.quadrant % 2)
            self._wire(panel)
        layout = QVBoxLayout(self)
        layout.addLayout(self._bar)
        layout.addWidget(self.notice)
        layout.addLayout(grid, 1)
        self._build_actions()
        self._hide_notice = QTimer(self, singleShot=True, interval=10_000)
        self._hide_notice.timeout.connect(self.notice.hide)
        self.model.refreshed.connect(self._on_refreshed)
        self.model.refused.connect(self.show_message)
        self._on_refreshed()

    # --- building ------------------------------------------------------------------------------
    def _build_bar(self) -> None:
        self.preset = QComboBox()
        self.preset.setObjectName("preset")
        for preset in BoardPreset:
            name = BOARD_PRESETS[preset][0]
            self.preset.addItem("Custom labels…" if preset is BoardPreset.CUSTOM else name,
                                preset.value)
        self.preset.activated.connect(self._on_preset_chosen)
        self.preset.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.preset.setMinimumContentsLength(12)
        self.preset.setToolTip("The quadrants' labels: a preset, or your own")
        self.team_filter = QComboBox()
        self.team_filter.setObjectName("teamFilter")
        self.team_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.team_filter.setMinimumContentsLength(8)
        self.team_filter.setToolTip("Show the cards of one team only (the projector follows)")
        self.team_filter.activated.connect(self._on_team_chosen)
        self.dots = QLabel()
        self.dots.setObjectName("dots")
        self.vote_limits = QPushButton("Dot voting…")
        self.vote_limits.setObjectName("voteLimits")
        self.vote_limits.clicked.connect(self._ask_vote_limits)
        self.sort_button = QPushButton("Sort by votes")
        self.sort_button.setObjectName("sortByVotes")
        self.sort_button.setToolTip("Order every quadrant by votes, most first (undoable)")
        self.sort_button.clicked.connect(lambda: self._run(board_edits.sort_by_votes, None))
        self.merge_button = QPushButton("Merge")
        self.merge_button.setObjectName("merge")
        self.action_button = QPushButton("Make action…")
        self.action_button.setObjectName("makeAction")
        # Two rows, so that the board fits a laptop screen beside the docks.
        choose = QHBoxLayout()
        choose.addWidget(QLabel("Quadrants:"))
        choose.addWidget(self.preset, 2)
        choose.addSpacing(8)
        choose.addWidget(QLabel("Show:"))
        choose.addWidget(self.team_filter, 1)
        choose.addStretch(1)
        act = QHBoxLayout()
        act.addWidget(self.dots, 1)
        for widget in (self.vote_limits, self.sort_button, self.merge_button,
                       self.action_button):
            act.addWidget(widget)
        self._bar = QVBoxLayout()
        self._bar.addLayout(choose)
        self._bar.addLayout(act)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()

    def _action(self, text: str, keys: Sequence[QKeySequence | QKeySequence.StandardKey | str],
                slot: Callable[[], Any]) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        def send_to(quadrant: int) -> Callable[[], None]:
            def send(_checked: bool = False) -> None:
                self.send_selected(quadrant)
            return send

        self.send_actions = [
            self._action(f"Send to quadrant {q + 1}", [f"Ctrl+{q + 1}"], send_to(q))
            for q in range(4)
        ]
        self.vote_up = self._action("Add a dot", ["+", "=", "Ctrl+Up"], lambda: self.vote(1))
        self.vote_down = self._action("Take a dot back", ["-", "Ctrl+Down"],
                                      lambda: self.vote(-1))
        self.edit_action = self._action("Edit text", ["F2"], self._edit_current)
        self.delete_action = self._action("Delete card", [QKeySequence.StandardKey.Delete],
                                          self.delete_selected)
        self.merge_action = self._action("Merge selected cards", ["Ctrl+G"], self.merge_selected)
        self.to_action = self._action("Make action item…", ["Ctrl+Shift+A"],
                                      self.make_action)
        self.up_action = self._action("Move card up", ["Ctrl+Shift+Up"], lambda: self.nudge(-1))
        self.down_action = self._action("Move card down", ["Ctrl+Shift+Down"],
                                        lambda: self.nudge(1))
        self.clear_votes_action = self._action("Clear all dots (new round)", [],
                                               lambda: self._run(board_edits.clear_votes))
        self.sort_action = self._action("Sort this quadrant by votes", [],
                                        lambda: self._run(board_edits.sort_by_votes,
                                                          self._active_quadrant()))
        self.merge_button.clicked.connect(self.merge_selected)
        self.action_button.clicked.connect(self.make_action)
        self.merge_button.setToolTip("Merge the selected cards of a quadrant (Ctrl+G)")
        self.action_button.setToolTip("Make an action item from the selected card (Ctrl+Shift+A)")

    def board_actions(self) -> list[QAction]:
        """The board's actions, for a menu of the main window."""
        return [*self.send_actions, self.up_action, self.down_action, self.vote_up,
                self.vote_down, self.edit_action, self.delete_action, self.merge_action,
                self.to_action, self.sort_action, self.clear_votes_action]

    def _wire(self, panel: QuadrantPanel) -> None:
        view = panel.cards
        panel.add_requested.connect(self._add_card)
        view.focused.connect(lambda v=view: self._activate(v))
        view.selectionModel().selectionChanged.connect(
            lambda *_, v=view: self._on_selection(v))
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(lambda pos, v=view: self._context_menu(v, pos))
        model = view.model()
        model.modelAboutToBeReset.connect(lambda q=panel.quadrant: self._keep_selection(q))
        model.modelReset.connect(lambda q=panel.quadrant: self._restore_selection(q))

    # --- following the model ---------------------------------------------------------------
    @Slot()
    def _on_refreshed(self) -> None:
        m = self.model
        for panel in self.panels:
            q = panel.quadrant
            panel.set_heading(m.labels[q], m.hints[q], m.quadrants[q].rowCount(), m.totals[q])
            panel.set_teams(m.teams)
            self.send_actions[q].setText(f"Send to {m.labels[q]}")
        self.preset.setCurrentIndex(self.preset.findData(m.preset.value))
        self.dots.setText(m.budget.summary())
        self.dots.setToolTip(f"Limit: {m.budget.describe_limit()}")
        self._fill_team_filter()
        self._update_enabled()

    def _fill_team_filter(self) -> None:
        self.team_filter.clear()
        self.team_filter.addItem(ALL_TEAMS, None)
        for team in self.model.teams:
            self.team_filter.addItem(team, team)
        self.team_filter.addItem(NO_TEAM, "")
        index = self.team_filter.findData(self.model.team_filter)
        self.team_filter.setCurrentIndex(max(0, index) if self.model.team_filter is not None
                                         else 0)

    def _keep_selection(self, quadrant: int) -> None:
        view = self.panels[quadrant].cards
        current = view.currentIndex()
        self._kept[quadrant] = (view.selected_ids(), current.data(
            QuadrantModel.CardIdRole) if current.isValid() else None)

    def _restore_selection(self, quadrant: int) -> None:
        ids, current = self._kept.pop(quadrant, ([], None))
        if ids or current is not None:
            self.panels[quadrant].cards.select_ids(ids, current=current)

    def _activate(self, view: CardListView) -> None:
        self._active = view
        self._update_enabled()

    def _on_selection(self, view: CardListView) -> None:
        if view.selectionModel().hasSelection():
            self._active = view
            for panel in self.panels:
                if panel.cards is not view:
                    panel.cards.selectionModel().clearSelection()
        self._update_enabled()

    def _update_enabled(self) -> None:
        count = len(self.selected_ids())
        for action in (*self.send_actions, self.vote_up, self.vote_down, self.edit_action,
                       self.delete_action, self.to_action, self.up_action, self.down_action):
            action.setEnabled(count >= 1)
        self.merge_action.setEnabled(count >= 2)
        self.merge_button.setEnabled(count >= 2)
        self.action_button.setEnabled(count == 1)

    # --- the user's edits ----------------------------------------------------------------------
    def _run(self, edit: Callable[..., Any], *args: Any) -> Any:
        """Runs a ui.board.commands function; a refusal is shown, never raised."""
        try:
            result = edit(self.document, *args)
        except FacilitatorError as exc:
            self.show_message(str(exc))
            return None
        self.notice.hide()
        return True if result is None else result

    def show_message(self, text: str, *, error: bool = True) -> None:
        self.notice.setText(text)
        colour, back = ("#B3261E", "#FDECEA") if error else ("#1E6B3A", "#E6F4EA")
        self.notice.setStyleSheet(f"QLabel {{ color: {colour}; background: {back};"
                                  " font-weight: bold; padding: 4px 8px; border-radius: 4px; }")
        self.notice.show()
        self._hide_notice.start()
        self.message.emit(text)

    def selected_ids(self) -> list[int]:
        return self._active.selected_ids()

    def _current_id(self) -> int | None:
        index = self._active.currentIndex()
        if index.isValid() and self._active.selectionModel().isSelected(index):
            return int(index.data(QuadrantModel.CardIdRole))
        ids = self.selected_ids()
        return ids[0] if ids else None

    def _active_quadrant(self) -> int:
        return next(p.quadrant for p in self.panels if p.cards is self._active)

    @Slot(int, str, str)
    def _add_card(self, quadrant: int, text: str, team: str) -> None:
        card_id = self._run(board_edits.add_card, quadrant, text, team)
        if card_id is not None:
            panel = self.panels[quadrant]
            panel.entry.clear()
            self.select_card(card_id, focus=False)

    def select_card(self, card_id: int, *, focus: bool = True) -> None:
        """Selects a card (in its quadrant's list) and scrolls to it."""
        where = self.model.locate(card_id)
        if where is None:
            return
        view = self.panels[where[0]].cards
        view.select_ids([card_id], current=card_id)
        self._active = view
        if focus:
            view.setFocus()

    def send_selected(self, quadrant: int) -> None:
        ids = self.selected_ids()
        if ids and self._run(board_edits.move_cards, ids, quadrant, None):
            view = self.panels[quadrant].cards
            view.select_ids(ids, current=ids[0])
            self._active = view
            view.setFocus()

    def nudge(self, step: int) -> None:
        """Moves the selected card one place up (−1) or down (+1) in its quadrant."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        q = self._active_quadrant()
        shown = self.model.quadrants[q].cards()
        row = self.model.quadrants[q].row_of(ids[0])
        target = row - 1 if step < 0 else row + 2
        if row < 0 or target < 0 or row + step >= len(shown):
            return
        position = self.model.position_before(q, shown, target, ids)
        if self._run(board_edits.move_cards, ids, q, position):
            self.select_card(ids[0])

    def vote(self, delta: int) -> None:
        card_id = self._current_id()
        if card_id is not None:
            self._vote_on(card_id, delta)

    @Slot(int, int)
    def _vote_on(self, card_id: int, delta: int) -> None:
        self._run(board_edits.vote, card_id, delta)

    def _edit_current(self) -> None:
        index = self._active.currentIndex()
        if index.isValid():
            self._active.edit(index)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._run(board_edits.delete_cards, ids)

    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) < 2:
            self.show_message("Select two or more cards of one quadrant to merge (Ctrl+click).")
            return
        if self._run(board_edits.merge_cards, ids):
            self.select_card(ids[0])

    def make_action(self) -> None:
        card_id = self._current_id()
        if card_id is None:
            return
        where = self.model.locate(card_id)
        assert where is not None
        card = self.model.quadrants[where[0]].card(where[1])
        owners = [p.name for p in participants.list_participants(
            self.document.ws, meeting_id=self.document.meeting_id)]
        answer = board_dialogs.ask_action_details(self, card.text, owners)
        if answer is None:
            return
        owner, due = answer
        if self._run(board_edits.card_to_action, card_id, owner, due):
            who = f" for {owner}" if owner else ""
            self.show_message(f"Action item created{who}: {card.text}", error=False)

    def _set_team(self, team: str) -> None:
        ids = self.selected_ids()
        if ids:
            self._run(board_edits.set_team, ids, team)

    @Slot(int)
    def _on_preset_chosen(self, index: int) -> None:
        preset = BoardPreset(self.preset.itemData(index))
        labels = None
        if preset is BoardPreset.CUSTOM:
            labels = board_dialogs.ask_custom_labels(self, list(self.model.labels))
            if labels is None:
                self.preset.setCurrentIndex(self.preset.findData(self.model.preset.value))
                return
        self._run(board_edits.set_preset, preset, labels)
        self._on_refreshed()  # puts the chooser back when the change was refused

    @Slot(int)
    def _on_team_chosen(self, index: int) -> None:
        team = self.team_filter.itemData(index)
        self.model.set_team_filter(team)
        self.team_filter_changed.emit(team)

    def _ask_vote_limits(self) -> None:
        answer = board_dialogs.ask_vote_limits(self, self.model.budget)
        if answer is not None:
            self._run(board_edits.set_vote_limits, *answer)

    def _context_menu(self, view: CardListView, pos: QPoint) -> None:
        self._activate(view)
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # a new one each time
        for action in (self.vote_up, self.vote_down, None, self.edit_action, self.merge_action,
                       self.to_action, None, *self.send_actions, self.up_action,
                       self.down_action, None, self.sort_action, self.clear_votes_action):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        teams = menu.addMenu("Team")
        teams.setEnabled(bool(self.selected_ids()))
        for team in [*self.model.teams, ""]:
            teams.addAction(team or NO_TEAM).triggered.connect(
                lambda _=False, t=team: self._set_team(t))
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.popup(view.viewport().mapToGlobal(pos))
