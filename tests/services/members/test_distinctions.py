"""Distinctions: granted inside the granting feature's transaction, read and ranked through the members service."""

from __future__ import annotations

from tests.helpers.people import make_district, member_draft
from unionoffice.db.engine import Database
from unionoffice.domain.members.distinctions import PRIORITY, DistinctionKind, priority_of
from unionoffice.services.core.context import Actor
from unionoffice.services.members import distinctions as dist
from unionoffice.services.members.records import create_member


def test_priority_puts_model_workers_first_and_members_without_merit_last() -> None:
    assert priority_of({DistinctionKind.COMPETITION_PRIZE, DistinctionKind.MODEL_WORKER}) == 0
    assert priority_of(set()) == len(PRIORITY)
    assert priority_of({"技术能手"}) < priority_of({"竞赛获奖"})


def test_granted_read_ranked_and_withdrawn(db: Database, clerk: Actor, viewer: Actor) -> None:
    union, _ = make_district(db)
    wang = create_member(db, clerk, member_draft(union, seq=1, name="王工匠"))
    li = create_member(db, clerk, member_draft(union, seq=3, name="李劳模", phone="13900139001"))
    zhao = create_member(db, clerk, member_draft(union, seq=5, name="赵普通", phone="13900139002"))
    with db.write() as session:
        dist.record_distinction(session, wang, kind=DistinctionKind.COMPETITION_PRIZE, title="焊工决赛一等奖",
                                year=2024, source_type="competition_entry", source_id=7)
        dist.record_distinction(session, li, kind=DistinctionKind.MODEL_WORKER, title="劳动模范", level="省级",
                                year=2023, source_type="honour_award", source_id=3)
        # the same grant again updates in place rather than adding a second row
        dist.record_distinction(session, wang, kind=DistinctionKind.COMPETITION_PRIZE, title="焊工决赛一等奖（更正）",
                                year=2024, source_type="competition_entry", source_id=7)
    held = dist.distinctions_of(db, viewer, wang)
    assert [d.title for d in held] == ["焊工决赛一等奖（更正）"]
    with db.read() as session:
        ranks = dist.merit_priority(session, [wang, li, zhao])
        recent = dist.merit_priority(session, [wang, li, zhao], since_year=2024)
    assert ranks == {li: 0, wang: 3}
    assert recent == {wang: 3}
    with db.write() as session:
        assert dist.withdraw_distinctions(session, "competition_entry", 7) == 1
    assert dist.distinctions_of(db, viewer, wang) == []


def test_another_feature_reads_distinctions_inside_its_own_transaction(db: Database, clerk: Actor) -> None:
    union, _ = make_district(db)
    wang = create_member(db, clerk, member_draft(union, seq=1, name="王工匠"))
    li = create_member(db, clerk, member_draft(union, seq=3, name="李劳模", phone="13900139001"))
    with db.write() as session:
        dist.record_distinction(session, wang, kind=DistinctionKind.COMPETITION_PRIZE, title="焊工决赛一等奖",
                                year=2023, source_type="competition_entry", source_id=7)
        dist.record_distinction(session, wang, kind=DistinctionKind.MAY_DAY_MEDAL, title="示例区五一劳动奖章",
                                year=2024, source_type="honour_award", source_id=1)
        dist.record_distinction(session, li, kind=DistinctionKind.COMPETITION_PRIZE, title="汽车维修工决赛二等奖",
                                year=2024, source_type="competition_entry", source_id=8)
    with db.read() as session:
        assert [d.title for d in dist.distinctions_in(session, wang)] == ["示例区五一劳动奖章", "焊工决赛一等奖"]
        prizes = dist.distinctions_in(session, wang, DistinctionKind.COMPETITION_PRIZE)
        assert [(d.source_type, d.source_id) for d in prizes] == [("competition_entry", 7)]
        holders = dist.holders_in(session, DistinctionKind.COMPETITION_PRIZE)
        assert [(d.member_id, d.title) for d in holders] == [(li, "汽车维修工决赛二等奖"), (wang, "焊工决赛一等奖")]
        assert dist.holders_in(session, DistinctionKind.COMPETITION_PRIZE, limit=1)[0].member_id == li
