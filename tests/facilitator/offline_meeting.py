"""A whole meeting under an audit hook that records every socket call: the app stays offline.

`python -m tests.facilitator.offline_meeting FOLDER` installs the hook before anything of
Facilitator is imported, then runs the scripted crash-test meeting through the services, the
sample meeting, `list` and `show --json` through the command line, and the main window with an
undoable edit. It prints one JSON line: the socket events seen and the sockets still open.
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
    for argv in (["list", "--db", str(db), "--json"], ["show", "--db", str(db), "--json"]):
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            assert cli.main(argv) == 0
        assert json.loads(printed.getvalue())
    # Later: the Word export of the meeting, once facilitator/export lands.

    from PySide6.QtWidgets import QApplication

    from facilitator.services import capture
    from ui.main_window import MainWindow
    from ui.meeting_document import MeetingDocument

    app = QApplication(sys.argv[:1])
    with open_workspace(db) as ws:
        window = MainWindow(ws)
        window.show()
        app.processEvents()
        document = MeetingDocument(ws, meeting_id=1)
        made: list[int] = []
        document.edit("Record decision", "decisions",
                      lambda: made.append(capture.record_decision(
                          ws, meeting_id=1, text="Offline works").id),
                      lambda: capture.delete_decision(ws, decision_id=made[-1]))
        document.undo_stack.undo()
        app.processEvents()
        window.close()


def main(argv: list[str]) -> int:
    sys.addaudithook(_audit)
    folder = Path(argv[1])
    if "--self-check" in argv:
        import socket

        socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()
    run_meeting(folder)
    print(json.dumps({"events": seen, "open_sockets": _open_sockets()}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
