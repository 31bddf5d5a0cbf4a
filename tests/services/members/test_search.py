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


# -- a search matches only what the searcher may see (docs/reliability.md §1b) --------------------------------------

def reveal_entries(db: Database) -> list[tuple[str, str]]:
    from sqlalchemy import select

    from unionoffice.db.models import AuditEntry
    with db.read() as session:
        rows = session.execute(select(AuditEntry.summary, AuditEntry.username)
                               .where(AuditEntry.action == "reveal").order_by(AuditEntry.id))
        return [(s, u) for s, u in rows]


def test_a_viewer_cannot_confirm_a_hidden_digit_of_an_id(db: Database, viewer: Actor,
                                                          people: dict[str, int]) -> None:
    """The oracle attack: the viewer sees 220102********0023 and guesses the fifth digit from the end. Every guess
    must answer the same, or 10 queries per digit rebuild the whole number."""
    target = valid_id(3)
    visible_tail = target[-4:]
    answers = {d: search_member_ids(db, viewer, f"{d}{visible_tail}") for d in "0123456789"}
    assert all(found == [] for found in answers.values())
    for guess in (target, target[-8:], target[:7], target[:10], target[:17]):
        assert search_member_ids(db, viewer, guess) == []
    assert search_member_ids(db, viewer, convert_to_15(target)) == []


def test_a_viewer_is_told_why_a_long_number_finds_nobody(db: Database, viewer: Actor, clerk: Actor) -> None:
    from unionoffice.services.members.search import search_hint

    assert "后 4 位" in search_hint(db, viewer, valid_id(3)[-8:])
    assert search_hint(db, viewer, valid_id(3)[-4:]) == ""
    assert search_hint(db, viewer, valid_id(3)[:6]) == ""
    assert search_hint(db, viewer, "张伟") == ""
    assert search_hint(db, clerk, valid_id(3)) == ""


def convert_to_15(number18: str) -> str:
    return number18[:6] + number18[8:17]


def test_a_viewer_finds_by_the_visible_head_and_tail(db: Database, viewer: Actor, people: dict[str, int]) -> None:
    target = valid_id(3)
    assert people["张伟强"] in search_member_ids(db, viewer, target[-4:])
    assert people["张伟强"] in search_member_ids(db, viewer, target[-3:])
    assert set(search_member_ids(db, viewer, target[:6])) >= {people["张伟"], people["张伟强"]}  # the area code
    masked = target[:6] + "*" * 8 + target[-4:]  # as the list shows it, copied into the search box
    assert search_member_ids(db, viewer, masked) == [people["张伟强"]]
    assert search_member_ids(db, viewer, target[:6] + "*" * 8 + "9999") == []


def test_a_viewer_searches_phones_by_their_visible_parts_only(db: Database, viewer: Actor,
                                                              people: dict[str, int]) -> None:
    assert search_member_ids(db, viewer, "137") == [people["李小伟"]]  # shown as 137****7000
    assert search_member_ids(db, viewer, "7000") == [people["李小伟"]]
    for hidden in ("1370", "13700", "1370013", "13700137000", "37000", "0137000"):
        assert search_member_ids(db, viewer, hidden) == [], hidden
    assert search_member_ids(db, viewer, "6217990000000002") == []  # a card shows its last four only
    assert search_member_ids(db, viewer, "62179900") == []


def test_a_full_id_search_by_a_permitted_role_is_audited_like_a_reveal(db: Database, clerk: Actor,
                                                                       people: dict[str, int]) -> None:
    from unionoffice.services.members.search import search_reveals

    target = valid_id(3)
    assert not search_reveals(db, clerk, target[-4:])
    assert search_reveals(db, clerk, target)
    assert search_member_ids(db, clerk, target[-4:]) == [people["张伟强"]]
    assert reveal_entries(db) == []  # only what anyone may see: nothing to record
    assert search_member_ids(db, clerk, target) == [people["张伟强"]]
    assert search_member_ids(db, clerk, target[-8:]) == [people["张伟强"]]
    assert search_member_ids(db, clerk, "6217990000000002") == [people["曾小明"]]
    entries = reveal_entries(db)
    assert len(entries) == 3
    assert all(user == "clerk" for _, user in entries)
    assert all(target not in summary and target[-8:] not in summary for summary, _ in entries)
    assert "张伟强" in entries[0][0]
    assert search_member_ids(db, clerk, valid_id(77)) == []  # nobody found, nothing revealed
    assert len(reveal_entries(db)) == 3


def test_a_read_only_database_cannot_record_a_reveal_so_searches_stay_visible_only(
        db: Database, clerk: Actor, people: dict[str, int]) -> None:
    target = valid_id(3)
    db.read_only_reason = "测试：只读"
    try:
        assert search_member_ids(db, clerk, target) == []
        assert search_member_ids(db, clerk, target[-4:]) == [people["张伟强"]]
    finally:
        db.read_only_reason = None


def test_an_id_tail_ranks_before_a_phone_tail(db: Database, clerk: Actor) -> None:
    """The second trial: for "8874" (an ID's last four) members whose phone ends so were mixed in by name, and one
    of them came first. ID tails first, then phone tails; within each, members on the register first, then by name."""
    from unionoffice.domain.members.membership import EventKind
    from unionoffice.services.members.records import record_event

    union, _other = make_district(db)
    id_tail = (date(1980, 1, 1), date(1980, 1, 28), date(1980, 2, 8))  # born so, seq 887 ends in 8874
    assert all(valid_id(887, born=born).endswith("8874") for born in id_tail)
    rows = [  # (name, ID, phone): names that sort before the ID holders' own, as 蔡璐 did
        ("朱红", valid_id(887, born=id_tail[0]), "13800130001"),
        ("周平", valid_id(887, born=id_tail[1]), "13800130002"),
        ("安静", valid_id(887, born=id_tail[2]), "13800130003"),
        ("蔡璐", valid_id(11), "13900138874"),
        ("白雪", valid_id(13), "13700138874"),
    ]
    ids = {name: create_member(db, clerk, member_draft(union, name=name, id_number=id_number, phone=phone))
           for name, id_number, phone in rows}
    record_event(db, clerk, ids["安静"], EventKind.WITHDRAW, date(2024, 3, 1), reason="退休")
    record_event(db, clerk, ids["白雪"], EventKind.WITHDRAW, date(2024, 3, 1), reason="退休")
    assert names(db, clerk, "8874") == ["周平", "朱红", "安静", "蔡璐", "白雪"]
