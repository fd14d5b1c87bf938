"""The board session the exit test runs in a child process, ending with a normal exit.

`python -m tests.ui.shell.board_exit DB` (offscreen) creates a meeting with 120 board cards,
opens it in the real main window, shows the Board tab and, driven by keys on the card lists,
sends cards to other quadrants (Ctrl+1..4), adds and takes back dots (+ / −), sorts a quadrant
by votes and undoes some of it, painting after every step. It closes the window and the
workspace, prints `DONE moves votes` and returns normally: the interpreter's own teardown must
then end with status 0 (PySide6 6.12.0 under Python 3.11 aborted here with "none_dealloc").
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from facilitator.services import board, meetings
from facilitator.workspace import open_workspace
from ui.app import main_window
from ui.shell.main_window import MainWindow

CARDS_PER_QUADRANT = 30
MOVES = 24
KEYS = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4)


def settle(app: QApplication, window: MainWindow) -> None:
    app.processEvents()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    window.repaint()


def main(argv: list[str]) -> int:
    app = QApplication(argv[:1])
    ws = open_workspace(argv[1])
    mid = meetings.create_meeting(ws, title="Board exit").id
    for q in range(4):
        for n in range(CARDS_PER_QUADRANT):
            board.add_card(ws, meeting_id=mid, quadrant=q, text=f"Card {q + 1}.{n + 1} " * 3,
                           team=("Sales", "Ops", "")[n % 3])
    window = main_window(ws)
    window.resize(1400, 900)
    window.show()
    window.activateWindow()
    window.open_meeting(mid)
    tabs = window.meeting_tabs
    tabs.setCurrentIndex([tabs.tabText(i) for i in range(tabs.count())].index("Board"))
    settle(app, window)
    board_view = window.features.board.board_view
    assert board_view is not None
    model = board_view.model
    moves = votes = 0
    for n in range(MOVES):
        source = n % 4
        card = model.quadrants[source].card(n % 10).id
        board_view.select_card(card)
        settle(app, window)
        QTest.keyClick(board_view.panels[source].cards, Qt.Key.Key_Plus)
        settle(app, window)
        target = (source + 1) % 4
        QTest.keyClick(board_view.panels[source].cards, KEYS[target],
                       Qt.KeyboardModifier.ControlModifier)
        settle(app, window)
        moves += model.locate(card) is not None and model.locate(card)[0] == target
        QTest.keyClick(board_view.panels[target].cards, Qt.Key.Key_Minus)
        QTest.keyClick(board_view.panels[target].cards, Qt.Key.Key_Plus)
        settle(app, window)
        votes += sum(c.votes for q in model.quadrants for c in q.cards())
    board_view.sort_action.trigger()
    settle(app, window)
    for _ in range(6):
        window.document.undo_stack.undo()
        settle(app, window)
    window.close()
    ws.close()
    print(f"DONE {moves} {votes}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
