"""The board with 400 cards: moving a card in the real main window (the benchmark figure).

For the results table, `figures(ctx)` takes the card moves timed by the window child of
meeting_window.py: on the large meeting's 400-card board in the main window's Board tab, a
selected card is sent to another quadrant (the Board menu's "send to" key: undoable edit, saved,
board refreshed), timed until the window has repainted. Run as a script
(.venv/bin/python benchmarks/board_400.py) it also times, on a board of its own, adding 400
cards, building the console and projector views, a drop, votes, a sort and its undo.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.context import BenchContext  # noqa: E402
from benchmarks.figures import Figure  # noqa: E402
from benchmarks.meeting_window import p95_figure, window_samples  # noqa: E402
from facilitator.services import board, meetings, participants  # noqa: E402
from facilitator.workspace import open_workspace  # noqa: E402
from ui.board import commands as board_edits  # noqa: E402
from ui.board.board_projector_view import BoardProjectorView  # noqa: E402
from ui.board.board_view import BoardView  # noqa: E402
from ui.common.document import MeetingDocument  # noqa: E402

CARDS = 400
TEAMS = ("Sales", "Marketing", "Support", "Finance", "")


def timed(label: str, fn: Callable[[], object], repeat: int = 1) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        QApplication.processEvents()
        runs.append((time.perf_counter() - start) * 1000)
    median = statistics.median(runs)
    extra = f" (median of {repeat}, max {max(runs):.1f} ms)" if repeat > 1 else ""
    print(f"{label:<48} {median:8.1f} ms{extra}")
    return median


def figures(ctx: BenchContext) -> list[Figure]:
    s = window_samples(ctx)
    return [p95_figure(f"Move a card on a {s['cards']}-card board (main window, Board tab)",
                       s["card_move"])]


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        ws = open_workspace(Path(tmp) / "bench.db")
        try:
            mid = meetings.create_meeting(ws, title="Big retro", votes_per_participant=100).id
            for i in range(30):
                participants.add_participant(ws, meeting_id=mid, name=f"P{i}")

            def add_all() -> None:
                for i in range(CARDS):
                    board.add_card(ws, meeting_id=mid, quadrant=i % 4, team=TEAMS[i % 5],
                                   text=f"Card {i}: something the room raised about how we work")

            ms = timed(f"add {CARDS} cards (one transaction each)", add_all)
            print(f"{'  per card':<48} {ms / CARDS:8.2f} ms")
            document = MeetingDocument(ws, mid)
            holder: dict[str, object] = {}

            def build() -> None:
                view = BoardView(document)
                view.resize(1280, 800)
                view.show()
                holder["view"] = view

            timed("build the console BoardView and show it", build)
            view = holder["view"]
            assert isinstance(view, BoardView)
            timed("paint the console board (grab)", view.grab, repeat=5)
            first = view.model.quadrants[0].card(50).id

            def move_there_and_back() -> None:
                board_edits.move_cards(document, [first], 3, 0)
                board_edits.move_cards(document, [first], 0, 50)

            timed("move a card (edit + save + refresh) ×2", move_there_and_back, repeat=10)
            source = view.model.quadrants[1]
            target = view.model.quadrants[2]

            def drop_one() -> None:
                mime = source.mimeData([source.index(10, 0)])
                target.dropMimeData(mime, source.supportedDropActions(), 0, 0,
                                    target.index(-1, 0))

            timed("drop a card on another quadrant (model)", drop_one, repeat=10)
            card = view.model.quadrants[3].card(0).id
            timed("vote + (limit check, save, refresh)",
                  lambda: board_edits.vote(document, card, 1), repeat=10)
            timed("sort the whole board by votes", lambda: board_edits.sort_by_votes(document))
            timed("undo the sort", document.undo_stack.undo)
            projector = BoardProjectorView(document)
            projector.resize(1920, 1080)
            projector.show()
            timed("paint the projector board at 1920×1080", projector.grab, repeat=5)
            print(f"{'projector cards not shown (+ N more)':<48} {projector.hidden_cards}")
            view.close()
            projector.close()
            view.deleteLater()
            projector.deleteLater()
            app.processEvents()
        finally:
            ws.close()


if __name__ == "__main__":
    main()
