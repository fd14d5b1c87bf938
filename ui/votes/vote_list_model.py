"""The meeting's votes as a table, in agenda order: item, question, kind and a short result."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from facilitator.domain import VoteKind, VoteOutcome
from facilitator.services import votes
from facilitator.services.vote_views import VoteView
from ui.common.document import Topic
from ui.common.table_model import ServiceTableModel

NO_ITEM = "(no item)"


def kind_text(vote: VoteView) -> str:
    if vote.kind is VoteKind.SCALE and vote.scale is not None:
        return vote.scale.label
    return vote.kind.label


def result_text(vote: VoteView) -> str:
    """"Carried — 14 yes, 3 no, 2 abstain", "ROTI 3.8 of 5", or "" before any count."""
    result = vote.result
    if result.outcome is VoteOutcome.NOT_RECORDED:
        return ""
    if vote.kind is VoteKind.YES_NO and result.outcome is not VoteOutcome.NO_RULE:
        return f"{result.outcome.label} — {result.summary}"
    return result.summary


class VoteListModel(ServiceTableModel):
    """Votes grouped by their agenda item (in the agenda's order), those of no item last."""

    HEADERS = ("Item", "Question", "Kind", "Result")
    ITEM, QUESTION, KIND, RESULT = range(4)
    TOPICS = (Topic.VOTES,)
    ITEM_COLUMN = ITEM

    def load(self) -> list[VoteView]:
        self.item_titles = self.load_item_titles()
        order = {item_id: n for n, item_id in enumerate(self.item_titles)}
        rows = votes.list_votes(self.ws, meeting_id=self.meeting_id)
        return sorted(rows, key=lambda v: (order.get(v.agenda_item_id or 0, len(order)),
                                           v.position, v.id))

    def cell(self, vote: VoteView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.ITEM:
                return self.item_titles.get(vote.agenda_item_id or 0, NO_ITEM)
            if column == self.QUESTION:
                return vote.question
            if column == self.KIND:
                return kind_text(vote)
            if column == self.RESULT:
                return result_text(vote)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.QUESTION:
            return vote.question
        return None

    def write(self, row: Any, column: int, value: Any) -> None:
        raise NotImplementedError  # nothing is edited in the cells: the panel and dialog do

    def first_of_item(self, item_id: int) -> int:
        """The row of the item's first vote, or -1."""
        return next((n for n, v in enumerate(self._rows) if v.agenda_item_id == item_id), -1)
