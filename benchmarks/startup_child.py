"""Child of the start-up benchmark: opens a window, prints "shown" on its first expose, quits.

Run as `python benchmarks/startup_child.py bare` (a bare QMainWindow), `... text` (the same
with a menu bar, a status bar message and a label: the least any window with text pays) or
`python benchmarks/startup_child.py app --db PATH` (Facilitator's real entry point,
`ui.app.main`). Both start the same way, so the parent compares like with like.

Facilitator's window shows its frame before the workspace loads, so the app child goes on:
it prints "populated" when the meeting list is filled (MainWindow.workspaceOpened) and
"reopened" once the last meeting has been opened again, then quits.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class FirstExpose(QObject):
    """Prints "shown" when the first top-level window is exposed, then ends the event loop."""

    def __init__(self, app: QApplication, *, until_reopened: bool = False) -> None:
        super().__init__()
        self._app = app
        self._until_reopened = until_reopened
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (not self.seen and event.type() == QEvent.Type.Expose
                and isinstance(watched, QWindow) and watched.isExposed()):
            self.seen = True
            print("shown", flush=True)
            if not self._until_reopened:
                QTimer.singleShot(0, self._app.quit)
            else:
                self._follow_loading()
        return False

    def _follow_loading(self) -> None:
        window = next(w for w in self._app.topLevelWidgets() if isinstance(w, QMainWindow))
        if hasattr(window, "ws") or not hasattr(window, "workspaceOpened"):
            self._populated()  # already filled: a version that loads before showing
        else:
            window.workspaceOpened.connect(self._populated)

    def _populated(self) -> None:
        print("populated", flush=True)
        # The opener reopens the last meeting right after filling the list, in the same turn.
        QTimer.singleShot(0, self._reopened)

    def _reopened(self) -> None:
        print("reopened", flush=True)
        self._app.quit()


def main(argv: list[str]) -> int:
    app = QApplication(argv[:1])
    watcher = FirstExpose(app, until_reopened=argv[1] == "app")
    app.installEventFilter(watcher)
    if argv[1] in ("bare", "text"):
        window = QMainWindow()
        window.resize(1280, 800)
        if argv[1] == "text":
            window.menuBar().addMenu("&File").addAction("&Quit")
            window.setCentralWidget(QLabel("No meeting open."))
            window.statusBar().showMessage("Opening workspace…")
        window.show()
        return app.exec()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from ui.app import main as app_main

    return app_main(argv[2:])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
