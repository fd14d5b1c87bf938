"""Meetings from a template, from a pasted agenda, or as the next of a series; saving a meeting
as a template; agenda items from pasted text. Each new meeting is one undoable step."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ui.common.edits import adopt_meeting
from ui.shell.contract import MenuSlot, Needs, Shell
from ui.templates.file_import import AGENDA_SUFFIXES, INVITE_SUFFIXES

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

SAVED_MS = 6000
PLAN_TAB = "Plan"  # the tab whose agenda a dropped agenda file adds to
TEMPLATE_KEY, PASTE_KEY, IMPORT_KEY = "Ctrl+Shift+T", "Ctrl+Shift+V", "Ctrl+Shift+O"


class TemplatesFeature:
    name = "templates"

    def install(self, shell: Shell) -> None:
        self.shell = shell
        template = shell.add_action(MenuSlot.FILE_NEW, "New meeting from &template…",
                                    self.new_from_template, TEMPLATE_KEY, needs=Needs.WORKSPACE)
        paste = shell.add_action(MenuSlot.FILE_NEW, "New meeting from &pasted agenda…",
                                 self.new_from_paste, PASTE_KEY, needs=Needs.WORKSPACE)
        self.import_action = shell.add_action(
            MenuSlot.FILE_NEW, "New meeting from a &Word agenda or invitation…",
            self.new_from_file, IMPORT_KEY, needs=Needs.WORKSPACE)
        shell.add_way_in(template, "From a template",
                         "A ready agenda for a summit, a kick-off, a review or a retrospective",
                         rank=10)
        shell.add_way_in(paste, "From pasted text",
                         "The agenda from an e-mail or a document: check the items as read",
                         rank=20)
        shell.add_way_in(self.import_action, "From a file",
                         "A Word (.docx) or text agenda, or a calendar invitation (.ics) "
                         "with its people", rank=30)
        shell.add_file_opener(AGENDA_SUFFIXES + INVITE_SUFFIXES, self.dropped)
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

    def new_from_file(self) -> None:
        from ui.templates.file_import import choose_file

        path = choose_file(self.shell.window())
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> None:
        """A file dropped on the window or chosen: a new meeting from it."""
        from ui.templates.file_import import meeting_from_file

        how = "from an invitation" if path.suffix.lower() in INVITE_SUFFIXES else \
            "from an agenda file"
        self._open_new(meeting_from_file(self.shell.window(), self.shell.ws, path), how)

    def dropped(self, path: Path, where: QWidget | None) -> None:
        """On the open meeting's agenda (the Plan tab), an agenda file adds its items; anywhere
        else a file makes a new meeting."""
        tabs = self.shell.meeting_tabs
        page = tabs.currentWidget()
        on_plan = (self.shell.document is not None and page is not None and where is not None
                   and tabs.tabText(tabs.currentIndex()) == PLAN_TAB
                   and (page is where or page.isAncestorOf(where)))
        if on_plan and path.suffix.lower() in AGENDA_SUFFIXES:
            self.add_items_from_file(path)
        else:
            self.open_file(path)

    def add_items_from_file(self, path: Path) -> None:
        """A text or Word agenda dropped on the open meeting's agenda."""
        from ui.templates.file_import import agenda_from_file

        if self.shell.document is not None:
            agenda_from_file(self.shell.window(), self.shell.document, path)

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
