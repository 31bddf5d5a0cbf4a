"""Fixtures for the aid service tests: a district with parents, the 2024 standard and two programmes."""

from __future__ import annotations

import pytest

from tests.helpers.aid import AidWorld, make_aid_world
from unionoffice.db.engine import Database


@pytest.fixture
def world(db: Database) -> AidWorld:
    return make_aid_world(db)
