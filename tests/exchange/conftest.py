"""Fixtures for the exchange tests: a district with the unions the sample sheets name."""

from __future__ import annotations

import pytest

from tests.helpers.sheets import UNIONS
from unionoffice.db.engine import Database
from unionoffice.services.core.context import Actor
from unionoffice.services.members.organisations import UnionDraft, create_district, create_union


@pytest.fixture
def district(db: Database, admin: Actor) -> dict[str, int]:
    create_district(db, admin, "长春市南关区总工会", "220102")
    return {name: create_union(db, admin, UnionDraft(name=name, unit_nature="企业")) for name in UNIONS}
