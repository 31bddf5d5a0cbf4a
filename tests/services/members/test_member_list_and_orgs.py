"""The member table's paging and sorting, organisations and the demo generator."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from tests.helpers.people import make_district, member_draft
from unionoffice.db.engine import Database
from unionoffice.db.models import Member, Organisation
from unionoffice.domain.common.errors import DuplicateError, PermissionDeniedError, ValidationError
from unionoffice.domain.common.idnumber import parse_id
from unionoffice.services.core.context import SYSTEM, Actor
from unionoffice.services.demo.district import generate_demo
from unionoffice.services.members.listing import MemberFilter, SortKey, count_members, member_page, member_rows
from unionoffice.services.members.organisations import UnionDraft, create_union, organisation_tree, update_union
from unionoffice.services.members.records import create_member, delete_members


def test_pages_follow_the_sort_order_and_skip_deleted(db: Database, clerk: Actor) -> None:
    union, other = make_district(db)
    made = {}
    for seq, (name, joined) in enumerate([("王五", date(2012, 1, 1)), ("艾青", date(2015, 1, 1)),
                                          ("赵六", date(2010, 1, 1)), ("钱七", date(2020, 1, 1))]):
        made[name] = create_member(db, clerk, member_draft(union if seq % 2 else other, seq=seq * 2, name=name,
                                                           join_date=joined, phone=""))
    everyone = MemberFilter()
    assert count_members(db, clerk, everyone) == 4
    by_name = [r.name for r in member_page(db, clerk, everyone, SortKey.NAME, False, 0, 10)]
    assert by_name == ["艾青", "钱七", "王五", "赵六"]
    by_join = [r.name for r in member_page(db, clerk, everyone, SortKey.JOIN_DATE, True, 1, 2)]
    assert by_join == ["艾青", "王五"]
    assert count_members(db, clerk, MemberFilter(union_id=union)) == 2
    delete_members(db, clerk, [made["艾青"]])
    assert count_members(db, clerk, everyone) == 3
    assert [r.name for r in member_rows(db, clerk, [made["赵六"], made["王五"]])] == ["赵六", "王五"]


def test_union_credit_code_is_validated_and_unique(db: Database, clerk: Actor, viewer: Actor) -> None:
    make_district(db, unions=0)
    with pytest.raises(ValidationError) as err:
        create_union(db, clerk, UnionDraft(name="甲厂工会", credit_code="81220102MA0000000X"))
    assert "统一社会信用代码" in err.value.message
    union = create_union(db, clerk, UnionDraft(name="甲厂工会", credit_code="91350100M000100Y43"))
    with pytest.raises(DuplicateError):
        create_union(db, clerk, UnionDraft(name="乙厂工会", credit_code="91350100M000100Y43"))
    with pytest.raises(DuplicateError):
        create_union(db, clerk, UnionDraft(name="甲厂工会"))
    with pytest.raises(PermissionDeniedError):
        update_union(db, viewer, union, UnionDraft(name="丙厂工会"))
    update_union(db, clerk, union, UnionDraft(name="丙厂工会", unit_nature="企业", industry="制造业"))
    tree = organisation_tree(db, clerk)
    assert [n.name for n in tree] == ["长春市南关区总工会", "丙厂工会"]


def test_demo_district_is_consistent(db: Database) -> None:
    summary = generate_demo(db, SYSTEM, 1500, seed=7)
    assert summary.members == 1500
    assert summary.unions >= 3
    with db.read() as s:
        members = s.execute(select(Member)).scalars().all()
        assert len({m.id_number for m in members}) == 1500
        for m in members:
            rid = parse_id(m.id_number)
            assert (rid.sex, rid.birth_date) == (m.sex, m.birth_date)
            assert m.join_date >= m.birth_date.replace(year=m.birth_date.year + 16, day=min(m.birth_date.day, 28))
        assert s.execute(select(func.count()).select_from(Organisation)).scalar_one() == summary.unions + 1
    with pytest.raises(ValidationError):
        generate_demo(db, SYSTEM, 10)


def test_demo_names_include_rare_characters_and_separators(db: Database) -> None:
    generate_demo(db, SYSTEM, 6000, seed=3)
    with db.read() as s:
        all_names = "".join(s.execute(select(Member.name)).scalars())
    assert "·" in all_names
    assert any(c in all_names for c in "堃𠇔喆䶮𠮷")
