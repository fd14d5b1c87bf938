"""File → Export minutes… / Export agenda…, with the dialogs answered by the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from facilitator.services import meetings
from facilitator.workspace import Workspace
from tests.facilitator.export.docx_read import headings, open_docx, picture_blobs
from tests.helpers import sha256
from tests.ui.minutes.export_dialogs import Dialogs
from ui.common import settings
from ui.common.document import MeetingDocument
from ui.minutes import export_actions


def test_export_minutes_with_chart_then_open_folder(
    dialogs: Dialogs, document: MeetingDocument, tmp_path: Path
) -> None:
    dialogs.save_to = tmp_path / "out" / "Summit minutes"  # no suffix typed
    dialogs.save_to.parent.mkdir()
    dialogs.open_folder_answer = True
    written = export_actions.export_minutes_interactive(None, document)
    expected = tmp_path / "out" / "Summit minutes.docx"
    assert written == expected and dialogs.errors == []
    assert dialogs.suggested[0].name == (
        f"{dt.date.today().isoformat()} Sales & Marketing Summit - minutes.docx")
    minutes = open_docx(expected)
    assert headings(minutes)[-1] == "Timing chart" and len(picture_blobs(minutes)) == 1
    assert dialogs.asked_open == [expected] and dialogs.opened == [expected.parent]
    # The next export starts in the same folder.
    assert settings.value(export_actions.LAST_FOLDER) == str(expected.parent)
    dialogs.save_to = None
    assert export_actions.export_agenda_interactive(None, document) is None
    assert dialogs.suggested[1].parent == expected.parent
    assert dialogs.suggested[1].name.endswith("Sales & Marketing Summit - agenda.docx")


def test_export_agenda_without_opening_the_folder(
    dialogs: Dialogs, document: MeetingDocument, tmp_path: Path
) -> None:
    dialogs.save_to = tmp_path / "agenda.docx"
    assert export_actions.export_agenda_interactive(None, document) == dialogs.save_to
    assert headings(open_docx(dialogs.save_to)) == ["Participants", "Agenda"]
    assert dialogs.asked_open == [dialogs.save_to] and dialogs.opened == []


def test_cancel_writes_nothing(dialogs: Dialogs, document: MeetingDocument,
                               tmp_path: Path) -> None:
    assert export_actions.export_minutes_interactive(None, document) is None
    assert list(tmp_path.glob("*.docx")) == [] and dialogs.asked_open == []


def test_a_failure_is_shown_and_the_old_file_kept(
    dialogs: Dialogs, document: MeetingDocument, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "minutes.docx"
    target.write_bytes(b"last week's minutes")
    before = sha256(target)

    def locked(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("os.replace", locked)
    dialogs.save_to = target
    assert export_actions.export_minutes_interactive(None, document) is None
    monkeypatch.undo()
    assert len(dialogs.errors) == 1 and "open in another program" in dialogs.errors[0]
    assert sha256(target) == before and dialogs.asked_open == []


def test_missing_folder_is_reported(dialogs: Dialogs, document: MeetingDocument,
                                    tmp_path: Path) -> None:
    dialogs.save_to = tmp_path / "gone" / "m.docx"
    assert export_actions.export_agenda_interactive(None, document) is None
    assert dialogs.errors == [f"cannot write {dialogs.save_to}: the folder "
                              f"{dialogs.save_to.parent} does not exist"]


def test_minutes_template_is_remembered_and_used(
    dialogs: Dialogs, document: MeetingDocument, tmp_path: Path
) -> None:
    import docx

    reference = tmp_path / "acme.docx"
    template = docx.Document()
    template.styles["Normal"].font.name = "Georgia"
    template.save(str(reference))
    dialogs.reference = reference
    assert export_actions.choose_minutes_template_interactive(None) == reference
    dialogs.save_to = tmp_path / "m.docx"
    export_actions.export_minutes_interactive(None, document)
    assert open_docx(dialogs.save_to).styles["Normal"].font.name == "Georgia"
    export_actions.clear_minutes_template()
    export_actions.export_minutes_interactive(None, document)
    assert open_docx(dialogs.save_to).styles["Normal"].font.name != "Georgia"


def test_a_bad_template_is_refused_when_chosen(dialogs: Dialogs, tmp_path: Path) -> None:
    bad = tmp_path / "notes.docx"
    bad.write_text("hello")
    dialogs.reference = bad
    assert export_actions.choose_minutes_template_interactive(None) is None
    assert dialogs.errors == [f"{bad} is not a Word .docx or .dotx document"]
    assert export_actions.minutes_template() is None


def test_a_meeting_without_time_has_no_chart(dialogs: Dialogs, ws: Workspace, tmp_path: Path,
                                             qtbot) -> None:
    meeting = meetings.create_meeting(ws, title="Planned only")
    dialogs.save_to = tmp_path / "p.docx"
    export_actions.export_minutes_interactive(None, MeetingDocument(ws, meeting.id))
    assert picture_blobs(open_docx(dialogs.save_to)) == []
