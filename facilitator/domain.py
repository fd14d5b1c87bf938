"""Domain vocabulary: the enumerations and board presets shared by storage, services and UI."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Labelled(enum.StrEnum):
    """A stored value with the words a person reads for it (in the window and the minutes)."""

    @property
    def label(self) -> str:
        return LABELS[type(self)][self]


class MeetingStatus(Labelled):
    PLANNED = "planned"
    RUNNING = "running"
    FINISHED = "finished"


class ItemKind(Labelled):
    PRESENTATION = "presentation"
    SHARING = "sharing"
    WORKING_SESSION = "working_session"
    DISCUSSION_DECISION = "discussion_decision"
    BREAK = "break"
    CLOSE_ACTIONS = "close_actions"
    OTHER = "other"


KIND_LABELS: dict[ItemKind, str] = {
    ItemKind.PRESENTATION: "Presentation",
    ItemKind.SHARING: "Sharing",
    ItemKind.WORKING_SESSION: "Working session",
    ItemKind.DISCUSSION_DECISION: "Discussion & decision",
    ItemKind.BREAK: "Break",
    ItemKind.CLOSE_ACTIONS: "Close & actions",
    ItemKind.OTHER: "Other",
}


class ItemStatus(Labelled):
    PENDING = "pending"
    ACTIVE = "active"
    DONE = "done"
    SKIPPED = "skipped"


class ActionStatus(Labelled):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class ParkingStatus(Labelled):
    OPEN = "open"
    CLOSED = "closed"
    TO_ACTION = "to_action"
    TO_AGENDA = "to_agenda"


class ReviewOutcome(Labelled):
    """What a series review decided about an action carried over from an earlier meeting."""

    PENDING = "pending"
    DONE = "done"
    CARRIED = "carried"
    DROPPED = "dropped"


class VoteKind(Labelled):
    """A question put to the room: yes/no/abstain, options, a 0–5 scale, or several yes/no."""

    YES_NO = "yes_no"
    CHOICE = "choice"
    SCALE = "scale"
    CHECKLIST = "checklist"


class ScaleKind(Labelled):
    FIST_OF_FIVE = "fist_of_five"
    ROTI = "roti"  # return on time invested: the meeting's feedback round


class VoteRule(Labelled):
    """When a yes/no vote carries; every rule counts the votes cast (abstentions left out)."""

    MAJORITY = "majority"
    TWO_THIRDS = "two_thirds"
    UNANIMOUS = "unanimous"
    NONE = "none"


class VoteOutcome(Labelled):
    CARRIED = "carried"
    NOT_CARRIED = "not_carried"
    TIED = "tied"
    NO_RULE = "no_rule"
    NOT_RECORDED = "not_recorded"
    # A fist of five is a consent check: every hand at 3 fingers or more, or concerns to discuss.
    CONSENT = "consent"
    CONCERNS = "concerns"


class ChecklistAnswer(Labelled):
    YES = "yes"
    NO = "no"
    NOT_SURE = "not_sure"


LABELS: dict[type[Labelled], dict[Labelled, str]] = {
    MeetingStatus: {MeetingStatus.PLANNED: "Planned", MeetingStatus.RUNNING: "Running",
                    MeetingStatus.FINISHED: "Finished"},
    ItemKind: KIND_LABELS,  # type: ignore[dict-item]
    ItemStatus: {ItemStatus.PENDING: "Pending", ItemStatus.ACTIVE: "Now",
                 ItemStatus.DONE: "Done", ItemStatus.SKIPPED: "Skipped"},
    ActionStatus: {ActionStatus.OPEN: "Open", ActionStatus.DONE: "Done",
                   ActionStatus.DROPPED: "Dropped"},
    ParkingStatus: {ParkingStatus.OPEN: "Open", ParkingStatus.CLOSED: "Closed",
                    ParkingStatus.TO_ACTION: "Became an action",
                    ParkingStatus.TO_AGENDA: "For a next agenda"},
    ReviewOutcome: {ReviewOutcome.PENDING: "To review", ReviewOutcome.DONE: "Done",
                    ReviewOutcome.CARRIED: "Carried over", ReviewOutcome.DROPPED: "Dropped"},
    VoteKind: {VoteKind.YES_NO: "Yes / No", VoteKind.CHOICE: "Choice",
               VoteKind.SCALE: "Scale", VoteKind.CHECKLIST: "Checklist"},
    ScaleKind: {ScaleKind.FIST_OF_FIVE: "Fist of five", ScaleKind.ROTI: "ROTI"},
    VoteRule: {VoteRule.MAJORITY: "Majority of votes cast", VoteRule.TWO_THIRDS: "Two thirds",
               VoteRule.UNANIMOUS: "Unanimous", VoteRule.NONE: "No rule"},
    VoteOutcome: {VoteOutcome.CARRIED: "Carried", VoteOutcome.NOT_CARRIED: "Not carried",
                  VoteOutcome.TIED: "Tied", VoteOutcome.NO_RULE: "Recorded",
                  VoteOutcome.NOT_RECORDED: "Not recorded yet", VoteOutcome.CONSENT: "Consent",
                  VoteOutcome.CONCERNS: "Concerns: discuss"},
    ChecklistAnswer: {ChecklistAnswer.YES: "Yes", ChecklistAnswer.NO: "No",
                      ChecklistAnswer.NOT_SURE: "Not sure"},
}


# The kinds a person (the command line, a template) names: a scale by its own name.
VOTE_KIND_NAMES: dict[str, tuple[VoteKind, ScaleKind | None]] = {
    "yes_no": (VoteKind.YES_NO, None),
    "choice": (VoteKind.CHOICE, None),
    "fist_of_five": (VoteKind.SCALE, ScaleKind.FIST_OF_FIVE),
    "roti": (VoteKind.SCALE, ScaleKind.ROTI),
    "checklist": (VoteKind.CHECKLIST, None),
}


def vote_kind_name(kind: VoteKind, scale: ScaleKind | None) -> str:
    """The name of VOTE_KIND_NAMES for a kind and scale ("roti", "yes_no")."""
    return scale.value if kind is VoteKind.SCALE and scale is not None else kind.value


def labels(kind: type[Labelled]) -> dict[Labelled, str]:
    """Every member of `kind` with its label, in order (for a chooser)."""
    return {member: member.label for member in kind}


class BoardPreset(enum.StrEnum):
    KEEP_TUNE_OVERHAUL_START = "keep_tune_overhaul_start"
    START_STOP_CONTINUE_MORE = "start_stop_continue_more"
    SWOT = "swot"
    IMPACT_EFFORT = "impact_effort"
    URGENT_IMPORTANT = "urgent_important"
    CUSTOM = "custom"


@dataclass(frozen=True)
class Quadrant:
    label: str
    hint: str


BOARD_PRESETS: dict[BoardPreset, tuple[str, tuple[Quadrant, Quadrant, Quadrant, Quadrant]]] = {
    BoardPreset.KEEP_TUNE_OVERHAUL_START: (
        "Keep / Tune / Overhaul / Start",
        (
            Quadrant("Keep", "Works well, keep it"),
            Quadrant("Tune", "Works, needs a small adjustment (often the quick win)"),
            Quadrant("Overhaul", "Broken, needs a complete rework"),
            Quadrant("Start", "Not done today, should be"),
        ),
    ),
    BoardPreset.START_STOP_CONTINUE_MORE: (
        "Start / Stop / Continue / More of",
        (
            Quadrant("Start", "Begin doing"),
            Quadrant("Stop", "Stop doing"),
            Quadrant("Continue", "Keep doing as is"),
            Quadrant("More of", "Do more of"),
        ),
    ),
    BoardPreset.SWOT: (
        "SWOT",
        (
            Quadrant("Strengths", "Internal, helpful"),
            Quadrant("Weaknesses", "Internal, harmful"),
            Quadrant("Opportunities", "External, helpful"),
            Quadrant("Threats", "External, harmful"),
        ),
    ),
    BoardPreset.IMPACT_EFFORT: (
        "Impact × Effort",
        (
            Quadrant("Quick wins", "High impact, low effort"),
            Quadrant("Major projects", "High impact, high effort"),
            Quadrant("Fill-ins", "Low impact, low effort"),
            Quadrant("Thankless tasks", "Low impact, high effort"),
        ),
    ),
    BoardPreset.URGENT_IMPORTANT: (
        "Urgent × Important",
        (
            Quadrant("Do first", "Urgent and important"),
            Quadrant("Schedule", "Important, not urgent"),
            Quadrant("Delegate", "Urgent, not important"),
            Quadrant("Drop", "Neither urgent nor important"),
        ),
    ),
    BoardPreset.CUSTOM: (
        "Custom",
        (Quadrant("Quadrant 1", ""), Quadrant("Quadrant 2", ""),
         Quadrant("Quadrant 3", ""), Quadrant("Quadrant 4", "")),
    ),
}


def preset_labels(preset: BoardPreset) -> list[str]:
    return [q.label for q in BOARD_PRESETS[preset][1]]
