"""Live notes: saved while typing (debounced) and on focus change, one undo per burst,
following the current item, any text, and nothing lost when the window is dropped."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtCore import Qt, QTimer

from facilitator.domain import ItemStatus
from facilitator.services import agenda, capture, meetings
from facilitator.workspace import open_workspace
from ui.app import main_window
from ui.capture.notes_editor import SAVE_DELAY_MS
from ui.common.document import Topic
from ui.plan.agenda_model import AgendaModel


def note_text(ws, meeting_id, item_id) -> str:
    note = capture.item_note(ws, meeting_id=meeting_id, item_id=item_id)
    return note.text if note else ""


def test_typing_is_saved_within_a_second_as_one_undo_step(qtbot, editor, ws, meeting) -> None:
    mid, (intro, _budget) = meeting
    assert SAVE_DELAY_MS < 1000
    assert editor.item_id == intro  # nothing running yet: the first pending item
    with qtbot.waitSignal(editor.saved, timeout=1000):
        qtbot.keyClicks(editor.editor, "Budget is tight")
    assert note_text(ws, mid, intro) == "Budget is tight"
    with qtbot.waitSignal(editor.saved, timeout=1000):
        qtbot.keyClicks(editor.editor, ", says Finance")
    stack = editor.document.undo_stack
    assert stack.count() == 1  # one burst of typing, one command
    assert stack.undoText() == "Type note in “1. Intro”"
    stack.undo()
    assert note_text(ws, mid, intro) == ""
    assert editor.editor.toPlainText() == ""
    stack.redo()
    assert editor.editor.toPlainText() == "Budget is tight, says Finance"


def test_typing_without_a_pause_is_saved_while_it_goes_on(qtbot, editor, ws, meeting) -> None:
    """A fast typist never pauses for the save delay: the text is saved while typing goes on,
    not only once it stops (a crash must not lose more than the last second)."""
    mid, (intro, _budget) = meeting
    typist = QTimer(interval=SAVE_DELAY_MS // 8)  # a keystroke far more often than the delay
    typist.timeout.connect(lambda: qtbot.keyClicks(editor.editor, "x"))
    typist.start()
    try:
        with qtbot.waitSignal(editor.saved, timeout=4 * SAVE_DELAY_MS):
            pass
        assert typist.isActive()  # still typing when the save came
        saved = note_text(ws, mid, intro)
        assert saved and set(saved) == {"x"}
    finally:
        typist.stop()
    editor.flush()
    assert note_text(ws, mid, intro) == editor.editor.toPlainText()
    assert editor.document.undo_stack.count() == 1  # still one burst, one undo step


def test_focus_change_saves_at_once_and_ends_the_burst(qtbot, editor, ws, meeting) -> None:
    mid, (intro, _budget) = meeting
    editor.editor.setFocus()
    qtbot.keyClicks(editor.editor, "First")
    assert editor.timer.isActive()
    editor.editor.clearFocus()  # focus goes elsewhere: no waiting for the timer
    assert note_text(ws, mid, intro) == "First"
    qtbot.keyClicks(editor.editor, " second")
    editor.flush()
    assert editor.document.undo_stack.count() == 2
    editor.document.undo_stack.undo()
    assert note_text(ws, mid, intro) == "First"


def test_ctrl_z_in_the_editor_undoes_the_meeting_edit(qtbot, ws, meeting) -> None:
    window = main_window(ws)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    window.open_meeting(meeting[0])
    notes = window.features.capture.notes_editor()
    qtbot.keyClicks(notes.editor, "Draft")
    # Ctrl+Z right away: the pending text is saved first, then undone by the meeting's stack.
    qtbot.keyClick(notes.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert note_text(ws, meeting[0], meeting[1][0]) == ""
    assert notes.editor.toPlainText() == ""
    qtbot.keyClick(notes.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert notes.editor.toPlainText() == "Draft"


def test_follows_the_current_item_and_can_look_at_any(qtbot, editor, ws, meeting) -> None:
    mid, (intro, budget) = meeting
    qtbot.keyClicks(editor.editor, "intro notes")
    # the clock starts the second item (the run view does this; here by hand)
    agenda.update_item(ws, item_id=budget, status=ItemStatus.ACTIVE)
    editor.document.changed.emit(Topic.CLOCK)
    assert note_text(ws, mid, intro) == "intro notes"  # saved on the way out
    assert editor.item_id == budget and editor.editor.toPlainText() == ""
    assert editor.item_box.currentText() == "▶ 2. Budget"
    qtbot.keyClicks(editor.editor, "budget notes")
    editor.item_box.activated.emit(editor.item_box.findData(intro))  # the user picks Intro
    assert not editor.follow.isChecked()
    assert editor.editor.toPlainText() == "intro notes"
    assert note_text(ws, mid, budget) == "budget notes"
    editor.item_box.activated.emit(editor.item_box.findData(None))
    qtbot.keyClicks(editor.editor, "meeting-level")
    editor.flush()
    assert note_text(ws, mid, None) == "meeting-level"
    qtbot.mouseClick(editor.follow, Qt.MouseButton.LeftButton)
    assert editor.item_id == budget


@pytest.mark.parametrize("text", [
    "Émoji 🎉👩🏽‍💻 and 中文 and עִבְרִית right-to-left",
    "x" * 100_000,
    "bell\x07 null\x00 escape\x1b tab\t end",
])
def test_any_text_is_accepted_and_shown(qtbot, editor, ws, meeting, text) -> None:
    mid, (intro, _b) = meeting
    editor.editor.setPlainText(text)  # a paste
    with qtbot.waitSignal(editor.saved, timeout=1000):
        pass
    stored = note_text(ws, mid, intro)
    assert stored == text.replace("\x07", "").replace("\x00", "").replace("\x1b", "")
    assert editor.message.isHidden()


def test_note_survives_the_window_dropped_without_close(qtbot, db_path) -> None:
    ws = open_workspace(db_path)
    mid = meetings.create_meeting(ws, title="Crash test").id
    item = agenda.add_item(ws, meeting_id=mid, title="Only item").id
    window = main_window(ws)
    window.show()
    window.open_meeting(mid)
    qtbot.keyClicks(window.features.capture.notes_editor().editor, "Never lose this")
    qtbot.waitUntil(lambda: note_text(ws, mid, item) == "Never lose this", timeout=1000)
    # No close(), no closeEvent: the window is just dropped, as a crash would leave it.
    window.hide()
    window.deleteLater()
    del window
    gc.collect()
    ws.close()
    reopened = open_workspace(db_path)
    try:
        fresh = main_window(reopened)
        qtbot.addWidget(fresh)
        fresh.open_meeting(mid)
        assert fresh.features.capture.notes_editor().editor.toPlainText() == "Never lose this"
    finally:
        reopened.close()


def test_deleting_the_shown_item_moves_on_and_undo_brings_its_note_back(
        qtbot, editor, ws, meeting) -> None:
    mid, (intro, budget) = meeting
    qtbot.keyClicks(editor.editor, "about to go")
    editor.flush()
    model = AgendaModel(editor.document)
    model.delete_item(0)
    assert editor.item_id == budget and editor.editor.toPlainText() == ""
    editor.document.undo_stack.undo()
    assert note_text(ws, mid, intro) == "about to go"
