"""The export's dialogs, replaced for the minutes tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from ui.minutes import export_actions


class Dialogs:
    """Records what each dialog was asked and answers as told."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.save_to: Path | None = None
        self.open_folder_answer = False
        self.reference: Path | None = None
        self.suggested: list[Path] = []
        self.errors: list[str] = []
        self.asked_open: list[Path] = []
        self.opened: list[Path] = []
        monkeypatch.setattr(export_actions, "ask_save_path", self.ask_save_path)
        monkeypatch.setattr(export_actions, "ask_open_folder", self.ask_open_folder)
        monkeypatch.setattr(export_actions, "show_error", self.show_error)
        monkeypatch.setattr(export_actions, "open_folder", self.open_folder)
        monkeypatch.setattr(export_actions, "ask_reference_path", lambda parent, start:
                            self.reference)

    def ask_save_path(self, parent, caption: str, suggested: Path) -> Path | None:
        self.suggested.append(suggested)
        return self.save_to

    def ask_open_folder(self, parent, path: Path) -> bool:
        self.asked_open.append(path)
        return self.open_folder_answer

    def show_error(self, parent, title: str, message: str) -> None:
        self.errors.append(message)

    def open_folder(self, folder: Path) -> bool:
        self.opened.append(folder)
        return True
