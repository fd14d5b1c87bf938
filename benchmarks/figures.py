"""A measured figure beside its goal, and the statistics the measurements share."""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile (p95 of 200 samples is the 190th smallest)."""
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100.0 * len(ordered)))
    return ordered[rank - 1]


def _amount(value: float, unit: str) -> str:
    return f"{value:g}×" if unit == "×" else f"{value:g} {unit}".rstrip()


@dataclass(frozen=True)
class Figure:
    """One line of the results table.

    `passed` is True/False when the figure has a goal it can meet or miss, None when it is shown
    for context only (a baseline, a sample count) or not measured yet (`value` None).
    """

    name: str
    value: float | None
    unit: str
    goal: str = ""
    passed: bool | None = None
    detail: str = ""

    @classmethod
    def at_most(cls, name: str, value: float, unit: str, limit: float, detail: str = ""
                ) -> Figure:
        return cls(name, value, unit, f"≤ {_amount(limit, unit)}", value <= limit, detail)

    @classmethod
    def below(cls, name: str, value: float, unit: str, limit: float, detail: str = "") -> Figure:
        return cls(name, value, unit, f"< {_amount(limit, unit)}", value < limit, detail)

    @classmethod
    def info(cls, name: str, value: float, unit: str, detail: str = "") -> Figure:
        return cls(name, value, unit, "", None, detail)

    @classmethod
    def pending(cls, name: str, goal: str, detail: str) -> Figure:
        return cls(name, None, "", goal, None, detail)

    @property
    def verdict(self) -> str:
        if self.value is None:
            return "pending"
        if self.passed is None:
            return ""
        return "ok" if self.passed else "MISSED"

    def shown_value(self) -> str:
        if self.value is None:
            return "—"
        if self.unit == "×":
            return f"{self.value:.2f}×"
        digits = 2 if abs(self.value) < 10 else 1 if abs(self.value) < 100 else 0
        return f"{self.value:.{digits}f} {self.unit}".rstrip()

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "verdict": self.verdict or "info"}


def peak_rss_mb() -> float:
    """This process's peak resident set size in MB.

    On Linux from /proc/self/status (VmHWM): getrusage's ru_maxrss survives fork + exec, so a
    child started by a big parent would report the parent's peak.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
