"""Templates in use: list built-in and saved ones, create a meeting from one, save a meeting."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import func, select

from facilitator.agenda_parser import ParsedItem
from facilitator.domain import VoteKind
from facilitator.errors import NotFoundError, ValidationError
from facilitator.models import AgendaItem, Meeting, SavedTemplate, table_of
from facilitator.services import votes
from facilitator.services.common import get, minutes_field, text_field
from facilitator.services.meetings import _clean_meeting_fields
from facilitator.services.rows import DeletedRows, delete_with_dependents
from facilitator.services.vote_views import load_votes
from facilitator.templates import (
    Template,
    TemplateError,
    TemplateItem,
    TemplateVote,
    builtin_templates,
    template_from_data,
    template_from_json,
    template_to_data,
)
from facilitator.workspace import Workspace


def saved_templates(ws: Workspace, *, errors: list[str] | None = None) -> list[Template]:
    """The user's saved templates, by name. A damaged one raises TemplateError naming it, or,
    given an `errors` list, is left out with its message added there."""
    with ws.session() as s:
        rows = list(s.scalars(select(SavedTemplate).order_by(func.lower(SavedTemplate.name))))
    out = []
    for row in rows:
        try:
            out.append(_from_row(row))
        except TemplateError as exc:
            if errors is None:
                raise
            errors.append(str(exc))
    return out


def _from_row(row: SavedTemplate) -> Template:
    return template_from_json(row.body, key=row.name, source=f"saved template {row.name!r}")


def _names(template: Template) -> set[str]:
    return {template.key.strip().casefold(), template.name.strip().casefold()}


def list_templates(ws: Workspace, *, errors: list[str] | None = None) -> list[Template]:
    """Built-in templates first, then the saved ones (see saved_templates for `errors`); no name
    twice, ignoring case: a saved template hides a built-in of its name (as find_template
    picks it), and of saved names differing only in case the first is kept."""
    saved: list[Template] = []
    taken: set[str] = set()
    for template in saved_templates(ws, errors=errors):
        if not _names(template) & taken:
            saved.append(template)
            taken |= _names(template)
    return [t for t in builtin_templates() if not _names(t) & taken] + saved


def builtin_clash(name: str) -> Template | None:
    """The built-in template whose key or name is `name` (ignoring case), if any."""
    wanted = name.strip().casefold()
    return next((t for t in builtin_templates() if wanted in _names(t)), None)


def _saved_row(s: Any, name: str) -> SavedTemplate | None:
    return s.scalar(select(SavedTemplate)
                    .where(func.lower(SavedTemplate.name) == name.strip().lower())
                    .order_by(SavedTemplate.id))


def find_template(ws: Workspace, name: str) -> Template:
    """A template by key ("kickoff") or name, ignoring case; saved ones win over built-ins."""
    wanted = name.strip().casefold()
    templates = list_templates(ws)
    for template in reversed(templates):
        if wanted in (template.key.casefold(), template.name.casefold()):
            return template
    known = ", ".join(t.key for t in templates)
    raise NotFoundError(f"no template called {name!r} (known: {known})")


def create_meeting_from_template(
    ws: Workspace, *, template: Template, title: str, **fields: Any
) -> Meeting:
    """A planned meeting with the template's agenda, objective and board; fields as in
    meetings.create_meeting (series, date, planned_start, ...)."""
    with ws.session() as s:
        values = _clean_meeting_fields(s, {"title": title, **fields})
        values.setdefault("objective", template.objective)
        meeting = Meeting(board_preset=template.board_preset, board_labels=template.labels,
                          **values)
        s.add(meeting)
        s.flush()
        for position, item in enumerate(template.items):
            row = AgendaItem(meeting_id=meeting.id, position=position, title=item.title,
                             kind=item.kind, presenter=item.presenter,
                             planned_minutes=item.minutes, goal=item.goal)
            s.add(row)
            s.flush()
            for vote in item.votes:
                votes.add_vote(ws, meeting_id=meeting.id, item_id=row.id, kind=vote.kind,
                               scale=vote.scale, question=vote.question, options=vote.options,
                               rule=vote.rule, multiple=vote.multiple)
        s.flush()
        return meeting


def create_meeting_from_agenda(
    ws: Workspace, *, title: str, items: Sequence[ParsedItem], **fields: Any
) -> Meeting:
    """A planned meeting with agenda items read from pasted text (see agenda_parser)."""
    if not items:
        raise ValidationError("there are no agenda items to create the meeting with")
    template = Template(key="pasted", name=title, items=tuple(_checked(items)))
    return create_meeting_from_template(ws, template=template, title=title, **fields)


def _checked(items: Sequence[ParsedItem]) -> list[TemplateItem]:
    out = []
    for n, item in enumerate(items, start=1):
        if not item.title.strip():
            raise ValidationError(f"agenda item {n} has no title")
        out.append(replace(item.to_template_item(), title=item.title.strip(),
                           minutes=minutes_field(item.minutes)))
    return out


def append_agenda(ws: Workspace, *, meeting_id: int, items: Sequence[ParsedItem]) -> list[int]:
    """Adds pasted items at the end of a meeting's agenda in one transaction; returns their ids."""
    checked = _checked(items)
    with ws.session() as s:
        get(s, Meeting, meeting_id)
        start = s.scalar(select(func.count(AgendaItem.id))
                         .where(AgendaItem.meeting_id == meeting_id)) or 0
        rows = [AgendaItem(meeting_id=meeting_id, position=start + n, title=i.title,
                           kind=i.kind, presenter=i.presenter, planned_minutes=i.minutes,
                           goal=i.goal) for n, i in enumerate(checked)]
        s.add_all(rows)
        s.flush()
        return [row.id for row in rows]


def template_from_meeting(
    ws: Workspace, *, meeting_id: int, name: str, description: str = ""
) -> Template:
    """The meeting's agenda as a template (planned minutes without run-time extensions)."""
    name = text_field(name, "template name", required=True).strip()
    with ws.session() as s:
        meeting = get(s, Meeting, meeting_id)
        if not meeting.agenda:
            raise ValidationError(f"meeting {meeting.title!r} has no agenda items to save")
        item_votes = _template_votes(s, meeting_id)
        items = tuple(
            TemplateItem(title=i.title, kind=i.kind, presenter=i.presenter, goal=i.goal,
                         minutes=max(0, i.planned_minutes - i.extended_minutes),
                         votes=tuple(item_votes.get(i.id, ())))
            for i in meeting.agenda
        )
        return Template(key=name, name=name, items=items, description=description.strip(),
                        objective=meeting.objective, board_preset=meeting.board_preset,
                        board_labels=tuple(meeting.board_labels))


def _template_votes(s: Any, meeting_id: int) -> dict[int, list[TemplateVote]]:
    """The questions of the meeting's votes by agenda item (a vote of no item is not kept)."""
    out: dict[int, list[TemplateVote]] = {}
    for v in load_votes(s, [meeting_id]):
        if v.agenda_item_id is None:
            continue
        options = tuple(o.text for o in v.options) if v.kind in (
            VoteKind.CHOICE, VoteKind.CHECKLIST) else ()
        out.setdefault(v.agenda_item_id, []).append(TemplateVote(
            kind=v.kind, scale=v.scale, question=v.question, options=options,
            rule=v.rule if v.kind is VoteKind.YES_NO else None, multiple=v.multiple))
    return out


def save_template(ws: Workspace, *, template: Template, replace: bool = False) -> SavedTemplate:
    """Stores a template under its name; an existing name needs replace=True."""
    data = template_to_data(template)
    # Validate what we store, so that a saved template always loads again.
    template_from_data(data, key=template.name, source=f"template {template.name!r}")
    builtin = builtin_clash(template.name)
    if builtin is not None:
        raise ValidationError(f"{template.name!r} is the name of a built-in template "
                              f"({builtin.key!r}, {builtin.name!r}); choose another name")
    with ws.session() as s:
        row = _saved_row(s, template.name)
        if row is not None and not replace:
            raise ValidationError(f"a saved template is already called {row.name!r}")
        if row is None:
            row = SavedTemplate(name=template.name, body="")
            s.add(row)
        row.name = template.name
        row.body = json.dumps(data, ensure_ascii=False, indent=2)
        s.flush()
        return row


def save_meeting_as_template(
    ws: Workspace, *, meeting_id: int, name: str, description: str = "", replace: bool = False
) -> SavedTemplate:
    template = template_from_meeting(ws, meeting_id=meeting_id, name=name,
                                     description=description)
    return save_template(ws, template=template, replace=replace)


def saved_template_exists(ws: Workspace, name: str) -> bool:
    """Whether a saved template has this name, ignoring case (saving it needs replace=True)."""
    with ws.session() as s:
        return _saved_row(s, name) is not None


def delete_saved_template(ws: Workspace, *, name: str) -> DeletedRows:
    """Deletes a saved template; services.common.restore(ws, deleted) puts it back."""
    with ws.session() as s:
        row = s.scalar(select(SavedTemplate).where(SavedTemplate.name == name))
        if row is None:
            raise NotFoundError(f"no saved template called {name!r}")
        return delete_with_dependents(s, table_of(SavedTemplate), row.id)
