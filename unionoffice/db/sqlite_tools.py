"""SQLite file helpers: consistent online copies, integrity checks, schema version read without Alembic."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from unionoffice.fileutil import fresh_private, fsync_dir, private_folder


def online_copy(source: Path, target: Path, *, finish: Callable[[sqlite3.Connection], None] | None = None) -> None:
    """Copy a live database with SQLite's backup API (never a file copy), then fsync the result. The copy is the
    owner's only from its first byte (its journal takes the same mode), and keeps that through the rename.
    `finish` may write into the copy before it gets its final name (a backup's audit anchor)."""
    private_folder(target.parent)
    partial = target.with_name(target.name + ".part")
    for stale in (partial, target):  # a killed earlier copy's journal would be replayed into the new file
        remove_sidecars(stale)
    fresh_private(partial)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(partial)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
        if finish is not None:
            finish(dst)
    finally:
        dst.close()
        src.close()
    with open(partial, "rb+") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, target)
    fsync_dir(target.parent)


SIDECARS = ("-journal", "-wal", "-shm")


def remove_sidecars(path: Path) -> None:
    """Delete the journal, WAL and shared-memory files beside `path`. SQLite replays a journal or WAL it finds beside
    a database into it: one left by a killed process must not meet a new file of the same name."""
    for suffix in SIDECARS:
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def check(path: Path, *, quick: bool = True) -> list[str]:
    """Problems reported by `quick_check`/`integrity_check` and `foreign_key_check`; empty when healthy."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        pragma = "quick_check" if quick else "integrity_check"
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
        problems = [] if rows == ["ok"] else rows
        if not quick:
            problems += [f"外键错误：{r}" for r in conn.execute("PRAGMA foreign_key_check").fetchall()]
        return problems
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    finally:
        conn.close()


def schema_revisions(path: Path) -> set[str] | None:
    """The Alembic revisions recorded in a SQLite file, or None when it has no `alembic_version` table."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    except sqlite3.OperationalError:
        return None
    finally:
        conn.close()
    return {r[0] for r in rows}
