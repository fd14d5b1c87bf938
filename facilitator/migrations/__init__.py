"""Alembic migrations of the workspace schema, applied when a workspace is opened."""
