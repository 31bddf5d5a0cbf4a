"""Full syllables mixed with initials find the person ("zhangjg", "zjguo" for 张建国), best readings first."""

from __future__ import annotations

import pytest

from tests.helpers.people import make_district, member_draft
from unionoffice.db.engine import Database
from unionoffice.services.core.context import Actor
from unionoffice.services.members.records import create_member
from unionoffice.services.members.search import search_members


@pytest.fixture
def people(db: Database, clerk: Actor) -> dict[str, int]:
    union, _other = make_district(db)
    ids: dict[str, int] = {}
    for seq, name in enumerate(("张建国", "张国俊", "周杰国", "张建", "欧阳建国", "曾建国", "张伟")):
        ids[name] = create_member(db, clerk, member_draft(union, seq=seq * 2 + 1, name=name))
    return ids


def names(db: Database, actor: Actor, query: str) -> list[str]:
    return [r.name for r in search_members(db, actor, query)]


@pytest.mark.parametrize("query", ["zhangjg", "zjguo", "zhangjianguo", "zjg", "zhangjiang", "zjianguo", "ZhangJG",
                                   "zhangjguo"])
def test_zhang_jianguo_is_found_by_mixed_pinyin(db: Database, clerk: Actor, people: dict[str, int], query: str) -> None:
    assert "张建国" in names(db, clerk, query)


def test_whole_syllables_and_first_letters_rank_before_other_readings(db: Database, clerk: Actor,
                                                                      people: dict[str, int]) -> None:
    found = names(db, clerk, "zhangj")
    # zhang + j…: 张建国 and 张建 read that way; 张国俊 only as zhan-g-j…, which is nobody's way of typing it.
    assert "张建国" in found
    assert "张建" in found
    assert "张国俊" not in found
    assert "张伟" not in found
    # "zh" for zhang or zhou: whole names read so are found too, after the usual readings.
    assert sorted(names(db, clerk, "zhjg")) == sorted(["张建国", "周杰国"])
    assert names(db, clerk, "zhangjg")[0] == "张建国"


def test_surnames_read_as_surnames_and_compound_surnames(db: Database, clerk: Actor, people: dict[str, int]) -> None:
    assert names(db, clerk, "zengjg") == ["曾建国"]  # 曾 as a surname is zeng, not ceng
    assert names(db, clerk, "ouyangjg") == ["欧阳建国"]
    assert names(db, clerk, "oyjguo") == ["欧阳建国"]


def test_nonsense_finds_nobody(db: Database, clerk: Actor, people: dict[str, int]) -> None:
    assert names(db, clerk, "zhangxq") == []
    assert names(db, clerk, "qqqqzz") == []


def test_equals_rank_by_the_syllables_typed_then_active_members_then_name(db: Database, clerk: Actor) -> None:
    """The new-user trial: for "zhangjg" the 张 J G names ranked in id order, withdrawn members first."""
    from datetime import date

    from unionoffice.domain.members.membership import EventKind
    from unionoffice.services.members.records import record_event

    union, _other = make_district(db)
    ids: dict[str, int] = {}
    # withdrawn members registered first (lower ids), as in the demo district
    for seq, name in enumerate(("张建华", "张俊国", "张建刚", "张建国", "张军刚", "张建国强")):
        ids[name] = create_member(db, clerk, member_draft(union, seq=seq * 2 + 1, name=name))
    record_event(db, clerk, ids["张建华"], EventKind.WITHDRAW, date(2024, 3, 1), reason="退休")
    record_event(db, clerk, ids["张俊国"], EventKind.WITHDRAW, date(2024, 3, 1), reason="退休")
    # zhang + j + g: the four whole names match alike; those on the register first, by name (pinyin), the
    # withdrawn after; 张建国强, whose name only begins so, in the next tier
    assert names(db, clerk, "zhangjg") == ["张建刚", "张建国", "张军刚", "张俊国", "张建国强"]
    assert names(db, clerk, "zjg") == ["张建刚", "张建国", "张军刚", "张俊国", "张建国强"]
    # one more syllable typed in full: 张建国 (zhang j guo) first; 张俊国, withdrawn, after it
    assert names(db, clerk, "zhangjguo") == ["张建国", "张俊国", "张建国强"]
    # names that begin so: one syllable left untyped (by name, the withdrawn 张建华 after) before two (张建国强)
    assert names(db, clerk, "zhangjian") == ["张建刚", "张建国", "张建华", "张建国强"]
