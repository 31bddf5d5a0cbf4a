"""Opening a database: SQLite pragmas, explicit transactions, read and write sessions."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, String, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from unionoffice.domain.common.errors import DatabaseStateError, ValidationError
from unionoffice.fileutil import create_private

BUSY_TIMEOUT_MS = 5000
_WRITE = "unionoffice_write"


def resolve_url(db: str | os.PathLike[str] | None) -> str:
    """A path (or None for the default file in the data folder) becomes a `sqlite:///` URL; URLs pass through."""
    if db is None:
        db = os.environ.get("UNIONOFFICE_DB") or None
    if db is None:
        from unionoffice.paths import default_database_path

        db = default_database_path()
    text = os.fspath(db)
    if "://" in text:
        return text
    return "sqlite:///" + str(Path(text).expanduser().resolve())


def _configure_sqlite(engine: Engine, path: Path | None) -> None:
    @event.listens_for(engine, "do_connect")
    def _create_privately(_dialect: Any, _record: Any, _cargs: Any, _cparams: Any) -> None:
        # SQLite would create a missing file with the process's default mode (0644: every user of the PC may read
        # it); it opens an empty one as a new database, and gives its -wal and -shm files the same mode.
        if path is not None and path.name != ":memory:" and not path.exists() and path.parent.is_dir():
            with contextlib.suppress(FileExistsError):
                create_private(path)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite's own transaction handling autocommits DDL and breaks SAVEPOINT: switch it off and
        # emit BEGIN ourselves. PRAGMA foreign_keys only takes effect outside a transaction.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
        if mode != "wal":
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the write lock up front, so two writers queue on busy_timeout instead of
        # failing with "database is locked" when a read transaction tries to upgrade.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE) else "BEGIN")


def _check_lengths(session: Session, _context: Any, _instances: Any) -> None:
    """The last bound before the database: PostgreSQL raises on a value longer than its column (SQLite stores it),
    with the row's values in the error. Services check their fields with proper labels first; this catches any
    field they missed, as a typed error naming the table and column (docs/reliability.md §1b)."""
    for obj in (*session.new, *session.dirty):
        mapper = inspect(obj).mapper
        for attr in mapper.column_attrs:
            column = attr.columns[0]
            length = getattr(column.type, "length", None) if isinstance(column.type, String) else None
            value = getattr(obj, attr.key, None)
            if length is not None and isinstance(value, str) and len(value) > length:
                raise ValidationError(f"不能超过 {length} 个字符（现有 {len(value)} 个）",
                                      field=f"{mapper.local_table.name}.{column.name}", key=attr.key)


class Database:
    """One database: a pooled engine plus read and write session factories."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        parsed = make_url(url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        self.path: Path | None = Path(parsed.database) if self.is_sqlite and parsed.database else None
        # No error message or log line may carry row values (ID numbers in the parameters): docs/reliability.md §1b.
        kwargs: dict[str, Any] = {"echo": echo, "hide_parameters": True}
        if self.is_sqlite:
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}
        self.engine = create_engine(url, **kwargs)
        if self.is_sqlite:
            _configure_sqlite(self.engine, self.path)
        self._write_engine = self.engine.execution_options(**{_WRITE: True})
        self._read = sessionmaker(bind=self.engine, expire_on_commit=False)
        self._write = sessionmaker(bind=self._write_engine, expire_on_commit=False)
        event.listen(self._write, "before_flush", _check_lengths)
        self.read_only_reason: str | None = None

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self._read()
        try:
            yield session
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def write(self, *, despite: str | None = None) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back entirely on any exception.

        `despite` names the one read-only reason this write may ignore: the sign-in's failure counter is written
        while the start-up check is still pending (docs/reliability.md §1b "Count before you check")."""
        if self.read_only_reason and self.read_only_reason != despite:
            raise DatabaseStateError(f"数据库当前只读，不能保存：{self.read_only_reason}")
        session = self._write()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def checkpoint(self) -> None:
        """After a bulk write: fold the write-ahead log back into the file, so the next start reads a small WAL."""
        if not self.is_sqlite:
            return
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")

    def dispose(self) -> None:
        self.engine.dispose()
