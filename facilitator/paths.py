"""The one module that owns standard paths (platformdirs); tests point it at a temporary folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Facilitator"
APP_AUTHOR = "Facilitator"
WORKSPACE_FILENAME = "workspace.facilitator.db"

# Tests and portable installs set this to keep every file in one folder.
DATA_DIR_ENV = "FACILITATOR_DATA_DIR"


def data_dir() -> Path:
    """The folder that holds the default workspace."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_workspace_path() -> Path:
    return data_dir() / WORKSPACE_FILENAME
