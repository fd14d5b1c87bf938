"""A whole meeting under an audit hook that records every socket call: the app stays offline.

`python -m tests.facilitator.offline_meeting FOLDER` installs the hook before anything of
Facilitator is imported, then runs the scripted crash-test meeting through the services, the
sample meeting, `list` and `show --json` through the command line, the Word minutes and agenda
(core and `export` command), then the main window: the meeting opened with its Plan, Run and
Board tabs, the clock started and moved on, a card added and moved, a note typed, an undoable
edit, and the minutes and agenda exported through the File menu's actions. It prints one JSON
line: the socket events seen, the sockets still open and the files written.
`--self-check` also opens a socket, to show that the hook sees one.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
from pathlib import Path
from typing import Any

# Local only, and used by the lock file to name the machine: not network traffic.
ALLOWED = {"socket.gethostname"}
seen: list[str] = []
written: list[Path] = []


def _audit(event: str, args: tuple[Any, ...]) -> None:
    if event.startswith("socket.") and event not in ALLOWED:
        seen.append(f"{event} {args!r}"[:200])


def _open_sockets() -> list[str]:
    fds = Path("/proc/self/fd")
    if not fds.exists():  # not Linux: the audit hook alone answers
        return []
    out = []
    for fd in fds.iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:"):
            out.append(target)
    return out


def run_meeting(folder: Path) -> None:
    from facilitator import cli
    from facilitator.demo import create_demo_meeting
    from facilitator.workspace import open_workspace
    from tests.facilitator.crash_meeting import ScriptedMeeting

    db = folder / "offline.db"
    with open_workspace(db) as ws:
        for _claims, step in ScriptedMeeting(ws, seed=7, length=60).steps():
            step()
        create_demo_meeting(ws)
    for argv in (["list", "--db", str(db), "--json"], ["show", "--db", str(db), "--json"],
                 ["export-minutes", "--db", str(db), "--meeting", "1", "--out",
                  str(folder / "cli-minutes.docx")],
                 ["export-agenda", "--db", str(db), "--meeting", "2", "--out",
                  str(folder / "cli-agenda.docx")]):
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            assert cli.main(argv) == 0
        if "--json" in argv:
            assert json.loads(printed.getvalue())
    written.extend((folder / "cli-minutes.docx", folder / "cli-agenda.docx"))
    from facilitator.export import export_agenda, export_minutes
    from facilitator.serialize import load_meeting

    with open_workspace(db) as ws:
        for mid in (1, 2):  # the scripted meeting and the sample meeting
            record = load_meeting(ws, mid)
            written.append(export_minutes(record, folder / f"minutes-{mid}.docx"))
            written.append(export_agenda(record, folder / f"agenda-{mid}.docx"))

    from PySide6.QtWidgets import QApplication

    from facilitator.services import capture
    from ui.app import main_window
    from ui.board import commands as board_edits
    from ui.minutes import export_actions

    app = QApplication(sys.argv[:1])
    # The File menu's exports, with the save dialog answered and no folder opened afterwards.
    targets = iter(folder / name for name in ("window-minutes.docx", "window-agenda.docx"))
    export_actions.ask_save_path = lambda _parent, _caption, _suggested: next(targets)
    export_actions.ask_open_folder = lambda _parent, _path: False
    with open_workspace(db) as ws:
        window = main_window(ws)
        window.show()
        app.processEvents()
        window.open_meeting(1)
        app.processEvents()
        features = window.features
        for title in ("Run", "Board", "Plan"):  # each tab shown: the hidden ones build then
            window.meeting_tabs.setCurrentWidget(window.meeting_page(title))
            app.processEvents()
            window.grab()
        for title in ("Actions", "Parking lot", "Decisions"):  # and each dock
            window.docks[title].raise_()
            app.processEvents()
        assert features.run.run_view is not None and features.board.board_view is not None
        document = window.document
        assert document is not None
        features.run.run_view.run_clock.toggle(window)  # start the clock
        features.run.run_view.run_clock.next(window)
        card = board_edits.add_card(document, 0, "Offline card", "Sales")
        board_edits.move_cards(document, [card], 2, 0)
        notes = window.features.capture.notes_editor()
        assert notes is not None
        notes.editor.insertPlainText("Typed offline")
        notes.flush()
        made: list[int] = []
        document.edit("Record decision", "decisions",
                      lambda: made.append(capture.record_decision(
                          ws, meeting_id=1, text="Offline works").id),
                      lambda: capture.delete_decision(ws, decision_id=made[-1]))
        document.undo_stack.undo()
        features.minutes.export_minutes()
        features.minutes.export_agenda()
        written.extend(folder / name for name in ("window-minutes.docx", "window-agenda.docx"))
        app.processEvents()
        window.close()


def main(argv: list[str]) -> int:
    sys.addaudithook(_audit)
    folder = Path(argv[1])
    if "--self-check" in argv:
        import socket

        socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()
    run_meeting(folder)
    print(json.dumps({"events": seen, "open_sockets": _open_sockets(),
                      "written": sorted(p.name for p in written if p.stat().st_size > 0)}),
          flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
