"""The Word minutes and the agenda handout from the File menu, with a company's styles."""

from __future__ import annotations

from types import ModuleType

from ui.shell.contract import MenuSlot, Needs, Shell

WRITTEN_MS = 8000


def _export_actions() -> ModuleType:
    """The export actions load python-docx (lxml): only when an export is asked for."""
    from ui.minutes import export_actions

    return export_actions


class MinutesFeature:
    name = "minutes"

    def install(self, shell: Shell) -> None:
        self.shell = shell
        shell.add_action(MenuSlot.FILE_EXPORT, "Export &minutes…", self.export_minutes,
                         "Ctrl+Shift+E")
        shell.add_action(MenuSlot.FILE_EXPORT, "Export a&genda…", self.export_agenda)
        shell.add_action(MenuSlot.FILE_EXPORT, "Minutes st&yles from a Word template…",
                         lambda: _export_actions().choose_minutes_template_interactive(
                             shell.window()), needs=Needs.NOTHING)
        shell.add_action(MenuSlot.FILE_EXPORT, "Use built-in minutes styles",
                         lambda: _export_actions().clear_minutes_template(),
                         needs=Needs.NOTHING)

    def export_minutes(self) -> None:
        document = self.shell.document
        if document is not None:
            self.shell.flush()
            path = _export_actions().export_minutes_interactive(self.shell.window(), document)
            if path is not None:
                self.shell.show_message(f"Minutes written to {path}", WRITTEN_MS)

    def export_agenda(self) -> None:
        document = self.shell.document
        if document is not None:
            path = _export_actions().export_agenda_interactive(self.shell.window(), document)
            if path is not None:
                self.shell.show_message(f"Agenda written to {path}", WRITTEN_MS)
