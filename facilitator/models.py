"""The domain model as SQLAlchemy 2 typed ORM classes; one SQLite file holds many meetings."""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated, Any, cast

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    Time,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from facilitator.domain import (
    ActionStatus,
    BoardPreset,
    ChecklistAnswer,
    ItemKind,
    ItemStatus,
    MeetingStatus,
    ParkingStatus,
    ReviewOutcome,
    ScaleKind,
    VoteKind,
    VoteRule,
    preset_labels,
)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores aware datetimes as naive UTC text; returns them aware (UTC) again."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where UTC is required")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


class JSONList(TypeDecorator[list[Any]]):
    """A short JSON list kept in a text column (board quadrant labels)."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: list[Any] | None, dialect: Any) -> str | None:
        return None if value is None else json.dumps(value, ensure_ascii=False)

    def process_result_value(self, value: str | None, dialect: Any) -> list[Any] | None:
        return None if value is None else json.loads(value)


def _enum(cls: type) -> Enum:
    # Stored as the lowercase values, with a CHECK constraint listing them.
    return Enum(
        cls,
        native_enum=False,
        create_constraint=True,
        validate_strings=True,
        length=32,
        name=f"ck_{cls.__name__.lower()}",
        values_callable=lambda e: [m.value for m in e],
    )


NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# The meeting a row belongs to: it goes when the meeting is deleted (and comes back with it).
MeetingId = Annotated[int, mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"),
                                         index=True)]

# The agenda item a decision or an action was raised in: kept (as none) if the item goes.
RaisedIn = Annotated[int | None, mapped_column(ForeignKey("agenda_items.id", ondelete="SET NULL"),
                                               index=True)]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Series(Base):
    """Meetings that recur (a twice-monthly review, say) share a series."""

    __tablename__ = "series"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String, unique=True)


class Meeting(Base):
    __tablename__ = "meetings"
    __table_args__ = (
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
        CheckConstraint("warn_minutes >= 0", name="warn_minutes_nonneg"),
        CheckConstraint("warn_percent >= 0 AND warn_percent <= 100", name="warn_percent_range"),
        CheckConstraint("vote_limit IS NULL OR vote_limit >= 0", name="vote_limit_nonneg"),
        CheckConstraint(
            "votes_per_participant IS NULL OR votes_per_participant >= 0",
            name="votes_per_participant_nonneg",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String)
    objective: Mapped[str] = mapped_column(Text, default="")
    date: Mapped[dt.date | None] = mapped_column(Date)
    planned_start: Mapped[dt.time | None] = mapped_column(Time)
    # The end time the room was promised; the agenda editor warns when the plan overruns it.
    planned_end: Mapped[dt.time | None] = mapped_column(Time)
    location: Mapped[str] = mapped_column(String, default="")
    facilitator: Mapped[str] = mapped_column(String, default="")
    series_id: Mapped[int | None] = mapped_column(ForeignKey("series.id", ondelete="SET NULL"))
    status: Mapped[MeetingStatus] = mapped_column(
        _enum(MeetingStatus), default=MeetingStatus.PLANNED
    )
    actual_start: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    actual_end: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    board_preset: Mapped[BoardPreset] = mapped_column(
        _enum(BoardPreset), default=BoardPreset.KEEP_TUNE_OVERHAUL_START
    )
    board_labels: Mapped[list[str]] = mapped_column(
        JSONList, default=lambda: preset_labels(BoardPreset.KEEP_TUNE_OVERHAUL_START)
    )
    # Dot voting: a cap on the total of dots, and/or dots per participant present.
    vote_limit: Mapped[int | None] = mapped_column(Integer)
    votes_per_participant: Mapped[int | None] = mapped_column(Integer)
    # Warning band of the segment clock: the longer of N minutes and P % of the item.
    warn_minutes: Mapped[int] = mapped_column(Integer, default=2)
    warn_percent: Mapped[int] = mapped_column(Integer, default=10)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    series: Mapped[Series | None] = relationship(lazy="joined")
    participants: Mapped[list[Participant]] = relationship(
        back_populates="meeting", order_by="Participant.position", cascade="all, delete-orphan",
        passive_deletes=True,
    )
    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", order_by="AgendaItem.position", cascade="all, delete-orphan",
        passive_deletes=True,
    )


class Participant(Base):
    __tablename__ = "participants"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[MeetingId]
    position: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String)
    team: Mapped[str] = mapped_column(String, default="")
    role: Mapped[str] = mapped_column(String, default="")
    # Kept from a calendar invitation's attendees (migration 0004); "" when not known.
    email: Mapped[str] = mapped_column(String, default="")
    present: Mapped[bool] = mapped_column(default=True)

    meeting: Mapped[Meeting] = relationship(back_populates="participants")


class AgendaItem(Base):
    __tablename__ = "agenda_items"
    __table_args__ = (
        UniqueConstraint("meeting_id", "position", name="uq_agenda_items_meeting_position"),
        CheckConstraint("planned_minutes >= 0", name="planned_minutes_nonneg"),
        CheckConstraint("position >= 0", name="position_nonneg"),
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[MeetingId]
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String)
    kind: Mapped[ItemKind] = mapped_column(_enum(ItemKind), default=ItemKind.OTHER)
    presenter: Mapped[str] = mapped_column(String, default="")
    planned_minutes: Mapped[int] = mapped_column(Integer, default=0)
    # Minutes added by "extend" while running; planned_minutes already includes them.
    extended_minutes: Mapped[int] = mapped_column(Integer, default=0)
    goal: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[ItemStatus] = mapped_column(_enum(ItemStatus), default=ItemStatus.PENDING)
    actual_start: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    actual_end: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    meeting: Mapped[Meeting] = relationship(back_populates="agenda")
    slices: Mapped[list[TimeSlice]] = relationship(
        back_populates="item", order_by="TimeSlice.started_at", cascade="all, delete-orphan",
        passive_deletes=True,
    )


class TimeSlice(Base):
    """One stretch of the clock running on an agenda item; ended_at is None while it runs."""

    __tablename__ = "time_slices"
    __table_args__ = (
        CheckConstraint("ended_at IS NULL OR ended_at >= started_at", name="ends_after_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="CASCADE"), index=True
    )
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    item: Mapped[AgendaItem] = relationship(back_populates="slices")


class Note(Base):
    """Text taken live, attached to an agenda item, or to the whole meeting when item is None."""

    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[MeetingId]
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)


class Decision(Base):
    __tablename__ = "decisions"
    __table_args__ = (CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[MeetingId]
    agenda_item_id: Mapped[RaisedIn]
    text: Mapped[str] = mapped_column(Text)
    rationale: Mapped[str] = mapped_column(Text, default="")
    owner: Mapped[str] = mapped_column(String, default="")
    decided_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ActionItem(Base):
    __tablename__ = "action_items"
    __table_args__ = (CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[MeetingId]
    agenda_item_id: Mapped[RaisedIn]
    text: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String, default="")
    due: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[ActionStatus] = mapped_column(_enum(ActionStatus), default=ActionStatus.OPEN)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ActionReview(Base):
    """In a meeting of a series: an open action from an earlier meeting, and what became of it."""

    __tablename__ = "action_reviews"
    __table_args__ = (
        UniqueConstraint("meeting_id", "action_id", name="uq_action_reviews_meeting_action"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[MeetingId]
    action_id: Mapped[int] = mapped_column(
        ForeignKey("action_items.id", ondelete="CASCADE"), index=True
    )
    outcome: Mapped[ReviewOutcome] = mapped_column(
        _enum(ReviewOutcome), default=ReviewOutcome.PENDING
    )
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class BoardCard(Base):
    __tablename__ = "board_cards"
    __table_args__ = (
        CheckConstraint("quadrant >= 0 AND quadrant <= 3", name="quadrant_range"),
        CheckConstraint("votes >= 0", name="votes_nonneg"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[MeetingId]
    quadrant: Mapped[int] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    team: Mapped[str] = mapped_column(String, default="")
    votes: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


class ParkingLotItem(Base):
    __tablename__ = "parking_lot"
    __table_args__ = (CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[MeetingId]
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL")
    )
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[ParkingStatus] = mapped_column(_enum(ParkingStatus), default=ParkingStatus.OPEN)
    raised_by: Mapped[str] = mapped_column(String, default="")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


# Counted hands: far beyond any room; a larger number is a typo (facilitator.votes refuses it).
MAX_HANDS = 10_000


class Vote(Base):
    """A question put to the room (yes/no, choice, 0–5 scale, checklist) and its result.

    Its answers are VoteOption rows: Yes/No/Abstain for a yes/no vote, the values 0–5 for a
    scale, the options of a choice, the questions of a checklist. present_base is the number
    of participants present when the result was recorded.
    """

    __tablename__ = "votes"
    __table_args__ = (
        CheckConstraint("length(trim(question)) > 0", name="question_not_blank"),
        CheckConstraint("present_base IS NULL OR present_base >= 0", name="present_base_nonneg"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[MeetingId]
    agenda_item_id: Mapped[RaisedIn]
    position: Mapped[int] = mapped_column(Integer, default=0)
    question: Mapped[str] = mapped_column(Text)
    kind: Mapped[VoteKind] = mapped_column(_enum(VoteKind))
    scale: Mapped[ScaleKind | None] = mapped_column(_enum(ScaleKind))
    rule: Mapped[VoteRule] = mapped_column(_enum(VoteRule), default=VoteRule.NONE)
    multiple: Mapped[bool] = mapped_column(default=False)  # a choice: several options each
    list_names: Mapped[bool] = mapped_column(default=False)  # named answers in the minutes
    raise_note: Mapped[str] = mapped_column(Text, default="")  # "what would raise it by one"
    present_base: Mapped[int | None] = mapped_column(Integer)
    revealed: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    recorded_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)

    options: Mapped[list[VoteOption]] = relationship(
        order_by="VoteOption.position", cascade="all, delete-orphan", passive_deletes=True,
    )


class VoteOption(Base):
    """One answer of a vote with its count; a checklist question with its yes/no/not sure."""

    __tablename__ = "vote_options"
    __table_args__ = (
        CheckConstraint(f"count IS NULL OR (count >= 0 AND count <= {MAX_HANDS})",
                        name="count_range"),
        CheckConstraint(f"yes_count IS NULL OR (yes_count >= 0 AND yes_count <= {MAX_HANDS})",
                        name="yes_count_range"),
        CheckConstraint(f"no_count IS NULL OR (no_count >= 0 AND no_count <= {MAX_HANDS})",
                        name="no_count_range"),
        CheckConstraint(f"not_sure_count IS NULL OR (not_sure_count >= 0 AND "
                        f"not_sure_count <= {MAX_HANDS})", name="not_sure_count_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    vote_id: Mapped[int] = mapped_column(ForeignKey("votes.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    count: Mapped[int | None] = mapped_column(Integer)  # None: not counted yet
    # A checklist question: counted yes / no / not sure, or the group's consensus answer.
    yes_count: Mapped[int | None] = mapped_column(Integer)
    no_count: Mapped[int | None] = mapped_column(Integer)
    not_sure_count: Mapped[int | None] = mapped_column(Integer)
    answer: Mapped[ChecklistAnswer | None] = mapped_column(_enum(ChecklistAnswer))
    comment: Mapped[str] = mapped_column(Text, default="")
    # What a checklist "no" became (its deletion clears the mark).
    action_id: Mapped[int | None] = mapped_column(
        ForeignKey("action_items.id", ondelete="SET NULL"))
    parking_id: Mapped[int | None] = mapped_column(
        ForeignKey("parking_lot.id", ondelete="SET NULL"))


class VoteAnswer(Base):
    """A named answer: this participant chose this option (a checklist: answered it so)."""

    __tablename__ = "vote_answers"
    __table_args__ = (
        UniqueConstraint("participant_id", "option_id", name="uq_vote_answers_participant_option"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    vote_id: Mapped[int] = mapped_column(ForeignKey("votes.id", ondelete="CASCADE"), index=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True)
    option_id: Mapped[int] = mapped_column(
        ForeignKey("vote_options.id", ondelete="CASCADE"), index=True)
    answer: Mapped[ChecklistAnswer | None] = mapped_column(_enum(ChecklistAnswer))


class SavedTemplate(Base):
    """An agenda the user saved as a template (the built-in ones live in resources/templates)."""

    __tablename__ = "saved_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String, unique=True)
    body: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)


# Row ids are never reused (migration 0003): undo restores a deleted row with its old id, which
# a new row of another meeting must not have taken meanwhile.
for _table in Base.metadata.tables.values():
    _table.dialect_kwargs["sqlite_autoincrement"] = True


def table_of(model: type[Base]) -> Table:
    """A mapped class's table, typed as one (SQLAlchemy types `__table__` as any FromClause)."""
    return cast(Table, model.__table__)
