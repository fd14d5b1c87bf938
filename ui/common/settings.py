"""The one module that declares user preferences (QSettings) and their defaults."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

ORGANIZATION = "Facilitator"
APPLICATION = "Facilitator"

DEFAULTS: dict[str, Any] = {
    "window/geometry": None,
    "window/state": None,
    "window/plan_splitter": None,   # the Plan tab: the agenda above details and participants
    "window/plan_lower_splitter": None,  # ...and details beside participants
    "window/open_meeting": None,    # the meeting open at the last close (0: none was)
    "sound/chime": True,
    "projector/screen": "",
    "projector/font_scale": 1.0,
    "projector/high_contrast": True,
    "projector/geometry": None,
    "export/last_folder": "",  # folder of the last export (minutes or agenda)
    "export/reference_docx": "",  # the user's minutes template (.docx/.dotx), "" for built-in
}


def settings() -> QSettings:
    # The default format (native; tests switch it to INI under tmp_path) with our names.
    return QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANIZATION,
                     APPLICATION)


def value(key: str, type_: type | None = None) -> Any:
    default = DEFAULTS.get(key)
    if type_ is None:
        return settings().value(key, default)
    return settings().value(key, default, type=type_)


def set_value(key: str, data: Any) -> None:
    settings().setValue(key, data)
