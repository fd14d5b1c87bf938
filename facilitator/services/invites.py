"""A meeting from a calendar invitation: its details, participants and the agenda it gives."""

from __future__ import annotations

from typing import Any

from facilitator.errors import ValidationError
from facilitator.invite import InviteEvent, Person, invite_agenda
from facilitator.models import Meeting
from facilitator.services.participants import add_participant
from facilitator.services.templates import create_meeting_from_agenda, create_meeting_from_template
from facilitator.templates import Template
from facilitator.workspace import Workspace

ORGANIZER = "Organizer"


def meeting_fields(event: InviteEvent) -> dict[str, Any]:
    """The meeting's details as meetings.create_meeting takes them."""
    fields: dict[str, Any] = {"date": event.date, "planned_start": event.start,
                              "location": event.location}
    # The end is a time of the same day: left out when the invitation ends on a later day.
    same_day = event.minutes is not None and event.minutes < 24 * 60
    if same_day and event.start and event.end and event.end >= event.start:
        fields["planned_end"] = event.end
    if event.series:
        fields["series"] = event.series
    return fields


def participant_roles(event: InviteEvent) -> list[tuple[Person, str]]:
    """Who comes, organizer first, each with the role to record."""
    people = [(event.organizer, ORGANIZER)] if event.organizer else []
    return people + [(person, person.role) for person in event.attendees]


def create_meeting_from_invite(
    ws: Workspace, event: InviteEvent, *, total_minutes: int | None = None
) -> Meeting:
    """A planned meeting from one event of an invitation, in one transaction. Items without a
    length share `total_minutes` (default: the invitation's length); a description without an
    agenda gives a meeting without items. A cancelled event is refused."""
    if event.cancelled:
        raise ValidationError(f"{event.title!r} on {event.date.isoformat()} is cancelled; "
                              "no meeting made from it")
    items = invite_agenda(event, total_minutes=total_minutes)
    fields = meeting_fields(event)
    with ws.session():
        if items:
            meeting = create_meeting_from_agenda(ws, title=event.title, items=items, **fields)
        else:  # create_meeting_from_agenda wants items; an empty template makes none
            empty = Template(key="invite", name=event.title, items=())
            meeting = create_meeting_from_template(ws, template=empty, title=event.title,
                                                   **fields)
        for person, role in participant_roles(event):
            add_participant(ws, meeting_id=meeting.id, name=person.name, email=person.email,
                            role=role)
        return meeting
