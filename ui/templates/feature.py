"""Meetings from a template, from a pasted agenda, or as the next of a series; saving a meeting
as a template; agenda items from pasted text. Each new meeting is one undoable step."""

from __future__ import annotations

from ui.common.edits import adopt_meeting
from ui.shell.contract import MenuSlot, Needs, Shell

SAVED_MS = 6000


class TemplatesFeature:
    name = "templates"

    def install(self, shell: Shell) -> None:
        self.shell = shell
        shell.add_action(MenuSlot.FILE_NEW, "New meeting from &template…",
                         self.new_from_template, needs=Needs.WORKSPACE)
        shell.add_action(MenuSlot.FILE_NEW, "New meeting from &pasted agenda…",
                         self.new_from_paste, needs=Needs.WORKSPACE)
        shell.add_action(MenuSlot.FILE_MEETING, "Ne&xt meeting of the series…",
                         self.next_in_series)
        shell.add_action(MenuSlot.FILE_MEETING, "Save meeting as te&mplate…",
                         self.save_as_template)
        shell.add_action(MenuSlot.AGENDA, "Add items from &text…", self.paste_into_agenda)

    def _open_new(self, meeting_id: int | None, how: str) -> None:
        if meeting_id is not None:  # one undoable step on the meeting list, then open it
            adopt_meeting(self.shell.workspace_document, meeting_id, how)
            self.shell.open_meeting(meeting_id)

    def new_from_template(self) -> None:
        from ui.templates.new_from_template_dialog import new_meeting_from_template

        self._open_new(new_meeting_from_template(self.shell.window(), self.shell.ws),
                       "from template")

    def new_from_paste(self) -> None:
        from ui.templates.paste_agenda_dialog import paste_agenda_as_meeting

        self._open_new(paste_agenda_as_meeting(self.shell.window(), self.shell.ws),
                       "from pasted agenda")

    def next_in_series(self) -> None:
        from ui.templates.next_meeting import create_next_meeting

        document = self.shell.document
        if document is not None:
            self.shell.flush()
            self._open_new(create_next_meeting(self.shell.window(), self.shell.ws,
                                               document.meeting_id), "as next of the series")

    def save_as_template(self) -> None:
        from ui.templates.new_from_template_dialog import save_meeting_as_template

        document = self.shell.document
        if document is not None:
            name = save_meeting_as_template(self.shell.window(), self.shell.ws,
                                            document.meeting_id)
            if name:
                self.shell.show_message(f"Saved as the template “{name}”", SAVED_MS)

    def paste_into_agenda(self) -> None:
        from ui.templates.paste_agenda_dialog import paste_agenda_into

        if self.shell.document is not None:
            paste_agenda_into(self.shell.window(), self.shell.document)
