"""Child of the start-up benchmark: opens a window, prints "shown" on its first expose, quits.

Run as `python benchmarks/startup_child.py bare` (a bare QMainWindow) or
`python benchmarks/startup_child.py app --db PATH` (Facilitator's real entry point,
`ui.app.main`). Both start the same way, so the parent compares like with like.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstExpose(QObject):
    """Prints "shown" when the first top-level window is exposed, then ends the event loop."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self._app = app
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (not self.seen and event.type() == QEvent.Type.Expose
                and isinstance(watched, QWindow) and watched.isExposed()):
            self.seen = True
            print("shown", flush=True)
            QTimer.singleShot(0, self._app.quit)
        return False


def main(argv: list[str]) -> int:
    app = QApplication(argv[:1])
    watcher = FirstExpose(app)
    app.installEventFilter(watcher)
    if argv[1] == "bare":
        window = QMainWindow()
        window.resize(1280, 800)
        window.show()
        return app.exec()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from ui.app import main as app_main

    return app_main(argv[2:])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
