"""Shared fixtures: a private data folder, and a fresh migrated database for every test (copied from a template)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.helpers import postgres
from tests.helpers.office import write_office_rows
from unionoffice.db.engine import Database
from unionoffice.domain.common.permissions import Role
from unionoffice.services.core.context import Actor
from unionoffice.services.core.startup import open_database


@pytest.fixture(autouse=True)
def private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setenv("UNIONOFFICE_DATA_DIR", str(data))
    monkeypatch.delenv("UNIONOFFICE_DB", raising=False)
    return data


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database migrated to the current schema per test process; every test gets a copy of the file.

    Running every migration for each of several hundred tests cost most of the suite's time; a copy is a
    few milliseconds, and `open_database` still checks the copy's schema version and header.
    """
    folder = tmp_path_factory.mktemp("template")
    previous = os.environ.get("UNIONOFFICE_DATA_DIR")
    os.environ["UNIONOFFICE_DATA_DIR"] = str(folder / "data")
    try:
        path = folder / "template.db"
        database = open_database(f"sqlite:///{path}", create=True)
        write_office_rows(database)  # as after first start and the seal import: real documents can be issued
        database.close()  # the last connection's close folds the WAL into the file
    finally:
        if previous is None:
            os.environ.pop("UNIONOFFICE_DATA_DIR", None)
        else:
            os.environ["UNIONOFFICE_DATA_DIR"] = previous
    return path


@pytest.fixture(scope="session")
def pg_template() -> Iterator[str]:
    """With UNIONOFFICE_TEST_DB=postgresql: one migrated PostgreSQL database per test process to copy from."""
    name = postgres.create_template("uo_tpl")
    yield name
    postgres.drop(name)


@pytest.fixture
def db(request: pytest.FixtureRequest, db_path: Path) -> Iterator[Database]:
    """A fresh migrated database: a copy of the SQLite template, or with UNIONOFFICE_TEST_DB=postgresql a copy of
    a PostgreSQL template (`sqlite_only` tests are then skipped: they look at the file itself)."""
    if postgres.on_postgres():
        if request.node.get_closest_marker("sqlite_only"):
            pytest.skip("looks at the SQLite file itself; run without UNIONOFFICE_TEST_DB")
        with postgres.copy_of(request.getfixturevalue("pg_template")) as url:
            database = open_database(url)
            yield database
            database.dispose()
        return
    shutil.copyfile(request.getfixturevalue("migrated_template"), db_path)
    database = open_database(f"sqlite:///{db_path}")
    yield database
    database.dispose()


@pytest.fixture
def admin() -> Actor:
    return Actor(username="admin", role=Role.ADMIN, user_id=1, display_name="管理员")


@pytest.fixture
def clerk() -> Actor:
    return Actor(username="clerk", role=Role.CLERK, user_id=2, display_name="经办人")


@pytest.fixture
def reviewer() -> Actor:
    return Actor(username="reviewer", role=Role.REVIEWER, user_id=3, display_name="审核人")


@pytest.fixture
def viewer() -> Actor:
    return Actor(username="viewer", role=Role.VIEWER, user_id=4, display_name="查阅")
