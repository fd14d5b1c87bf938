"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None
# The schema number also kept in SQLite"s user_version, readable from the file header.
SCHEMA_NUMBER = 1


def upgrade() -> None:
    op.create_table("series",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("name", sa.String(), nullable=False),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_series")),
    sa.UniqueConstraint("name", name=op.f("uq_series_name"))
    )
    op.create_table("meetings",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("title", sa.String(), nullable=False),
    sa.Column("objective", sa.Text(), nullable=False),
    sa.Column("date", sa.Date(), nullable=True),
    sa.Column("planned_start", sa.Time(), nullable=True),
    sa.Column("location", sa.String(), nullable=False),
    sa.Column("facilitator", sa.String(), nullable=False),
    sa.Column("series_id", sa.Integer(), nullable=True),
    sa.Column("status", sa.Enum("planned", "running", "finished", name="ck_meetingstatus", native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column("actual_start", sa.DateTime(), nullable=True),
    sa.Column("actual_end", sa.DateTime(), nullable=True),
    sa.Column("board_preset", sa.Enum("keep_tune_overhaul_start", "start_stop_continue_more", "swot", "impact_effort", "urgent_important", "custom", name="ck_boardpreset", native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column("board_labels", sa.Text(), nullable=False),
    sa.Column("vote_limit", sa.Integer(), nullable=True),
    sa.Column("votes_per_participant", sa.Integer(), nullable=True),
    sa.Column("warn_minutes", sa.Integer(), nullable=False),
    sa.Column("warn_percent", sa.Integer(), nullable=False),
    sa.Column("created_at", sa.DateTime(), nullable=False),
    sa.Column("updated_at", sa.DateTime(), nullable=False),
    sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_meetings_title_not_blank")),
    sa.CheckConstraint("vote_limit IS NULL OR vote_limit >= 0", name=op.f("ck_meetings_vote_limit_nonneg")),
    sa.CheckConstraint("votes_per_participant IS NULL OR votes_per_participant >= 0", name=op.f("ck_meetings_votes_per_participant_nonneg")),
    sa.CheckConstraint("warn_minutes >= 0", name=op.f("ck_meetings_warn_minutes_nonneg")),
    sa.CheckConstraint("warn_percent >= 0 AND warn_percent <= 100", name=op.f("ck_meetings_warn_percent_range")),
    sa.ForeignKeyConstraint(["series_id"], ["series.id"], name=op.f("fk_meetings_series_id_series"), ondelete="SET NULL"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings"))
    )
    op.create_table("agenda_items",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("meeting_id", sa.Integer(), nullable=False),
    sa.Column("position", sa.Integer(), nullable=False),
    sa.Column("title", sa.String(), nullable=False),
    sa.Column("kind", sa.Enum("presentation", "sharing", "working_session", "discussion_decision", "break", "close_actions", "other", name="ck_itemkind", native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column("presenter", sa.String(), nullable=False),
    sa.Column("planned_minutes", sa.Integer(), nullable=False),
    sa.Column("extended_minutes", sa.Integer(), nullable=False),
    sa.Column("goal", sa.Text(), nullable=False),
    sa.Column("status", sa.Enum("pending", "active", "done", "skipped", name="ck_itemstatus", native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column("actual_start", sa.DateTime(), nullable=True),
    sa.Column("actual_end", sa.DateTime(), nullable=True),
    sa.CheckConstraint("length(trim(title)) > 0", name=op.f("ck_agenda_items_title_not_blank")),
    sa.CheckConstraint("planned_minutes >= 0", name=op.f("ck_agenda_items_planned_minutes_nonneg")),
    sa.CheckConstraint("position >= 0", name=op.f("ck_agenda_items_position_nonneg")),
    sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], name=op.f("fk_agenda_items_meeting_id_meetings"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_items")),
    sa.UniqueConstraint("meeting_id", "position", name="uq_agenda_items_meeting_position")
    )
    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agenda_items_meeting_id"), ["meeting_id"], unique=False)

    op.create_table("board_cards",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("meeting_id", sa.Integer(), nullable=False),
    sa.Column("quadrant", sa.Integer(), nullable=False),
    sa.Column("position", sa.Integer(), nullable=False),
    sa.Column("text", sa.Text(), nullable=False),
    sa.Column("team", sa.String(), nullable=False),
    sa.Column("votes", sa.Integer(), nullable=False),
    sa.Column("created_at", sa.DateTime(), nullable=False),
    sa.CheckConstraint("quadrant >= 0 AND quadrant <= 3", name=op.f("ck_board_cards_quadrant_range")),
    sa.CheckConstraint("votes >= 0", name=op.f("ck_board_cards_votes_nonneg")),
    sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], name=op.f("fk_board_cards_meeting_id_meetings"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_board_cards"))
    )
    with op.batch_alter_table("board_cards", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_board_cards_meeting_id"), ["meeting_id"], unique=False)

    op.create_table("participants",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("meeting_id", sa.Integer(), nullable=False),
    sa.Column("position", sa.Integer(), nullable=False),
    sa.Column("name", sa.String(), nullable=False),
    sa.Column("team", sa.String(), nullable=False),
    sa.Column("role", sa.String(), nullable=False),
    sa.Column("present", sa.Boolean(), nullable=False),
    sa.CheckConstraint("length(trim(name)) > 0", name=op.f("ck_participants_name_not_blank")),
    sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], name=op.f("fk_participants_meeting_id_meetings"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_participants"))
    )
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_participants_meeting_id"), ["meeting_id"], unique=False)

    op.create_table("action_items",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("meeting_id", sa.Integer(), nullable=False),
    sa.Column("agenda_item_id", sa.Integer(), nullable=True),
    sa.Column("text", sa.Text(), nullable=False),
    sa.Column("owner", sa.String(), nullable=False),
    sa.Column("due", sa.Date(), nullable=True),
    sa.Column("status", sa.Enum("open", "done", "dropped", name="ck_actionstatus", native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column("created_at", sa.DateTime(), nullable=False),
    sa.CheckConstraint("length(trim(text)) > 0", name=op.f("ck_action_items_text_not_blank")),
    sa.ForeignKeyConstraint(["agenda_item_id"], ["agenda_items.id"], name=op.f("fk_action_items_agenda_item_id_agenda_items"), ondelete="SET NULL"),
    sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], name=op.f("fk_action_items_meeting_id_meetings"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_action_items"))
    )
    with op.batch_alter_table("action_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_items_agenda_item_id"), ["agenda_item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_items_meeting_id"), ["meeting_id"], unique=False)

    op.create_table("decisions",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("meeting_id", sa.Integer(), nullable=False),
    sa.Column("agenda_item_id", sa.Integer(), nullable=True),
    sa.Column("text", sa.Text(), nullable=False),
    sa.Column("rationale", sa.Text(), nullable=False),
    sa.Column("owner", sa.String(), nullable=False),
    sa.Column("decided_at", sa.DateTime(), nullable=False),
    sa.CheckConstraint("length(trim(text)) > 0", name=op.f("ck_decisions_text_not_blank")),
    sa.ForeignKeyConstraint(["agenda_item_id"], ["agenda_items.id"], name=op.f("fk_decisions_agenda_item_id_agenda_items"), ondelete="SET NULL"),
    sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], name=op.f("fk_decisions_meeting_id_meetings"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_decisions"))
    )
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decisions_agenda_item_id"), ["agenda_item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_decisions_meeting_id"), ["meeting_id"], unique=False)

    op.create_table("notes",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("meeting_id", sa.Integer(), nullable=False),
    sa.Column("agenda_item_id", sa.Integer(), nullable=True),
    sa.Column("position", sa.Integer(), nullable=False),
    sa.Column("text", sa.Text(), nullable=False),
    sa.Column("created_at", sa.DateTime(), nullable=False),
    sa.Column("updated_at", sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(["agenda_item_id"], ["agenda_items.id"], name=op.f("fk_notes_agenda_item_id_agenda_items"), ondelete="CASCADE"),
    sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], name=op.f("fk_notes_meeting_id_meetings"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_notes"))
    )
    with op.batch_alter_table("notes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notes_agenda_item_id"), ["agenda_item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_notes_meeting_id"), ["meeting_id"], unique=False)

    op.create_table("parking_lot",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("meeting_id", sa.Integer(), nullable=False),
    sa.Column("agenda_item_id", sa.Integer(), nullable=True),
    sa.Column("text", sa.Text(), nullable=False),
    sa.Column("status", sa.Enum("open", "closed", "to_action", "to_agenda", name="ck_parkingstatus", native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column("raised_by", sa.String(), nullable=False),
    sa.Column("created_at", sa.DateTime(), nullable=False),
    sa.CheckConstraint("length(trim(text)) > 0", name=op.f("ck_parking_lot_text_not_blank")),
    sa.ForeignKeyConstraint(["agenda_item_id"], ["agenda_items.id"], name=op.f("fk_parking_lot_agenda_item_id_agenda_items"), ondelete="SET NULL"),
    sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], name=op.f("fk_parking_lot_meeting_id_meetings"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_parking_lot"))
    )
    with op.batch_alter_table("parking_lot", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_parking_lot_meeting_id"), ["meeting_id"], unique=False)

    op.create_table("time_slices",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("agenda_item_id", sa.Integer(), nullable=False),
    sa.Column("started_at", sa.DateTime(), nullable=False),
    sa.Column("ended_at", sa.DateTime(), nullable=True),
    sa.CheckConstraint("ended_at IS NULL OR ended_at >= started_at", name=op.f("ck_time_slices_ends_after_start")),
    sa.ForeignKeyConstraint(["agenda_item_id"], ["agenda_items.id"], name=op.f("fk_time_slices_agenda_item_id_agenda_items"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_time_slices"))
    )
    with op.batch_alter_table("time_slices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_time_slices_agenda_item_id"), ["agenda_item_id"], unique=False)

    op.create_table("action_reviews",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("meeting_id", sa.Integer(), nullable=False),
    sa.Column("action_id", sa.Integer(), nullable=False),
    sa.Column("outcome", sa.Enum("pending", "done", "carried", "dropped", name="ck_reviewoutcome", native_enum=False, create_constraint=True, length=32), nullable=False),
    sa.Column("reviewed_at", sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(["action_id"], ["action_items.id"], name=op.f("fk_action_reviews_action_id_action_items"), ondelete="CASCADE"),
    sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], name=op.f("fk_action_reviews_meeting_id_meetings"), ondelete="CASCADE"),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_action_reviews")),
    sa.UniqueConstraint("meeting_id", "action_id", name="uq_action_reviews_meeting_action")
    )
    with op.batch_alter_table("action_reviews", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_action_reviews_action_id"), ["action_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_action_reviews_meeting_id"), ["meeting_id"], unique=False)

    op.execute(f"PRAGMA user_version = {SCHEMA_NUMBER}")


def downgrade() -> None:
    with op.batch_alter_table("action_reviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_reviews_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_action_reviews_action_id"))

    op.drop_table("action_reviews")
    with op.batch_alter_table("time_slices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_time_slices_agenda_item_id"))

    op.drop_table("time_slices")
    with op.batch_alter_table("parking_lot", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_parking_lot_meeting_id"))

    op.drop_table("parking_lot")
    with op.batch_alter_table("notes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notes_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_notes_agenda_item_id"))

    op.drop_table("notes")
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decisions_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_decisions_agenda_item_id"))

    op.drop_table("decisions")
    with op.batch_alter_table("action_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_action_items_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_action_items_agenda_item_id"))

    op.drop_table("action_items")
    with op.batch_alter_table("participants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_participants_meeting_id"))

    op.drop_table("participants")
    with op.batch_alter_table("board_cards", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_board_cards_meeting_id"))

    op.drop_table("board_cards")
    with op.batch_alter_table("agenda_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agenda_items_meeting_id"))

    op.drop_table("agenda_items")
    op.drop_table("meetings")
    op.drop_table("series")
