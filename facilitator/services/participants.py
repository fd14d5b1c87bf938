"""Participants of a meeting: name, team, role, e-mail, present or absent."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from facilitator.emails import email_problem
from facilitator.errors import ValidationError
from facilitator.models import Meeting, Participant
from facilitator.services.common import (
    Fields,
    delete_row,
    get,
    text,
    update_fields,
)
from facilitator.services.rows import DeletedRows
from facilitator.teams import counted_team_spellings
from facilitator.workspace import Workspace

_email_text = text("e-mail")


def _email(value: Any) -> str:
    """An address or "" (not known); one that is plainly not an address is refused."""
    address = _email_text(value)
    problem = email_problem(address) if address else None
    if problem:
        raise ValidationError(f"e-mail {address!r} is not an e-mail address ({problem})")
    return address


_PARTICIPANT = Fields("a participant", {
    "name": text("name", required=True),
    "team": text("team"),
    "role": text("role"),
    "email": _email,
    "present": bool,
})
_clean = _PARTICIPANT.clean


def add_participant(
    ws: Workspace, *, meeting_id: int, name: str, team: str = "", role: str = "",
    email: str = "", present: bool = True,
) -> Participant:
    values = _clean({"name": name, "team": team, "role": role, "email": email,
                     "present": present})
    with ws.session() as s:
        get(s, Meeting, meeting_id)
        last = s.scalar(
            select(func.max(Participant.position)).where(Participant.meeting_id == meeting_id)
        )
        participant = Participant(meeting_id=meeting_id, position=(last or 0) + 1, **values)
        s.add(participant)
        s.flush()
        return participant


def update_participant(ws: Workspace, *, participant_id: int, **changes: Any) -> dict[str, Any]:
    return update_fields(ws, Participant, participant_id, _clean(changes))


def remove_participant(ws: Workspace, *, participant_id: int) -> DeletedRows:
    """Removes a participant; common.restore(ws, deleted) brings them back."""
    return delete_row(ws, Participant, participant_id)


def list_participants(ws: Workspace, *, meeting_id: int) -> list[Participant]:
    with ws.session() as s:
        return list(s.scalars(
            select(Participant).where(Participant.meeting_id == meeting_id)
            .order_by(Participant.position, Participant.id)
        ))


def known_teams(ws: Workspace) -> list[str]:
    """Every team named so far in the workspace, for completion (Marketing, Sales, ...)."""
    """Each team once whatever its case ("Sales", "sales"), in its most common spelling (the
    first one typed on a tie)."""
    with ws.session() as s:
        rows = s.execute(select(Participant.team, func.count(), func.min(Participant.id))
                         .group_by(Participant.team))
        spellings = counted_team_spellings((team, n, first) for team, n, first in rows)
    return sorted(spellings.values(), key=str.casefold)
