"""The decision log: a table of decisions and a Ctrl+D inline entry (text, owner, rationale)."""

from __future__ import annotations

from ui.capture.decision_log_model import DecisionLogModel
from ui.capture.record_dock import RecordDock


class DecisionLogView(RecordDock):
    model: DecisionLogModel

    FIELDS = {"text": "Decision (Enter to record, Esc to close)", "owner": "Owner",
              "rationale": "Rationale (optional)"}
    BUTTON = "Record"
    NAME_FIELD = "owner"
    NAME_COLUMN = DecisionLogModel.OWNER
    STRETCH = (DecisionLogModel.TEXT, DecisionLogModel.RATIONALE)
    FITTED = (DecisionLogModel.TIME, DecisionLogModel.OWNER)
    DELETE = "Delete decision"

    def record(self) -> int:
        return self.model.record(self.entry.text("text"), item_id=self.current_item(),
                                 owner=self.entry.text("owner"),
                                 rationale=self.entry.text("rationale"))
