"""Child of the memory benchmark: opens the window with the large meeting, prints peak RSS.

`python benchmarks/memory_child.py app --db PATH --meeting ID` opens the main window on the
workspace, shows it, loads the meeting as the window does and prints one JSON line; `bare`
prints the same for an empty QMainWindow (for context).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow


def open_large_meeting(window: QMainWindow, meeting_id: int) -> str:
    """Loads the meeting the way the window does; says how, for the results table.

    While the meeting view is not in the main window yet, the meeting is loaded through the core
    (`load_meeting` + `meeting_to_json`, what a view is built from) and kept alive. Once
    `MainWindow.open_meeting(meeting_id)` exists it is used instead.
    """
    if hasattr(window, "open_meeting"):
        window.open_meeting(meeting_id)
        return "MainWindow.open_meeting"
    from facilitator.serialize import load_meeting, meeting_to_json

    window.setProperty("benchmark_meeting", json.dumps(
        meeting_to_json(load_meeting(window.ws, meeting_id)), ensure_ascii=False))
    return "core load_meeting + meeting_to_json (meeting view not in the window yet)"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("app", "bare"))
    parser.add_argument("--db", type=Path)
    parser.add_argument("--meeting", type=int)
    args = parser.parse_args(argv[1:])
    app = QApplication(argv[:1])
    how = "empty QMainWindow"
    if args.mode == "bare":
        window = QMainWindow()
        window.show()
    else:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from facilitator.workspace import open_workspace
        from ui.main_window import MainWindow

        ws = open_workspace(args.db)
        window = MainWindow(ws)
        window.show()
        app.processEvents()
        how = open_large_meeting(window, args.meeting)
    for _ in range(5):
        app.processEvents()
    window.grab()  # render it once, as a screen would
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"peak_rss_mb": peak_kb / 1024, "how": how}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
