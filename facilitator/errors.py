"""Errors the core raises for conditions the user can act on (bad files, bad input)."""

from __future__ import annotations


class FacilitatorError(Exception):
    """Base class: the message is one line, meant to be shown to the user as is."""


class WorkspaceError(FacilitatorError):
    """The workspace file cannot be opened; the file has been left untouched."""


class WorkspaceInUseError(WorkspaceError):
    """Another running instance holds the workspace."""


class ValidationError(FacilitatorError, ValueError):
    """User input that cannot be stored (blank title, negative minutes, unknown date...)."""


class NotFoundError(FacilitatorError, LookupError):
    """A meeting, item or card id that does not exist in the workspace."""


class ExportError(FacilitatorError):
    """A document could not be written (folder, permission, disk); any file there is unchanged."""
