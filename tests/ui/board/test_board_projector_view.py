"""The projector's board: follows the console, large text, and says when cards do not fit."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.models import BoardCard
from facilitator.services import board, meetings
from facilitator.workspace import Workspace
from tests.ui.board.test_board_view import add_by_typing, drop, shown
from ui.board.board_projector_view import BoardProjectorView
from ui.board.board_view import BoardView
from ui.common.document import MeetingDocument


def show(qtbot, widget, width: int, height: int):
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    widget.grab()  # paints
    return widget


def test_projector_follows_the_console_board(qtbot, demo_document) -> None:
    console = show(qtbot, BoardView(demo_document), 1100, 700)
    projector = show(qtbot, BoardProjectorView(demo_document), 1920, 1080)
    add_by_typing(qtbot, console, 3, "Quarterly customer panel", team="Support")
    drop(console, source=0, row=0, target=2)
    rows = [[c.text for c in projector.model.quadrants[q].cards()] for q in range(4)]
    assert rows == [shown(console, q) for q in range(4)]
    assert rows[3][-1] == "Quarterly customer panel" and rows[2][-1] == "Joint quarterly planning"
    projector.set_team_filter("Support")
    assert [projector.model.quadrants[q].rowCount() for q in range(4)] == [0, 0, 0, 1]
    assert [console.model.quadrants[q].rowCount() for q in range(4)] == [2, 3, 3, 4]


def test_demo_board_is_large_and_complete_on_a_1080p_projector(qtbot, demo_document) -> None:
    projector = show(qtbot, BoardProjectorView(demo_document), 1920, 1080)
    assert projector.hidden_cards == [0, 0, 0, 0]
    # 1080p: 30+ px text is readable from ~10 m (the back of a large meeting room).
    assert min(projector.card_pixels) >= 30


def test_400_cards_build_move_and_overflow_on_the_projector(qtbot, ws: Workspace) -> None:
    mid = meetings.create_meeting(ws, title="Big retro").id
    with ws.session() as s:
        s.add_all(BoardCard(meeting_id=mid, quadrant=i % 4, position=i // 4, votes=i % 5,
                            text=f"Card {i}: something the room raised", team=("Sales",
                            "Marketing", "Support", "")[i % 4]) for i in range(400))
    document = MeetingDocument(ws, mid)
    console = show(qtbot, BoardView(document), 1280, 800)
    assert [m.rowCount() for m in console.model.quadrants] == [100, 100, 100, 100]
    cards = console.panels[3].cards
    top_of_first = cards.visualRect(cards.model().index(0, 0)).topLeft()
    top_of_first.setY(top_of_first.y() + 3)
    drop(console, source=0, row=50, target=3, at=top_of_first)
    assert [m.rowCount() for m in console.model.quadrants] == [99, 100, 100, 101]
    assert shown(console, 3)[0] == "Card 200: something the room raised"
    assert board.list_cards(ws, meeting_id=mid)[-101].text == "Card 200: something the room raised"
    projector = show(qtbot, BoardProjectorView(document), 1920, 1080)
    assert all(hidden > 0 for hidden in projector.hidden_cards)
    assert min(projector.card_pixels) >= 18
    document.undo_stack.undo()
    assert [m.rowCount() for m in projector.model.quadrants] == [100, 100, 100, 100]
    assert shown(console, 0)[50] == "Card 200: something the room raised"
    console.panels[0].cards.setFocus()
    assert console.panels[0].cards.model().index(0, 0).flags() & Qt.ItemFlag.ItemIsDragEnabled
