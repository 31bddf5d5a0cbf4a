"""Opening a database for use: drive and health checks, read-only on damage, schema upgrade with a copy aside."""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import DatabaseError

from unionoffice import winapi
from unionoffice.db import migrate
from unionoffice.db.engine import Database
from unionoffice.domain.common.errors import DatabaseStateError

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


def open_database(url: str, *, upgrade: bool = True, defer_check: bool = False) -> Database:
    """Open, check and (if needed) upgrade a database.

    A SQLite file on a network or removable drive, or one that fails the header or quick check, is opened
    read-only (`db.read_only_reason` says why) and never migrated. With `defer_check` the quick check is left for
    `run_deferred_check` (the GUI's start-up budget), writes blocked until it passes; a pending migration forces it
    to run first.
    """
    db = Database(url)
    if not db.is_sqlite or db.path is None:
        return _open_server(db, upgrade)
    refusal = storage_refusal(db.path)
    if refusal is not None:
        if not db.path.exists():
            raise DatabaseStateError(refusal)
        db.read_only_reason = refusal
        return db
    if db.path.exists():
        problems = header_problems(db.path)
        if problems:
            _finish(db, _checks.setdefault(db, HealthCheck()), problems)
            return db
        try:
            pending = upgrade and migrate.needs_upgrade(db)
        except DatabaseError as exc:
            _finish(db, _checks.setdefault(db, HealthCheck()), [str(exc.orig)])
            return db
        if defer_check and not pending:
            # The GUI runs the check after its first paint (run_deferred_check): the quick check reads the
            # whole file (0.4 s warm, 1.6 s cold at 300,000 members) and would otherwise compete with start-up.
            _checks[db] = HealthCheck()
            db.read_only_reason = db.read_only_reason or CHECK_PENDING
            when_checked(db, lambda: _sign_legacy_trail(db))
            return db
        if run_health_check(db).problems:
            return db
    if upgrade and migrate.needs_upgrade(db):
        migrate.upgrade(db)
    if upgrade:
        _sign_legacy_trail(db)
    return db


def _open_server(db: Database, upgrade: bool) -> Database:
    if upgrade and migrate.needs_upgrade(db):
        migrate.upgrade(db)
    if upgrade:
        _sign_legacy_trail(db)
    return db


def _sign_legacy_trail(db: Database) -> None:
    """A trail that ends in entries from before signed entries (migration 0009) gets its signed link now."""
    from unionoffice.services.core.audit import seal_legacy_trail

    try:
        seal_legacy_trail(db)
    except DatabaseError:  # a trail that cannot be read is reported by `audit verify`, not here
        log.exception("could not sign the legacy audit trail of %s", db.url)
