"""Search-as-you-type: every kind of query, ranking exact before partial, scope and deleted members."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.people import make_district, member_draft, valid_id
from unionoffice.db.engine import Database
from unionoffice.services.core.context import Actor
from unionoffice.services.members.records import create_member, delete_members
from unionoffice.services.members.search import SearchScope, search_member_ids, search_members


@pytest.fixture
def people(db: Database, clerk: Actor) -> dict[str, int]:
    union, other = make_district(db)
    rows = [
        ("张伟", union, "13800138000", "6217990000000001"),
        ("张伟强", union, "13900139000", None),
        ("李小伟", other, "13700137000", None),
        ("曾小明", union, None, "6217990000000002"),
        ("阿依古丽·买买提", other, None, None),
        ("王𠇔", union, None, None),
    ]
    ids = {"union": union, "other": other}
    for seq, (name, union_id, phone, card) in enumerate(rows):
        draft = member_draft(union_id, seq=seq * 2 + 1, name=name, phone=phone or "", card_number=card or "")
        ids[name] = create_member(db, clerk, draft)
    return ids


def names(db: Database, actor: Actor, query: str, **kw: object) -> list[str]:
    return [r.name for r in search_members(db, actor, query, **kw)]  # type: ignore[arg-type]


def test_exact_name_comes_before_longer_names(db: Database, clerk: Actor, people: dict[str, int]) -> None:
    assert names(db, clerk, "张伟") == ["张伟", "张伟强"]


def test_single_character_finds_it_anywhere_in_the_name(db: Database, clerk: Actor, people: dict[str, int]) -> None:
    found = names(db, clerk, "伟")
    assert set(found) == {"张伟", "张伟强", "李小伟"}
    assert names(db, clerk, "小伟") == ["李小伟"]
    assert names(db, clerk, "古丽·买") == ["阿依古丽·买买提"]
    assert names(db, clerk, "𠇔") == ["王𠇔"]


def test_pinyin_full_prefix_and_initials(db: Database, clerk: Actor, people: dict[str, int]) -> None:
    assert names(db, clerk, "zhangwei")[:2] == ["张伟", "张伟强"]
    assert names(db, clerk, "zw") == ["张伟", "张伟强"]
    assert "张伟强" in names(db, clerk, "zwq")
    assert names(db, clerk, "zengx") == ["曾小明"]
    assert names(db, clerk, "ZXM") == ["曾小明"]


def test_id_tail_full_id_phone_and_card(db: Database, clerk: Actor, people: dict[str, int]) -> None:
    tail = valid_id(3)[-4:]
    assert "张伟强" in names(db, clerk, tail)
    assert names(db, clerk, valid_id(1)) == ["张伟"]
    assert names(db, clerk, valid_id(1).lower()) == ["张伟"]
    assert names(db, clerk, "13900139000") == ["张伟强"]
    assert names(db, clerk, "137") == ["李小伟"]
    assert names(db, clerk, "6217990000000002") == ["曾小明"]


def test_scope_limit_and_deleted(db: Database, clerk: Actor, people: dict[str, int]) -> None:
    union_of_li = search_members(db, clerk, "李小伟")[0]
    assert union_of_li.union_name == "第2机械厂工会"
    assert len(search_member_ids(db, clerk, "伟", limit=2)) == 2
    scoped = search_member_ids(db, clerk, "伟", scope=SearchScope(union_id=people["union"]))
    assert sorted(scoped) == sorted([people["张伟"], people["张伟强"]])
    delete_members(db, clerk, [people["张伟"]])
    assert names(db, clerk, "张伟") == ["张伟强"]


def test_results_are_masked(db: Database, viewer: Actor, people: dict[str, int]) -> None:
    row = search_members(db, viewer, "张伟")[0]
    assert row.id_number.startswith("220102********")
    assert row.phone == "138****8000"
    assert row.join_date == date(2010, 5, 1)


def test_queries_that_match_nothing(db: Database, clerk: Actor, people: dict[str, int]) -> None:
    for query in ["", "   ", "赵", "qqq", "0000", "*", "[", "%", "'"]:
        assert search_members(db, clerk, query) == []
