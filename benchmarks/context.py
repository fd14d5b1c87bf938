"""What a measurement module is given: a scratch folder, generated workspaces, child settings."""

from __future__ import annotations

import os
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.generate import GeneratedWorkspace, make_workspace

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class BenchContext:
    """Shared by all measurements of one run; workspaces are generated once, on first use.

    Measurement modules must not change the cached workspaces: take `copy_of(...)` to edit.
    """

    work: Path
    quick: bool = False
    python: str = sys.executable
    _cache: dict[str, GeneratedWorkspace] = field(default_factory=dict)

    def runs(self, full: int, quick: int) -> int:
        """How many repetitions: `full` normally, `quick` with --quick."""
        return quick if self.quick else full

    def workspace_500(self) -> GeneratedWorkspace:
        """500 ordinary meetings plus the large meeting (the issue's 'workspace with 500')."""
        return self._generated("ws500", meetings=500, large_scale=1)

    def large_meeting(self, scale: int = 1) -> GeneratedWorkspace:
        """A workspace holding only the large meeting, its sizes multiplied by `scale`."""
        return self._generated(f"large{scale}", meetings=0, large_scale=scale)

    def _generated(self, name: str, *, meetings: int, large_scale: int) -> GeneratedWorkspace:
        if name not in self._cache:
            path = self.work / f"{name}.facilitator.db"
            self._cache[name] = make_workspace(path, meetings=meetings, large_scale=large_scale)
        return self._cache[name]

    def copy_of(self, generated: GeneratedWorkspace, name: str) -> Path:
        """A fresh copy of a generated (closed, checkpointed) workspace file to edit freely."""
        target = self.work / f"{name}.facilitator.db"
        shutil.copyfile(generated.path, target)
        return target

    def child_env(self) -> dict[str, str]:
        """Environment for child processes: headless Qt, settings and data in the scratch folder."""
        env = dict(os.environ)
        env.update({
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": str(self.work / "config"),
            "XDG_DATA_HOME": str(self.work / "data"),
            "FACILITATOR_DATA_DIR": str(self.work / "data" / "Facilitator"),
            "PYTHONPATH": os.pathsep.join(
                p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p),
        })
        return env
