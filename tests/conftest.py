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
