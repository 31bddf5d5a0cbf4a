"""One statement per search (docs/server-mode.md): the tiers' queries joined by UNION ALL give exactly the hits, order
and reveals of the queries run one by one, at any limit — including pinyin matches whose capped candidates leave room
(read again in full). Runs on both backends (`add_combined` is plain SQL: UNION ALL and row_number())."""

from __future__ import annotations

import pytest

from unionoffice.db.engine import Database
from unionoffice.services.core.context import SYSTEM, Actor
from unionoffice.services.demo.district import generate_demo
from unionoffice.services.members.search import (
    SearchScope,
    _Collector,
    _sight,
    _tiers,
    normalise_query,
)


@pytest.fixture
def demo_db(db: Database) -> Database:
    generate_demo(db, SYSTEM, 400, seed=11)
    return db


def _queries(db: Database) -> list[str]:
    from sqlalchemy import select

    from unionoffice.db.models import Member

    with db.read() as session:
        rows = session.execute(select(Member.name, Member.pinyin_full, Member.pinyin_initials, Member.id_number,
                                      Member.phone, Member.card_number).order_by(Member.id).limit(12)).all()
    queries = ["王", "张伟", "zhang", "wang", "zj", "zhangj", "wangxiao", "138", "0001", "1234567"]
    for name, full, initials, id_number, phone, card in rows:
        queries += [name, name[:1], full[:4], initials, id_number[-4:], id_number[-6:], id_number]
        queries += [p for p in (phone, phone[:5] if phone else None, card) if p]
    return queries


def _found(db: Database, actor: Actor, query: str, limit: int, *, combined: bool,
           scope: SearchScope) -> tuple[list[int], dict[str, list[int]]]:
    q = normalise_query(query)
    tiers = _tiers(q, db, _sight(db, actor))
    with db.read() as session:
        collector = _Collector(session, scope, limit)
        for tier in tiers:
            if combined:
                collector.add_combined(tier)
            else:
                collector.add_all(tier)
    return collector.ids, collector.revealed


@pytest.mark.parametrize("limit", [1, 3, 200])
def test_one_statement_finds_what_one_query_after_another_finds(demo_db: Database, admin: Actor,
                                                                limit: int) -> None:
    from sqlalchemy import select

    from unionoffice.db.models import Member

    with demo_db.read() as session:
        union_id = session.execute(select(Member.union_id).order_by(Member.id).limit(1)).scalar_one()
    found_some = revealed_some = 0
    for query in _queries(demo_db):
        for scope in (SearchScope(), SearchScope(union_id)):
            one_by_one = _found(demo_db, admin, query, limit, combined=False, scope=scope)
            together = _found(demo_db, admin, query, limit, combined=True, scope=scope)
            assert together == one_by_one, query
            found_some += bool(one_by_one[0])
            revealed_some += bool(one_by_one[1])
    assert found_some > 50  # the comparison is over real hits, reveals among them
    assert revealed_some > 5


def test_the_server_path_of_a_whole_search_matches_too(demo_db: Database, admin: Actor, viewer: Actor) -> None:
    for actor in (admin, viewer):
        for query in _queries(demo_db):
            q = normalise_query(query)
            with demo_db.read() as session:
                collector = _Collector(session, SearchScope(), 200)
                for tier in _tiers(q, demo_db, _sight(demo_db, actor)):
                    collector.add_all(tier)
                expected = collector.ids
                collector = _Collector(session, SearchScope(), 200)
                run = [m for tier in _tiers(q, demo_db, _sight(demo_db, actor)) for m in tier]
                collector.add_combined(run)
            assert collector.ids == expected, query
