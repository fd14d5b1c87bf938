"""The pattern that killed the test process, run on its own.

`python -m tests.ui.common.undo_gc_child DB N` makes N meeting documents with no Qt parent,
records a few edits on each (their undo refers back to the document, as every edit's does),
lets each go and collects the garbage every few documents. It prints `SURVIVED N`, exits 0.

With the undo stack built on QUndoStack and Python QUndoCommands this died by SIGSEGV within
the first few collections (PySide6 6.10.3 to 6.11.3): the collector freed the commands'
wrappers, then the stack's C++ destructor deleted the commands and touched them.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

from facilitator.services import agenda, capture, meetings
from facilitator.workspace import open_workspace
from ui.capture.decision_log_model import DecisionLogModel
from ui.common.document import MeetingDocument
from ui.common.edits import run_edit


def main(path: str, count: int) -> int:
    app = QApplication(sys.argv[:1])
    ws = open_workspace(path)
    mid = meetings.create_meeting(ws, title="Garbage").id
    item = agenda.add_item(ws, meeting_id=mid, title="Item").id
    for n in range(count):
        document = MeetingDocument(ws, mid)  # no Qt parent: Python owns it
        model = DecisionLogModel(document)
        for k in range(3):
            model.record(f"Decision {n}.{k}", item_id=item)
        run_edit(document, "Rename", "agenda",
                 lambda d=document: agenda.update_item(d.ws, item_id=item, title="Renamed"),
                 lambda d=document: agenda.update_item(d.ws, item_id=item, title="Item"))
        document.undo_stack.undo()
        del document, model
        if n % 5 == 0:
            app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
            gc.collect()
    assert len(capture.list_decisions(ws, meeting_id=mid)) == 3 * count
    ws.close()
    print(f"SURVIVED {count}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2])))
