"""The Plan tab (agenda, details, participants) and the Agenda menu that acts on it."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from ui.shell.contract import MenuSlot, Shell

if TYPE_CHECKING:
    from ui.common.document import MeetingDocument
    from ui.plan.page import PlanPage

TAB = "Plan"


def _plan_page(document: MeetingDocument) -> PlanPage:
    from ui.plan.page import PlanPage

    return PlanPage(document)


class PlanFeature:
    name = "plan"

    def install(self, shell: Shell) -> None:
        self.shell = shell
        shell.add_meeting_tab(TAB, _plan_page, later=True)
        self.add_item_action = shell.add_action(MenuSlot.AGENDA, "&Add item",
                                                self.add_agenda_item, "Ctrl+I")
        # The keys belong to the agenda table (Alt+Up/Down, Del); the menu names them and acts
        # on the selected item. A window-wide shortcut would be ambiguous with the table's own.
        self.agenda_item_actions = [
            shell.add_action(MenuSlot.AGENDA, f"{text}\t{keys}",
                             partial(self.act_on_agenda, verb))
            for text, keys, verb in (("Move item &up", "Alt+Up", "move_up"),
                                     ("Move item &down", "Alt+Down", "move_down"),
                                     ("&Delete item", "Del", "delete_selected"))]
        shell.add_item_focus(self.selected_item_id)

    def page(self) -> PlanPage | None:
        from ui.plan.page import PlanPage

        page = self.shell.meeting_page(TAB)
        return page if isinstance(page, PlanPage) else None

    def selected_item_id(self) -> int | None:
        """The agenda row selected in the Plan tab, only while that tab is the current one."""
        from ui.common.table_model import IdRole
        from ui.plan.page import PlanPage

        plan = self.shell.meeting_tabs.currentWidget()
        if not isinstance(plan, PlanPage):
            return None
        row = plan.agenda.selected_row()
        if row < 0:
            return None
        item_id = plan.agenda.model.index(row, 0).data(IdRole)
        return item_id if isinstance(item_id, int) else None

    def add_agenda_item(self) -> None:
        from ui.plan.page import PlanPage

        plan = self.shell.show_meeting_page(TAB)
        if isinstance(plan, PlanPage):
            plan.agenda.new_title.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def act_on_agenda(self, verb: str) -> None:
        """Agenda menu: move_up, move_down or delete_selected on the selected agenda item."""
        plan = self.page()
        if plan is not None:
            getattr(plan.agenda, verb)()
