"""A checklist question remembers the action item or parking-lot point its "no" became.

Two nullable columns on vote_options; deleting the action or the point clears the mark (ON
DELETE SET NULL). The table is rebuilt, keeping AUTOINCREMENT, like 0003 (foreign keys are
off while migrations run, so the rebuild fires no cascade).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-17
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None
# The schema number also kept in SQLite's user_version, readable from the file header.
SCHEMA_NUMBER = 6

_FOLLOW_UPS = (("action_id", "action_items"), ("parking_id", "parking_lot"))


def upgrade() -> None:
    with op.batch_alter_table("vote_options", recreate="always",
                              table_kwargs={"sqlite_autoincrement": True}) as batch_op:
        for column, table in _FOLLOW_UPS:
            batch_op.add_column(sa.Column(column, sa.Integer(), nullable=True))
            batch_op.create_foreign_key(op.f(f"fk_vote_options_{column}_{table}"), table,
                                        [column], ["id"], ondelete="SET NULL")
    op.execute(f"PRAGMA user_version = {SCHEMA_NUMBER}")


def downgrade() -> None:
    with op.batch_alter_table("vote_options", recreate="always",
                              table_kwargs={"sqlite_autoincrement": True}) as batch_op:
        for column, table in _FOLLOW_UPS:
            batch_op.drop_constraint(f"fk_vote_options_{column}_{table}", type_="foreignkey")
            batch_op.drop_column(column)
    op.execute("PRAGMA user_version = 5")
