"""The run console driven with the keyboard: what it shows, its colours, undo, chimes."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator.services import agenda
from facilitator.timing import Band
from tests.ui.run.timing_fixtures import clock, document, errors, focus, ids  # noqa: F401
from ui.run.countdown_label import CONSOLE_COLOURS
from ui.run.run_agenda_model import COLUMNS

MIN = 60


def key(qtbot, view, k, clock=None, seconds=0):  # noqa: F811
    qtbot.keyClick(view, k)
    if clock is not None:
        clock.advance(seconds)
        view.run_clock.tick()


def cell(view, row, column):
    return view.agenda.index(row, COLUMNS.index(column)).data()


def test_agenda_model(view, qtmodeltester) -> None:
    qtmodeltester.check(view.agenda)
    assert [cell(view, r, "Item") for r in range(5)] == [
        "Welcome", "Pipeline review", "Coffee", "Board", "Close"]
    assert [cell(view, r, "Start") for r in range(5)] == [
        "09:00", "09:10", "09:30", "09:40", "09:55"]


def test_keyboard_runs_the_clock_and_colours_follow(view, qtbot, clock, document) -> None:  # noqa: F811, E501
    assert view.state_label.text() == "Not started"
    assert view.item_label.text() == "Up next: Welcome"
    assert view.countdown.text() == "10:00" and view.countdown.band == ""

    key(qtbot, view, Qt.Key.Key_Space)
    assert view.state_label.text() == "Running"
    assert view.toggle_action.text() == "Pause"
    assert view.item_label.text() == "Welcome"
    assert view.kind_label.text() == "Presentation"
    assert cell(view, 0, "Status") == "▶ running"
    assert view.next_label.text() == "Next: Pipeline review (20 min)"

    clock.advance(MIN + 0.4)
    view.run_clock.tick()
    assert view.countdown.text() == "09:00"  # rounded up: 8:59.6 left shows 09:00
    assert view.countdown.colour() == CONSOLE_COLOURS[Band.NORMAL]

    clock.advance(7 * MIN)
    view.run_clock.tick()
    assert view.countdown.text() == "02:00" and view.countdown.band == "warning"
    assert view.countdown.colour() == CONSOLE_COLOURS[Band.WARNING]
    assert view.state_label.text() == "Running — last minutes"

    clock.advance(3 * MIN)
    view.run_clock.tick()
    assert view.countdown.text() == "+01:00" and view.countdown.band == "overtime"
    assert view.countdown.colour() == CONSOLE_COLOURS[Band.OVERTIME]
    assert view.item_time_label.text() == "11:00 of 10:00 planned"
    assert view.end_label.text() == "Planned end 10:00 · Projected end 10:01 · 1 min late"

    key(qtbot, view, Qt.Key.Key_Plus)  # one more minute
    assert cell(view, 0, "Planned") == "11 min"
    assert view.countdown.text() == "+00:00"

    key(qtbot, view, Qt.Key.Key_Space)  # pause
    assert view.state_label.text() == "Paused" and view.toggle_action.text() == "Resume"
    assert cell(view, 0, "Status") == "❚❚ paused"
    clock.advance(5 * MIN)
    view.run_clock.tick()
    assert view.countdown.text() == "+00:00"  # paused: the countdown stands still
    assert view.item_time_label.text() == "11:00 of 11:00 planned · paused"

    key(qtbot, view, Qt.Key.Key_PageDown)
    assert cell(view, 0, "Status") == "✓ done" and cell(view, 0, "Actual") == "11:00"
    assert view.item_label.text() == "Pipeline review"
    assert view.countdown.text() == "20:00" and view.countdown.band == "normal"

    view.stop_action.trigger()
    assert view.state_label.text() == "Between items"
    assert view.item_label.text() == "Up next: Coffee"
    assert view.countdown.text() == "10:00" and view.countdown.band == ""
    document.undo_stack.undo()

    key(qtbot, view, Qt.Key.Key_Right, clock, 30)
    assert view.item_label.text() == "Coffee"
    key(qtbot, view, Qt.Key.Key_Left)
    assert view.item_label.text() == "Pipeline review"
    assert cell(view, 2, "Actual") == "00:30" and cell(view, 2, "Status") == ""


def test_clock_actions_are_undoable(view, qtbot, clock, document) -> None:  # noqa: F811
    key(qtbot, view, Qt.Key.Key_Space, clock, 2 * MIN)
    key(qtbot, view, Qt.Key.Key_PageDown, clock, MIN)
    assert view.item_label.text() == "Pipeline review"
    assert document.undo_stack.undoText() == "Next agenda item"

    document.undo_stack.undo()  # Ctrl+Z: back on the welcome, the minute counted there
    assert view.item_label.text() == "Welcome"
    assert view.countdown.text() == "07:00"
    assert cell(view, 1, "Status") == ""

    document.undo_stack.redo()
    assert view.item_label.text() == "Pipeline review"
    assert cell(view, 0, "Actual") == "02:00"

    document.undo_stack.undo()
    document.undo_stack.undo()  # before the start
    assert view.state_label.text() == "Not started" and cell(view, 0, "Actual") == ""


def test_chime_at_warning_and_zero_and_mute(view, qtbot, clock, monkeypatch) -> None:  # noqa: F811
    chimes: list[int] = []
    monkeypatch.setattr("ui.run.run_view.chime", lambda: chimes.append(1))
    key(qtbot, view, Qt.Key.Key_Space, clock, 7 * MIN)
    assert chimes == []
    clock.advance(MIN)
    view.run_clock.tick()
    assert len(chimes) == 1  # warning
    clock.advance(MIN)
    view.run_clock.tick()
    assert len(chimes) == 1  # still in the warning: once is enough
    clock.advance(MIN + 1)
    view.run_clock.tick()
    assert len(chimes) == 2  # zero
    key(qtbot, view, Qt.Key.Key_Plus)
    key(qtbot, view, Qt.Key.Key_Plus)
    assert len(chimes) == 2  # extending back into the warning does not chime

    view.chime_action.trigger()  # mute
    assert not view.chime_action.isChecked()
    clock.advance(3 * MIN)
    view.run_clock.tick()
    assert view.countdown.band == "overtime" and len(chimes) == 2


def test_rebalance_suggestion_applied_and_undone(view, qtbot, clock, ws, document) -> None:  # noqa: F811
    assert view.rebalance_box.isHidden()
    clock.advance(10 * MIN)
    key(qtbot, view, Qt.Key.Key_Space)  # ten minutes late
    assert view.rebalance_box.isVisible()
    assert view.rebalance_label.text() == (
        "Running 10 min late. Take 10 min: Pipeline review 20→14, Board 15→11")
    qtbot.mouseClick(view.apply_button, Qt.MouseButton.LeftButton)
    minutes = [i.planned_minutes for i in agenda.list_items(ws, meeting_id=1)]
    assert minutes == [10, 14, 10, 11, 5]
    assert view.rebalance_box.isHidden()
    assert view.end_label.text() == "Planned end 10:00 · Projected end 10:00 · on time"
    assert document.undo_stack.undoText() == "Rebalance the agenda"
    document.undo_stack.undo()
    assert [i.planned_minutes for i in agenda.list_items(ws, meeting_id=1)] == [10, 20, 10, 15, 5]
    assert view.rebalance_box.isVisible()


def test_bad_moves_say_why(view, qtbot, errors) -> None:  # noqa: F811
    key(qtbot, view, Qt.Key.Key_PageUp)
    assert errors == ["this is the first item of the agenda"]


def test_double_click_jumps_to_an_item(view, qtbot, clock) -> None:  # noqa: F811
    table = view.agenda_table
    rect = table.visualRect(view.agenda.index(3, 1))
    # A real double-click is a press, a release, then the double-click event.
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.item_label.text() == "Board"
    assert view.state_label.text() == "Running"


def test_projector_keys_from_the_console(view, qtbot, monkeypatch) -> None:
    monkeypatch.setattr("ui.run.run_view.ask_message", lambda parent, current: "Back at 10:40")
    key(qtbot, view, Qt.Key.Key_B)
    projector = view.projector()
    qtbot.addWidget(projector)
    assert projector.is_blank() and view.blank_action.isChecked()
    assert view.projector_label.text() == "Projector blank"
    key(qtbot, view, Qt.Key.Key_B)
    assert not projector.is_blank() and not view.blank_action.isChecked()
    key(qtbot, view, Qt.Key.Key_M)
    assert projector.message() == "Back at 10:40"
    assert view.projector_label.text() == "Message: “Back at 10:40”"
    key(qtbot, view, Qt.Key.Key_F5)
    assert projector.isVisible() and projector.isFullScreen()
    focus(qtbot, view)
    key(qtbot, view, Qt.Key.Key_Escape)
    assert not projector.isFullScreen()


def test_finished_meeting(view, qtbot, clock) -> None:  # noqa: F811
    key(qtbot, view, Qt.Key.Key_Space, clock, 5 * MIN)
    view.finish_action.trigger()
    assert view.state_label.text() == "Meeting finished"
    assert view.item_label.text() == "The meeting is over"
    assert view.countdown.text() == ""
    assert view.end_label.text() == "Planned end 10:00 · Ended 09:05 · 55 min early"
    assert view.rebalance_box.isHidden()
    assert [cell(view, r, "Status") for r in range(5)] == ["✓ done", "", "", "", ""]


def test_clock_steps_repaint_rows_in_place_and_columns_fit_the_bold_row(view, qtbot) -> None:
    table, model = view.agenda_table, view.agenda
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    key(qtbot, view, Qt.Key.Key_Space)
    key(qtbot, view, Qt.Key.Key_Right)
    assert resets == []  # statuses changed, the rows did not: no reset, no full re-measure
    assert cell(view, 0, "Status") == "✓ done" and cell(view, 1, "Status") == "▶ running"
    assert model.index(1, 1).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(0, 1).data(Qt.ItemDataRole.FontRole) is None
    for column in range(len(COLUMNS)):
        if column != COLUMNS.index("Item") and not table.isColumnHidden(column):
            needed = table.sizeHintForIndex(model.index(1, column)).width()
            assert table.columnWidth(column) >= needed, COLUMNS[column]
