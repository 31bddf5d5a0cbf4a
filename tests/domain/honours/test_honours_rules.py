"""Honour types, the competition-winner quota (docs/domain.md (e) Incentives), event names from prize titles."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.honours.rules import (
    QUOTA_TYPES,
    BasisKind,
    HonourType,
    RecipientKind,
    check_percent,
    event_of,
    honour_name,
    quota_figures,
    region_of,
)
from unionoffice.domain.members.distinctions import DistinctionKind

honours = st.lists(st.tuples(st.sampled_from(list(HonourType)), st.sampled_from(list(BasisKind))), max_size=300)


def test_the_types_name_their_recipients_and_the_distinctions_members_hold() -> None:
    assert HonourType.MAY_DAY_MEDAL.spec.recipient is RecipientKind.MEMBER
    assert HonourType.MAY_DAY_CERTIFICATE.spec.recipient is RecipientKind.UNION
    assert HonourType.WORKER_PIONEER.spec.recipient is RecipientKind.TEAM
    assert {HonourType.MAY_DAY_MEDAL, HonourType.MAY_DAY_CERTIFICATE, HonourType.WORKER_PIONEER} == QUOTA_TYPES
    assert HonourType.MODEL_WORKER.spec.distinction is DistinctionKind.MODEL_WORKER
    assert HonourType.TECHNICAL_EXPERT.spec.distinction is DistinctionKind.TECHNICAL_EXPERT
    assert HonourType.UNION_CADRE.spec.distinction is DistinctionKind.OTHER_HONOUR
    collectives = [t for t in HonourType if t.spec.recipient is not RecipientKind.MEMBER]
    assert all(t.spec.distinction is None for t in collectives)


def test_the_article_s_ten_percent() -> None:
    ten = [(HonourType.MAY_DAY_MEDAL, BasisKind.DEED)] * 9 + [(HonourType.WORKER_PIONEER, BasisKind.COMPETITION)]
    figures = quota_figures(2024, ten, 10)
    assert (figures.total, figures.winners, figures.required, figures.met) == (10, 1, 1, True)
    eleven = [*ten, (HonourType.MAY_DAY_CERTIFICATE, BasisKind.DEED)]
    figures = quota_figures(2024, eleven, 10)
    assert (figures.total, figures.winners, figures.required, figures.met, figures.short) == (11, 1, 2, False, 1)
    assert figures.share_text() == "9.1%"
    assert "共 11 个" in figures.summary()
    assert "至少应有 2 个" in figures.summary()
    assert "还差 1 个" in figures.refusal()


def test_honours_outside_the_quota_do_not_count() -> None:
    figures = quota_figures(2024, [(HonourType.MODEL_WORKER, BasisKind.DEED)] * 5, 10)
    assert (figures.total, figures.required, figures.met) == (0, 0, True)
    assert figures.share_text() == "0%"


@given(honours, st.integers(0, 100))
def test_the_quota_is_met_exactly_when_the_winners_make_the_share(found: list[tuple[HonourType, BasisKind]],
                                                                   percent: int) -> None:
    figures = quota_figures(2024, found, percent)
    counted = [(t, b) for t, b in found if t in QUOTA_TYPES]
    winners = sum(1 for _t, b in counted if b is not BasisKind.DEED)
    assert (figures.total, figures.winners) == (len(counted), winners)
    assert figures.met == (winners * 100 >= len(counted) * percent)
    # `required` is the fewest winners that keep the share: one fewer would not
    assert figures.required * 100 >= figures.total * percent
    assert figures.required == 0 or (figures.required - 1) * 100 < figures.total * percent
    assert sum(c.total for c in figures.by_type) == figures.total


@given(honours, st.integers(0, 100))
def test_the_figures_do_not_depend_on_the_order_of_the_list(found: list[tuple[HonourType, BasisKind]],
                                                             percent: int) -> None:
    assert quota_figures(2024, found, percent) == quota_figures(2024, list(reversed(found)), percent)


def test_a_share_outside_0_to_100_is_refused() -> None:
    for bad in (-1, 101):
        with pytest.raises(ValidationError, match="比例"):
            check_percent(bad)


@pytest.mark.parametrize(("title", "event"), [
    ("示例区第三届职工职业技能大赛焊工赛项一等奖", "示例区第三届职工职业技能大赛焊工赛项"),
    ("焊工决赛一等奖", "焊工"),
    ("第八届全国职工职业技能大赛焊工赛项优秀奖", "第八届全国职工职业技能大赛焊工赛项"),
    ("汽车维修工（智能网联新能源） 第1名", "汽车维修工（智能网联新能源）"),
    ("红旗杯班组长大赛", "红旗杯班组长大赛"),
    ("一等奖", "一等奖"),
])
def test_the_event_is_the_prize_title_without_its_band(title: str, event: str) -> None:
    assert event_of(title) == event


def test_the_place_name_comes_from_the_issuer() -> None:
    assert region_of("长春市南关区总工会") == "长春市南关区"
    assert region_of("示例区总工会") == "示例区"
    assert region_of("吉林省人民政府") == "吉林省人民政府"
    assert honour_name("示例区", HonourType.WORKER_PIONEER) == "示例区工人先锋号"
