"""Typing into the real notes editor in a child process, for the crash test that kills it.

`python -m tests.ui.capture.crash_typing DB SEED` (offscreen) creates a meeting with two agenda
items, shows a NotesEditor on it and types into its text box with key clicks, a batch of one to four
keys every 20 to 60 ms (never pausing for the save delay). After each batch it prints
`TYPED monotonic-seconds json-text-of-the-batch` straight to the pipe, until it is killed.
First it prints `READY meeting_id item_id`.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from facilitator.services import agenda, meetings
from facilitator.workspace import open_workspace
from ui.capture.notes_editor import NotesEditor
from ui.common.document import MeetingDocument

KEYS = "abcdefghijklmnopqrstuvwxyz" * 3 + "ABCDEZ0123456789" + " .,-;:!?"  # QTest: ASCII


def _say(line: str) -> None:
    os.write(1, (line + "\n").encode())


def main(argv: list[str]) -> int:
    path, seed = argv[1], int(argv[2])
    rng = random.Random(seed)
    app = QApplication(argv[:1])
    ws = open_workspace(path)
    mid = meetings.create_meeting(ws, title="Typing crash").id
    item = agenda.add_item(ws, meeting_id=mid, title="Budget").id
    agenda.add_item(ws, meeting_id=mid, title="Hiring")
    editor = NotesEditor(MeetingDocument(ws, mid))
    editor.resize(500, 400)
    editor.show()
    editor.focus_editor()
    app.processEvents()
    assert editor.item_id == item
    _say(f"READY {mid} {item}")

    typist = QTimer(singleShot=True)

    def type_batch() -> None:
        batch = "".join(rng.choice(KEYS) for _ in range(rng.randint(1, 4)))
        QTest.keyClicks(editor.editor, batch)
        _say(f"TYPED {time.monotonic()!r} {json.dumps(batch)}")
        typist.start(rng.randint(20, 60))

    typist.timeout.connect(type_batch)
    typist.start(0)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv))
