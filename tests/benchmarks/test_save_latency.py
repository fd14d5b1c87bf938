"""The save-latency benchmark's edits run and each saves what it says (its timing is not
checked here; the figures live in benchmarks/RESULTS.md)."""

from __future__ import annotations

import random

from benchmarks.save_latency import edits
from facilitator.services import agenda, board, meetings, votes
from facilitator.workspace import Workspace


def test_the_vote_edits_record_a_vote(ws: Workspace) -> None:
    mid = meetings.create_meeting(ws, title="Bench").id
    for n in range(3):
        agenda.add_item(ws, meeting_id=mid, title=f"Item {n}", kind="discussion_decision")
    board.add_card(ws, meeting_id=mid, quadrant=0, text="Card")
    kinds = edits(ws, mid, random.Random(1))
    for edit in kinds.values():
        edit()
    yes_no, checklist = votes.list_votes(ws, meeting_id=mid)
    assert yes_no.recorded_at is not None
    assert all(o.count is not None for o in yes_no.options)
    assert checklist.recorded_at is not None
    assert any(o.yes is not None for o in checklist.options)
    assert {"vote counts (yes/no)", "checklist answer"} <= set(kinds)
