"""A realistic sample meeting: a half-day Sales & Marketing summit, run and recorded."""

from __future__ import annotations

import datetime as dt

from facilitator.domain import ActionStatus, ItemKind, ItemStatus, MeetingStatus, ParkingStatus
from facilitator.models import AgendaItem, Meeting, TimeSlice
from facilitator.services import agenda, board, capture, meetings, participants, votes
from facilitator.workspace import Workspace

PARTICIPANTS = [
    ("Maria Lopez", "Marketing", "CMO, decision owner"),
    ("James Carter", "Sales", "VP Sales, decision owner"),
    ("Aiko Tanaka", "Marketing", "Campaign lead"),
    ("Priya Nair", "Marketing", "Content strategist"),
    ("Tom Becker", "Sales", "Regional manager EMEA"),
    ("Lucas Silva", "Sales", "Account executive"),
    ("Fatima Zahra", "Sales", "Sales operations"),
    ("Ben O'Connor", "Marketing", "Marketing operations"),
    ("Chloé Martin", "Support", "Customer success lead"),
    ("Daniel Kim", "Finance", "Business partner"),
]

# title, kind, presenter, planned minutes, actual minutes (None: not run), goal
AGENDA = [
    ("Welcome, objectives and regional targets", ItemKind.PRESENTATION, "Maria Lopez", 15, 18,
     "Reaffirm the FY business objective and each region's target."),
    ("Case study: the Nordbank win and the Alder loss", ItemKind.SHARING, "Tom Becker", 25, 22,
     "What made the difference, told by the people who were there."),
    ("Agree the definition of a qualified lead", ItemKind.WORKING_SESSION, "Aiko Tanaka", 40, 52,
     "One written definition both teams sign up to."),
    ("Coffee break", ItemKind.BREAK, "", 15, 15, ""),
    ("Marketing's campaign blueprints for Q1", ItemKind.PRESENTATION, "Priya Nair", 30, 27,
     "Walk through the three Q1 campaigns and what Sales gets from each."),
    ("Keep / Tune / Overhaul / Start assessment", ItemKind.WORKING_SESSION, "Maria Lopez", 30, 36,
     "Sort how we work together into four quadrants and find a quick win."),
    ("Priorities and near-term opportunities", ItemKind.DISCUSSION_DECISION, "James Carter", 30,
     28, "Decide the three priorities for the next quarter."),
    ("Close and action items", ItemKind.CLOSE_ACTIONS, "Facilitator", 15, 14,
     "Confirm owners and dates; review the parking lot."),
]

NOTES = {
    0: "Target: +18% pipeline in EMEA, +12% in North America.\n- Marketing sourced 41% of "
       "pipeline last year\n- Goal this year: 50%",
    1: "Nordbank: early exec sponsor, tailored ROI model, Marketing webinar as the opener.\n"
       "Alder: lost on price; we entered late and never met the CFO.",
    2: "Draft definition:\n- Budget confirmed or in planning\n- Decision maker identified\n"
       "- Fits one of the three ICP segments\n- Engaged with 2+ touches in 30 days\n"
       "Sales wants 'project timeline under 9 months' added; agreed.",
    4: "Campaign 1: 'Cost of delay' webinar series. Campaign 2: partner co-marketing in DACH. "
       "Campaign 3: customer stories video programme.",
    5: "Quick win found in Tune: a shared weekly 15-minute lead review.",
    6: "Top three priorities agreed (see decisions). Finance to check budget for the events.",
}

# Dots: 6 per participant × 9 present = 54, all on the board.
CARDS = [
    (0, "Joint quarterly planning", "Marketing", 6),
    (0, "Webinar programme quality", "Sales", 3),
    (0, "Case studies written with Sales", "Marketing", 3),
    (1, "Lead hand-off takes 3 days: make it same-day", "Sales", 9),
    (1, "Weekly pipeline review: add Marketing", "Marketing", 7),
    (1, "CRM lead source field often empty", "Sales", 1),
    (2, "Lead scoring model: nobody trusts it", "Sales", 8),
    (2, "Event follow-up process", "Marketing", 5),
    (3, "Shared win/loss reviews every month", "Sales", 6),
    (3, "Sales enablement newsletter", "Marketing", 2),
    (3, "Account-based pilot with top 20 accounts", "Marketing", 4),
]


def _add_votes(ws: Workspace, meeting_id: int, items: list[AgendaItem],
               start: dt.datetime) -> None:
    """Counted hands of the nine present: a yes/no vote (recorded as a decision), a choice of
    the quick win, and the closing ROTI round."""
    budget = votes.add_vote(ws, meeting_id=meeting_id, item_id=items[6].id, kind="yes_no",
                            question="Fund the DACH partner campaign from the events budget?")
    votes.set_counts(ws, vote_id=budget.id, counts={"yes": 7, "no": 1, "abstain": 1})
    votes.set_revealed(ws, vote_id=budget.id, revealed=True)
    decision = votes.record_as_decision(ws, vote_id=budget.id)
    capture.update_decision(ws, decision_id=decision.id, owner="Daniel Kim",
                            decided_at=start + dt.timedelta(minutes=190))
    quick = votes.add_vote(ws, meeting_id=meeting_id, item_id=items[5].id, kind="choice",
                           question="Which Tune card is our quick win?",
                           options=["Same-day lead hand-off", "Weekly pipeline review with "
                                    "Marketing", "CRM lead source field"])
    votes.set_counts(ws, vote_id=quick.id, counts={"Same-day lead hand-off": 3,
                                                   "Weekly pipeline review with Marketing": 5,
                                                   "CRM lead source field": 1})
    votes.set_revealed(ws, vote_id=quick.id, revealed=True)
    roti = votes.add_vote(ws, meeting_id=meeting_id, item_id=items[7].id, kind="roti",
                          question="Return on time invested: was this summit worth your time?")
    votes.set_counts(ws, vote_id=roti.id, counts={0: 0, 1: 0, 2: 1, 3: 2, 4: 4, 5: 2})
    votes.update_vote(ws, vote_id=roti.id,
                      raise_note="Send the campaign blueprints a day before, to read ahead.")


def _record_time(ws: Workspace, meeting_id: int, start: dt.datetime) -> None:
    """Writes the time history of a meeting that has been run (slices as the clock writes them)."""
    at = start
    with ws.session() as s:
        items = s.query(AgendaItem).filter_by(meeting_id=meeting_id).order_by(AgendaItem.position)
        for item, (*_, actual, _goal) in zip(items, AGENDA, strict=True):
            item.actual_start = at
            # One pause in the working session: two slices, as pause/resume records them.
            if item.kind is ItemKind.WORKING_SESSION and actual > 30:
                first = dt.timedelta(minutes=actual // 2)
                s.add(TimeSlice(agenda_item_id=item.id, started_at=at, ended_at=at + first))
                at += first + dt.timedelta(minutes=2)
                rest = dt.timedelta(minutes=actual - actual // 2)
                s.add(TimeSlice(agenda_item_id=item.id, started_at=at, ended_at=at + rest))
                at += rest
            else:
                end = at + dt.timedelta(minutes=actual)
                s.add(TimeSlice(agenda_item_id=item.id, started_at=at, ended_at=end))
                at = end
            item.actual_end = at
            item.status = ItemStatus.DONE
        meeting = s.get(Meeting, meeting_id)
        assert meeting is not None
        meeting.actual_start, meeting.actual_end = start, at
        meeting.status = MeetingStatus.FINISHED


def create_demo_meeting(ws: Workspace, *, day: dt.date | None = None) -> int:
    """Adds the sample summit to the workspace (one transaction); returns its id."""
    with ws.session():
        return _create_demo_meeting(ws, day)


def _create_demo_meeting(ws: Workspace, day: dt.date | None) -> int:
    day = day or dt.date.today()
    meeting = meetings.create_meeting(
        ws,
        title="Sales & Marketing Summit",
        objective="Align Sales and Marketing on targets, the definition of a qualified lead and "
                  "the campaigns for next quarter.",
        date=day, planned_start=dt.time(9, 0), planned_end=dt.time(12, 30),
        location="Harbour Room, 4th floor", facilitator="Sam Rivera",
        series="Sales & Marketing alignment", vote_limit=60, votes_per_participant=6,
    )
    mid = meeting.id
    for name, team, role in PARTICIPANTS:
        participants.add_participant(ws, meeting_id=mid, name=name, team=team, role=role,
                                     present=name != "Daniel Kim")
    items = [
        agenda.add_item(ws, meeting_id=mid, title=title, kind=kind, presenter=presenter,
                        planned_minutes=planned, goal=goal)
        for title, kind, presenter, planned, _actual, goal in AGENDA
    ]
    start = dt.datetime.combine(day, dt.time(9, 3)).astimezone(dt.UTC)
    _record_time(ws, mid, start)
    for index, text in NOTES.items():
        capture.set_item_note(ws, meeting_id=mid, item_id=items[index].id, text=text)

    def at(minutes: int) -> dt.datetime:
        return start + dt.timedelta(minutes=minutes)

    capture.record_decision(
        ws, meeting_id=mid, item_id=items[2].id, owner="James Carter", decided_at=at(70),
        text="A qualified lead meets all five criteria of the agreed definition.",
        rationale="One definition ends the hand-off disputes.")
    capture.record_decision(
        ws, meeting_id=mid, item_id=items[5].id, owner="Maria Lopez", decided_at=at(165),
        text="Start a shared 15-minute weekly lead review (the quick win).")
    capture.record_decision(
        ws, meeting_id=mid, item_id=items[6].id, owner="James Carter", decided_at=at(195),
        text="Q1 priorities: DACH partner campaign, top-20 account pilot, same-day hand-off.",
        rationale="Highest pipeline impact for the effort; budget confirmed by Finance.")
    for item_i, text, owner, due_days, status in [
        (2, "Publish the qualified-lead definition in the CRM playbook", "Aiko Tanaka", 7,
         ActionStatus.OPEN),
        (2, "Add 'project timeline' field to the lead form", "Ben O'Connor", 14, ActionStatus.OPEN),
        (5, "Set up the weekly lead review invite", "Fatima Zahra", 3, ActionStatus.DONE),
        (6, "Confirm event budget for the DACH campaign", "Daniel Kim", 10, ActionStatus.OPEN),
        (6, "Pick the 20 accounts for the ABM pilot", "Tom Becker", 14, ActionStatus.OPEN),
        (7, "Send the minutes and the board to all participants", "Sam Rivera", 1,
         ActionStatus.OPEN),
    ]:
        capture.add_action(ws, meeting_id=mid, item_id=items[item_i].id, text=text, owner=owner,
                           due=day + dt.timedelta(days=due_days), status=status)
    for quadrant, text, team, dots in CARDS:
        board.add_card(ws, meeting_id=mid, quadrant=quadrant, text=text, team=team, votes=dots)
    capture.park(ws, meeting_id=mid, item_id=items[1].id, raised_by="Lucas Silva",
                 text="Pricing flexibility for mid-market deals: needs Finance and Product.")
    point = capture.park(ws, meeting_id=mid, item_id=items[4].id, raised_by="Chloé Martin",
                         text="Support wants a say in the customer stories programme.")
    capture.update_parked(ws, point_id=point.id, status=ParkingStatus.TO_ACTION)
    capture.add_action(ws, meeting_id=mid, item_id=items[7].id, owner="Priya Nair",
                       due=day + dt.timedelta(days=7),
                       text="Invite Support to the customer stories planning")
    _add_votes(ws, mid, items, start)
    return mid
