"""Bulk inserts for imports and demo data: the DBAPI's executemany on SQLite, Core executemany elsewhere."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from operator import itemgetter
from typing import Any

from sqlalchemy import Integer, Table, insert, text
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
        if bind.dialect.name == "postgresql":
            reset_sequences(session, table, rows[0].keys())
        return
    keys = list(rows[0].keys())
    names = ", ".join(f'"{k}"' for k in keys)
    sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({", ".join("?" * len(keys))})'
    params = _parameters(rows, keys, [table.c[k].type.bind_processor(bind.dialect) for k in keys])
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(sql, params)
    finally:
        cursor.close()


def _parameters(rows: Sequence[Mapping[str, Any]], keys: list[str], processors: list[Any]) -> list[Sequence[Any]]:
    """Each row's values in `keys` order, through the columns' bind processors where a column has one: the values
    taken out by one C-level getter per row and only the few processed columns touched in Python (at 300,000
    members this was a generator per row over every column)."""
    values_of = itemgetter(*keys)
    if len(keys) == 1:
        return [(values_of(r),) for r in rows]
    converted = [(i, p) for i, p in enumerate(processors) if p is not None]
    if not converted:
        return [values_of(r) for r in rows]
    params: list[Sequence[Any]] = []
    for row in rows:
        values = list(values_of(row))
        for i, process in converted:
            values[i] = process(values[i])
        params.append(values)
    return params


def bulk_update(session: Session, table: Table, key: str, rows: Sequence[Mapping[str, Any]],
                increment: str | None = None) -> None:
    """`UPDATE table SET … WHERE key = ?` for rows that all carry the same keys (the key among them), inside the
    session's transaction; `increment` names an integer column raised by one (a version). The DBAPI's executemany
    on SQLite (Core costs ~2.5× as much, docs/architecture.md M4), Core executemany elsewhere."""
    from sqlalchemy import bindparam, update

    if not rows:
        return
    names = [k for k in rows[0] if k != key]
    bind = session.get_bind()
    if bind.dialect.name != "sqlite":
        values: dict[str, Any] = {k: bindparam(f"v_{k}") for k in names}
        if increment:
            values[increment] = table.c[increment] + 1
        stmt = update(table).where(table.c[key] == bindparam("v__key")).values(values)
        session.execute(stmt, [{"v__key": r[key], **{f"v_{k}": r[k] for k in names}} for r in rows])
        return
    processors = [table.c[k].type.bind_processor(bind.dialect) for k in names]
    sets = ", ".join([f'"{k}" = ?' for k in names] + ([f'"{increment}" = "{increment}" + 1'] if increment else []))
    sql = f'UPDATE "{table.name}" SET {sets} WHERE "{key}" = ?'
    params = [(*(p(r[k]) if p else r[k] for k, p in zip(names, processors, strict=True)), r[key]) for r in rows]
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        cursor.executemany(sql, params)
    finally:
        cursor.close()


@contextmanager
def indexes_deferred(session: Session, tables: Sequence[Table]) -> Iterator[None]:
    """Bulk-load empty tables without their secondary indexes, then build each index once, all in the session's
    transaction (SQLite's DDL is transactional: a failure or a kill leaves the indexes as they were).

    Every row written into an indexed table lands at a random place in each of its indexes (ID numbers, phones,
    names, pinyin), and at 300,000 members those pages no longer fit SQLite's page cache: each insert then reads and
    rewrites index pages through the write-ahead log. Building an index after the load sorts its keys once instead.
    Tables that already hold rows keep their indexes (rebuilding would cost more than it saves), and so does every
    UNIQUE or PRIMARY KEY constraint, which SQLite keeps as part of the table: duplicates are still refused as
    they are written. SQLite only; other databases load with their indexes in place."""
    if session.get_bind().dialect.name != "sqlite":
        yield
        return
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        deferred: list[tuple[str, str]] = []
        for table in tables:
            if cursor.execute(f'SELECT 1 FROM "{table.name}" LIMIT 1').fetchone():
                continue
            # `sql` is NULL for the automatic indexes behind UNIQUE and PRIMARY KEY constraints: those stay.
            deferred += cursor.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                       "AND sql IS NOT NULL ORDER BY name", (table.name,)).fetchall()
        for name, _sql in deferred:
            cursor.execute(f'DROP INDEX "{name}"')
        yield
        for _name, sql in deferred:  # the very statements that made them: the schema ends as it began
            cursor.execute(sql)
    finally:
        cursor.close()


def reset_sequences(session: Session, table: Table, keys: Iterable[str]) -> None:
    """After rows were inserted with explicit ids (demo data, an import on SQLite's pattern), move the table's id
    sequence past them on PostgreSQL: otherwise the next ordinary insert takes id 1 and fails as a duplicate."""
    given = set(keys)
    for column in table.primary_key.columns:
        if column.name in given and isinstance(column.type, Integer):
            session.execute(text(f'SELECT setval(pg_get_serial_sequence(:table, :column), '
                                 f'(SELECT MAX("{column.name}") FROM "{table.name}"))'),
                            {"table": table.name, "column": column.name})
