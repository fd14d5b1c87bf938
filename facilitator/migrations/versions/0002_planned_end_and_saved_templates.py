"""The promised end time of a meeting, and agendas saved as templates.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None
# The schema number also kept in SQLite's user_version, readable from the file header.
SCHEMA_NUMBER = 2


def upgrade() -> None:
    with op.batch_alter_table("meetings") as batch_op:
        batch_op.add_column(sa.Column("planned_end", sa.Time(), nullable=True))
    op.create_table(
        "saved_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_templates")),
        sa.UniqueConstraint("name", name=op.f("uq_saved_templates_name")),
    )
    op.execute(f"PRAGMA user_version = {SCHEMA_NUMBER}")


def downgrade() -> None:
    op.drop_table("saved_templates")
    with op.batch_alter_table("meetings") as batch_op:
        batch_op.drop_column("planned_end")
