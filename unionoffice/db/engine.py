"""Opening a database: SQLite pragmas, explicit transactions, read and write sessions."""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, String, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import NoSuchModuleError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from unionoffice.domain.common.errors import (
    DatabaseBusyError,
    DatabaseStateError,
    DatabaseUnavailableError,
    StaleRecordError,
    ValidationError,
)
from unionoffice.fileutil import create_private

BUSY_TIMEOUT_MS = 5000
_WRITE = "unionoffice_write"


def resolve_url(db: str | os.PathLike[str] | None) -> str:
    """A path (or None for the default file in the data folder) becomes a `sqlite:///` URL; URLs pass through.

    `postgresql://` names the driver the `postgres` extra installs (psycopg 3): SQLAlchemy 2.0 would otherwise
    look for psycopg2, which the program does not ship."""
    if db is None:
        db = os.environ.get("UNIONOFFICE_DB") or None
    if db is None:
        from unionoffice.paths import default_database_path

        db = default_database_path()
    text = os.fspath(db)
    if "://" in text:
        return driver_url(text)
    return "sqlite:///" + str(Path(text).expanduser().resolve())


def driver_url(url: str) -> str:
    """`postgresql://` (and `postgres://`) with the driver spelt out: psycopg 3, which the `postgres` extra installs."""
    for plain in ("postgresql://", "postgres://"):
        if url.startswith(plain):
            return "postgresql+psycopg://" + url[len(plain):]
    return url


def is_locked_error(exc: BaseException) -> bool:
    """SQLite's "database is locked" (another writer held on past the busy timeout)."""
    return isinstance(exc, OperationalError) and "locked" in str(getattr(exc, "orig", exc))


def busy_error(db: Database) -> DatabaseBusyError:
    from unionoffice.db.file_locks import who_has_it

    who = who_has_it(db.path, db.url)
    detail = f"{who}" if who else f"另一个程序正在写入，等了 {BUSY_TIMEOUT_MS / 1000:g} 秒仍未结束"
    return DatabaseBusyError(f"数据库正忙：{detail}。请等它完成后再试，本次未做任何更改。")


def _configure_sqlite(engine: Engine, path: Path | None, read_only: bool) -> None:
    @event.listens_for(engine, "do_connect")
    def _create_privately(_dialect: Any, _record: Any, _cargs: Any, _cparams: Any) -> None:
        # SQLite would create a missing file with the process's default mode (0644: every user of the PC may read
        # it); it opens an empty one as a new database, and gives its -wal and -shm files the same mode.
        new_file = path is not None and path.name != ":memory:" and not path.exists() and path.parent.is_dir()
        if new_file and not read_only and path is not None:
            # Where the file cannot be made at all, SQLite's own connect fails next and is reported in its words.
            with contextlib.suppress(OSError):
                create_private(path)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite's own transaction handling autocommits DDL and breaks SAVEPOINT: switch it off and
        # emit BEGIN ourselves. PRAGMA foreign_keys only takes effect outside a transaction.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        mode = cursor.execute("PRAGMA journal_mode").fetchone()[0]
        if mode != "wal" and not read_only:
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the write lock up front, so two writers queue on busy_timeout instead of
        # failing with "database is locked" when a read transaction tries to upgrade.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE) else "BEGIN")


def _read_only_url(path: Path) -> str:
    """Open a file on a read-only medium: `mode=ro`, and `immutable` when not even SQLite's shared-memory file
    can be made beside it (then SQLite takes no locks, which is safe only because nothing can write there)."""
    immutable = "" if os.access(path.parent, os.W_OK) else "&immutable=1"
    return f"sqlite:///file:{path.as_posix()}?mode=ro{immutable}&uri=true"


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


_STALE_TABLE = re.compile(r"table '([a-z_]+)'")


def stale_record_error(exc: StaleDataError) -> StaleRecordError:
    """A versioned row (`version_id_col`) that another session saved first: the save is refused, naming the record's
    table; services that know the fields refuse earlier with both values side by side (docs/server-mode.md)."""
    found = _STALE_TABLE.search(str(exc))
    table = found.group(1) if found else ""
    what = f"（{TABLE_LABELS.get(table, table)}）" if table else ""
    return StaleRecordError(f"这条记录{what}已被他人修改，本次未保存。请重新打开，看过对方的修改后再保存。")


# The records a clerk edits, by table, for the generic "已被他人修改" message.
TABLE_LABELS = {
    "member": "会员", "organisation": "基层工会", "app_user": "用户", "setting": "设置",
    "aid_standard": "救助标准", "aid_hardship_file": "困难职工档案", "aid_household_member": "家庭成员",
    "aid_programme": "帮扶项目", "aid_tier": "救助档次", "aid_rule": "审核规则", "aid_quota": "名额",
    "aid_application": "帮扶申请", "aid_recuperation_batch": "疗休养批次", "aid_recuperation_nomination": "疗休养人选",
    "aid_loan": "贴息贷款", "competition": "竞赛", "competition_event": "赛项", "competition_stage": "赛段",
    "competition_prize_band": "奖项设置", "competition_referee": "裁判", "competition_entry": "参赛报名",
    "competition_result": "成绩", "labour_competition": "劳动竞赛", "labour_competition_enterprise": "参赛企业",
    "document_template": "文书模板", "honour_list": "荣誉名单", "honour": "荣誉", "training_academy": "工匠学院",
    "training_class": "培训班", "training_module": "课程模块", "training_session": "课次",
    "training_enrolment": "报名", "training_attendance": "考勤",
}


class Database:
    """One database: a pooled engine plus read and write session factories.

    `read_only` opens a SQLite file that cannot be written where it lies (a read-only medium); `read_only_reason`
    then says so and every write is refused with it."""

    def __init__(self, url: str, *, echo: bool = False, read_only: bool = False) -> None:
        url = driver_url(url)
        self.url = url
        try:
            parsed = make_url(url)
        except Exception as exc:  # noqa: BLE001 - SQLAlchemy's ArgumentError for any unparsable URL
            raise DatabaseUnavailableError(f"数据库地址“{url[:80]}”无法识别：{exc}") from None
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        self.path: Path | None = Path(parsed.database) if self.is_sqlite and parsed.database else None
        self.opened_read_only = read_only and self.path is not None
        # No error message or log line may carry row values (ID numbers in the parameters): docs/reliability.md §1b.
        kwargs: dict[str, Any] = {"echo": echo, "hide_parameters": True}
        if self.is_sqlite:
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}
        try:
            self.engine = create_engine(_read_only_url(self.path) if self.opened_read_only and self.path else url,
                                        **kwargs)
        except (NoSuchModuleError, ImportError) as exc:
            raise DatabaseUnavailableError(
                f"连接 {parsed.get_backend_name()} 数据库所需的组件没有安装（{exc}）。PostgreSQL 请安装："
                'pip install "unionoffice[postgres]"') from None
        self.open_marker: Path | None = None
        if self.is_sqlite:
            _configure_sqlite(self.engine, self.path, self.opened_read_only)
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
        except OperationalError as exc:
            if is_locked_error(exc):  # a restore copying into the file holds it exclusively
                raise busy_error(self) from exc
            raise
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def write(self, *, despite: str | None = None) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back entirely on any exception. A writer that
        still holds the database after the busy timeout ends in `DatabaseBusyError`, naming it when known.

        `despite` names the one read-only reason this write may ignore: the sign-in's failure counter is written
        while the start-up check is still pending (docs/reliability.md §1b "Count before you check")."""
        if self.read_only_reason and self.read_only_reason != despite:
            raise DatabaseStateError(f"数据库当前只读，不能保存：{self.read_only_reason}")
        session = self._write()
        try:
            yield session
            session.commit()
        except StaleDataError as exc:
            session.rollback()
            raise stale_record_error(exc) from exc
        except OperationalError as exc:
            session.rollback()
            if is_locked_error(exc):
                raise busy_error(self) from exc
            raise
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
        """Close the pooled connections (a restore does this mid-session; the next use reconnects)."""
        self.engine.dispose()

    def close(self) -> None:
        """The end of this program's work on the database: connections closed and the open marker removed, so
        the next start knows this one ended cleanly (file_locks.py)."""
        self.engine.dispose()
        if self.open_marker is not None and self.path is not None:
            from unionoffice.db.file_locks import mark_closed

            mark_closed(self.path)
            self.open_marker = None
