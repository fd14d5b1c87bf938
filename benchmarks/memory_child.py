"""Child of the memory benchmark: opens the window with the large meeting, prints peak RSS.

`python benchmarks/memory_child.py app --db PATH --meeting ID` opens the main window on the
workspace, shows it, loads the meeting as the window does and prints one JSON line; `bare`
prints the same for an empty QMainWindow (for context).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.figures import peak_rss_mb  # noqa: E402


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
        from facilitator.workspace import open_workspace
        from ui.app import main_window

        ws = open_workspace(args.db)
        window = main_window(ws)
        window.show()
        app.processEvents()
        window.open_meeting(args.meeting)
        how = "MainWindow.open_meeting"
    for _ in range(5):
        app.processEvents()
    window.grab()  # render it once, as a screen would
    print(json.dumps({"peak_rss_mb": peak_rss_mb(), "how": how}), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
