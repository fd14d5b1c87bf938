"""The new-from-template dialog: built-in and saved templates, preview, create; save as."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from facilitator.models import SavedTemplate
from facilitator.serialize import load_meeting
from facilitator.services import meetings
from facilitator.services.templates import saved_templates
from facilitator.templates import builtin_templates
from ui.common import dialogs
from ui.templates import new_from_template_dialog
from ui.templates.new_from_template_dialog import NewFromTemplateDialog


@pytest.fixture
def dialog(qtbot, ws):
    dlg = NewFromTemplateDialog(ws)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def listed(dlg: NewFromTemplateDialog) -> list[str]:
    return [dlg.templates.item(r).text() for r in range(dlg.templates.count())]


def preview(dlg: NewFromTemplateDialog) -> list[tuple[str, str, str, str]]:
    m = dlg.preview
    return [tuple(m.index(r, c).data() for c in range(4)) for r in range(m.rowCount())]


def test_lists_the_builtins_and_previews_the_chosen_one(qtbot, dialog, qtmodeltester) -> None:
    builtins = builtin_templates()
    assert listed(dialog) == ["Built-in templates", *[t.name for t in builtins]]
    assert dialog.templates.item(0).flags() == Qt.ItemFlag.NoItemFlags
    assert dialog.current_template() == builtins[0]
    qtbot.keyClick(dialog.templates, Qt.Key.Key_Down)
    chosen = builtins[1]
    assert dialog.current_template() == chosen
    qtmodeltester.check(dialog.preview)
    assert preview(dialog) == [(i.title, i.kind.label, i.presenter, str(i.minutes))
                               for i in chosen.items]
    assert dialog.name.text() == chosen.name
    assert dialog.details.text().startswith(f"{len(chosen.items)} items · "
                                            f"{chosen.total_minutes} min")
    assert dialog.title.text() == chosen.name  # a sensible default until the user types
    assert not dialog.delete.isEnabled()


def test_creates_the_meeting_with_the_typed_title_and_series(qtbot, dialog, ws) -> None:
    assert dialog.select("sales-marketing-summit")
    dialog.title.selectAll()
    qtbot.keyClicks(dialog.title, "Spring summit")
    qtbot.keyClick(dialog.templates, Qt.Key.Key_Down)  # the typed title stays
    qtbot.keyClick(dialog.templates, Qt.Key.Key_Up)
    assert dialog.title.text() == "Spring summit"
    qtbot.keyClicks(dialog.series, "Summits")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    record = load_meeting(ws, dialog.meeting_id)
    template = dialog.current_template()
    assert (record.meeting.title, record.series) == ("Spring summit", "Summits")
    assert [(i.title, i.planned_minutes) for i in record.agenda] == [
        (i.title, i.minutes) for i in template.items]


def test_a_blank_title_cannot_create(qtbot, dialog) -> None:
    dialog.title.clear()
    assert not dialog.ok.isEnabled()
    qtbot.keyClicks(dialog.title, "x")
    assert dialog.ok.isEnabled()


def test_save_as_template_then_use_and_delete_it(qtbot, ws, demo_id, monkeypatch) -> None:
    answers = iter(["Our summit"])
    monkeypatch.setattr(dialogs, "ask_text", lambda *args: next(answers))
    assert new_from_template_dialog.save_meeting_as_template(None, ws, demo_id) == "Our summit"
    # Saving again under the same name asks before replacing.
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_text", lambda *args: "Our summit")
    monkeypatch.setattr(dialogs, "ask", lambda parent, title, text: asked.append(text) or False)
    assert new_from_template_dialog.save_meeting_as_template(None, ws, demo_id) is None
    assert "already called “Our summit”" in asked[0]

    dlg = NewFromTemplateDialog(ws)
    qtbot.addWidget(dlg)
    assert listed(dlg)[-2:] == ["Saved templates", "Our summit"]
    assert dlg.select("Our summit") and dlg.delete.isEnabled()
    demo = load_meeting(ws, demo_id)
    assert [row[0] for row in preview(dlg)] == [i.title for i in demo.agenda]
    monkeypatch.setattr(dialogs, "ask", lambda *args: True)
    qtbot.mouseClick(dlg.delete, Qt.MouseButton.LeftButton)
    assert "Our summit" not in listed(dlg) and saved_templates(ws) == []


def test_a_damaged_saved_template_is_reported_and_the_rest_still_listed(qtbot, ws,
                                                                        monkeypatch) -> None:
    with ws.session() as s:
        s.add(SavedTemplate(name="Broken", body='{"name": "Broken", "items": "none"}'))
    warnings: list[str] = []
    monkeypatch.setattr(dialogs, "warn", lambda parent, title, text: warnings.append(text))
    dlg = NewFromTemplateDialog(ws)
    qtbot.addWidget(dlg)
    assert warnings == ["saved template 'Broken': items must be a non-empty list of agenda items"]
    assert len(listed(dlg)) == 1 + len(builtin_templates())


def test_entry_function_creates_or_cancels(qtbot, ws, monkeypatch) -> None:
    def choose_kickoff(dlg: NewFromTemplateDialog) -> bool:
        qtbot.addWidget(dlg)
        dlg.select("kickoff")
        dlg.ok.click()
        return dlg.result() == NewFromTemplateDialog.DialogCode.Accepted

    monkeypatch.setattr(dialogs, "run_dialog", choose_kickoff)
    meeting_id = new_from_template_dialog.new_meeting_from_template(None, ws)
    assert meetings.get_meeting(ws, meeting_id).title == "Kick-off / alignment meeting"
    monkeypatch.setattr(dialogs, "run_dialog", lambda dlg: False)
    assert new_from_template_dialog.new_meeting_from_template(None, ws) is None
