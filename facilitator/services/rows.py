"""Deleting a row with everything that hangs off it, and putting it all back (for undo)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.orm import Session

from facilitator.models import Base


@dataclass
class DeletedRows:
    """The rows a delete removed (parents first) and the references it set to NULL."""

    rows: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    nulled: list[tuple[str, int, str, int]] = field(default_factory=list)


def _children(table: Table) -> list[tuple[Table, Any]]:
    return [
        (child, fk)
        for child in Base.metadata.sorted_tables
        for fk in child.foreign_keys
        if fk.column.table is table
    ]


def _gather(session: Session, table: Table, ids: list[int], out: DeletedRows) -> None:
    if not ids:
        return
    seen = {values["id"] for name, values in out.rows if name == table.name}
    ids = [i for i in ids if i not in seen]  # a row reachable by two cascade paths, once
    if not ids:
        return
    rows = session.execute(select(table).where(table.c.id.in_(ids))).mappings().all()
    out.rows.extend((table.name, dict(r)) for r in rows)
    for child, fk in _children(table):
        col = fk.parent
        if fk.ondelete == "CASCADE":
            child_ids = list(session.scalars(select(child.c.id).where(col.in_(ids))))
            _gather(session, child, child_ids, out)
        elif fk.ondelete == "SET NULL":
            for row_id, ref in session.execute(select(child.c.id, col).where(col.in_(ids))):
                out.nulled.append((child.name, row_id, col.name, ref))


def gather_rows(session: Session, table: Table, obj_id: int) -> DeletedRows:
    """One row with everything that hangs off it, read and left in place (a snapshot)."""
    out = DeletedRows()
    _gather(session, table, [obj_id], out)
    return out


def delete_with_dependents(session: Session, table: Table, obj_id: int) -> DeletedRows:
    """Deletes one row; the database cascades. Returns what is needed to restore it all."""
    out = DeletedRows()
    _gather(session, table, [obj_id], out)
    session.execute(delete(table).where(table.c.id == obj_id))
    session.expire_all()
    return out


def restore_rows(session: Session, deleted: DeletedRows) -> None:
    tables = Base.metadata.tables
    order = {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}
    for name, values in sorted(deleted.rows, key=lambda r: order[r[0]]):
        session.execute(insert(tables[name]).values(**values))
    gone = {(name, values["id"]) for name, values in deleted.rows}
    for name, row_id, column, ref in deleted.nulled:
        if (name, row_id) in gone:
            continue  # restored above with its reference already in place
        table = tables[name]
        session.execute(update(table).where(table.c.id == row_id).values({column: ref}))
    session.expire_all()
