"""The same services on PostgreSQL (the multi-user server mode): migrations, members, search, paging, demo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select

from tests.helpers.people import make_district, member_draft
from tests.helpers.postgres import scratch_database
from unionoffice.db import migrate
from unionoffice.db.engine import Database
from unionoffice.db.models import Organisation
from unionoffice.db.models.registry import load_all_models
from unionoffice.domain.common.errors import DuplicateError
from unionoffice.domain.common.permissions import Role
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
        assert compare_metadata(MigrationContext.configure(conn, opts={"include_object": migrate.include_object}),
                                load_all_models()) == []


def test_members_duplicates_search_and_paging(pg_db: Database, clerk: Actor) -> None:
    union, other = make_district(pg_db)
    create_member(pg_db, clerk, member_draft(union, seq=1, name="张伟"))
    create_member(pg_db, clerk, member_draft(other, seq=3, name="李小伟", phone="13900139000"))
    with pytest.raises(DuplicateError):
        create_member(pg_db, clerk, member_draft(other, seq=1, name="张伟"))
    assert [r.name for r in search_members(pg_db, clerk, "伟")] == ["李小伟", "张伟"]  # equals by name (li, zhang)
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
def test_an_import_after_the_demo_takes_fresh_ids(pg_db: Database, tmp_path: Path) -> None:
    """The demo writes explicit ids in bulk; the sequences must move past them, or the next insert collides."""
    from tests.helpers.sheets import HEADER, generated_people, write_xlsx
    from unionoffice.services.members.importing import ImportOptions, import_members
    from unionoffice.services.members.organisations import organisation_tree

    generate_demo(pg_db, SYSTEM, 300, seed=5)
    union = next(n.name for n in organisation_tree(pg_db, SYSTEM) if n.parent_id)
    people = generated_people(20)
    rows = [[i, name, sex, "汉族", number, f"137{i:08d}", "长春第一机械厂", union, "2018-05-01", "否"]
            for i, (name, sex, number) in enumerate(people, start=1)]
    clerk = Actor("clerk", Role.CLERK, 2)
    _plan, result = import_members(pg_db, clerk, write_xlsx(tmp_path / "new.xlsx", [HEADER, *rows]),
                                   ImportOptions(valid_only=True))
    assert result.created + result.rejected == 20
    assert result.created > 0
    with pg_db.read() as session:
        union_id = session.execute(select(func.min(Organisation.id)).where(Organisation.kind == "grassroots")).scalar()
    create_member(pg_db, clerk, member_draft(union_id, seq=901, name="王新"))
    assert count_members(pg_db, SYSTEM, MemberFilter()) == 300 + result.created + 1


def test_the_documented_url_works_from_the_command_line(private_data_dir: Path) -> None:
    """`--db postgresql://…` as the README writes it: the driver the `postgres` extra installs is named for it."""
    from tests.helpers.cli import cli_env, run_main

    env = cli_env(private_data_dir)
    with scratch_database() as url:
        plain = url.replace("postgresql+psycopg://", "postgresql://")
        assert plain.startswith("postgresql://")
        made = run_main(["--db", plain, "demo", "--members", "200"], env)
        assert made.returncode == 0, made.stderr
        env["UNIONOFFICE_PASSWORD"] = "demo"
        found = run_main(["--db", plain, "--user", "viewer", "members", "search", "张", "--json"], env)
        assert found.returncode == 0, found.stderr
        assert "Traceback" not in found.stderr


def test_without_the_driver_the_command_line_says_which_extra_to_install(private_data_dir: Path) -> None:
    """A plain `pip install unionoffice` has no PostgreSQL driver: one line naming the `postgres` extra."""
    import subprocess
    import sys

    from tests.helpers.cli import ROOT, cli_env, one_chinese_line

    code = ("import sys; sys.modules['psycopg'] = None\n"  # as if the extra were not installed
            "from unionoffice.__main__ import main; sys.exit(main())")
    done = subprocess.run([sys.executable, "-c", code, "--db", "postgresql://postgres@127.0.0.1:5432/x", "members",
                           "search", "张"], env=cli_env(private_data_dir), capture_output=True, text=True, cwd=ROOT,
                          stdin=subprocess.DEVNULL, check=False)
    assert done.returncode == 1
    assert 'pip install "unionoffice[postgres]"' in one_chinese_line(done)


def test_pinyin_splits_are_filtered_inside_the_covering_index(pg_db: Database, clerk: Actor) -> None:
    """Migration 0015: a syllable split ("zheng" read as z|heng) walks the initials in the covering index and tests
    the full pinyin's shape there: no table rows read, not the full pinyin's own index by the pattern's head."""
    from sqlalchemy import text

    from unionoffice.services.members import search_pg
    from unionoffice.services.members.search import SearchScope, _Collector, _pinyin_tiers

    union = make_district(pg_db)[0]
    for seq, name in enumerate(["张恒", "郑辉", "赵红", "周衡", "郑恒", "朱浩", "张伟"], start=1):
        create_member(pg_db, clerk, member_draft(union, seq=seq, name=name))
    with pg_db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM ANALYZE member"))  # as autovacuum does: index-only scans need the visibility map
    shaped = [match for tier in _pinyin_tiers("zheng", pg_db) for match in tier if match.verify is not None]
    assert shaped
    with pg_db.read() as session:
        session.execute(text("SET LOCAL enable_seqscan = off"))
        collector = _Collector(session, SearchScope(), 200)
        for match in shaped:
            stmt = collector._scoped(match).limit(200)
            sql = str(stmt.compile(pg_db.engine, compile_kwargs={"literal_binds": True}))
            plan = "\n".join(row[0] for row in session.execute(text("EXPLAIN " + sql)))
            assert f"Index Only Scan using {search_pg.SHAPE_INDEX}" in plan, plan
    # The same hits and the same order as SQLite gives: equals within a tier by the syllables typed, then by name.
    assert [r.name for r in search_members(pg_db, clerk, "zheng")] == ["张恒", "郑恒", "周衡", "郑辉"]
