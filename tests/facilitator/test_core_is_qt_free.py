"""The core never imports Qt: importing every facilitator module leaves PySide6 unloaded."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def test_importing_every_core_module_loads_no_qt() -> None:
    code = textwrap.dedent("""
        import importlib, pkgutil, sys
        import facilitator
        names = [m.name for m in pkgutil.walk_packages(facilitator.__path__, "facilitator.")
                 if not m.name.startswith("facilitator.migrations.")
                 and m.name != "facilitator.__main__"]
        for name in names:
            importlib.import_module(name)
        qt = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6", "ui")))
        print(len(names), qt)
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    count, loaded = result.stdout.strip().split(" ", 1)
    assert int(count) >= 10
    assert loaded == "[]"
