"""Votes, checks and feedback rounds (issue 14): votes, their options and named answers.

Three new tables; nothing existing changes. Like every table since 0003 they use AUTOINCREMENT,
so that undo can put a deleted vote back with its old ids.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-16
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None
# The schema number also kept in SQLite's user_version, readable from the file header.
SCHEMA_NUMBER = 5

_AUTO = {"sqlite_autoincrement": True}
MAX_HANDS = 10_000


def _enum(name: str, *values: str) -> sa.Enum:
    return sa.Enum(*values, native_enum=False, create_constraint=True, length=32, name=name)


def _answer() -> sa.Enum:
    return _enum("ck_checklistanswer", "yes", "no", "not_sure")


def _range(column: str) -> sa.CheckConstraint:
    return sa.CheckConstraint(f"{column} IS NULL OR ({column} >= 0 AND {column} <= {MAX_HANDS})",
                              name=op.f(f"ck_vote_options_{column}_range"))


def upgrade() -> None:
    op.create_table(
        "votes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("agenda_item_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("kind", _enum("ck_votekind", "yes_no", "choice", "scale", "checklist"),
                  nullable=False),
        sa.Column("scale", _enum("ck_scalekind", "fist_of_five", "roti"), nullable=True),
        sa.Column("rule", _enum("ck_voterule", "majority", "two_thirds", "unanimous", "none"),
                  nullable=False),
        sa.Column("multiple", sa.Boolean(), nullable=False),
        sa.Column("list_names", sa.Boolean(), nullable=False),
        sa.Column("raise_note", sa.Text(), nullable=False),
        sa.Column("present_base", sa.Integer(), nullable=True),
        sa.Column("revealed", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("length(trim(question)) > 0", name=op.f("ck_votes_question_not_blank")),
        sa.CheckConstraint("present_base IS NULL OR present_base >= 0",
                           name=op.f("ck_votes_present_base_nonneg")),
        sa.ForeignKeyConstraint(["agenda_item_id"], ["agenda_items.id"], ondelete="SET NULL",
                                name=op.f("fk_votes_agenda_item_id_agenda_items")),
        sa.ForeignKeyConstraint(["meeting_id"], ["meetings.id"], ondelete="CASCADE",
                                name=op.f("fk_votes_meeting_id_meetings")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_votes")),
        **_AUTO,
    )
    with op.batch_alter_table("votes") as batch_op:
        batch_op.create_index(batch_op.f("ix_votes_meeting_id"), ["meeting_id"])
        batch_op.create_index(batch_op.f("ix_votes_agenda_item_id"), ["agenda_item_id"])
    op.create_table(
        "vote_options",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vote_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=True),
        sa.Column("yes_count", sa.Integer(), nullable=True),
        sa.Column("no_count", sa.Integer(), nullable=True),
        sa.Column("not_sure_count", sa.Integer(), nullable=True),
        sa.Column("answer", _answer(), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        *(_range(c) for c in ("count", "yes_count", "no_count", "not_sure_count")),
        sa.ForeignKeyConstraint(["vote_id"], ["votes.id"], ondelete="CASCADE",
                                name=op.f("fk_vote_options_vote_id_votes")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vote_options")),
        **_AUTO,
    )
    with op.batch_alter_table("vote_options") as batch_op:
        batch_op.create_index(batch_op.f("ix_vote_options_vote_id"), ["vote_id"])
    op.create_table(
        "vote_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("vote_id", sa.Integer(), nullable=False),
        sa.Column("participant_id", sa.Integer(), nullable=False),
        sa.Column("option_id", sa.Integer(), nullable=False),
        sa.Column("answer", _answer(), nullable=True),
        sa.ForeignKeyConstraint(["option_id"], ["vote_options.id"], ondelete="CASCADE",
                                name=op.f("fk_vote_answers_option_id_vote_options")),
        sa.ForeignKeyConstraint(["participant_id"], ["participants.id"], ondelete="CASCADE",
                                name=op.f("fk_vote_answers_participant_id_participants")),
        sa.ForeignKeyConstraint(["vote_id"], ["votes.id"], ondelete="CASCADE",
                                name=op.f("fk_vote_answers_vote_id_votes")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_vote_answers")),
        sa.UniqueConstraint("participant_id", "option_id",
                            name="uq_vote_answers_participant_option"),
        **_AUTO,
    )
    with op.batch_alter_table("vote_answers") as batch_op:
        for column in ("vote_id", "participant_id", "option_id"):
            batch_op.create_index(batch_op.f(f"ix_vote_answers_{column}"), [column])
    op.execute(f"PRAGMA user_version = {SCHEMA_NUMBER}")


def downgrade() -> None:
    for table in ("vote_answers", "vote_options", "votes"):
        op.drop_table(table)
    op.execute("PRAGMA user_version = 4")
