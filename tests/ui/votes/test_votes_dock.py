"""The Votes dock in the window: named answers, reveal by button and on the projector, a result
recorded as a decision in one keystroke, a checklist "no" made work, add, edit and delete — and
Ctrl+Z undoing each of them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from facilitator.domain import ChecklistAnswer, ItemStatus
from facilitator.services import agenda, capture, votes
from ui.common.document import Topic
from ui.votes import vote_dialog
from ui.votes.checklist_rows import ChecklistRows
from ui.votes.feature import PAGE
from ui.votes.named_grid import MARK, NamedGrid

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def counts(ws, vote_id: int) -> list[int | None]:
    return [o.count for o in votes.get_vote(ws, vote_id=vote_id).options]


def undo(qtbot, window) -> None:
    qtbot.keyClick(window.features.meetings.view.table, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier)


def test_named_answers_one_click_per_person_and_the_counts_follow(
        qtbot, window, view, ws, room) -> None:
    view.select_vote(room.quick)
    qtbot.mouseClick(view.panel.named_check, Qt.MouseButton.LeftButton)
    grid = view.panel.entry
    assert isinstance(grid, NamedGrid)
    assert [p.name for p in grid.people] == ["Ann Lee", "Bo Chan", "Cy Diaz", "Di Frey"]

    def click(row: int, column: int) -> None:
        rect = grid.visualRect(grid.model().index(row, column))
        qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    click(0, 1)
    click(1, 1)
    click(2, 0)
    grid.setFocus()
    grid.setCurrentCell(3, 2)
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    assert counts(ws, room.quick) == [1, 2, 1]
    assert view.panel.turnout_label.text() == "4 of 4 present voted"
    assert grid.item(0, 1).text() == MARK
    click(0, 1)  # the same answer again takes it back
    assert counts(ws, room.quick) == [1, 1, 1]
    assert not view.panel.named_check.isEnabled()  # named answers given: counts follow them

    view.panel.list_names_check.setFocus()
    qtbot.keyClick(view.panel.list_names_check, Qt.Key.Key_Space)
    assert votes.get_vote(ws, vote_id=room.quick).list_names
    undo(qtbot, window)
    assert not votes.get_vote(ws, vote_id=room.quick).list_names
    undo(qtbot, window)
    assert counts(ws, room.quick) == [1, 2, 1]
    assert grid.item(0, 1).text() == MARK


def test_reveal_by_button_and_by_r_on_the_projector_page(qtbot, window, view, ws,
                                                         room) -> None:
    view.select_vote(room.adopt)
    qtbot.mouseClick(view.panel.reveal_button, Qt.MouseButton.LeftButton)
    assert votes.get_vote(ws, vote_id=room.adopt).revealed
    assert window.undo_action.text() == "&Undo Reveal the results"
    undo(qtbot, window)
    assert not votes.get_vote(ws, vote_id=room.adopt).revealed
    assert not view.panel.reveal_button.isChecked()

    qtbot.keyClick(window.features.meetings.view.table, Qt.Key.Key_P, CTRL_SHIFT)
    projector = window.features.run.projector()
    assert projector.page() == PAGE
    assert window.features.votes.project_action.isChecked()
    page = window.features.votes.page
    assert page.view.vote_id == room.adopt
    qtbot.keyClick(projector, Qt.Key.Key_R)
    assert votes.get_vote(ws, vote_id=room.adopt).revealed
    assert view.panel.reveal_button.isChecked()
    qtbot.keyClick(projector, Qt.Key.Key_R)
    assert not votes.get_vote(ws, vote_id=room.adopt).revealed
    qtbot.keyClick(window.features.meetings.view.table, Qt.Key.Key_R, CTRL_SHIFT)
    assert votes.get_vote(ws, vote_id=room.adopt).revealed

    view.select_vote(room.quick)  # another vote while projected: the projector follows
    assert page.view.vote_id == room.quick
    window.features.votes.toggle_projected()
    assert projector.page() != PAGE


def test_record_as_decision_in_one_keystroke_and_undo(qtbot, window, view, ws, room) -> None:
    view.select_vote(room.adopt)
    fields = view.panel.entry.fields
    for field, typed in zip(fields, ("3", "1", "0"), strict=True):
        field.setFocus()
        qtbot.keyClicks(field, typed)
        if typed != "0":
            qtbot.keyClick(field, Qt.Key.Key_Tab)
    # Straight from the last field: its count is saved first, then the decision recorded.
    qtbot.keyClick(fields[2], Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    [decision] = capture.list_decisions(ws, meeting_id=room.id)
    assert decision.text == "Adopted: Adopt the lead definition? — 3 yes, 1 no, 0 abstain"
    assert decision.agenda_item_id == room.items[1]
    log = window.view("Decisions")
    assert log.model.rowCount() == 1
    undo(qtbot, window)
    assert capture.list_decisions(ws, meeting_id=room.id) == []
    assert log.model.rowCount() == 0
    assert counts(ws, room.adopt) == [3, 1, 0]


def test_a_checklist_no_becomes_an_action_or_a_parked_point_and_undo_takes_it_back(
        qtbot, window, view, ws, room) -> None:
    view.select_vote(room.check)
    rows = view.panel.entry
    assert isinstance(rows, ChecklistRows)
    assert not rows.to_action[0].isEnabled()
    qtbot.mouseClick(rows.answer_buttons[0][ChecklistAnswer.NO], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(rows.answer_buttons[1][ChecklistAnswer.YES], Qt.MouseButton.LeftButton)
    rows.comments[0].setFocus()
    qtbot.keyClicks(rows.comments[0], "Only one region")
    qtbot.keyClick(rows.comments[0], Qt.Key.Key_Return)
    results = [o.result for o in votes.get_vote(ws, vote_id=room.check).options]
    assert results == [ChecklistAnswer.NO, ChecklistAnswer.YES]
    assert rows.to_action[0].isEnabled() and not rows.to_action[1].isEnabled()

    qtbot.mouseClick(rows.to_action[0], Qt.MouseButton.LeftButton)
    [action] = capture.list_actions(ws, meeting_id=room.id)
    assert action.text == "Is the process scalable? — answered no: Only one region"
    assert action.agenda_item_id == room.items[0]
    assert window.view("Actions").model.rowCount() == 1
    qtbot.mouseClick(rows.to_parking[0], Qt.MouseButton.LeftButton)
    [point] = capture.list_parked(ws, meeting_id=room.id)
    assert point.text.startswith("Is the process scalable?")
    assert window.view("Parking lot").model.rowCount() == 1

    undo(qtbot, window)
    assert capture.list_parked(ws, meeting_id=room.id) == []
    undo(qtbot, window)
    assert capture.list_actions(ws, meeting_id=room.id) == []
    undo(qtbot, window)  # the comment
    assert votes.get_vote(ws, vote_id=room.check).options[0].comment == ""
    undo(qtbot, window)
    undo(qtbot, window)
    assert [o.result for o in votes.get_vote(ws, vote_id=room.check).options] == [None, None]
    assert not rows.answer_buttons[0][ChecklistAnswer.NO].isChecked()


def test_add_a_vote_by_its_shortcut_goes_to_the_running_item(
        qtbot, window, view, ws, room, monkeypatch) -> None:
    agenda.update_item(ws, item_id=room.items[2], status=ItemStatus.ACTIVE)
    window.document.changed.emit(Topic.CLOCK)
    assert view.selected_id() == room.roti  # the running item's first vote is selected
    seen = {}

    def fill(dialog: vote_dialog.VoteDialog) -> bool:
        seen["item"] = dialog.item.currentData()
        dialog.kind.setCurrentIndex(dialog.kind.findData("choice"))
        QTest.keyClicks(dialog.question, "Next venue?")
        dialog.options.setPlainText("Lisbon\nGhent\n")
        return True

    monkeypatch.setattr(vote_dialog, "ask", fill)
    qtbot.keyClick(window.features.meetings.view.table, Qt.Key.Key_K, CTRL_SHIFT)
    assert seen["item"] == room.items[2]
    new = votes.list_votes(ws, meeting_id=room.id)[-1]
    assert (new.question, new.agenda_item_id, [o.text for o in new.options]) == (
        "Next venue?", room.items[2], ["Lisbon", "Ghent"])
    assert view.selected_id() == new.id
    undo(qtbot, window)
    assert [v.id for v in votes.list_votes(ws, meeting_id=room.id)] == [
        room.adopt, room.quick, room.roti, room.check]


def test_the_plan_tabs_selected_item_is_the_default_when_no_item_runs(
        qtbot, window, view, room, monkeypatch) -> None:
    plan = window.show_meeting_page("Plan")
    plan.agenda.select_row(1)
    seen = {}
    monkeypatch.setattr(vote_dialog, "ask",
                        lambda dialog: seen.setdefault("item", dialog.item.currentData()) and 0)
    window.features.votes.add_action.trigger()
    assert seen["item"] == room.items[1]


def test_edit_options_and_delete_are_undone(qtbot, window, view, ws, room,
                                            monkeypatch) -> None:
    view.select_vote(room.quick)
    votes.set_counts(ws, vote_id=room.quick, counts={"Webinars": 2, "Referrals": 1})
    window.document.notify(Topic.VOTES)

    def rename(dialog: vote_dialog.VoteDialog) -> bool:
        assert not dialog.kind.isEnabled()
        dialog.options.setPlainText("Webinars\nPartners")
        return True

    monkeypatch.setattr(vote_dialog, "ask", rename)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    assert [o.text for o in votes.get_vote(ws, vote_id=room.quick).options] == [
        "Webinars", "Partners"]
    undo(qtbot, window)
    vote = votes.get_vote(ws, vote_id=room.quick)
    assert [(o.text, o.count) for o in vote.options] == [
        ("Webinars", 2), ("Referrals", 1), ("Pricing page", None)]

    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert room.quick not in [v.id for v in votes.list_votes(ws, meeting_id=room.id)]
    assert view.model.row_of(room.quick) < 0
    undo(qtbot, window)
    assert counts(ws, room.quick) == [2, 1, None]
    assert view.model.row_of(room.quick) >= 0
