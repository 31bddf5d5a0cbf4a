"""The decision's words: every honouree once, grouped by honour and by competition event; the default texts."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from unionoffice.domain.honours.decision import (
    Honouree,
    decision_title,
    default_body,
    default_list_name,
    name_list,
    ordinal,
)
from unionoffice.domain.honours.rules import TYPE_ORDER, BasisKind, HonourType, quota_figures

EVENTS = ("焊工赛项", "汽车维修工赛项", "数控机床装调维修工赛项")
honourees = st.lists(st.builds(
    Honouree, st.sampled_from(list(HonourType)), st.text("张王李赵刘陈", min_size=2, max_size=3),
    st.sampled_from(["", "示例区热电有限公司"]), st.sampled_from(list(BasisKind)), st.sampled_from(EVENTS)),
    max_size=60)


def test_ordinals() -> None:
    assert [ordinal(n) for n in (1, 9, 10, 11, 19, 20, 21, 99)] == ["一", "九", "十", "十一", "十九", "二十", "二十一",
                                                                  "九十九"]


@given(honourees)
def test_every_honouree_appears_once_under_their_honour(people: list[Honouree]) -> None:
    sections = name_list("示例区", people)
    listed = [(s.heading, line) for s in sections for g in s.groups for line in g.lines]
    assert len(listed) == len(people)
    for section in sections:
        honour = next(t for t in HonourType if f"示例区{t.value}（" in section.heading)
        expected = sorted(p.line for p in people if p.honour_type is honour)
        assert sorted(line for g in section.groups for line in g.lines) == expected
        assert f"（{len(expected)}{honour.spec.recipient.counter}）" in section.heading
    order = [next(t for t in TYPE_ORDER if f"示例区{t.value}（" in s.heading) for s in sections]
    assert order == sorted(order, key=TYPE_ORDER.index)


def test_competition_winners_are_grouped_by_event_then_innovation_then_the_rest() -> None:
    medal = HonourType.MAY_DAY_MEDAL
    people = [Honouree(medal, "甲", "一厂", BasisKind.DEED),
              Honouree(medal, "乙", "二厂", BasisKind.COMPETITION, "焊工赛项"),
              Honouree(medal, "丙", "三厂", BasisKind.INNOVATION),
              Honouree(medal, "丁", "四厂", BasisKind.COMPETITION, "汽车维修工赛项"),
              Honouree(medal, "戊", "五厂", BasisKind.COMPETITION, "焊工赛项"),
              Honouree(HonourType.WORKER_PIONEER, "六厂检修班")]
    sections = name_list("示例区", people)
    assert [s.heading for s in sections] == ["一、示例区五一劳动奖章（5名）", "二、示例区工人先锋号（1个）"]
    groups = sections[0].groups
    assert [g.heading for g in groups] == ["（一）焊工赛项获奖者", "（二）汽车维修工赛项获奖者",
                                           "（三）技术创新成果获奖者", "（四）其他"]
    assert [list(g.lines) for g in groups] == [["乙　二厂", "戊　五厂"], ["丁　四厂"], ["丙　三厂"], ["甲　一厂"]]
    assert sections[1].groups[0].heading == ""
    assert list(sections[1].groups[0].lines) == ["六厂检修班"]


def test_default_texts_name_the_first_honouree_the_count_and_the_quota() -> None:
    medal, pioneer = HonourType.MAY_DAY_MEDAL, HonourType.WORKER_PIONEER
    people = [Honouree(medal, "张三", "一厂", BasisKind.COMPETITION, "焊工赛项"), Honouree(medal, "李四", "二厂"),
              Honouree(pioneer, "三厂检修班"), Honouree(HonourType.UNION_CADRE, "王五", "四厂")]
    quota = quota_figures(2024, [(p.honour_type, p.basis) for p in people], 10)
    body = default_body(2024, "示例区", people, quota)
    assert "授予张三等2名同志“示例区五一劳动奖章”" in body
    assert "授予三厂检修班“示例区工人先锋号”" in body
    assert "授予王五同志“示例区优秀工会干部”称号" in body
    assert "职工和集体1个，占总数3个的33.3%" in body
    name = default_list_name(2024, "示例区", [medal])
    assert decision_title(name) == "关于表彰2024年度示例区五一劳动奖和工人先锋号的决定"
    assert default_list_name(2024, "示例区", [HonourType.UNION_CADRE]) == "2024年度示例区先进集体和先进个人"
