"""Bringing a database to the current schema: fast check at start, Alembic only when needed."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import inspect, text

from unionoffice.db.engine import Database

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The head revision(s) of migrations/versions; a test keeps this equal to what Alembic computes, so a
# normal start can compare versions without importing Alembic (≈150 ms).
SCHEMA_HEADS: frozenset[str] = frozenset({"0015"})
# Indexes only PostgreSQL has (migration 0013: trigram and byte-order search indexes); not in the models.
PG_ONLY_INDEX_PREFIX = "ix_pg_"


def include_object(obj: object, name: str | None, type_: str, reflected: bool, _compare_to: object) -> bool:
    """For schema comparisons: leave out the PostgreSQL-only search indexes, which no model declares."""
    return not (type_ == "index" and reflected and (name or "").startswith(PG_ONLY_INDEX_PREFIX))


def current_revisions(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return set()
        return {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}


def needs_upgrade(db: Database) -> bool:
    return current_revisions(db) != set(SCHEMA_HEADS)


def alembic_config(db: Database):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    config.attributes["database"] = db
    return config


def upgrade(db: Database, *, backup_dir: Path | None = None, copy_aside: bool = True) -> bool:
    """Apply pending migrations; an existing SQLite file is copied aside first (unless it is itself a copy:
    `copy_aside=False`). Returns True if it changed."""
    revisions = current_revisions(db)
    if revisions == set(SCHEMA_HEADS):
        return False
    if copy_aside and revisions and db.is_sqlite and db.path is not None and db.path.exists():
        from unionoffice.db.sqlite_tools import online_copy

        folder = backup_dir or db.path.parent / "backups"
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        copy = folder / f"{db.path.stem}-before-migration-{stamp}.db"
        online_copy(db.path, copy)
        log.info("copied %s to %s before migrating", db.path, copy)
    from alembic import command

    command.upgrade(alembic_config(db), "heads")
    return True
