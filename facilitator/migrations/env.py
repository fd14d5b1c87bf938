"""Alembic environment: runs on the connection the workspace hands over (never a URL of its own)."""

from __future__ import annotations

from alembic import context

from facilitator.models import Base

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
)
with context.begin_transaction():
    context.run_migrations()
