"""The console board driven like a facilitator would: typing, dragging, keys, votes, undo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from facilitator.services import board, capture, meetings
from facilitator.workspace import Workspace, open_workspace
from ui.board import board_dialogs
from ui.board.board_card_delegate import vote_zones
from ui.board.board_view import BoardView
from ui.common.document import MeetingDocument


def stored(ws: Workspace, meeting_id: int) -> list[tuple[int, str, str, int]]:
    """(quadrant, text, team, votes) of every card, in board order, read back from the file."""
    return [(c.quadrant, c.text, c.team, c.votes) for c in board.list_cards(ws,
                                                                           meeting_id=meeting_id)]


def shown(view: BoardView, quadrant: int) -> list[str]:
    model = view.model.quadrants[quadrant]
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def add_by_typing(qtbot, view: BoardView, quadrant: int, text: str, team: str = "") -> None:
    panel = view.panels[quadrant]
    panel.team.setCurrentText(team)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view.window())
    panel.entry.setFocus()
    qtbot.keyClicks(panel.entry, text)
    qtbot.keyClick(panel.entry, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is panel.entry


def drop(view: BoardView, source: int, row: int, target: int, at: QPoint | None = None) -> None:
    """Drops a card on a quadrant's list through the view's own drop handling (real mime data
    from the source model; `at` defaults to the empty space below the last card)."""
    source_model = view.model.quadrants[source]
    mime = source_model.mimeData([source_model.index(row, 0)])
    target_view = view.panels[target].cards
    if at is None:
        at = QPoint(20, target_view.viewport().height() - 5)
    args = (Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier)
    viewport = target_view.viewport()
    # As a drag does: enter (the view accepts the card type), move over the spot, drop.
    enter = QDragEnterEvent(at, *args)  # a QPoint, as Qt declares it (6.11 and 6.12)
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    move = QDragMoveEvent(at, *args)
    QApplication.sendEvent(viewport, move)
    assert move.isAccepted()
    QApplication.sendEvent(viewport, QDropEvent(at.toPointF(), *args))


def test_quadrant_models_pass_the_model_tester(qtmodeltester, ws, demo_id) -> None:
    widget = BoardView(MeetingDocument(ws, demo_id))
    for model in widget.model.quadrants:
        qtmodeltester.check(model)
    assert [shown(widget, q)[0] for q in range(4)] == [
        "Joint quarterly planning", "Lead hand-off takes 3 days: make it same-day",
        "Lead scoring model: nobody trusts it", "Shared win/loss reviews every month"]
    widget.deleteLater()


def test_cards_added_by_typing_in_each_quadrant_and_undone(qtbot, view, ws, meeting_id) -> None:
    for q, label in enumerate(("Keep", "Tune", "Overhaul", "Start")):
        add_by_typing(qtbot, view, q, f"{label} card", team="Sales" if q % 2 else "")
        assert view.panels[q].entry.text() == ""  # ready for the next card
    add_by_typing(qtbot, view, 0, "Second keep card")
    assert stored(ws, meeting_id) == [
        (0, "Keep card", "", 0), (0, "Second keep card", "", 0), (1, "Tune card", "Sales", 0),
        (2, "Overhaul card", "", 0), (3, "Start card", "Sales", 0)]
    assert shown(view, 0) == ["Keep card", "Second keep card"]
    assert view.panels[0].count.text() == "2 cards"
    assert view.document.undo_stack.undoText() == "Add card “Second keep card”"
    for _ in range(5):
        view.document.undo_stack.undo()
    assert stored(ws, meeting_id) == [] and shown(view, 0) == []
    view.document.undo_stack.redo()
    assert stored(ws, meeting_id) == [(0, "Keep card", "", 0)]


def test_blank_card_is_not_added(qtbot, view, ws, meeting_id) -> None:
    add_by_typing(qtbot, view, 2, "   ")
    assert stored(ws, meeting_id) == [] and view.document.undo_stack.count() == 0


def test_drag_a_card_to_another_quadrant_and_within_one(qtbot, qtmodeltester, view, ws,
                                                        meeting_id) -> None:
    for text in ("a", "b", "c"):
        board.add_card(ws, meeting_id=meeting_id, quadrant=0, text=text)
    board.add_card(ws, meeting_id=meeting_id, quadrant=1, text="x")
    view.model.refresh()
    for model in view.model.quadrants[:2]:
        qtmodeltester.check(model)  # and it keeps checking the changes the drops make
    drop(view, source=0, row=1, target=1)  # "b" below "x"
    assert shown(view, 0) == ["a", "c"] and shown(view, 1) == ["x", "b"]
    assert [(q, t) for q, t, *_ in stored(ws, meeting_id)] == [(0, "a"), (0, "c"), (1, "x"),
                                                               (1, "b")]
    assert view.document.undo_stack.undoText() == "Move card to Tune"
    cards = view.panels[0].cards
    top_of_first = cards.visualRect(cards.model().index(0, 0)).topLeft() + QPoint(30, 3)
    drop(view, source=0, row=1, target=0, at=top_of_first)  # "c" before "a"
    assert shown(view, 0) == ["c", "a"]
    assert view.document.undo_stack.undoText() == "Reorder card in Keep"
    view.document.undo_stack.undo()
    view.document.undo_stack.undo()
    assert shown(view, 0) == ["a", "b", "c"] and shown(view, 1) == ["x"]
    assert [t for _, t, *_ in stored(ws, meeting_id)] == ["a", "b", "c", "x"]


def test_drop_from_another_meeting_is_ignored(qtbot, view, ws, meeting_id) -> None:
    other = meetings.create_meeting(ws, title="Other")
    board.add_card(ws, meeting_id=other.id, quadrant=0, text="elsewhere")
    other_view = BoardView(MeetingDocument(ws, other.id))
    qtbot.addWidget(other_view)
    model = other_view.model.quadrants[0]
    mime = model.mimeData([model.index(0, 0)])
    target = view.model.quadrants[1]
    assert not target.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, target.index(-1, 0))
    assert not target.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, target.index(-1, 0))
    assert stored(ws, other.id) == [(0, "elsewhere", "", 0)]


def select(view: BoardView, quadrant: int, *rows: int) -> None:
    cards = view.panels[quadrant].cards
    ids = [cards.model().index(r, 0).data(cards.model().CardIdRole) for r in rows]
    cards.setFocus()
    cards.select_ids(ids, current=ids[0])


def test_ctrl_number_sends_the_selected_card(qtbot, view, ws, meeting_id) -> None:
    board.add_card(ws, meeting_id=meeting_id, quadrant=0, text="a")
    view.model.refresh()
    select(view, 0, 0)
    qtbot.keyClick(view.panels[0].cards, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert stored(ws, meeting_id) == [(2, "a", "", 0)]
    assert view.panels[2].cards.selected_ids() == [board.list_cards(ws, meeting_id=meeting_id)[0]
                                                   .id]
    qtbot.keyClick(view.panels[2].cards, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert stored(ws, meeting_id) == [(1, "a", "", 0)]
    view.document.undo_stack.undo()
    view.document.undo_stack.undo()
    assert stored(ws, meeting_id) == [(0, "a", "", 0)]


def test_votes_up_to_the_limit_then_refused_with_a_message(qtbot, view, ws, meeting_id) -> None:
    # 2 dots per participant × 1 present (Bo is absent) = 2 dots.
    for text in ("a", "b"):
        board.add_card(ws, meeting_id=meeting_id, quadrant=0, text=text)
    view.model.refresh()
    assert view.dots.text() == "Dots: 0 of 2 used · 2 left"
    select(view, 0, 0)
    qtbot.keyClick(view.panels[0].cards, Qt.Key.Key_Plus)
    cards = view.panels[0].cards
    second = cards.visualRect(cards.model().index(1, 0)).adjusted(4, 3, -4, -3)
    qtbot.mouseClick(cards.viewport(), Qt.MouseButton.LeftButton,
                     pos=vote_zones(second)[2].center())  # the + of card "b"
    assert [v for *_, v in stored(ws, meeting_id)] == [1, 1]
    assert view.dots.text() == "Dots: 2 of 2 used · 0 left" and view.notice.isHidden()
    select(view, 0, 0)
    qtbot.keyClick(view.panels[0].cards, Qt.Key.Key_Plus)  # one more: refused
    assert [v for *_, v in stored(ws, meeting_id)] == [1, 1]
    assert view.notice.isVisible()
    assert view.notice.text().startswith("No dots left: all 2 are used (2 per participant × 1")
    assert view.document.undo_stack.count() == 2
    qtbot.keyClick(view.panels[0].cards, Qt.Key.Key_Minus)
    assert [v for *_, v in stored(ws, meeting_id)] == [0, 1]
    view.document.undo_stack.undo()
    view.document.undo_stack.undo()
    assert [v for *_, v in stored(ws, meeting_id)] == [1, 0]


def test_vote_limits_set_from_the_board(qtbot, view, ws, meeting_id, monkeypatch) -> None:
    monkeypatch.setattr(board_dialogs, "ask_vote_limits", lambda parent, budget: (5, None))
    qtbot.mouseClick(view.vote_limits, Qt.MouseButton.LeftButton)
    meeting = meetings.get_meeting(ws, meeting_id)
    assert (meeting.vote_limit, meeting.votes_per_participant) == (5, None)
    assert view.dots.text() == "Dots: 0 of 5 used · 5 left"
    view.document.undo_stack.undo()
    assert meetings.get_meeting(ws, meeting_id).votes_per_participant == 2


def test_sort_by_votes_then_undo(qtbot, view, ws, meeting_id) -> None:
    for text, votes in (("low", 0), ("high", 2), ("mid", 1)):
        board.add_card(ws, meeting_id=meeting_id, quadrant=3, text=text, votes=votes)
    view.model.refresh()
    qtbot.mouseClick(view.sort_button, Qt.MouseButton.LeftButton)
    assert shown(view, 3) == ["high", "mid", "low"]
    assert [t for _, t, *_ in stored(ws, meeting_id)] == ["high", "mid", "low"]
    view.document.undo_stack.undo()
    assert shown(view, 3) == ["low", "high", "mid"]


def test_merge_two_cards_then_undo(qtbot, view, ws, meeting_id) -> None:
    board.add_card(ws, meeting_id=meeting_id, quadrant=1, text="Slow hand-off", team="Sales",
                   votes=1)
    board.add_card(ws, meeting_id=meeting_id, quadrant=1, text="Leads wait", team="Marketing",
                   votes=1)
    view.model.refresh()
    select(view, 1, 0)
    assert not view.merge_button.isEnabled()
    select(view, 1, 0, 1)
    assert view.merge_button.isEnabled()
    qtbot.mouseClick(view.merge_button, Qt.MouseButton.LeftButton)
    assert stored(ws, meeting_id) == [(1, "Slow hand-off / Leads wait", "Sales + Marketing", 2)]
    assert view.panels[1].count.text() == "1 card"
    view.document.undo_stack.undo()
    assert stored(ws, meeting_id) == [(1, "Slow hand-off", "Sales", 1),
                                      (1, "Leads wait", "Marketing", 1)]


def test_card_to_action_asks_owner_and_due_then_undo(qtbot, view, ws, meeting_id,
                                                     monkeypatch) -> None:
    board.add_card(ws, meeting_id=meeting_id, quadrant=3, text="Monthly win/loss review")
    view.model.refresh()
    asked = []

    def ask(parent, text, owners):
        asked.append((text, owners))
        return "Ann Lee", dt.date(2026, 12, 4)

    monkeypatch.setattr(board_dialogs, "ask_action_details", ask)
    select(view, 3, 0)
    qtbot.mouseClick(view.action_button, Qt.MouseButton.LeftButton)
    assert asked == [("Monthly win/loss review", ["Ann Lee", "Bo Chan"])]
    actions = [(a.text, a.owner, a.due) for a in capture.list_actions(ws, meeting_id=meeting_id)]
    assert actions == [("Monthly win/loss review", "Ann Lee", dt.date(2026, 12, 4))]
    assert "Action item created for Ann Lee" in view.notice.text()
    view.document.undo_stack.undo()
    assert capture.list_actions(ws, meeting_id=meeting_id) == []
    view.document.undo_stack.redo()
    assert len(capture.list_actions(ws, meeting_id=meeting_id)) == 1
    monkeypatch.setattr(board_dialogs, "ask_action_details", lambda *args: None)  # cancelled
    qtbot.mouseClick(view.action_button, Qt.MouseButton.LeftButton)
    assert len(capture.list_actions(ws, meeting_id=meeting_id)) == 1


def test_edit_in_place_and_delete_key(qtbot, view, ws, meeting_id) -> None:
    board.add_card(ws, meeting_id=meeting_id, quadrant=0, text="Typo carrd")
    view.model.refresh()
    select(view, 0, 0)
    cards = view.panels[0].cards
    qtbot.keyClick(cards, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Typo card")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on its next turn
    qtbot.waitUntil(lambda: stored(ws, meeting_id) == [(0, "Typo card", "", 0)])
    assert view.document.undo_stack.undoText() == "Edit card “Typo card”"
    qtbot.keyClick(cards, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(view.notice.isVisible)
    assert view.notice.text() == "card text cannot be blank"
    assert stored(ws, meeting_id) == [(0, "Typo card", "", 0)]
    select(view, 0, 0)
    qtbot.keyClick(cards, Qt.Key.Key_Delete)
    assert stored(ws, meeting_id) == []
    view.document.undo_stack.undo()
    view.document.undo_stack.undo()
    assert stored(ws, meeting_id) == [(0, "Typo carrd", "", 0)]


def test_team_filter_and_counts(qtbot, view, ws, meeting_id) -> None:
    board.add_card(ws, meeting_id=meeting_id, quadrant=0, text="s", team="Sales")
    board.add_card(ws, meeting_id=meeting_id, quadrant=0, text="m", team="Marketing")
    board.add_card(ws, meeting_id=meeting_id, quadrant=0, text="none")
    view.model.refresh()
    combo = view.team_filter
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All teams", "Marketing", "Sales", "No team"]
    with qtbot.waitSignal(view.team_filter_changed) as changed:
        combo.activated.emit(combo.findText("Sales"))
    assert changed.args == ["Sales"]
    assert shown(view, 0) == ["s"] and view.panels[0].count.text() == "1 of 3 cards"
    combo.activated.emit(combo.findText("No team"))
    assert shown(view, 0) == ["none"]
    drop(view, source=0, row=0, target=2)  # moving while filtered keeps the card's team
    assert stored(ws, meeting_id)[-1] == (2, "none", "", 0)
    combo.activated.emit(0)
    assert shown(view, 0) == ["s", "m"]


def test_preset_chooser_and_custom_labels(qtbot, view, ws, meeting_id, monkeypatch) -> None:
    combo = view.preset
    combo.activated.emit(combo.findText("SWOT"))
    assert [p.title.text() for p in view.panels] == ["Strengths", "Weaknesses", "Opportunities",
                                                     "Threats"]
    assert view.panels[0].hint.text() == "Internal, helpful"
    monkeypatch.setattr(board_dialogs, "ask_custom_labels",
                        lambda parent, labels: ["Love", "Loathe", "Long for", "Learned"])
    combo.activated.emit(combo.findText("Custom labels…"))
    assert meetings.get_meeting(ws, meeting_id).board_labels == ["Love", "Loathe", "Long for",
                                                                 "Learned"]
    assert view.panels[2].entry.placeholderText() == "Add a card to Long for… (Enter)"
    monkeypatch.setattr(board_dialogs, "ask_custom_labels", lambda parent, labels: [
        "A", "", "C", "D"])
    combo.activated.emit(combo.findText("Custom labels…"))
    assert view.notice.text() == "quadrant label cannot be blank"
    assert combo.currentText() == "Custom labels…"
    view.document.undo_stack.undo()
    view.document.undo_stack.undo()
    assert view.panels[0].title.text() == "Keep" and combo.currentIndex() == 0


def test_reopening_the_database_finds_the_board_as_left(qtbot, view, ws, db_path,
                                                        meeting_id) -> None:
    for q, text in enumerate(("keep it", "tune it", "fix it", "start it")):
        add_by_typing(qtbot, view, q, text, team="Sales")
    drop(view, source=3, row=0, target=0)
    select(view, 0, 1)
    qtbot.keyClick(view.panels[0].cards, Qt.Key.Key_Plus)
    qtbot.mouseClick(view.sort_button, Qt.MouseButton.LeftButton)
    left = [[shown(view, q)] for q in range(4)]
    ws.close()
    reopened = open_workspace(db_path)
    try:
        again = BoardView(MeetingDocument(reopened, meeting_id))
        qtbot.addWidget(again)
        assert [[shown(again, q)] for q in range(4)] == left == [
            [["start it", "keep it"]], [["tune it"]], [["fix it"]], [[]]]
        assert again.dots.text() == "Dots: 1 of 2 used · 1 left"
    finally:
        reopened.close()


def test_keyboard_reorder_and_clear_dots(qtbot, view, ws, meeting_id) -> None:
    for text, votes in (("a", 1), ("b", 0), ("c", 1)):
        board.add_card(ws, meeting_id=meeting_id, quadrant=0, text=text, votes=votes)
    view.model.refresh()
    select(view, 0, 0)
    cards = view.panels[0].cards
    down = (Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(cards, *down)
    assert shown(view, 0) == ["b", "a", "c"]
    qtbot.keyClick(cards, *down)
    qtbot.keyClick(cards, *down)  # already last: nothing happens
    assert shown(view, 0) == ["b", "c", "a"] and view.document.undo_stack.count() == 2
    qtbot.keyClick(cards, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert [t for _, t, *_ in stored(ws, meeting_id)] == ["b", "a", "c"]
    view.clear_votes_action.trigger()
    assert [v for *_, v in stored(ws, meeting_id)] == [0, 0, 0]
    assert view.dots.text() == "Dots: 0 of 2 used · 2 left"
    view.document.undo_stack.undo()
    assert [v for *_, v in stored(ws, meeting_id)] == [0, 1, 1]
