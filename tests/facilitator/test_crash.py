"""Crash safety: a scripted meeting in a child process, killed with SIGKILL at random points.

After each kill the workspace is reopened through the real open path (the killed child's lock
file is still there) and must pass `PRAGMA integrity_check`, and hold every change the child
reported done before it died; the one change in flight is either wholly there or wholly absent.
A second child runs the clock on one item and is killed while it runs: reopened, the item is
still running with the time it ran plus the time the app was down. The normal suite kills 54
times; FACILITATOR_SOAK=1 (or `-m soak`) runs the 600-kill soak.
"""

from __future__ import annotations

import json
import os
import random
import selectors
import shutil
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from facilitator.clock import SystemClock
from facilitator.domain import ItemStatus
from facilitator.lock import lock_path_for
from facilitator.timing import SegmentClock
from facilitator.workspace import open_workspace
from tests.facilitator.crash_meeting import snapshot

ROOT = Path(__file__).resolve().parents[2]
SCRIPT_LENGTH = 60  # steps after the set-up (meeting, 4 participants, 8 agenda items)
SET_UP_STEPS = 13


@dataclass
class Kill:
    """One run of the child: what it reported before it was killed."""

    path: Path
    fresh_file: bool
    killed: bool = False
    done: dict[str, Any] = field(default_factory=dict)  # the claims of every step done
    in_flight: dict[str, Any] | None = None  # the claims of the step begun, not reported done
    steps_done: int = 0
    lines: list[str] = field(default_factory=list)


def _kill_at(proc: subprocess.Popen[bytes], *, after: str, delay: float) -> list[str]:
    """Reads the child's lines; SIGKILLs it `delay` s after the line `after`; then reads what
    it wrote before it died."""
    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    selector = selectors.DefaultSelector()
    selector.register(fd, selectors.EVENT_READ)
    kill_at = None
    trigger = after.encode()
    buffer = b""
    while True:
        timeout = None if kill_at is None else kill_at - time.monotonic()
        if timeout is not None and timeout <= 0:
            proc.send_signal(signal.SIGKILL)
            break
        if not selector.select(timeout if timeout is None else max(timeout, 0)):
            continue
        chunk = os.read(fd, 65536)
        if not chunk:
            break  # the child finished before the kill point
        buffer += chunk
        if kill_at is None and any(line == trigger or line.startswith(trigger + b" ")
                                   for line in buffer.split(b"\n")):
            kill_at = time.monotonic() + delay
    selector.close()
    while chunk := os.read(fd, 65536):  # lines written before death are reported changes
        buffer += chunk
    proc.wait(timeout=30)
    return buffer.decode().splitlines()


def parse(path: Path, lines: list[str], *, fresh_file: bool = False, killed: bool = False
          ) -> Kill:
    """What the child reported: claims of the steps done, and of the one begun, if any."""
    kill = Kill(path, fresh_file, killed=killed, lines=lines)
    begun: dict[int, dict[str, Any]] = {}
    for line in lines:
        word, _, rest = line.partition(" ")
        if word == "BEGIN":
            number, _, claims = rest.partition(" ")
            begun[int(number)] = json.loads(claims)
        elif word == "DONE":
            kill.done.update(begun.pop(int(rest)))
            kill.steps_done += 1
    assert len(begun) <= 1, lines[-3:]
    kill.in_flight = next(iter(begun.values()), None)
    return kill


def run_and_kill(path: Path, seed: int, rng: random.Random, *, fresh_file: bool) -> Kill:
    with open(path.with_suffix(".stderr"), "wb") as errors:
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.facilitator.crash_meeting", str(path), str(seed),
             str(SCRIPT_LENGTH)],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=errors,
        )
        if fresh_file:  # somewhere in creating and migrating the new file, or the first steps
            lines = _kill_at(proc, after="OPENING", delay=rng.uniform(0, 0.25))
        else:
            step = rng.randrange(SET_UP_STEPS + SCRIPT_LENGTH)
            # Every third run dies the moment a step begins, with its change in flight; the
            # others a little after one is done (between two steps, or early in the next).
            word = "BEGIN" if seed % 3 == 1 else "DONE"
            lines = _kill_at(proc, after=f"{word} {step}",
                             delay=0.0 if word == "BEGIN" else
                             rng.choice((0.0, 0.0, rng.uniform(0, 0.004))))
    killed = proc.returncode == -signal.SIGKILL
    if not killed:  # it ran to the end before its kill point: it must have ended well
        assert proc.returncode == 0 and lines[-1:] == ["END"], \
            path.with_suffix(".stderr").read_text()
    return parse(path, lines, fresh_file=fresh_file, killed=killed)


def check_after_kill(kill: Kill) -> None:
    """Reopens as the app would and checks the file and every reported change."""
    lock = lock_path_for(kill.path.absolute())
    if kill.killed and "READY" in kill.lines and kill.steps_done < SET_UP_STEPS + SCRIPT_LENGTH:
        assert lock.exists()  # the dead child's lock is still there: open must take it over
    with open_workspace(kill.path) as ws, ws.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA integrity_check").scalars().all() == ["ok"]
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        state = snapshot(ws)
    assert not lock.exists()  # closed cleanly: the stale lock was taken over, then released
    in_flight = kill.in_flight or {}
    for key, value in kill.done.items():
        if key in in_flight and state.get(key) == in_flight[key]:
            continue  # the change in flight made it to disk before the kill: also fine
        assert state.get(key) == value, (key, kill.lines[-2:])


def crash_runs(tmp_path: Path, seed: int, kills: int) -> list[Kill]:
    """Runs the scripted meeting until it has been SIGKILLed `kills` times (two children at a
    time; a run that ends before its kill point is checked too but not counted)."""
    template = tmp_path / "template.db"
    open_workspace(template).close()
    rng = random.Random(seed)
    results: list[Kill] = []
    runs = 0
    with ThreadPoolExecutor(max_workers=2) as pool:
        while sum(k.killed for k in results) < kills:
            assert runs < 2 * kills, "the children keep finishing before their kill point"
            jobs = []
            for n in range(runs, runs + kills - sum(k.killed for k in results)):
                path = tmp_path / f"run{n}.db"
                fresh = n % 6 == 0
                if not fresh:
                    shutil.copyfile(template, path)
                jobs.append((path, seed * 1000 + n, random.Random(rng.random()), fresh))
            runs += len(jobs)
            batch = list(pool.map(lambda job: run_and_kill(job[0], job[1], job[2],
                                                           fresh_file=job[3]), jobs))
            for kill in batch:
                check_after_kill(kill)
            results += batch
    return results


@pytest.mark.parametrize("seed", range(5))
def test_every_reported_change_survives_sigkill(tmp_path: Path, seed: int) -> None:
    results = crash_runs(tmp_path, seed, kills=10)
    killed = [k for k in results if k.killed]
    assert len(killed) == 10
    # The kills landed all over the script, some with a change in flight.
    assert len({k.steps_done for k in killed}) >= 5
    assert any(k.in_flight for k in killed)


@pytest.mark.parametrize("seed", [1, 2])
def test_the_scripted_meeting_matches_its_claims(tmp_path: Path, seed: int) -> None:
    """Checks the checker: run to the end, the file holds every claim; a wrong claim fails,
    and a claim in flight may be there or not, but the file must match one of the two."""
    path = tmp_path / "w.db"
    proc = subprocess.run(
        [sys.executable, "-m", "tests.facilitator.crash_meeting", str(path), str(seed),
         str(SCRIPT_LENGTH)],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    reported = parse(path, proc.stdout.splitlines())
    assert reported.lines[:2] == ["OPENING", "READY"] and reported.lines[-1] == "END"
    assert reported.steps_done == SET_UP_STEPS + SCRIPT_LENGTH
    assert set(reported.done) >= {"meetings", "participants", "agenda", "board", "decisions"}
    check_after_kill(reported)
    with open_workspace(path) as ws:
        agenda_now = snapshot(ws)["agenda"]
    reported.done["agenda"] = agenda_now[::-1]  # a change the file does not hold
    with pytest.raises(AssertionError):
        check_after_kill(reported)
    reported.in_flight = {"agenda": agenda_now[1:]}
    with pytest.raises(AssertionError):
        check_after_kill(reported)
    reported.in_flight = {"agenda": agenda_now}  # the change in flight reached the disk
    check_after_kill(reported)


def _run_clock_and_kill(path: Path, pauses: int, delay: float
                        ) -> tuple[list[tuple[float, str]], float]:
    """Starts the running-clock child; SIGKILLs it `delay` s after it reports the item running.
    Returns its lines with the (monotonic) time each arrived, and the time of the kill."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.facilitator.crash_clock", str(path), str(pauses)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    fd = proc.stdout.fileno()
    selector = selectors.DefaultSelector()
    selector.register(fd, selectors.EVENT_READ)
    lines: list[tuple[float, str]] = []
    buffer, kill_at, killed_at = b"", None, 0.0
    while True:
        now = time.monotonic()
        if kill_at is not None and now >= kill_at:
            killed_at = time.monotonic()
            proc.send_signal(signal.SIGKILL)
            break
        if not selector.select(None if kill_at is None else kill_at - now):
            continue
        chunk = os.read(fd, 65536)
        arrived = time.monotonic()
        assert chunk, proc.stderr.read().decode() if proc.stderr else "child ended"
        buffer += chunk
        *complete, buffer = buffer.split(b"\n")
        for line in complete:
            lines.append((arrived, line.decode()))
            if kill_at is None and line.startswith(b"RUNNING"):
                kill_at = arrived + delay
    selector.close()
    proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    return lines, killed_at


@pytest.mark.parametrize("seed", range(4))
def test_the_running_item_resumes_with_its_time_after_sigkill(tmp_path: Path, seed: int) -> None:
    """Killed while an item runs (after 0 to 2 pauses): reopened, the clock shows the item still
    running, with all the time it ran before the kill plus the time the app was down."""
    rng = random.Random(seed)
    path = tmp_path / "clock.db"
    lines, killed_at = _run_clock_and_kill(path, pauses=seed % 3, delay=rng.uniform(0.05, 0.6))
    words = [line.split() for _, line in lines]
    assert words[0][0] == "RUNNING"
    meeting_id, item_id = int(words[0][1]), int(words[0][2])
    arrived, last = next((t, float(w[1])) for (t, _), w in zip(reversed(lines), reversed(words),
                                                              strict=True) if w[0] == "ELAPSED")
    with open_workspace(path) as ws:
        with ws.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        reading = SegmentClock(ws, meeting_id, SystemClock()).reading()
        read_at = time.monotonic()
    current = reading.current
    assert current is not None and current.item.id == item_id
    assert current.running and current.item.status is ItemStatus.ACTIVE
    # The last reading the child printed was taken before it arrived here; since then the item
    # ran on (until the kill) and the room went on while the app was down (until now).
    since_last = read_at - arrived
    assert read_at - killed_at > 0
    assert current.elapsed >= last + since_last - 0.002, (current.elapsed, last, since_last)
    assert current.elapsed <= last + since_last + 0.5, (current.elapsed, last, since_last)


@pytest.mark.soak
def test_soak_many_kills(tmp_path: Path) -> None:
    """Left out of the normal run by tests/conftest.py unless asked for (see the README)."""
    kills = int(os.environ.get("FACILITATOR_SOAK_KILLS", "600"))
    results = crash_runs(tmp_path, seed=99, kills=kills)
    assert sum(k.killed for k in results) >= kills * 0.8
