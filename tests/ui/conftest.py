"""Qt test setup: settings in a throwaway folder (INI format), per test."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from ui.common import settings


@pytest.fixture(autouse=True)
def _qt_settings(tmp_path: Path, qapp) -> None:
    QCoreApplication.setOrganizationName(settings.ORGANIZATION)
    QCoreApplication.setApplicationName(settings.APPLICATION)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "settings"))


# A window with a small meeting open (review_window), and reopening it afresh (reopen).
from tests.ui.window_helpers import reopen, review_id, review_window  # noqa: E402, F401
