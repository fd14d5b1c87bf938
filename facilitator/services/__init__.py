"""Use cases over the workspace: each call is one short transaction, on disk when it returns."""
