"""The instance lock for work that replaces or restructures the database: restore, migration, purge.

The GUI holds the lock for its whole session (ui/shell/single_instance.py); these operations take the same lock,
from the GUI (where it is already this process's) or the command line, and refuse with the holder's name while
another program holds it (issue 12 item 18; the lock itself is db/file_locks.py, below the GUI, so the command
line needs no Qt). While they work, an activity note names them to anyone who finds the database locked.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from unionoffice.db import file_locks
from unionoffice.db.engine import Database
from unionoffice.domain.common.errors import DatabaseBusyError, DatabaseStateError


def instance_lock(db: Database) -> file_locks.InstanceLock:
    return file_locks.InstanceLock.for_path(file_locks.lock_path_for(db.path, db.url))


@contextmanager
def exclusive(db: Database, doing: str, purpose: str) -> Iterator[None]:
    """Hold the instance lock while the block runs; `doing` names the work ("从备份恢复") for others, `purpose`
    opens the refusal ("要从备份恢复")."""
    lock = instance_lock(db)
    try:
        taken = lock.acquire(doing)
    except OSError as exc:
        raise DatabaseStateError(f"{purpose}，但无法在 {lock.path.parent} 建立锁文件：{exc.strerror or exc}") from exc
    if not taken:
        holder = lock.holder()
        who = holder.describe() if holder is not None else "另一个 UnionOffice"
        raise DatabaseBusyError(f"{purpose}，但{who}正在使用这个数据库。请先关闭它再试，本次未做任何更改。")
    try:
        with file_locks.activity(db.path, doing):
            yield
    finally:
        lock.release()
