"""Participants' e-mail addresses: kept, changed, shown, copied; the plainly wrong refused."""

from __future__ import annotations

import pytest

from facilitator.errors import ValidationError
from facilitator.serialize import load_meeting, meeting_to_json
from facilitator.services import meetings, participants


@pytest.fixture
def meeting_id(ws) -> int:
    return meetings.create_meeting(ws, title="Kick-off").id


def test_an_email_is_kept_shown_and_changed(ws, meeting_id: int) -> None:
    jane = participants.add_participant(ws, meeting_id=meeting_id, name="Jane Doe",
                                        email="  Jane.Doe@Contoso.com ")
    participants.add_participant(ws, meeting_id=meeting_id, name="Tom Becker")
    shown = meeting_to_json(load_meeting(ws, meeting_id))["participants"]
    assert [(p["name"], p["email"]) for p in shown] == [("Jane Doe", "Jane.Doe@Contoso.com"),
                                                       ("Tom Becker", "")]
    previous = participants.update_participant(ws, participant_id=jane.id, email="jd@contoso.com")
    assert previous == {"email": "Jane.Doe@Contoso.com"}
    participants.update_participant(ws, participant_id=jane.id, email="")
    assert [p.email for p in participants.list_participants(ws, meeting_id=meeting_id)] == ["", ""]


@pytest.mark.parametrize(("address", "reason"), [
    ("jane.doe", "has no @"),
    ("jane doe@contoso.com", "has spaces in it"),
    ("jane@", "needs a name before the @ and a domain after it"),
    ("@contoso.com", "needs a name before the @ and a domain after it"),
])
def test_a_plainly_wrong_email_is_refused_in_one_line(ws, meeting_id: int, address: str,
                                                      reason: str) -> None:
    with pytest.raises(ValidationError) as info:
        participants.add_participant(ws, meeting_id=meeting_id, name="Jane", email=address)
    assert str(info.value) == f"e-mail {address!r} is not an e-mail address ({reason})"
    jane = participants.add_participant(ws, meeting_id=meeting_id, name="Jane")
    with pytest.raises(ValidationError, match="not an e-mail address"):
        participants.update_participant(ws, participant_id=jane.id, email=address)
    assert [p.email for p in participants.list_participants(ws, meeting_id=meeting_id)] == [""]


def test_a_duplicated_meeting_keeps_the_addresses(ws, meeting_id: int) -> None:
    participants.add_participant(ws, meeting_id=meeting_id, name="Jane", email="jane@x.org")
    copy = meetings.duplicate_meeting(ws, meeting_id=meeting_id)
    assert [p.email for p in participants.list_participants(ws, meeting_id=copy.id)] == [
        "jane@x.org"]
