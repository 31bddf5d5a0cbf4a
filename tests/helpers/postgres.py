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


# `UNIONOFFICE_TEST_DB=postgresql` turns the `db` fixture into a scratch PostgreSQL database (tests/conftest.py):
# .ci/run runs tests/services and tests/db a second time that way.
BACKEND_ENV = "UNIONOFFICE_TEST_DB"


def on_postgres() -> bool:
    return os.environ.get(BACKEND_ENV, "").lower() in ("postgresql", "postgres", "pg")


def create_template(prefix: str) -> str:
    """A migrated database to copy each test's database from (CREATE DATABASE … TEMPLATE: a file copy on the
    server, far cheaper than running every migration per test). Returns its name."""
    from unionoffice.services.core.startup import open_database

    admin = sa.create_engine(SERVER, isolation_level="AUTOCOMMIT")
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.OperationalError as exc:
        unreachable(str(exc.orig))
    finally:
        admin.dispose()
    from tests.helpers.office import write_office_rows

    db = open_database(sa.engine.make_url(SERVER).set(database=name).render_as_string(hide_password=False))
    write_office_rows(db)  # the same set-up office as the SQLite template: real documents can be issued
    db.close()
    return name


@contextmanager
def copy_of(template: str) -> Iterator[str]:
    """The URL of a fresh copy of `template`, dropped afterwards."""
    admin = sa.create_engine(SERVER, isolation_level="AUTOCOMMIT")
    name = f"{template}_{uuid.uuid4().hex[:8]}"
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    try:
        yield sa.engine.make_url(SERVER).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def drop(name: str) -> None:
    admin = sa.create_engine(SERVER, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()
