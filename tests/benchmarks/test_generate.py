"""The benchmark workspaces: the fast bulk path writes what the services write."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

from benchmarks.generate import (
    make_workspace,
    plan_large,
    plan_meeting,
    write_bulk,
    write_with_services,
)
from facilitator.serialize import load_meeting, meeting_to_json
from facilitator.services.meetings import list_meetings
from facilitator.workspace import open_workspace


def _without_ids(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_ids(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [_without_ids(v) for v in value]
    return value


def test_bulk_path_writes_the_same_meeting_as_the_services(tmp_path: Path) -> None:
    def plan() -> Any:
        return plan_meeting(random.Random(3), title="Kick-off", date=dt.date(2026, 3, 2),
                            finished=True, items=5, people=6, notes=9, decisions=3, actions=4,
                            cards=10, parked=2, series="Ops weekly")

    shown = []
    for name, write in (("services", write_with_services), ("bulk", write_bulk)):
        with open_workspace(tmp_path / f"{name}.db") as ws:
            shown.append(meeting_to_json(load_meeting(ws, write(ws, plan()))))
    assert _without_ids(shown[0]) == _without_ids(shown[1])
    data = shown[0]
    assert len(data["agenda"]) == 5 and len(data["decisions"]) == 3
    assert sum(len(q["cards"]) for q in data["board"]["quadrants"]) == 10
    assert data["status"] == "finished" and data["series"] == "Ops weekly"
    assert all(item["actual_minutes"] > 0 for item in data["agenda"])


def test_large_meeting_has_the_issue_sizes() -> None:
    plan = plan_large(random.Random(1), scale=2)
    sizes = (len(plan.agenda), len(plan.notes), len(plan.decisions), len(plan.actions),
             len(plan.cards))
    assert sizes == (120, 4000, 600, 600, 800)


def test_workspace_of_many_meetings(tmp_path: Path) -> None:
    made = make_workspace(tmp_path / "w.db", meetings=12, large_scale=None)
    assert made.large_meeting_id is None and made.meetings == 12
    with open_workspace(made.path) as ws:
        listed = list_meetings(ws)
    assert len(listed) == 12
    assert all(5 <= m.agenda_items <= 14 for m in listed)
    assert len({m.date for m in listed}) == 12
