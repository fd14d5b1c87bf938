"""Acting on a vote's result: a decision from it, a checklist "no" as an action or a parked
point (each one transaction; the capture service's delete undoes it)."""

from __future__ import annotations

import datetime as dt

from facilitator.domain import ChecklistAnswer, VoteKind, VoteOutcome
from facilitator.errors import ValidationError
from facilitator.models import ActionItem, Decision, ParkingLotItem, VoteOption
from facilitator.services import capture
from facilitator.services.common import get
from facilitator.services.vote_common import get_vote
from facilitator.services.vote_views import OptionView, VoteView
from facilitator.workspace import Workspace


def decision_text(view: VoteView) -> str:
    """"Adopted: <question> — 14 yes, 3 no, 2 abstain" (or "Not adopted: …"); a choice's
    "Chosen: <option> — <question>: A 5, B 7"."""
    result = view.result
    if result.outcome is VoteOutcome.NOT_RECORDED:
        raise ValidationError(f"the vote {view.question!r} has no result yet")
    if view.kind is VoteKind.YES_NO:
        prefix = {VoteOutcome.CARRIED: "Adopted", VoteOutcome.NO_RULE: "Voted"}.get(
            result.outcome, "Not adopted")
        return f"{prefix}: {view.question} — {result.summary}"
    if view.kind is VoteKind.CHOICE:
        most = max(o.count or 0 for o in view.options)
        leaders = [o.text for o in view.options if (o.count or 0) == most]
        head = f"Chosen: {leaders[0]}" if len(leaders) == 1 else "Tied: " + ", ".join(leaders)
        return f"{head} — {view.question}: {result.summary}"
    raise ValidationError(f"a {view.kind.label.lower()} is not a decision; only a yes/no or "
                          "a choice vote is recorded as one")


def record_as_decision(ws: Workspace, *, vote_id: int) -> Decision:
    """Records the result as a decision under the vote's agenda item (one transaction);
    capture.delete_decision undoes it."""
    with ws.session():
        view = get_vote(ws, vote_id=vote_id)
        return capture.record_decision(ws, meeting_id=view.meeting_id, text=decision_text(view),
                                       item_id=view.agenda_item_id)


def _answered_no(ws: Workspace, vote_id: int, option_id: int) -> tuple[VoteView, OptionView]:
    view = get_vote(ws, vote_id=vote_id)
    if view.kind is not VoteKind.CHECKLIST:
        raise ValidationError("only a checklist has questions answered no")
    option = next((o for o in view.options if o.id == option_id), None)
    if option is None:
        raise ValidationError(f"the checklist {view.question!r} has no question {option_id}")
    if option.result is not ChecklistAnswer.NO:
        raise ValidationError(f"the question {option.text!r} was not answered no")
    return view, option


def _work_text(option: OptionView) -> str:
    return f"{option.text} — answered no" + (f": {option.comment}" if option.comment else "")


def checklist_no_to_action(ws: Workspace, *, vote_id: int, option_id: int, owner: str = "",
                           due: dt.date | str | None = None) -> ActionItem:
    """A question answered no becomes an open action under the vote's agenda item, and the
    question remembers it (OptionView.action_id); capture.delete_action undoes both (the
    mark is cleared with the action, and its restore puts both back)."""
    with ws.session() as s:
        view, option = _answered_no(ws, vote_id, option_id)
        if option.action_id is not None:
            raise ValidationError(f"the question {option.text!r} already became an action")
        action = capture.add_action(ws, meeting_id=view.meeting_id, text=_work_text(option),
                                    owner=owner, due=due, item_id=view.agenda_item_id)
        get(s, VoteOption, option_id).action_id = action.id
        return action


def checklist_no_to_parking(ws: Workspace, *, vote_id: int, option_id: int,
                            raised_by: str = "") -> ParkingLotItem:
    """A question answered no goes to the parking lot, and the question remembers it
    (OptionView.parking_id); capture.delete_parked undoes both."""
    with ws.session() as s:
        view, option = _answered_no(ws, vote_id, option_id)
        if option.parking_id is not None:
            raise ValidationError(f"the question {option.text!r} is already in the parking lot")
        point = capture.park(ws, meeting_id=view.meeting_id, text=_work_text(option),
                             item_id=view.agenda_item_id, raised_by=raised_by)
        get(s, VoteOption, option_id).parking_id = point.id
        return point
