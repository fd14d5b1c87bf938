"""A participant's e-mail address (kept from a calendar invitation's attendees).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-09
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None
# The schema number also kept in SQLite's user_version, readable from the file header.
SCHEMA_NUMBER = 4


def upgrade() -> None:
    # NOT NULL on rows that already exist needs a value for them: the empty address.
    with op.batch_alter_table("participants") as batch_op:
        batch_op.add_column(sa.Column("email", sa.String(), nullable=False, server_default=""))
    op.execute(f"PRAGMA user_version = {SCHEMA_NUMBER}")


def downgrade() -> None:
    with op.batch_alter_table("participants") as batch_op:
        batch_op.drop_column("email")
    op.execute("PRAGMA user_version = 3")
