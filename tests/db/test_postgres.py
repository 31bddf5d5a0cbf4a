"""The same services on PostgreSQL (the multi-user server mode): migrations, members, search, paging, demo."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from tests.helpers.people import make_district, member_draft
from tests.helpers.postgres import scratch_database
from unionoffice.db import models as _models  # noqa: F401
from unionoffice.db.base import Base
from unionoffice.db.engine import Database
from unionoffice.domain.common.errors import DuplicateError
from unionoffice.services.core.context import SYSTEM, Actor
from unionoffice.services.core.startup import open_database
from unionoffice.services.demo.district import generate_demo
from unionoffice.services.members.listing import MemberFilter, SortKey, count_members, member_page
from unionoffice.services.members.records import create_member
from unionoffice.services.members.search import search_members

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_db() -> Iterator[Database]:
    with scratch_database() as url:
        db = open_database(url)
        try:
            yield db
        finally:
            db.dispose()


def test_migrations_build_the_model_schema(pg_db: Database) -> None:
    with pg_db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


def test_members_duplicates_search_and_paging(pg_db: Database, clerk: Actor) -> None:
    union, other = make_district(pg_db)
    create_member(pg_db, clerk, member_draft(union, seq=1, name="张伟"))
    create_member(pg_db, clerk, member_draft(other, seq=3, name="李小伟", phone="13900139000"))
    with pytest.raises(DuplicateError):
        create_member(pg_db, clerk, member_draft(other, seq=1, name="张伟"))
    assert [r.name for r in search_members(pg_db, clerk, "伟")] == ["张伟", "李小伟"]
    assert [r.name for r in search_members(pg_db, clerk, "zw")] == ["张伟"]
    assert [r.name for r in search_members(pg_db, clerk, "1390")] == ["李小伟"]
    page = member_page(pg_db, clerk, MemberFilter(), SortKey.NAME, False, 0, 10)
    assert [r.name for r in page] == ["李小伟", "张伟"]


def test_demo_generation_on_postgres(pg_db: Database) -> None:
    summary = generate_demo(pg_db, SYSTEM, 800, seed=5)
    assert count_members(pg_db, SYSTEM, MemberFilter()) == 800 == summary.members


def test_over_long_values_are_refused_before_they_reach_postgresql(pg_db: Database, clerk: Actor,
                                                                   admin: Actor) -> None:
    """PostgreSQL raises on a value longer than its column, with the row's values in the message (issue 12):
    every input is bounded first, and reported as one typed error naming the field."""
    from unionoffice.db.models import Setting
    from unionoffice.domain.common.errors import ValidationError
    from unionoffice.services.members.organisations import UnionDraft, create_union

    union, _ = make_district(pg_db)
    with pytest.raises(ValidationError, match="工作单位"):
        create_member(pg_db, clerk, member_draft(union, employer="厂" * 101))
    with pytest.raises(ValidationError, match="户籍所在地"):
        create_member(pg_db, clerk, member_draft(union, seq=4, hukou_place="村" * 101))
    with pytest.raises(ValidationError, match="工会名称"):
        create_union(pg_db, admin, UnionDraft(name="会" * 101))
    with pytest.raises(ValidationError, match="setting.key"), pg_db.write() as session:  # the last net, in the ORM
        session.add(Setting(key="k" * 65, value="1"))
