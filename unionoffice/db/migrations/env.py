"""Alembic environment, run from code (`unionoffice.db.migrate`), never from an alembic.ini."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context

from unionoffice.db.engine import Database
from unionoffice.db.models.registry import load_all_models

config = context.config


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | Literal[False]:
    # Migrations must not import application types: UTCDateTime is a plain timezone-aware DateTime.
    from unionoffice.db.base import UTCDateTime

    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False

target_metadata = load_all_models()


def run_migrations_online() -> None:
    db = config.attributes.get("database")
    if db is None:
        db = Database(str(config.get_main_option("sqlalchemy.url")))
    with db.engine.connect() as connection:
        raw = connection.connection.driver_connection if db.is_sqlite else None
        if raw is not None:
            # Batch migrations copy tables, so foreign keys must be off meanwhile; the pragma only works
            # outside a transaction, hence the raw connection. They are checked once the upgrade is done.
            raw.execute("PRAGMA foreign_keys=OFF")
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=db.is_sqlite,
            transactional_ddl=True,
            compare_type=True,
            render_item=render_item,
        )
        with context.begin_transaction():
            context.run_migrations()
        if connection.in_transaction():
            connection.commit()
        if raw is not None:
            problems = raw.execute("PRAGMA foreign_key_check").fetchall()
            raw.execute("PRAGMA foreign_keys=ON")
            if problems:
                raise RuntimeError(f"foreign key check failed after migration: {problems[:5]}")


run_migrations_online()
