"""Opening a database for use: drive and health checks, read-only on damage, schema upgrade with a copy aside."""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, OperationalError

from unionoffice import winapi
from unionoffice.db import file_locks, migrate
from unionoffice.db.engine import Database
from unionoffice.db.sqlite_tools import connect_read_only, schema_revisions, sweep_partial
from unionoffice.domain.common.errors import (
    DatabaseStateError,
    DatabaseUnavailableError,
    MissingDatabaseError,
    NotADatabaseError,
)
from unionoffice.services.core.locks import exclusive

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
CHECK_PENDING = "正在检查数据库文件是否完好，请稍候再保存。"
@dataclass
class HealthCheck:
    """The outcome of the start-up `quick_check`; `problems` is empty when the file is sound.

    `waiting` holds writes that must follow the check (the sign-in's audit row, see `when_checked`)."""

    done: threading.Event = field(default_factory=threading.Event)
    problems: list[str] = field(default_factory=list)
    started: bool = False
    waiting: list[Callable[[], None]] = field(default_factory=list)

    def wait(self, timeout: float | None = None) -> bool:
        return self.done.wait(timeout)

    @property
    def damaged(self) -> bool:
        return self.done.is_set() and bool(self.problems)


_checks: weakref.WeakKeyDictionary[Database, HealthCheck] = weakref.WeakKeyDictionary()
# Guards `started` and `waiting`: the check may finish on a worker while sign-in queues its audit row.
_lock = threading.Lock()


# Tests on Linux replace this to pretend to be on a network or removable drive.
drive_type = winapi.drive_type


def storage_refusal(path: Path) -> str | None:
    """Why SQLite must not write at `path` (network or removable drive), or None."""
    probe = path if path.exists() else path.parent
    kind = drive_type(probe)
    if kind == winapi.DRIVE_REMOTE:
        return (f"数据库位于网络驱动器（{probe.anchor or probe}）。SQLite 数据库经网络写入会损坏，已改为只读。"
                "请把数据库复制到本机硬盘，多人共用请改用 PostgreSQL 服务器。")
    if kind == winapi.DRIVE_REMOVABLE:
        return (f"数据库位于 U 盘或移动硬盘（{probe.anchor or probe}）。拔出或断电时数据会损坏，已改为只读。"
                "请把数据库复制到本机硬盘后再打开。")
    return None


def header_problems(path: Path) -> list[str]:
    """Cheap first look (a few bytes): is this an SQLite file at all?"""
    size = path.stat().st_size
    if size == 0:
        return []
    with open(path, "rb") as handle:
        head = handle.read(len(SQLITE_MAGIC))
    if head != SQLITE_MAGIC:
        return ["文件不是 SQLite 数据库（文件头不对）"]
    if size < 512:
        return [f"文件只有 {size} 字节，已被截断"]
    return []


def damaged_reason(problems: list[str]) -> str:
    return f"数据库文件已损坏（{problems[0]}），为保护数据已改为只读。请从备份恢复。"


def _finish(db: Database, check: HealthCheck, problems: list[str]) -> None:
    check.problems = problems
    if problems:
        log.error("quick_check of %s failed: %s", db.path, "; ".join(problems[:5]))
        db.read_only_reason = damaged_reason(problems)
    elif db.read_only_reason == CHECK_PENDING:
        db.read_only_reason = None
    check.done.set()
    with _lock:
        held, check.waiting = check.waiting, []
    for job in held:
        try:
            job()
        except Exception:  # one failed audit row must not stop the others, nor the check's caller
            log.exception("work held for the start-up check failed")


def run_health_check(db: Database) -> HealthCheck:
    """`PRAGMA quick_check` now (O(size): ~0.2 s per 150 MB warm); blocks writes if it fails."""
    from unionoffice.db.sqlite_tools import check as sqlite_check

    check = _checks.get(db) or HealthCheck()
    _checks[db] = check
    problems = sqlite_check(db.path) if db.is_sqlite and db.path is not None and db.path.exists() else []
    _finish(db, check, problems)
    return check


def run_deferred_check(db: Database) -> HealthCheck | None:
    """Run the quick check that `open_database(defer_check=True)` left pending, on the calling thread, then the
    writes held for it (`when_checked`). Once only: a check already done returns at once, one running on another
    thread is waited for. The GUI hands this to its task runner after the first paint; the command line never
    defers the check."""
    check = _checks.get(db)
    if check is None:
        return None
    with _lock:
        mine = not check.started and not check.done.is_set()
        check.started = True
    if not mine:
        check.wait()
        return check
    if db.read_only_reason is None:
        db.read_only_reason = CHECK_PENDING
    try:
        run_health_check(db)
    except Exception as exc:  # noqa: BLE001 - an unreadable file is a damaged file
        _finish(db, check, [str(exc)])
    return check


def when_checked(db: Database, job: Callable[[], None]) -> None:
    """Run `job` (a write) once the start-up check is done: now if it is (or there is none), otherwise right after
    the check, on the thread that runs it. Sign-in's audit row goes this way, so it never holds up the first
    paint and is never refused as "still checking"."""
    check = _checks.get(db)
    with _lock:
        if check is not None and not check.done.is_set():
            check.waiting.append(job)
            return
    job()


def health(db: Database) -> HealthCheck | None:
    return _checks.get(db)


def wait_for_health_check(db: Database) -> None:
    """Wait for the quick check, running it here if it was deferred and nobody started it yet."""
    run_deferred_check(db)


def read_only_location(path: Path) -> str | None:
    """Why a database file cannot be written where it lies (a read-only medium, share or folder), or None."""
    folder = path.parent
    if os.access(path, os.W_OK) and os.access(folder, os.W_OK):
        return None
    return (f"数据库位于只读位置（{folder}），只能查看，不能保存任何更改。要继续工作，请把数据库文件复制到本机"
            "可写的文件夹后再打开。")


def missing_message(path: Path) -> str:
    return (f"找不到数据库文件 {path}。请检查路径是否写对；要新建数据库，请用“unionoffice --db {path} init”"
            "（或在图形界面的首次启动对话框中新建）。")


def _not_unionoffice(path: Path, create: bool) -> None:
    """Refuse a SQLite file that is not ours; an empty one is treated like a missing file unless creating."""
    revisions = schema_revisions(path)
    if revisions is not None:
        return
    if _has_tables(path):
        raise NotADatabaseError(f"文件 {path} 是 SQLite 数据库，但不是 UnionOffice 的数据库（没有版本表）。"
                                "请检查 --db 路径。")
    if not create:
        raise MissingDatabaseError(f"文件 {path} 是空的，还不是 UnionOffice 数据库。" + missing_message(path)[
            len(f"找不到数据库文件 {path}。"):])


def _has_tables(path: Path) -> bool:
    conn = connect_read_only(path)
    try:
        return conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone() is not None
    except sqlite3.DatabaseError:
        return True
    finally:
        conn.close()


def _inspect_file(path: Path, create: bool) -> list[str]:
    """Refuse what is not a database (a folder, another kind of file, someone else's SQLite file) and a missing
    file unless creating; return the damage a truncated file shows (it opens read-only)."""
    if path.is_dir():
        raise NotADatabaseError(f"“{path}”是一个文件夹，不是数据库文件。--db 要写出数据库文件本身，"
                                f"如 {path / 'unionoffice.db'}")
    if not path.exists():
        if not create:
            raise MissingDatabaseError(missing_message(path))
        if not path.parent.is_dir():
            raise MissingDatabaseError(f"文件夹 {path.parent} 不存在，无法在那里新建数据库。")
        return []
    if path.stat().st_size == 0:
        if not create:
            raise MissingDatabaseError(f"文件 {path} 是空的（0 字节），还不是数据库。" + missing_message(path)[
                len(f"找不到数据库文件 {path}。"):])
        return []
    problems = header_problems(path)
    if problems and problems[0].startswith("文件不是"):
        raise NotADatabaseError(f"文件 {path} 不是数据库文件（开头不是 SQLite 数据库的文件头），请检查 --db 路径。")
    if not problems:
        _not_unionoffice(path, create)
    return problems


def _sweep_leftovers(path: Path) -> None:
    """Part files of copies whose writer died (a full disk, a kill during backup or restore) only hold the disk
    full: the backup folder's, and the database's own beside it (a restore writes one there)."""
    removed = sweep_partial(path.parent / "backups") + sweep_partial(path.parent, prefix=path.name)
    for leftover in removed:
        log.info("removed the unfinished copy %s", leftover)


def _connect_failure(db: Database, exc: OperationalError) -> DatabaseUnavailableError:
    """A server that does not answer, in one line without the statement or its parameters."""
    url = make_url(db.url)
    reason = str(exc.orig).strip().splitlines()[0] if exc.orig is not None else "无法连接"
    return DatabaseUnavailableError(f"无法连接数据库服务器 {url.host or 'localhost'}:{url.port or 5432}"
                                    f"（{reason[:200]}）。请确认数据库服务已启动，地址、端口和用户名正确。")


def _upgrade(db: Database, program: str) -> None:
    """Migrate under the instance lock: never while another program has the database open (issue: a migration
    restructures the file; docs/reliability.md B3)."""
    with exclusive(db, f"{program}：升级数据库结构", "数据库需要升级到本程序的版本"):
        migrate.upgrade(db)


def _open_server(db: Database, upgrade: bool, program: str) -> Database:
    try:
        pending = upgrade and migrate.needs_upgrade(db)
    except OperationalError as exc:
        db.dispose()
        raise _connect_failure(db, exc) from None
    if pending:
        _upgrade(db, program)
    if upgrade:
        _sign_legacy_trail(db)
    return db


def open_database(url: str, *, upgrade: bool = True, defer_check: bool = False, create: bool = False,
                  program: str = "命令行") -> Database:
    """Open, check and (if needed) upgrade a database.

    Creating one is explicit (`create`: init, demo, the GUI's first start): a missing or empty file is otherwise
    refused, as are a folder and a file that is not a UnionOffice database. A SQLite file on a network or
    removable drive or a read-only medium, or one that fails the header or quick check, is opened read-only
    (`db.read_only_reason` says why) and never migrated.

    The whole-file quick check runs only where it pays (issue 12 item 20): after an unclean end of an earlier
    process (an open marker left behind, file_locks.py), after a restore (backups.py), on `unionoffice check`,
    and — deferred to after the first paint with `defer_check` — at every GUI start.
    """
    db = Database(url)
    if not db.is_sqlite or db.path is None:
        return _open_server(db, upgrade, program)
    path = db.path
    problems = _inspect_file(path, create)
    refusal = storage_refusal(path)
    if refusal is not None:
        if not path.exists():
            raise DatabaseStateError(refusal)
        db.read_only_reason = refusal
        return db
    if path.exists():
        read_only = read_only_location(path)
        if read_only is not None:
            db = Database(url, read_only=True)
            db.read_only_reason = read_only
            return db
        if problems:
            _finish(db, _checks.setdefault(db, HealthCheck()), problems)
            return db
        try:
            pending = upgrade and migrate.needs_upgrade(db)
        except DatabaseError as exc:
            _finish(db, _checks.setdefault(db, HealthCheck()), [str(exc.orig)])
            return db
        if not _check_when_it_pays(db, path, pending=pending, defer_check=defer_check):
            return db
    _bring_up_to_date(db, upgrade, program)
    db.open_marker = file_locks.mark_open(path, program)
    return db


def _check_when_it_pays(db: Database, path: Path, *, pending: bool, defer_check: bool) -> bool:
    """The whole-file quick check after an unclean end or before a migration; deferred (the GUI, after its first
    paint) otherwise. False when the file failed it (then it stays read-only)."""
    unclean = file_locks.unclean_ends(path)
    _sweep_leftovers(path)
    if defer_check and not pending:
        # The GUI runs the check after its first paint (run_deferred_check): the quick check reads the
        # whole file (0.4 s warm, 1.6 s cold at 300,000 members) and would otherwise compete with start-up.
        _checks[db] = HealthCheck()
        db.read_only_reason = db.read_only_reason or CHECK_PENDING
        file_locks.clear_markers(unclean)
        when_checked(db, lambda: _sign_legacy_trail(db))
    elif unclean or pending:
        log.info("checking %s: %s", path, "an earlier process ended uncleanly" if unclean else "before migrating")
        if run_health_check(db).problems:
            return False
        file_locks.clear_markers(unclean)
    return True


def _bring_up_to_date(db: Database, upgrade: bool, program: str) -> None:
    if upgrade and migrate.needs_upgrade(db):
        _upgrade(db, program)
    if upgrade and db.read_only_reason != CHECK_PENDING:
        _sign_legacy_trail(db)


def _sign_legacy_trail(db: Database) -> None:
    """A trail that ends in entries from before signed entries (migration 0009) gets its signed link now."""
    from unionoffice.services.core.audit import seal_legacy_trail

    try:
        seal_legacy_trail(db)
    except DatabaseError:  # a trail that cannot be read is reported by `audit verify`, not here
        log.exception("could not sign the legacy audit trail of %s", db.url)
