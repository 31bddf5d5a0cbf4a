"""A scratch database on the local PostgreSQL server; in CI an unreachable server fails the test, never skips it."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import sqlalchemy as sa

# The documented URL form (psycopg 3, the `postgres` extra); UNIONOFFICE_TEST_PG names another server.
SERVER = os.environ.get("UNIONOFFICE_TEST_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


def unreachable(reason: str) -> None:
    """Skip on a developer's machine without a server; in CI (CI=true) the PostgreSQL tests must run."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"PostgreSQL not reachable in CI: {reason}")
    pytest.skip(f"PostgreSQL not reachable: {reason}")


@contextmanager
def scratch_database(prefix: str = "uo_test") -> Iterator[str]:
    """The URL of a new, empty database, dropped (connections and all) afterwards."""
    admin = sa.create_engine(SERVER, isolation_level="AUTOCOMMIT")
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.OperationalError as exc:
        admin.dispose()
        unreachable(str(exc.orig))
    try:
        yield sa.engine.make_url(SERVER).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
