"""A fresh provincial PostgreSQL database per test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers.postgres import scratch_database
from unionoffice.db.engine import Database
from unionoffice.services.core.startup import open_database


@pytest.fixture
def province() -> Iterator[Database]:
    with scratch_database("uo_province") as url:
        db = open_database(url)
        try:
            yield db
        finally:
            db.dispose()
