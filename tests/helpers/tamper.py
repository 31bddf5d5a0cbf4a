"""What someone holding the database file can do to the audit trail: drop the append-only triggers, then edit."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text

from unionoffice.db.engine import Database

SQLITE_TRIGGERS = ("audit_entry_no_update", "audit_entry_no_delete")
POSTGRES_TRIGGERS = ("audit_entry_no_change", "audit_entry_no_truncate")


def drop_guards(db: Database) -> None:
    """Remove migration 0009's triggers (they raise the bar; they cannot stop the file's owner)."""
    with db.engine.begin() as conn:
        if db.is_sqlite:
            for name in SQLITE_TRIGGERS:
                conn.execute(text(f"DROP TRIGGER IF EXISTS {name}"))
        else:
            for name in POSTGRES_TRIGGERS:
                conn.execute(text(f"DROP TRIGGER IF EXISTS {name} ON audit_entry"))


@contextmanager
def tampering(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection to the file with the triggers gone; committed when the block ends."""
    conn = sqlite3.connect(path)
    try:
        for name in SQLITE_TRIGGERS:
            conn.execute(f"DROP TRIGGER IF EXISTS {name}")
        yield conn
        conn.commit()
    finally:
        conn.close()
