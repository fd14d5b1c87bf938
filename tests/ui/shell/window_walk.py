"""A seeded random walk of plausible user actions through the real main window (offscreen).

`python -m tests.ui.shell.window_walk DB SEED SECONDS [--actions N]` opens the workspace DB (the
demo meeting and two more are added to a new one) in the real main window, then acts as a busy
facilitator would, one action after another inside the event loop: clicker keys and run
controls, captures (Ctrl+D/T/L) with typing, bursts of notes, board adds, moves, votes and
merges, undo and redo bursts, tab and meeting switches, the projector opened and closed, new /
duplicate / delete meeting, meetings from a template or a pasted agenda, exports to a temporary
folder. Every modal dialog is answered by the walk (from the same seed).

Each action prints `STEP n name ms` as it ends; at the end `RESULT {json}` with the counts: actions,
exceptions that reached the event loop, Qt warnings, the slowest action, the memory after the
warm-up and at the end. A step that takes more than HANG_SECONDS dumps every thread's stack and
ends the process (faulthandler). The same SEED with `--actions N` replays the same walk.
"""

from __future__ import annotations

import argparse
import faulthandler
import gc
import json
import os
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QWidget

HANG_SECONDS = 30
WARM_UP = 0.15  # share of the run before the memory is first measured
# What the offscreen platform says of every window and popup; not a problem of ours.
IGNORED_WARNINGS = ("This plugin does not support",)
WORDS = ("pipeline", "lead", "hand-off", "budget", "Q1", "region", "partner", "launch", "churn",
         "pricing", "owner", "decide", "review", "campaign", "target")
AGENDA = ("1. Welcome (5 min)\n2. Pipeline review - 20m by Ana\n3. Break 10 min\n"
          "4. Decide the Q1 focus (30 min)\n5. Wrap-up")


def _say(line: str) -> None:
    os.write(1, (line + "\n").encode())


class Walk:
    """The walk's state: the window, the seeded choices, and what it counted."""

    def __init__(self, app: QApplication, path: Path, seed: int, seconds: float,
                 actions: int | None) -> None:
        self.app, self.rng, self.seconds, self.limit = app, random.Random(seed), seconds, actions
        self.exports = Path(tempfile.mkdtemp(prefix="walk-exports-"))
        self.exceptions: list[str] = []
        self.warnings: list[str] = []
        self.count = 0
        self.slowest: tuple[float, str] = (0.0, "")
        self.memory: dict[str, float] = {}
        self.names: dict[str, int] = {}
        self._install_answers()
        self._install_hooks()
        self._open(path)

    # --- set-up ----------------------------------------------------------------------------------
    def _open(self, path: Path) -> None:
        from facilitator.demo import create_demo_meeting
        from facilitator.services import meetings
        from facilitator.workspace import open_workspace
        from ui.app import main_window
        from ui.common import crash_log

        new = not path.exists()
        self.ws = open_workspace(path)
        if new:
            demo = create_demo_meeting(self.ws)
            meetings.duplicate_meeting(self.ws, meeting_id=demo, title="Second summit")
            meetings.create_meeting(self.ws, title="Weekly check-in", series="Weekly")
        self.window = main_window(self.ws)
        self.window.resize(1366, 768)
        self.window.show()
        crash_log.install(self.window.report_failure)
        self._counting_hook()
        self.window.reopen_last_meeting()
        if self.window.document is None:
            self.window.open_meeting(self.window.features.meetings.model.meeting_id(0))

    def _counting_hook(self) -> None:
        installed = sys.excepthook

        def hook(*exc: Any) -> None:
            self.exceptions.append("".join(traceback.format_exception(*exc))[-2000:])
            installed(*exc)

        sys.excepthook = hook

    def _install_hooks(self) -> None:
        def on_message(kind: QtMsgType, _context: object, text: str) -> None:
            if kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) \
                    and not text.startswith(IGNORED_WARNINGS):
                self.warnings.append(text)

        qInstallMessageHandler(on_message)

    def _install_answers(self) -> None:
        """Every question the window asks is answered here, from the seed."""
        from ui.common import dialogs
        from ui.minutes import export_actions
        from ui.run import run_clock, run_view

        rng = self.rng
        dialogs.ask = lambda *a, **k: rng.random() < 0.8
        dialogs.ask_text = lambda *a, **k: (None if rng.random() < 0.1 else self.phrase(2))
        dialogs.ask_next_meeting = lambda _p, choices, title: (
            (choices[0][0], None) if choices and rng.random() < 0.7 else (None, f"{title} II"))
        dialogs.warn = lambda *a, **k: None
        run_clock.confirm_reopen = lambda *a: rng.random() < 0.5
        run_clock.show_error = lambda *a: None
        run_view.ask_message = lambda *a: self.phrase(3) if rng.random() < 0.7 else ""
        run_view.chime = lambda: None
        export_actions.ask_save_path = lambda _p, _c, suggested: (
            self.exports / f"{self.count:05d}-{suggested.name}")
        export_actions.ask_open_folder = lambda *a: False
        export_actions.show_error = lambda *a: None
        export_actions.ask_reference_path = lambda *a: None
        QMessageBox.question = lambda *a, **k: QMessageBox.StandardButton.Yes  # type: ignore
        QMessageBox.warning = lambda *a, **k: QMessageBox.StandardButton.Ok  # type: ignore
        QMessageBox.critical = lambda *a, **k: QMessageBox.StandardButton.Ok  # type: ignore
        QMessageBox.information = lambda *a, **k: QMessageBox.StandardButton.Ok  # type: ignore
        QMessageBox.about = lambda *a, **k: None  # type: ignore
        QDialog.exec = lambda dialog: self._answer_dialog(dialog)  # type: ignore

    def _answer_dialog(self, dialog: QDialog) -> int:
        from ui.templates.new_from_template_dialog import NewFromTemplateDialog
        from ui.templates.paste_agenda_dialog import PasteAgendaDialog

        dialog.show()
        self.app.processEvents()
        if isinstance(dialog, NewFromTemplateDialog):
            rows = dialog.templates.count()
            dialog.templates.setCurrentRow(self.rng.randrange(1, max(2, rows)))
        elif isinstance(dialog, PasteAgendaDialog):
            dialog.text.setPlainText(AGENDA)
            dialog.title.setText(self.phrase(2))
            self.app.processEvents()
        if self.rng.random() < 0.8:
            dialog.accept()
        if dialog.isVisible():
            dialog.reject()
        return dialog.result()

    # --- helpers ---------------------------------------------------------------------------------
    def phrase(self, words: int) -> str:
        return " ".join(self.rng.choice(WORDS) for _ in range(self.rng.randint(1, words))
                        ).capitalize()

    def key(self, widget: QWidget, key: Qt.Key,
            modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        QTest.keyClick(widget, key, modifiers)

    def type(self, widget: QWidget, text: str, *, enter: bool = False) -> None:
        widget.setFocus()
        QTest.keyClicks(widget, text)
        if enter:
            QTest.keyClick(widget, Qt.Key.Key_Return)

    def tab(self, title: str) -> QWidget | None:
        page = self.window.meeting_page(title)
        if page is not None:
            self.window.meeting_tabs.setCurrentWidget(page)
        return page

    def settle(self) -> None:
        self.app.processEvents()
        self.app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)

    # --- the actions -----------------------------------------------------------------------------
    def clicker(self) -> None:
        key = self.rng.choice((Qt.Key.Key_PageDown, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp,
                               Qt.Key.Key_B))
        self.key(self.window.features.meetings.view.table, key)

    def run_controls(self) -> None:
        view = self.tab("Run")
        if view is None:
            return
        key = self.rng.choice((Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_Left,
                               Qt.Key.Key_Plus, Qt.Key.Key_Space))
        view.setFocus()
        self.key(view, key)
        if self.rng.random() < 0.1:
            run = self.window.features.run.run_view
            if run is not None:
                self.rng.choice((run.skip_action, run.stop_action, run.message_action,
                                 run.finish_action)).trigger()

    def projector(self) -> None:
        run = self.window.features.run.run_view
        if run is None:
            return
        if run.has_projector() and run.projector().isVisible() and self.rng.random() < 0.5:
            run.projector().close()
        else:
            self.rng.choice((run.show_projector, run.toggle_projector_fullscreen,
                             self.window.features.board.toggle_projected))()

    def capture(self) -> None:
        title, key = self.rng.choice((("Decisions", Qt.Key.Key_D), ("Actions", Qt.Key.Key_T),
                                      ("Parking lot", Qt.Key.Key_L)))
        self.key(self.window.features.meetings.view.table, key, Qt.KeyboardModifier.ControlModifier)
        view = self.window.view(title)
        if view is None:
            return
        fields = view.entry.fields
        if "owner" in fields and self.rng.random() < 0.5:
            self.type(fields["owner"], self.rng.choice(("Ana", "Ben", "Chloe")))
        if "due" in fields and self.rng.random() < 0.5:
            self.type(fields["due"], self.rng.choice(("fri", "+1w", "tomorrow", "soon")))
        if self.rng.random() < 0.85:
            self.type(fields["text"], self.phrase(6), enter=True)
        else:
            self.key(fields["text"], Qt.Key.Key_Escape)

    def notes(self) -> None:
        self.window.features.capture.focus_notes()
        editor = self.window.features.capture.notes_editor()
        if editor is None:
            return
        if self.rng.random() < 0.2:
            editor.item_box.setCurrentIndex(self.rng.randrange(editor.item_box.count()))
            editor.item_box.activated.emit(editor.item_box.currentIndex())
        QTest.keyClicks(editor.editor, self.phrase(12) + ". ")

    def board(self) -> None:
        view = self.tab("Board")
        board = self.window.features.board.board_view
        if view is None or board is None:
            return
        quadrant = self.rng.randrange(4)
        panel = board.panels[quadrant]
        cards = board.model.quadrants[quadrant]
        choice = self.rng.random()
        if choice < 0.35 or cards.rowCount() == 0:
            self.type(panel.entry, self.phrase(4), enter=True)
            return
        card = cards.card(self.rng.randrange(cards.rowCount())).id
        board.select_card(card)
        if choice < 0.55:
            self.key(panel.cards, self.rng.choice((Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3,
                                                   Qt.Key.Key_4)),
                     Qt.KeyboardModifier.ControlModifier)
        elif choice < 0.75:
            self.key(panel.cards, self.rng.choice((Qt.Key.Key_Plus, Qt.Key.Key_Minus)))
        elif choice < 0.85 and cards.rowCount() >= 2:
            selection = panel.cards.selectionModel()
            other = cards.index(self.rng.randrange(cards.rowCount()))
            selection.select(other, selection.SelectionFlag.Select)
            self.key(panel.cards, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
        elif choice < 0.92:
            self.rng.choice((board.sort_button.click, board.delete_selected))()
        else:
            self.key(panel.cards, self.rng.choice((Qt.Key.Key_Up, Qt.Key.Key_Down)),
                     Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    def undo_burst(self) -> None:
        redo = self.rng.random() < 0.4
        for _ in range(self.rng.randint(1, 8)):
            self.key(self.window.features.meetings.view.table, Qt.Key.Key_Z,
                     Qt.KeyboardModifier.ControlModifier
                     | (Qt.KeyboardModifier.ShiftModifier if redo else
                        Qt.KeyboardModifier.NoModifier))

    def switch_tab(self) -> None:
        tabs = self.window.meeting_tabs
        if tabs.count():
            tabs.setCurrentIndex(self.rng.randrange(tabs.count()))
        dock = self.window.docks[self.rng.choice(("Decisions", "Actions", "Parking lot"))]
        dock.show()
        dock.raise_()

    def switch_meeting(self) -> None:
        count = self.window.features.meetings.model.rowCount()
        if count:
            listed = self.window.features.meetings.model
            self.window.open_meeting(listed.meeting_id(self.rng.randrange(count)))

    def meeting_list(self) -> None:
        w = self.window
        choice = self.rng.random()
        if choice < 0.25:
            w.features.meetings.new_action.trigger()
        elif choice < 0.45:
            w.features.meetings.view.duplicate_selected()
        elif choice < 0.6 and w.features.meetings.model.rowCount() > 3:
            w.features.meetings.view.delete_selected()
        elif choice < 0.75:
            w.features.templates.new_from_template()
        elif choice < 0.85:
            w.features.templates.new_from_paste()
        else:
            w.features.templates.next_in_series()

    def agenda(self) -> None:
        plan = self.tab("Plan")
        if plan is None:
            return
        agenda = plan.agenda
        if self.rng.random() < 0.6:
            self.window.features.plan.add_item_action.trigger()
            self.type(agenda.new_title, self.phrase(4), enter=True)
        elif agenda.model.rowCount():
            agenda.table.selectRow(self.rng.randrange(agenda.model.rowCount()))
            self.rng.choice((agenda.move_up, agenda.move_down, agenda.delete_selected))()

    def edit_record(self) -> None:
        title = self.rng.choice(("Decisions", "Actions", "Parking lot"))
        self.window.docks[title].show()
        self.window.docks[title].raise_()
        view = self.window.view(title)
        if view is None or not view.table.model().rowCount():
            return
        table = view.table
        table.setFocus()
        table.setCurrentIndex(table.model().index(
            self.rng.randrange(table.model().rowCount()), view.model.TEXT))
        self.key(table, Qt.Key.Key_F2)
        editor = QApplication.focusWidget()
        if isinstance(editor, QLineEdit):
            editor.selectAll()
            self.type(editor, self.phrase(5), enter=True)

    def parked(self) -> None:
        view = self.window.view("Parking lot")
        if view is None or not view.model.rowCount():
            return
        view.table.selectRow(self.rng.randrange(view.model.rowCount()))
        self.rng.choice((view.to_action, view.to_next_agenda, view.close_selected))()

    def export(self) -> None:
        self.rng.choice((self.window.features.minutes.export_minutes,
                         self.window.features.minutes.export_agenda))()

    def shortcuts(self) -> None:
        self.window.show_shortcuts().close()

    ACTIONS: tuple[tuple[str, int], ...] = (
        ("clicker", 8), ("run_controls", 10), ("projector", 3), ("capture", 12), ("notes", 10),
        ("board", 14), ("undo_burst", 8), ("switch_tab", 6), ("switch_meeting", 4),
        ("meeting_list", 3), ("agenda", 5), ("edit_record", 4), ("parked", 2), ("export", 1),
        ("shortcuts", 1))

    # --- the loop ------------------------------------------------------------------------------
    def start(self) -> None:
        self.started = time.monotonic()
        self.timer = QTimer(singleShot=True)
        self.timer.timeout.connect(self.step)
        self.timer.start(0)

    def step(self) -> None:
        elapsed = time.monotonic() - self.started
        if "warm" not in self.memory and elapsed >= WARM_UP * self.seconds:
            self.memory["warm"] = self.measure()
        if (self.limit is not None and self.count >= self.limit) or (
                self.limit is None and elapsed >= self.seconds):
            self.finish()
            return
        names = [n for n, _ in self.ACTIONS]
        name = self.rng.choices(names, weights=[w for _, w in self.ACTIONS])[0]
        faulthandler.dump_traceback_later(HANG_SECONDS, exit=True)
        began = time.perf_counter()
        try:
            getattr(self, name)()
            self.settle()
        except Exception:  # counted like any exception reaching the event loop; walk on
            sys.excepthook(*sys.exc_info())
        ms = (time.perf_counter() - began) * 1000
        faulthandler.cancel_dump_traceback_later()
        self.count += 1
        self.names[name] = self.names.get(name, 0) + 1
        self.slowest = max(self.slowest, (ms, name))
        _say(f"STEP {self.count} {name} {ms:.0f}")
        self.timer.start(self.rng.choice((0, 0, 5, 20)))

    def measure(self) -> float:
        from ui.common.free_memory import heap_in_use, release_free_memory

        gc.collect()
        self.settle()
        release_free_memory()
        used = heap_in_use()
        return (used / 1e6) if used is not None else _rss_mb()

    def finish(self) -> None:
        self.memory["end"] = self.measure()
        result = {
            "actions": self.count, "exceptions": len(self.exceptions),
            "first_exceptions": self.exceptions[:3], "warnings": len(self.warnings),
            "first_warnings": sorted(set(self.warnings))[:10],
            "slowest_ms": round(self.slowest[0]), "slowest_action": self.slowest[1],
            "memory_warm_mb": round(self.memory.get("warm", 0.0), 1),
            "memory_end_mb": round(self.memory["end"], 1), "rss_mb": round(_rss_mb(), 1),
            "by_action": self.names, "exports": len(list(self.exports.iterdir())),
        }
        self.window.close()
        self.ws.close()
        _say("RESULT " + json.dumps(result))
        self.app.quit()


def _rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("seed", type=int)
    parser.add_argument("seconds", type=float)
    parser.add_argument("--actions", type=int, default=None)
    args = parser.parse_args(argv[1:])
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    faulthandler.enable()
    app = QApplication(argv[:1])
    from PySide6.QtCore import QSettings

    from ui.common import settings

    # The walk's preferences in a folder of its own, never the user's.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      tempfile.mkdtemp(prefix="walk-settings-"))
    app.setOrganizationName(settings.ORGANIZATION)
    app.setApplicationName(settings.APPLICATION)
    walk = Walk(app, args.db, args.seed, args.seconds, args.actions)
    walk.start()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv))

