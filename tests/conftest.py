"""Test setup: headless Qt, and no test ever touches the real user data or settings folders."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# QSettings and platformdirs read these; point them at a throwaway folder before Qt loads.
_SANDBOX = Path(tempfile.mkdtemp(prefix="facilitator-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_SANDBOX / "config")
os.environ["XDG_DATA_HOME"] = str(_SANDBOX / "data")
os.environ["FACILITATOR_DATA_DIR"] = str(_SANDBOX / "data" / "Facilitator")

from facilitator.workspace import Workspace, open_workspace  # noqa: E402


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The long soak runs only when asked for: FACILITATOR_SOAK=1 or `-m soak`."""
    marks = config.option.markexpr or ""
    if os.environ.get("FACILITATOR_SOAK") == "1" or ("soak" in marks and "not" not in marks):
        return
    soak = [item for item in items if item.get_closest_marker("soak")]
    if soak:
        config.hook.pytest_deselected(items=soak)
        items[:] = [item for item in items if not item.get_closest_marker("soak")]


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "userdata"
    monkeypatch.setenv("FACILITATOR_DATA_DIR", str(data))
    return data


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "workspace.db"


@pytest.fixture
def ws(db_path: Path) -> Iterator[Workspace]:
    workspace = open_workspace(db_path)
    yield workspace
    workspace.close()


@pytest.fixture
def demo_id(ws: Workspace) -> int:
    from facilitator.demo import create_demo_meeting

    return create_demo_meeting(ws)
