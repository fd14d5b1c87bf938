"""Runs the whole test suite N times in a row and counts deaths by signal and failures.

    python -m scripts.suite_loop --runs 20 [--dev] [--random] [--logs DIR] [-- PYTEST ARGS]

Each run is a fresh `python -m pytest` child (with `-X faulthandler`, so a crash prints the
Python stack of every thread). `--dev` adds `-X dev` and `PYTHONMALLOC=debug`, which turn many
use-after-free bugs into an immediate, attributable crash; `--random` shuffles the test order
with pytest-randomly (a new seed per run, printed). The log of every run is kept in `--logs`.
Exit status 1 if any run died or failed. Not part of CI: 20 runs take about 45 minutes here.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _outcome(status: int) -> str:
    if status == 0:
        return "passed"
    if status < 0 or status >= 128:
        number = -status if status < 0 else status - 128
        try:
            return f"died by {signal.Signals(number).name}"
        except ValueError:
            return f"died by signal {number}"
    return f"failed (status {status})"


def _last_line(log: Path) -> str:
    lines = [line for line in log.read_text(errors="replace").splitlines() if line.strip()]
    return lines[-1] if lines else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--dev", action="store_true",
                        help="-X dev and PYTHONMALLOC=debug (slower, stricter)")
    parser.add_argument("--random", action="store_true",
                        help="random test order (pytest-randomly), a new seed per run")
    parser.add_argument("--logs", type=Path, default=None, help="folder for the run logs")
    parser.add_argument("pytest_args", nargs="*", help="after --: passed to pytest")
    args = parser.parse_args(argv)
    logs = args.logs or Path(tempfile.mkdtemp(prefix="suite-loop-"))
    logs.mkdir(parents=True, exist_ok=True)

    env = dict(os.environ)
    command = [sys.executable, "-X", "faulthandler"]
    if args.dev:
        command += ["-X", "dev"]
        env["PYTHONMALLOC"] = "debug"
    command += ["-m", "pytest", "-q", "-p", "no:cacheprovider"]
    deaths = failures = 0
    print(f"{args.runs} runs; logs in {logs}", flush=True)
    for run in range(1, args.runs + 1):
        if args.random:
            order = ["-p", "randomly", f"--randomly-seed={random.randrange(1, 2**31)}"]
        else:
            order = ["-p", "no:randomly"]
        log = logs / f"run-{run:02d}.log"
        started = time.monotonic()
        with log.open("w") as out:
            status = subprocess.call([*command, *order, *args.pytest_args], cwd=ROOT, env=env,
                                     stdout=out, stderr=subprocess.STDOUT)
        outcome = _outcome(status)
        deaths += outcome.startswith("died")
        failures += outcome.startswith("failed")
        seed_text = f" {order[-1]}" if args.random else ""
        print(f"run {run:2d}: {outcome:<22} {time.monotonic() - started:6.0f} s{seed_text}  "
              f"{_last_line(log)[:70]}", flush=True)
    print(f"{args.runs} runs: {deaths} deaths by signal, {failures} failures", flush=True)
    return 1 if deaths or failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
