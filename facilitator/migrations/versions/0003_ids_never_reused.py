"""Row ids are never reused: AUTOINCREMENT on every table.

Undo puts a deleted row back with its old id. Without AUTOINCREMENT SQLite hands a freed id
(the largest, once deleted) to the next new row, so an undo in one meeting's stack could find
its id taken by another meeting's new row and fail. Each table is rebuilt (SQLite cannot add
AUTOINCREMENT in place); the copy carries every row, id, constraint and index, and SQLite's
sqlite_sequence starts from the largest id copied.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None
# The schema number also kept in SQLite's user_version, readable from the file header.
SCHEMA_NUMBER = 3

# Parents before children; foreign keys are off while the migration runs (workspace._migrate).
TABLES = ("series", "meetings", "participants", "agenda_items", "time_slices", "notes",
          "decisions", "action_items", "action_reviews", "board_cards", "parking_lot",
          "saved_templates")


def _rebuild(autoincrement: bool) -> None:
    for table in TABLES:
        with op.batch_alter_table(table, recreate="always",
                                  table_kwargs={"sqlite_autoincrement": autoincrement}):
            pass


def upgrade() -> None:
    _rebuild(True)
    op.execute(f"PRAGMA user_version = {SCHEMA_NUMBER}")


def downgrade() -> None:
    _rebuild(False)
    op.execute("PRAGMA user_version = 2")
