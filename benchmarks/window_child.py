"""Child of the window benchmarks: the real main window, offscreen, on the large meeting.

`python benchmarks/window_child.py --db PATH --meeting ID --other ID [--runs N]` builds
`main_window(ws)`, shows it, then times what the facilitator does (each until the event queue
is empty and the window has painted, `repaint()`): opening the large meeting (after opening a
small one, so every open builds the tabs anew; hidden tabs and docks wait for their first
show), the Board tab's first show, showing another item's notes, jumping the run view to
another item, and moving a card to another quadrant on the 400-card board. It prints one JSON
line of millisecond samples and the peak RSS.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.figures import peak_rss_mb  # noqa: E402
from facilitator.workspace import open_workspace  # noqa: E402
from ui.app import main_window  # noqa: E402
from ui.board.board_view import BoardView  # noqa: E402
from ui.run import run_clock  # noqa: E402
from ui.run.run_view import RunView  # noqa: E402
from ui.shell.main_window import MainWindow  # noqa: E402


def settle(app: QApplication, window: MainWindow) -> None:
    """Until nothing is left to do and the window is painted as a screen would show it.

    Widgets closed with deleteLater() go too, as they would in the running event loop
    (processEvents alone leaves them: the pages of every earlier open would pile up).
    """
    app.processEvents()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    window.repaint()


def timed(app: QApplication, window: MainWindow, fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    settle(app, window)
    return (time.perf_counter() - started) * 1000


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--meeting", type=int, required=True)
    parser.add_argument("--other", type=int, required=True, help="a small meeting")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv[1:])
    app = QApplication(argv[:1])
    ws = open_workspace(args.db)
    window = main_window(ws)
    window.resize(1600, 900)
    window.show()
    settle(app, window)
    out: dict[str, list[float] | float | int] = {"open": [], "notes_switch": [],
                                                 "run_jump": [], "card_move": []}

    for _ in range(args.runs):
        window.open_meeting(args.other)
        settle(app, window)
        out["open"].append(timed(app, window, lambda: window.open_meeting(args.meeting)))
    document = window.document
    assert document is not None and document.meeting_id == args.meeting
    notes = window.features.capture.notes_editor()
    assert notes is not None
    items = [notes.item_box.itemData(i) for i in range(1, notes.item_box.count())]
    out["items"] = len(items)
    for n in range(args.runs * 4):
        target = items[(n * 7 + 3) % len(items)]
        out["notes_switch"].append(timed(app, window, lambda t=target: notes.show_item(t)))

    # The large meeting is finished: jumping its clock would ask before reopening it.
    run_clock.confirm_reopen = lambda _parent: True
    run_view = window.meeting_page("Run")
    assert isinstance(run_view, RunView)
    window.meeting_tabs.setCurrentWidget(run_view)
    settle(app, window)
    for n in range(args.runs * 4):
        target = items[(n * 11 + 5) % len(items)]
        out["run_jump"].append(timed(
            app, window, lambda t=target: run_view.run_clock.jump(t, window)))

    # The Board tab is built when it first shows: that first show is timed once.
    titles = [window.meeting_tabs.tabText(i) for i in range(window.meeting_tabs.count())]
    out["board_first_show"] = timed(
        app, window, lambda: window.meeting_tabs.setCurrentIndex(titles.index("Board")))
    board_view = window.meeting_tabs.currentWidget()
    assert isinstance(board_view, BoardView)
    out["cards"] = sum(q.rowCount() for q in board_view.model.quadrants)
    for n in range(args.runs * 4):
        source = n % 4
        card = board_view.model.quadrants[source].card(n % 50).id
        board_view.select_card(card)
        settle(app, window)
        out["card_move"].append(timed(
            app, window, lambda c=source: board_view.send_selected((c + 1) % 4)))

    out["peak_rss_mb"] = peak_rss_mb()
    window.close()
    ws.close()
    print(json.dumps(out), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
