"""Row ids are never reused (migration 0003): a row restored by undo gets its id back even after
other rows were created meanwhile, and an older file is rebuilt with every row and constraint."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, inspect

from facilitator.demo import create_demo_meeting
from facilitator.services import capture, meetings
from facilitator.services.common import restore
from facilitator.workspace import open_workspace

FIXTURES = Path(__file__).parents[1] / "fixtures"


def test_a_deleted_newest_row_keeps_its_id_free_for_its_undo(ws, demo_id) -> None:
    newest = capture.record_decision(ws, meeting_id=demo_id, text="Newest").id
    deleted = capture.delete_decision(ws, decision_id=newest)
    other = meetings.create_meeting(ws, title="Another meeting").id
    taken = capture.record_decision(ws, meeting_id=other, text="Recorded elsewhere").id
    assert taken > newest
    restore(ws, deleted)  # the undo of the delete
    assert [d.text for d in capture.list_decisions(ws, meeting_id=demo_id)
            if d.id == newest] == ["Newest"]


def test_a_deleted_meeting_comes_back_whole_after_new_rows_elsewhere(ws, demo_id) -> None:
    before = _everything(ws.path, demo_id)
    deleted = meetings.delete_meeting(ws, meeting_id=demo_id)
    other = create_demo_meeting(ws)  # takes new ids in every table
    capture.record_decision(ws, meeting_id=other, text="After the delete")
    meetings.restore_meeting(ws, deleted=deleted)
    assert _everything(ws.path, demo_id) == before


def _everything(path: Path, meeting_id: int) -> dict[str, list[tuple]]:
    raw = sqlite3.connect(path)
    try:
        out = {}
        for table in ("participants", "agenda_items", "notes", "decisions", "action_items",
                      "board_cards", "parking_lot"):
            out[table] = raw.execute(
                f"SELECT * FROM {table} WHERE meeting_id = ? ORDER BY id", (meeting_id,)).fetchall()
        out["time_slices"] = raw.execute(
            "SELECT s.* FROM time_slices s JOIN agenda_items a ON a.id = s.agenda_item_id "
            "WHERE a.meeting_id = ? ORDER BY s.id", (meeting_id,)).fetchall()
        return out
    finally:
        raw.close()


def _shape(path: Path) -> dict[str, tuple]:
    """Per table: columns, checks, foreign keys, unique constraints and indexes, as reflected."""
    engine = create_engine(f"sqlite:///{path}")
    try:
        insp = inspect(engine)
        shape = {}
        for table in insp.get_table_names():
            if table in ("alembic_version", "sqlite_sequence"):
                continue
            shape[table] = (
                [(c["name"], str(c["type"]), c["nullable"]) for c in insp.get_columns(table)],
                sorted((c["name"], c["sqltext"]) for c in insp.get_check_constraints(table)),
                sorted((tuple(f["constrained_columns"]), f["referred_table"],
                        f["options"].get("ondelete")) for f in insp.get_foreign_keys(table)),
                sorted(tuple(u["column_names"]) for u in insp.get_unique_constraints(table)),
                sorted((i["name"], tuple(i["column_names"])) for i in insp.get_indexes(table)),
            )
        return shape
    finally:
        engine.dispose()


def test_an_older_file_is_rebuilt_with_autoincrement_and_nothing_else_changed(
        tmp_path: Path) -> None:
    old = tmp_path / "old.db"
    shutil.copy(FIXTURES / "schema1.db", old)
    raw = sqlite3.connect(old)
    columns = {t: ", ".join(r[1] for r in raw.execute(f"PRAGMA table_info({t})"))
               for t in ("meetings", "agenda_items", "action_items")}
    rows_before = {t: raw.execute(f"SELECT {c} FROM {t} ORDER BY id").fetchall()
                   for t, c in columns.items()}
    raw.close()
    with open_workspace(old) as ws:
        assert ws.backup_path is not None and ws.backup_path.exists()
        meetings.create_meeting(ws, title="After the migration")
    fresh = tmp_path / "fresh.db"
    with open_workspace(fresh):
        pass

    assert _shape(old) == _shape(fresh)
    raw = sqlite3.connect(old)
    try:
        tables = dict(raw.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT IN "
            "('alembic_version', 'sqlite_sequence')").fetchall())
        assert tables and all("AUTOINCREMENT" in sql for sql in tables.values())
        for table, rows in rows_before.items():
            assert raw.execute(f"SELECT {columns[table]} FROM {table} WHERE id <= ? ORDER BY id",
                               (rows[-1][0],)).fetchall() == rows
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        raw.close()
