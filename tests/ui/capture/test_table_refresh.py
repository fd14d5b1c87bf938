"""Tables follow agenda edits without reloading every row, and the meeting list keeps its place."""

from __future__ import annotations

from facilitator.services import agenda, capture, meetings
from ui.capture.decision_log_model import DecisionLogModel
from ui.common.document import MeetingDocument, Topic
from ui.meetings.list_model import MeetingListModel


def test_decision_log_follows_item_renames_and_deletes(qtbot, ws) -> None:
    mid = meetings.create_meeting(ws, title="Review").id
    intro, budget = (agenda.add_item(ws, meeting_id=mid, title=t).id for t in ("Intro", "Budget"))
    capture.record_decision(ws, meeting_id=mid, item_id=budget, text="Cut travel")
    capture.record_decision(ws, meeting_id=mid, item_id=intro, text="Start on time")
    document = MeetingDocument(ws, mid)
    model = DecisionLogModel(document)
    shown = {model.index(r, model.TEXT).data(): model.index(r, model.ITEM).data()
             for r in range(model.rowCount())}
    assert shown == {"Cut travel": "Budget", "Start on time": "Intro"}

    agenda.update_item(ws, item_id=budget, title="Budget 2027")
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged) as seen:
        document.changed.emit(Topic.AGENDA)
    assert {seen.args[0].column(), seen.args[1].column()} == {model.ITEM}  # that column only
    assert sorted(model.index(r, model.ITEM).data() for r in range(2)) == ["Budget 2027",
                                                                           "Intro"]

    with qtbot.assertNotEmitted(model.dataChanged), qtbot.assertNotEmitted(model.modelReset):
        document.changed.emit(Topic.AGENDA)  # nothing changed: nothing repainted

    agenda.delete_item(ws, item_id=intro)  # the decision stays, attached to no item
    with qtbot.waitSignal(model.dataChanged):
        document.changed.emit(Topic.AGENDA)
    shown = {model.index(r, model.TEXT).data(): model.index(r, model.ITEM).data()
             for r in range(model.rowCount())}
    assert shown == {"Cut travel": "Budget 2027", "Start on time": ""}


def test_meeting_list_updates_changed_rows_in_place(qtbot, ws) -> None:
    ids = [meetings.create_meeting(ws, title=t).id for t in ("Alpha", "Beta", "Gamma")]
    meetings.update_meeting(ws, meeting_id=ids[1], series="Exec")
    model = MeetingListModel(ws)
    assert meetings.series_names(ws) == ["Exec"]
    with qtbot.assertNotEmitted(model.modelReset), qtbot.assertNotEmitted(model.dataChanged):
        model.refresh()  # nothing changed
    row = model.row_of(ids[1])
    agenda.add_item(ws, meeting_id=ids[1], title="Intro", planned_minutes=25)
    with qtbot.assertNotEmitted(model.modelReset), qtbot.waitSignal(model.dataChanged) as seen:
        model.refresh()
    assert seen.args[0].row() <= row <= seen.args[1].row()
    assert str(model.index(row, 4).data()) == "1"  # its agenda now has one item
    meetings.create_meeting(ws, title="Delta")
    with qtbot.waitSignal(model.modelReset):
        model.refresh()  # a meeting more: the rows are new
    assert model.rowCount() == 4
