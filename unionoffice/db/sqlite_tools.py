"""SQLite file helpers: consistent online copies, integrity checks, schema version read without Alembic."""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from unionoffice.fileutil import fresh_private, fsync_dir, private_folder

PART_SUFFIXES = ("", "-journal", "-wal", "-shm")
PART_NAME = re.compile(r"^(?P<final>.+)\.(?P<pid>\d+)\.part(?:-journal|-wal|-shm)?$")
STALE_UNNAMED_PART_S = 3600  # a `.part` without a process id (older versions) is stale after an hour


def part_path(target: Path) -> Path:
    """Where a copy is written before it is renamed into place; the process id tells a live writer from a dead one."""
    return target.with_name(f"{target.name}.{os.getpid()}.part")


def remove_partial(partial: Path) -> None:
    """Remove a part file and the journal files SQLite may have made beside it."""
    for suffix in PART_SUFFIXES:
        with suppress(OSError):
            partial.with_name(partial.name + suffix).unlink(missing_ok=True)


COPY_STEP_PAGES = 2048  # pages copied between progress reports (8 MB at 4 KB a page)
CHECK_TICK = 100_000  # SQLite virtual-machine steps between progress calls of a check


def online_copy(source: Path, target: Path, *, finish: Callable[[sqlite3.Connection], None] | None = None,
                pages_done: Callable[[int, int], None] | None = None) -> None:
    """Copy a live database with SQLite's backup API (never a file copy), then fsync the result. The copy is the
    owner's only from its first byte (its journal takes the same mode), and keeps that through the rename.
    `finish` may write into the copy before it gets its final name (a backup's audit anchor); `pages_done(done,
    total)` hears of every step of `COPY_STEP_PAGES` pages (and may raise to stop the copy). A copy that fails
    (a full disk, a kill) leaves no part file behind: removed here on failure, swept at the next start otherwise."""
    private_folder(target.parent)
    partial = part_path(target)
    remove_partial(partial)
    remove_sidecars(target)  # a killed earlier copy's journal would be replayed into the new file
    try:
        fresh_private(partial)
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                if pages_done is None:
                    src.backup(dst)
                else:
                    src.backup(dst, pages=COPY_STEP_PAGES, sleep=0,
                               progress=lambda _status, remaining, total: pages_done(total - remaining, total))
                dst.execute("PRAGMA journal_mode=DELETE")
                if finish is not None:
                    finish(dst)
            finally:
                dst.close()
        finally:
            src.close()
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except BaseException:
        remove_partial(partial)
        raise
    fsync_dir(target.parent)


SIDECARS = ("-journal", "-wal", "-shm")


def remove_sidecars(path: Path) -> None:
    """Delete the journal, WAL and shared-memory files beside `path`. SQLite replays a journal or WAL it finds beside
    a database into it: one left by a killed process must not meet a new file of the same name."""
    for suffix in SIDECARS:
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def sweep_partial(folder: Path, prefix: str = "") -> list[Path]:
    """Remove our part files (of databases, `*.db.<pid>.part`, beginning with `prefix`) whose writer is gone —
    killed, or the power failed: they only hold the disk full. Other programs' `.part` files are left alone."""
    from unionoffice.db.file_locks import process_alive

    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    now = time.time()
    for path in folder.glob(f"{prefix}*.part*"):
        match = PART_NAME.match(path.name)
        if match is not None and match["final"].endswith(".db"):
            stale = not process_alive(int(match["pid"]))
        elif path.name.endswith((".db.part", ".db.part-journal")):
            stale = now - path.stat().st_mtime > STALE_UNNAMED_PART_S
        else:
            continue
        if stale:
            with suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def copy_failure(exc: BaseException) -> str:
    """Why a copy failed, in the clerk's words (a full disk is the usual reason)."""
    from unionoffice.fileutil import os_reason

    if isinstance(exc, OSError):
        return os_reason(exc)
    text = str(exc)
    if "full" in text:
        return "磁盘空间不足"
    if "readonly" in text or "read-only" in text:
        return "所在位置只读"
    if "unable to open" in text:
        return "无法在那里建立文件（文件夹不存在、只读或没有权限）"
    return text


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection; `immutable` where not even the shared-memory file can be made (a read-only medium),
    which is safe there only because nothing can write to it."""
    immutable = "" if os.access(path.parent, os.W_OK) else "&immutable=1"
    return sqlite3.connect(f"file:{path}?mode=ro{immutable}", uri=True)


def page_count(path: Path) -> int:
    """Pages in a database file (0 when SQLite cannot read it: the check that follows says why)."""
    try:
        conn = connect_read_only(path)
        try:
            return int(conn.execute("PRAGMA page_count").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return 0


def check(path: Path, *, quick: bool = True, tick: Callable[[], None] | None = None) -> list[str]:
    """Problems reported by `quick_check`/`integrity_check` and `foreign_key_check`; empty when healthy. `tick()` is
    called every `CHECK_TICK` steps of SQLite's machine (a check reports no total: the caller estimates one)."""
    conn = connect_read_only(path)
    stopped: list[BaseException] = []  # what `tick` raised (a cancel): the check is interrupted, the reason re-raised
    if tick is not None:
        def ticked() -> int:
            try:
                tick()
            except BaseException as exc:  # noqa: BLE001 - carried out of SQLite and raised again below
                stopped.append(exc)
                return 1
            return 0

        conn.set_progress_handler(ticked, CHECK_TICK)
    try:
        pragma = "quick_check" if quick else "integrity_check"
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
        problems = [] if rows == ["ok"] else rows
        if not quick:
            problems += [f"外键错误：{r}" for r in conn.execute("PRAGMA foreign_key_check").fetchall()]
        return problems
    except sqlite3.DatabaseError as exc:
        if stopped:
            raise stopped[0] from None
        return [str(exc)]
    finally:
        conn.close()


def schema_revisions(path: Path) -> set[str] | None:
    """The Alembic revisions recorded in a SQLite file, or None when it has no `alembic_version` table."""
    conn = connect_read_only(path)
    try:
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.OperationalError:
        return None
    finally:
        conn.close()
    return {r[0] for r in rows}
