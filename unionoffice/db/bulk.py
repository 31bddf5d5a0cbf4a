"""Bulk inserts for imports and demo data: the DBAPI's executemany on SQLite, Core executemany elsewhere."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session


def bulk_insert(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Insert rows that all carry the same keys, inside the session's transaction.

    The ORM's bulk path is ~16x and Core ~2.5x slower than sqlite3's executemany (docs/architecture.md M4), which
    matters at 300,000 members; values are bound by the column types' own processors either way.
    """
    if not rows:
        return
    bind = session.get_bind()
    if bind.dialect.name != "sqlite":
        session.execute(insert(table), list(rows))
        return
    keys = list(rows[0].keys())
    columns = [table.c[k] for k in keys]
    processors = [c.type.bind_processor(bind.dialect) for c in columns]
    names = ", ".join(f'"{k}"' for k in keys)
    sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join("?" * len(keys))})'
    if any(processors):
        params = [tuple(p(r[k]) if p else r[k] for k, p in zip(keys, processors, strict=True)) for r in rows]
    else:
        params = [tuple(r[k] for k in keys) for r in rows]
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(sql, params)
    finally:
        cursor.close()
