"""The empty window shows the ways into a meeting as large buttons with their shortcuts, and a
file dropped anywhere on the window becomes a meeting."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from facilitator.services import agenda, meetings
from tests.ui.window_helpers import new_window
from ui.common import dialogs
from ui.templates.paste_agenda_dialog import PasteAgendaDialog

WAYS = ["From a template", "From pasted text", "From a file",
        "Blank meeting", "Try the sample meeting"]


def test_the_ways_in_are_buttons_with_their_shortcuts(qtbot, ws) -> None:
    window = new_window(qtbot, ws)
    page = window.start_page
    assert window.central.currentWidget() is page and page.isVisible()
    assert [b.label for b in page.buttons] == WAYS
    keys = {b.label: b.keys for b in page.buttons}
    assert keys["From a template"] == "Ctrl+Shift+T"
    assert keys["From a file"] == "Ctrl+Shift+O"
    assert keys["Blank meeting"] == "Ctrl+N"
    assert all(b.isEnabled() and b.height() >= 60 for b in page.buttons)


def test_the_sample_meeting_opens_and_is_one_undoable_step(qtbot, ws) -> None:
    window = new_window(qtbot, ws)
    qtbot.mouseClick(window.start_page.button("Try the sample meeting"),
                     Qt.MouseButton.LeftButton)
    assert window.document is not None
    title = meetings.get_meeting(ws, window.document.meeting_id).title
    assert title == "Sales & Marketing Summit"
    assert window.undo_action.text().startswith("&Undo Create meeting")
    window.close_meeting()
    window.undo_action.trigger()
    assert meetings.list_meetings(ws) == []


def drop(window, path: Path, target) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    point = target.mapTo(window, QPoint(5, 5))
    event = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def word_agenda(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Agenda", level=1)
    for line in ("Welcome (10 min)", "Pipeline review (30 min) – Maria Lopez", "Close (5 min)"):
        document.add_paragraph(line, style="List Number")
    document.save(str(path))
    return path


def accept_as_shown(monkeypatch, seen: list[PasteAgendaDialog]) -> None:
    def accept(dialog: PasteAgendaDialog) -> bool:
        seen.append(dialog)
        dialog.accept()
        return dialog.result() == PasteAgendaDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "run_dialog", accept)


def test_a_word_agenda_dropped_on_the_window_makes_a_meeting(qtbot, ws, tmp_path,
                                                             monkeypatch) -> None:
    window = new_window(qtbot, ws)
    seen: list[PasteAgendaDialog] = []
    accept_as_shown(monkeypatch, seen)
    drop(window, word_agenda(tmp_path / "Partner day.docx"), window.start_page)
    assert seen and seen[0].title.text() == "Partner day"
    assert window.document is not None
    items = agenda.list_items(ws, meeting_id=window.document.meeting_id)
    assert [(i.title, i.planned_minutes, i.presenter) for i in items] == [
        ("Welcome", 10, ""), ("Pipeline review", 30, "Maria Lopez"), ("Close", 5, "")]


def test_an_agenda_dropped_on_the_plan_adds_to_the_open_meeting(qtbot, ws, tmp_path,
                                                                 monkeypatch, review_id) -> None:
    window = new_window(qtbot, ws, review_id)
    plan = window.show_meeting_page("Plan")
    source = tmp_path / "more.txt"
    source.write_text("1. Budget (15 min)\n2. Risks (10 min)\n", encoding="utf-8")
    accept_as_shown(monkeypatch, [])
    drop(window, source, plan)
    titles = [i.title for i in agenda.list_items(ws, meeting_id=review_id)]
    assert titles == ["Welcome", "Pipeline", "Close", "Budget", "Risks"]
    assert len(meetings.list_meetings(ws)) == 1
    window.undo_action.trigger()
    assert len(agenda.list_items(ws, meeting_id=review_id)) == 3


def test_a_damaged_word_file_is_refused_in_one_line(qtbot, ws, tmp_path, monkeypatch) -> None:
    window = new_window(qtbot, ws)
    bad = tmp_path / "agenda.docx"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    warnings: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda _p, _t, text: warnings.append(text))
    drop(window, bad, window.start_page)
    assert len(warnings) == 1 and "\n" not in warnings[0] and "agenda.docx" in warnings[0]
    assert meetings.list_meetings(ws) == [] and bad.read_bytes().startswith(b"PK")
    assert QApplication.activeModalWidget() is None


INVITES = Path(__file__).resolve().parents[2] / "fixtures" / "invites"


def test_an_invitation_dropped_on_the_window_makes_the_meeting(qtbot, ws) -> None:
    from facilitator.services import participants

    window = new_window(qtbot, ws)
    drop(window, INVITES / "outlook_kickoff.ics", window.start_page)
    assert window.document is not None
    mid = window.document.meeting_id
    meeting = meetings.get_meeting(ws, mid)
    assert meeting.title == "Q3 Sales & Marketing kick-off"
    assert meeting.location == "AMS Room 4.12 (12 seats)"
    people = {p.name: p.email for p in participants.list_participants(ws, meeting_id=mid)}
    assert people["Tom Becker"] == "tom.becker@contoso.com" and "Marieke de Vries" in people
    assert [i.title for i in agenda.list_items(ws, meeting_id=mid)][:2] == [
        "Welcome and introductions", "Q3 results by region"]
    window.close_meeting()
    window.undo_action.trigger()  # the new meeting is one undoable step
    assert meetings.list_meetings(ws) == []


def test_an_invitation_with_several_events_asks_which(qtbot, ws, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    asked: list[list[str]] = []

    def choose(_parent, _title, _label, labels, *_args):
        asked.append(labels)
        return labels[1], True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    window = new_window(qtbot, ws)
    drop(window, INVITES / "several_events.ics", window.start_page)
    assert len(asked) == 1 and len(asked[0]) >= 2
    assert window.document is not None
    chosen = meetings.get_meeting(ws, window.document.meeting_id).title
    assert asked[0][1].startswith(f"2. {chosen}")
