"""Putting a backup where a database that cannot be opened should be (missing, or not a database at all).

The start-up dialog offers it (ui/shell/database_problem.py). Like the emergency restore
(`backups.restore_without_sign_in`), no permission can be checked — there is no database to sign in to — and
whoever sits at this PC could copy the file by hand anyway; here the backup is verified first, whatever lay at the
path is kept aside, the copy goes through SQLite's backup API, and the restored database records what happened.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from unionoffice.db import file_locks
from unionoffice.db.sqlite_tools import copy_failure, online_copy
from unionoffice.domain.common.errors import DatabaseBusyError, DatabaseStateError
from unionoffice.services.core import audit
from unionoffice.services.core.backups import verify_backup
from unionoffice.services.core.context import SYSTEM

log = logging.getLogger(__name__)


def _os_user() -> str:
    return file_locks.user_name() or "（未知）"


def _keep_aside(target: Path) -> Path | None:
    if not target.exists():
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = target.with_name(f"{target.stem}-replaced-{stamp}{target.suffix}")
    for suffix in ("", "-wal", "-shm"):
        side = target.with_name(target.name + suffix)
        if side.exists():
            side.replace(aside.with_name(aside.name + suffix))
    return aside


def restore_to_path(target: Path, backup: Path, reason: str) -> Path | None:
    """Verify `backup` and make it the database at `target`; returns where the old file was kept (or None).
    `reason` (why the database could not be opened) goes into the restored database's audit trail."""
    problems = verify_backup(backup)
    if problems:
        raise DatabaseStateError(f"备份文件 {backup.name} 不能用于恢复：{'；'.join(problems[:3])}")
    lock = file_locks.InstanceLock.for_path(file_locks.lock_path_for(target, ""))
    try:
        taken = lock.acquire("从备份恢复数据库")
    except OSError as exc:
        raise DatabaseStateError(f"无法在 {target.parent} 恢复：{exc.strerror or exc}") from exc
    if not taken:
        holder = lock.holder()
        who = holder.describe() if holder is not None else "另一个 UnionOffice"
        raise DatabaseBusyError(f"要从备份恢复数据库，但{who}正在使用它。请先关闭它再试。")
    try:
        aside = _keep_aside(target)
        try:
            online_copy(backup, target)
        except Exception as exc:  # the old file goes back where it was
            if aside is not None and not target.exists():
                aside.replace(target)
            raise DatabaseStateError(f"从备份恢复失败：{copy_failure(exc)}。原来的文件没有改动。") from exc
        _record(target, backup, reason, aside)
    finally:
        lock.release()
    log.info("restored %s from %s at start-up (old file kept as %s)", target, backup, aside)
    return aside


def _record(target: Path, backup: Path, reason: str, aside: Path | None) -> None:
    from unionoffice.services.core.startup import open_database

    db = open_database(f"sqlite:///{target}")
    try:
        kept = f"；原来的文件另存为 {aside.name}" if aside is not None else ""
        summary = f"启动时无法打开数据库（{reason[:200]}），操作系统用户 {_os_user()} 从备份 {backup.name} 恢复{kept}"
        with db.write() as session:
            audit.record(session, SYSTEM, "restore_backup", summary, entity="database",
                         changes={"os_user": (None, _os_user())})
    finally:
        db.close()
