"""Bulk writes (db/bulk.py): values bound as the column types bind them, indexes deferred and rebuilt as they were."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import Table, select, text

from unionoffice.db.base import utcnow
from unionoffice.db.bulk import bulk_insert, indexes_deferred
from unionoffice.db.engine import Database
from unionoffice.db.models import Member, MemberNameGram, Organisation
from unionoffice.db.models.organisation import DISTRICT, GRASSROOTS

pytestmark = pytest.mark.sqlite_only  # the deferred indexes are SQLite's own; elsewhere the helper does nothing
MEMBERS: Table = Member.__table__  # type: ignore[assignment]


def _indexes(db: Database, table: str) -> set[tuple[str, str]]:
    with db.read() as session:
        return {(r[0], r[1]) for r in session.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = :t AND sql IS NOT NULL"),
            {"t": table})}


def _member(member_id: int, union_id: int, id_number: str, name: str = "张伟") -> dict[str, object]:
    now = utcnow()
    return {"id": member_id, "name": name, "sex": "男", "ethnicity": "汉族", "id_type": "居民身份证",
            "id_number": id_number, "id_reversed": id_number[::-1], "birth_date": date(1980, 1, 2),
            "union_id": union_id, "join_date": date(2001, 3, 4), "is_migrant": member_id % 2 == 0, "status": "在会",
            "status_date": date(2001, 3, 4), "pinyin_full": "zhangwei", "pinyin_initials": "zw", "created_at": now,
            "updated_at": now, "version": 1}


def _union(db: Database) -> int:
    with db.write() as session:
        district = Organisation(kind=DISTRICT, name="区总工会", admin_code="220102")
        session.add(district)
        session.flush()
        union = Organisation(kind=GRASSROOTS, name="一厂工会", parent_id=district.id, employer="一厂")
        session.add(union)
        session.flush()
        return union.id


def test_bulk_insert_binds_values_as_the_orm_would(db: Database) -> None:
    union_id = _union(db)
    with db.write() as session:
        bulk_insert(session, MEMBERS, [_member(1, union_id, "220102198001020011"),
                                       _member(2, union_id, "220102198001020038", "李娜")])
        bulk_insert(session, MemberNameGram.__table__, [{"gram": "李", "member_id": 2}])  # type: ignore[arg-type]
    with db.read() as session:
        members = session.scalars(select(Member).order_by(Member.id)).all()
        assert [(m.name, m.is_migrant, m.birth_date) for m in members] == [
            ("张伟", False, date(1980, 1, 2)), ("李娜", True, date(1980, 1, 2))]
        assert members[0].created_at.tzinfo is not None
        assert session.scalars(select(MemberNameGram.member_id)).all() == [2]


def test_deferred_indexes_are_built_again_exactly_as_they_were(db: Database) -> None:
    union_id = _union(db)
    before = _indexes(db, "member")
    assert before
    rows = [_member(i, union_id, f"2201021980010200{i:02d}") for i in range(1, 30)]
    with db.write() as session, indexes_deferred(session, [MEMBERS]):
        assert not session.execute(text("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'member' "
                                        "AND sql IS NOT NULL")).all()
        bulk_insert(session, MEMBERS, rows)
    assert _indexes(db, "member") == before
    with db.read() as session:
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        # The search indexes answer for the rows written while they were gone.
        assert session.scalars(select(Member.id).where(Member.name == "张伟")).all() == list(range(1, 30))


def _load(db: Database, rows: list[dict[str, object]], *, fail: bool = False) -> None:
    with db.write() as session, indexes_deferred(session, [MEMBERS]):
        bulk_insert(session, MEMBERS, rows)
        if fail:
            raise RuntimeError("killed half way")


def test_a_failed_load_leaves_the_indexes_and_no_rows(db: Database) -> None:
    union_id = _union(db)
    before = _indexes(db, "member")
    with pytest.raises(RuntimeError, match="half way"):
        _load(db, [_member(1, union_id, "220102198001020011")], fail=True)
    assert _indexes(db, "member") == before
    with db.read() as session:
        assert session.scalars(select(Member.id)).all() == []


def test_unique_keys_still_refuse_duplicates_while_indexes_are_deferred(db: Database) -> None:
    union_id = _union(db)
    rows = [_member(1, union_id, "220102198001020011"), _member(2, union_id, "220102198001020011")]
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        _load(db, rows)


def test_a_table_with_rows_keeps_its_indexes(db: Database) -> None:
    union_id = _union(db)
    with db.write() as session:
        bulk_insert(session, MEMBERS, [_member(1, union_id, "220102198001020011")])
    with db.write() as session, indexes_deferred(session, [MEMBERS]):
        kept = session.execute(text("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'member' "
                                    "AND sql IS NOT NULL")).scalar()
        assert kept == len(_indexes(db, "member"))
