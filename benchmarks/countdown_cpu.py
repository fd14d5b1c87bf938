"""CPU share of an idle running countdown: the run view and the projector, real windows, 30 s.

    .venv/bin/python benchmarks/countdown_cpu.py [--seconds 30] [--json]

Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise (under Xvfb: xcb). A
meeting is started on the system clock; after a short warm-up the process's CPU time is taken
over the measured wall time. Also counts the paint events of the two countdowns and of the whole
windows, to show that only what changed is repainted. Goal: under 1 % of one core.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks.context import BenchContext  # noqa: E402
from benchmarks.figures import Figure  # noqa: E402
from facilitator.clock import SystemClock  # noqa: E402
from facilitator.services import agenda, meetings  # noqa: E402
from facilitator.workspace import open_workspace  # noqa: E402
from ui.common.document import MeetingDocument  # noqa: E402
from ui.run.run_view import RunView  # noqa: E402


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.counts: dict[str, int] = {}

    def watch(self, name: str, widget: QObject) -> None:
        self.counts[name] = 0
        widget.setObjectName(name)
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            self.counts[watched.objectName()] += 1
        return False


def measure(seconds: float, warmup: float = 2.0) -> dict[str, float | int | str]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("Facilitator")
    app.setApplicationName("Facilitator-benchmarks")
    with tempfile.TemporaryDirectory() as tmp:
        ws = open_workspace(Path(tmp) / "bench.db")
        m = meetings.create_meeting(ws, title="Benchmark", planned_start="09:00")
        for n in range(10):
            agenda.add_item(ws, meeting_id=m.id, title=f"Item {n + 1}", planned_minutes=45)
        clock = SystemClock()
        document = MeetingDocument(ws, m.id)
        view = RunView(document, clock)
        view.resize(1280, 760)
        view.show()
        projector = view.projector()
        projector.resize(1600, 900)
        projector.show()
        view.run_clock.toggle()  # the countdown runs

        counter = PaintCounter()
        counter.watch("run_view_countdown", view.countdown)
        counter.watch("projector_countdown", projector.countdown)
        counter.watch("run_view_window", view)
        counter.watch("projector_window", projector)
        readings = [0]
        view.run_clock.ticked.connect(lambda _r: readings.__setitem__(0, readings[0] + 1))

        marks: dict[str, float] = {}

        def begin() -> None:
            for name in counter.counts:
                counter.counts[name] = 0
            readings[0] = 0
            marks["cpu"], marks["wall"] = time.process_time(), time.monotonic()

        def end() -> None:
            marks["cpu"] = time.process_time() - marks["cpu"]
            marks["wall"] = time.monotonic() - marks["wall"]
            app.quit()

        timers = []
        for at, fn in ((warmup, begin), (warmup + seconds, end)):
            timer = QTimer(singleShot=True, timerType=Qt.TimerType.PreciseTimer)
            timer.timeout.connect(fn)  # precise: Qt rounds long coarse timers to whole seconds
            timer.start(int(at * 1000))
            timers.append(timer)
        app.exec()
        projector.close()
        view.close()
        ws.close()
    return {
        "platform": QApplication.platformName(),
        "seconds": round(marks["wall"], 2),
        "cpu_seconds": round(marks["cpu"], 4),
        "cpu_percent_of_one_core": round(100 * marks["cpu"] / marks["wall"], 3),
        "readings": readings[0],
        **{f"paints_{name}": n for name, n in counter.counts.items()},
    }


def figures(ctx: BenchContext) -> list[Figure]:
    """The measurement in a child process of its own, so only the countdown's CPU is counted."""
    seconds = ctx.runs(30, 6)
    result = subprocess.run([ctx.python, __file__, "--seconds", str(seconds), "--json"],
                            capture_output=True, text=True, env=ctx.child_env(),
                            timeout=seconds + 90)
    if result.returncode not in (0, 1):
        raise RuntimeError(f"countdown child failed: {result.stderr[-800:]}")
    r = json.loads(result.stdout.strip().splitlines()[-1])
    return [Figure.below(
        f"Running countdown: CPU over {r['seconds']:.0f} s (run view + projector)",
        float(r["cpu_percent_of_one_core"]), "% of a core", 1.0,
        f"{r['cpu_seconds']:.3f} s CPU; {r['readings']} readings; countdown paints "
        f"{r['paints_run_view_countdown']} + {r['paints_projector_countdown']}; "
        f"{r['platform']}")]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = measure(args.seconds)
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:32} {value}")
    return 0 if result["cpu_percent_of_one_core"] < 1.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
