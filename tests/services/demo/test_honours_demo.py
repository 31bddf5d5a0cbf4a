"""The honours demo: a May-Day list at the quota's edge, on the competition prizes the database holds."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from tests.helpers.honours import office, record_prize
from unionoffice.db.engine import Database
from unionoffice.db.models import MemberDistinction
from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.honours.rules import BasisKind, ListStatus
from unionoffice.services.core.context import SYSTEM, Actor
from unionoffice.services.demo.honours_year import generate_honours_demo
from unionoffice.services.honours import granting as gr
from unionoffice.services.honours import listing as hl
from unionoffice.services.honours import register as rg


def test_the_demo_rests_its_competition_honours_on_recorded_prizes(db: Database, clerk: Actor) -> None:
    place = office(db, 400)
    winners = place.members[100:103]
    sources = [record_prize(db, member, f"示例区第三届职工职业技能大赛焊工赛项{band}", n)
               for n, (member, band) in enumerate(zip(winners, ("一等奖", "二等奖", "三等奖"), strict=True), 1)]
    summary = generate_honours_demo(db, SYSTEM, 2024, seed=1, today=date(2024, 12, 1))
    assert (summary.lists, summary.winners) == (4, 5)
    assert summary.winners * 10 >= summary.quota_total
    own = [r for r in rg.list_rows(db, clerk, 2024) if r.own]
    assert [r.status for r in own] == [ListStatus.FINAL, ListStatus.DRAFT]
    assert own[0].decision_date == date(2024, 4, 28)
    honours = hl.honour_rows(db, clerk, own[0].id)
    recorded = {h.member_id: h.basis_source for h in honours if h.basis_source is not None}
    assert recorded == dict(zip(winners, sources, strict=True))
    typed = [h for h in honours if h.basis_kind is BasisKind.COMPETITION and h.basis_source is None]
    assert len(typed) == 1  # the fourth competition winner comes from a contest above the district
    assert gr.year_quota(db, clerk, 2024).met
    with db.read() as session:
        held = session.scalars(select(MemberDistinction.kind).where(MemberDistinction.source_type == "honour_award"))
        assert {"五一劳动奖章", "劳动模范"} <= set(held)
    with pytest.raises(ValidationError, match="只能生成一次"):
        generate_honours_demo(db, SYSTEM, 2024, seed=1)
