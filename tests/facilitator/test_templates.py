"""Templates: every built-in loads and makes a meeting; bad files are refused clearly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facilitator.domain import BoardPreset, ItemKind, preset_labels
from facilitator.errors import NotFoundError, ValidationError
from facilitator.serialize import load_meeting
from facilitator.services import agenda, meetings
from facilitator.services.templates import (
    create_meeting_from_template,
    delete_saved_template,
    find_template,
    list_templates,
    save_meeting_as_template,
    saved_templates,
)
from facilitator.templates import TemplateError, builtin_templates, load_template_file
from facilitator.workspace import Workspace, open_workspace

BUILTIN_NAMES = {
    "Kick-off / alignment meeting", "Sales & Marketing summit", "Strategy alignment meeting",
    "Executive alignment review", "Marketing process check",
}


def test_the_five_builtin_templates_are_there() -> None:
    assert {t.name for t in builtin_templates()} == BUILTIN_NAMES


@pytest.mark.parametrize("template", builtin_templates(), ids=lambda t: t.key)
def test_each_builtin_creates_its_meeting(ws: Workspace, template) -> None:
    assert template.builtin and template.items and template.description
    assert all(item.minutes > 0 for item in template.items)
    meeting = create_meeting_from_template(ws, template=template, title="From a template",
                                           series="Reviews")
    record = load_meeting(ws, meeting.id)
    assert [(i.title, i.kind, i.presenter, i.planned_minutes, i.goal) for i in record.agenda] == [
        (t.title, t.kind, t.presenter, t.minutes, t.goal) for t in template.items]
    assert record.meeting.board_preset == template.board_preset
    assert record.meeting.board_labels == preset_labels(template.board_preset)
    assert record.meeting.objective == template.objective
    assert record.series == "Reviews"


def test_builtins_say_what_the_issue_asks() -> None:
    by_key = {t.key: t for t in builtin_templates()}
    kickoff = by_key["kickoff"]
    assert 170 <= kickoff.total_minutes <= 190  # about three hours
    summit = by_key["sales-marketing-summit"]
    assert 180 <= summit.total_minutes <= 240  # half a day
    assert summit.board_preset is BoardPreset.KEEP_TUNE_OVERHAUL_START
    titles = " ".join(i.title.lower() for i in summit.items)
    assert "keep / tune / overhaul / start" in titles and "quick win" in titles
    assert {i.kind for i in summit.items} >= {ItemKind.PRESENTATION, ItemKind.SHARING,
                                              ItemKind.WORKING_SESSION,
                                              ItemKind.DISCUSSION_DECISION}
    review = by_key["executive-review"]
    assert review.total_minutes <= 60 and "open actions" in review.items[-1].title.lower()
    check = by_key["marketing-process-check"]
    assert sum("(yes/no)" in i.title for i in check.items) == 4


@pytest.mark.parametrize(("body", "problem"), [
    ("{not json", "not valid JSON (line 1, column 2"),
    ("[]", "must hold one JSON object"),
    ('{"items": [{"title": "A"}]}', "name is missing"),
    ('{"name": " ", "items": [{"title": "A"}]}', "name cannot be blank"),
    ('{"name": "X", "items": []}', "items must be a non-empty list"),
    ('{"name": "X", "items": [{"title": "A", "minutes": -5}]}',
     "items[1].minutes must be a whole number from 0 to 1440, not -5"),
    ('{"name": "X", "items": [{"title": "A"}, {"title": "B", "minutes": "20"}]}',
     "items[2].minutes must be a whole number"),
    ('{"name": "X", "items": [{"title": "A", "kind": "lecture"}]}',
     "items[1].kind 'lecture' is not one of: presentation"),
    ('{"name": "X", "items": [{"title": "  "}]}', "items[1].title cannot be blank"),
    ('{"name": "X", "items": [{"title": "A", "minuts": 5}]}', "items[1] has unknown key 'minuts'"),
    ('{"name": "X", "board_preset": "pie", "items": [{"title": "A"}]}',
     "board_preset 'pie' is not one of"),
    ('{"name": "X", "board_labels": ["a", "b"], "items": [{"title": "A"}]}',
     "board_labels must be a list of four"),
    ('{"format": 9, "name": "X", "items": [{"title": "A"}]}', "format 9 is not supported"),
])
def test_a_malformed_file_names_itself_and_the_problem(
    tmp_path: Path, body: str, problem: str
) -> None:
    path = tmp_path / "broken.json"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        load_template_file(path)
    message = str(caught.value)
    assert message.startswith(f"{path}: ") and problem in message
    assert "\n" not in message


def test_kinds_may_be_written_as_labels(tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    path.write_text(json.dumps({"name": "Mine", "items": [
        {"title": "Decide", "kind": "Discussion and decision", "minutes": 5},
        {"title": "Pause", "kind": "BREAK"}]}), encoding="utf-8")
    template = load_template_file(path)
    assert template.key == "mine"
    assert [(i.kind, i.minutes) for i in template.items] == [
        (ItemKind.DISCUSSION_DECISION, 5), (ItemKind.BREAK, 10)]


def test_save_as_template_round_trips_through_a_reopened_workspace(
    ws: Workspace, demo_id: int, db_path: Path
) -> None:
    meetings.set_board_preset(ws, meeting_id=demo_id, preset=BoardPreset.SWOT)
    first = agenda.list_items(ws, meeting_id=demo_id)[0]
    agenda.update_item(ws, item_id=first.id, planned_minutes=first.planned_minutes)
    save_meeting_as_template(ws, meeting_id=demo_id, name="Our summit",
                             description="What we ran in March")
    with pytest.raises(ValidationError, match="already called 'Our summit'"):
        save_meeting_as_template(ws, meeting_id=demo_id, name="Our summit")
    ws.close()
    with open_workspace(db_path) as again:
        (saved,) = saved_templates(again)
        assert saved.name == "Our summit" and not saved.builtin
        assert saved.description == "What we ran in March"
        assert find_template(again, "our SUMMIT") == saved
        assert [t.name for t in list_templates(again)][-1] == "Our summit"
        copy = create_meeting_from_template(again, template=saved, title="Next summit")
        original, made = load_meeting(again, demo_id), load_meeting(again, copy.id)
        assert [(i.title, i.kind, i.presenter, i.planned_minutes - i.extended_minutes, i.goal)
                for i in original.agenda] == [
            (i.title, i.kind, i.presenter, i.planned_minutes, i.goal) for i in made.agenda]
        assert made.meeting.board_preset is BoardPreset.SWOT
        assert made.meeting.board_labels == original.meeting.board_labels
        assert made.meeting.objective == original.meeting.objective
        delete_saved_template(again, name="Our summit")
        assert saved_templates(again) == []


def test_unknown_template_lists_the_known_ones(ws: Workspace) -> None:
    with pytest.raises(NotFoundError, match="no template called 'weekly'.*kickoff"):
        find_template(ws, "weekly")
    assert find_template(ws, "Kickoff").name == "Kick-off / alignment meeting"
    assert find_template(ws, "strategy alignment meeting").key == "strategy-alignment"


def test_a_meeting_without_agenda_cannot_be_saved(ws: Workspace) -> None:
    empty = meetings.create_meeting(ws, title="Empty")
    with pytest.raises(ValidationError, match="no agenda items"):
        save_meeting_as_template(ws, meeting_id=empty.id, name="Nothing")
