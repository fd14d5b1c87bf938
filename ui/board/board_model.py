"""The board of an open meeting as four list models (one per quadrant), with drag and drop."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)

from facilitator.domain import BOARD_PRESETS, BoardPreset
from facilitator.errors import FacilitatorError
from facilitator.services import board, meetings
from facilitator.services.dot_voting import VoteBudget, vote_budget
from ui.board import commands as board_edits
from ui.common.document import MeetingDocument, Topic

Index = QModelIndex | QPersistentModelIndex

CARD_MIME = "application/x-facilitator-board-cards"


@dataclass(frozen=True)
class CardRow:
    """What a view needs of a BoardCard (a plain value, safe to keep between refreshes)."""

    id: int
    quadrant: int
    text: str
    team: str
    votes: int

    @property
    def teams(self) -> list[str]:
        return board.card_teams(self.team)


class QuadrantModel(QAbstractListModel):
    """The cards of one quadrant, in board order (only the filtered team's, when filtering)."""

    CardIdRole = Qt.ItemDataRole.UserRole + 1
    TeamRole = Qt.ItemDataRole.UserRole + 2
    VotesRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, board_model: BoardModel, quadrant: int) -> None:
        super().__init__(board_model)
        self._board = board_model
        self.quadrant = quadrant
        self._cards: list[CardRow] = []

    # --- reading ---------------------------------------------------------------------------
    def set_cards(self, cards: list[CardRow]) -> None:
        if [c.id for c in cards] == [c.id for c in self._cards]:
            changed = [i for i, (a, b) in enumerate(zip(cards, self._cards, strict=True)) if a != b]
            self._cards = cards
            if changed:
                self.dataChanged.emit(self.index(min(changed)), self.index(max(changed)))
            return
        self.beginResetModel()
        self._cards = cards
        self.endResetModel()

    def card(self, row: int) -> CardRow:
        return self._cards[row]

    def cards(self) -> list[CardRow]:
        return list(self._cards)

    def row_of(self, card_id: int) -> int:
        return next((i for i, c in enumerate(self._cards) if c.id == card_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._cards)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cards):
            return None
        card = self._cards[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return card.text
        if role == self.CardIdRole:
            return card.id
        if role == self.TeamRole:
            return card.team
        if role == self.VotesRole:
            return card.votes
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            dots = "1 dot" if card.votes == 1 else f"{card.votes} dots"
            return f"{card.text}\n{card.team or 'No team'} · {dots}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled)

    # --- editing in place --------------------------------------------------------------------
    def setData(self, index: Index, value: Any,  # noqa: N802 - Qt API
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        card = self._cards[index.row()]
        if str(value).strip() == card.text:
            return False
        return self._board.attempt(board_edits.edit_text, card.id, str(value))

    # --- drag and drop -----------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [CARD_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt API
        rows = sorted({i.row() for i in indexes if i.isValid()})
        payload = {"meeting": self._board.meeting_id, "cards": [self._cards[r].id for r in rows]}
        mime = QMimeData()
        mime.setData(CARD_MIME, QByteArray(json.dumps(payload).encode("utf-8")))
        mime.setText("\n".join(self._cards[r].text for r in rows))
        return mime

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        return Qt.DropAction.MoveAction

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                        column: int, parent: Index) -> bool:
        return bool(self._dropped_cards(data)) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                     column: int, parent: Index) -> bool:
        ids = self._dropped_cards(data)
        if not ids or action != Qt.DropAction.MoveAction:
            return False
        if parent.isValid():  # dropped onto a card: it goes before that card
            row = parent.row()
        position = self._board.position_before(self.quadrant, self._cards, row, ids)
        return self._board.attempt(board_edits.move_cards, ids, self.quadrant, position)

    def removeRows(self, row: int, count: int,  # noqa: N802 - Qt API
                   parent: Index = QModelIndex()) -> bool:  # noqa: B008
        # A finished move drag asks the source to remove the dragged rows; the drop has already
        # moved the cards in the workspace (one undoable edit), so there is nothing to remove.
        return False

    def _dropped_cards(self, data: QMimeData) -> list[int]:
        if not data.hasFormat(CARD_MIME):
            return []
        try:
            payload = json.loads(bytes(data.data(CARD_MIME).data()).decode("utf-8"))
            if payload["meeting"] != self._board.meeting_id:
                return []
            return [int(i) for i in payload["cards"]]
        except (ValueError, KeyError, TypeError):
            return []


class BoardModel(QObject):
    """The board of one open meeting: labels, hints, dots and four QuadrantModels.

    It refreshes from the workspace when the document says the board, the meeting or the
    participants changed. Edits started by the models (in-place text, drops) go through
    ui.board.commands, hence through the document's undo stack.

    Signals:
        refreshed(): labels, counts, teams or the dots may have changed.
        refused(str): an edit was refused; the message says why (for the user).
    """

    refreshed = Signal()
    refused = Signal(str)

    TOPICS = frozenset({Topic.BOARD, Topic.MEETING, Topic.PARTICIPANTS})

    def __init__(self, document: MeetingDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.meeting_id = document.meeting_id
        self.quadrants = [QuadrantModel(self, q) for q in range(4)]
        self.team_filter: str | None = None
        self.labels: list[str] = []
        self.hints: list[str] = []
        self.preset = BoardPreset.KEEP_TUNE_OVERHAUL_START
        self.budget = VoteBudget(used=0, vote_limit=None, votes_per_participant=None, present=0)
        self.teams: list[str] = []
        self.totals = [0, 0, 0, 0]
        self._all: list[list[CardRow]] = [[], [], [], []]
        document.changed.connect(self._on_changed)
        self.refresh()

    @Slot(object)
    def _on_changed(self, topic: Topic) -> None:
        if topic in self.TOPICS:
            self.refresh()

    def refresh(self) -> None:
        ws = self.document.ws
        meeting = meetings.get_meeting(ws, self.meeting_id)
        self.preset, self.labels = meeting.board_preset, list(meeting.board_labels)
        preset_quadrants = BOARD_PRESETS[self.preset][1]
        self.hints = [q.hint if q.label == label else ""
                      for q, label in zip(preset_quadrants, self.labels, strict=True)]
        self.budget = vote_budget(ws, meeting_id=self.meeting_id)
        self.teams = board.board_teams(ws, meeting_id=self.meeting_id)
        self._all = [[], [], [], []]
        for c in board.list_cards(ws, meeting_id=self.meeting_id):
            self._all[c.quadrant].append(CardRow(c.id, c.quadrant, c.text, c.team, c.votes))
        self.totals = [len(cards) for cards in self._all]
        self._show()
        self.refreshed.emit()

    def set_team_filter(self, team: str | None) -> None:
        """Shows only the cards of one team ("" = cards without a team); None shows all."""
        self.team_filter = team
        self._show()
        self.refreshed.emit()

    def _show(self) -> None:
        for model, cards in zip(self.quadrants, self._all, strict=True):
            model.set_cards([c for c in cards if self.matches(c)])

    def matches(self, card: CardRow) -> bool:
        if self.team_filter is None:
            return True
        wanted = self.team_filter.strip().casefold()
        teams = [t.casefold() for t in card.teams]
        return wanted in teams if wanted else not teams

    def locate(self, card_id: int) -> tuple[int, int] | None:
        """(quadrant, row) of a card as shown, or None when it is filtered out or gone."""
        for q, model in enumerate(self.quadrants):
            row = model.row_of(card_id)
            if row >= 0:
                return q, row
        return None

    def position_before(self, quadrant: int, shown: list[CardRow], row: int,
                        moving: Sequence[int]) -> int | None:
        """The board position (among the quadrant's cards that stay) before shown row `row`."""
        staying = [c.id for c in self._all[quadrant] if c.id not in moving]
        for card in shown[max(row, 0):] if row >= 0 else []:
            if card.id in staying:
                return staying.index(card.id)
        return None

    def attempt(self, edit: Any, *args: Any) -> bool:
        """Runs a ui.board.commands function; a refused edit is reported through `refused`."""
        try:
            edit(self.document, *args)
        except FacilitatorError as exc:
            self.refused.emit(str(exc))
            return False
        return True
