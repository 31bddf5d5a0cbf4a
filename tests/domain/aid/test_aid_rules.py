"""Hardship categories, the workflow table, eligibility rules, notices and recuperation ranking (domain/aid)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unionoffice.domain.aid.calendar import WorkCalendar, library_knows
from unionoffice.domain.aid.hardship import Income, Standard, classify
from unionoffice.domain.aid.kinds import ApplicationState as S
from unionoffice.domain.aid.kinds import Cause, HardshipCategory
from unionoffice.domain.aid.notices import notice_name
from unionoffice.domain.aid.recuperation import Nominee, PersonTimes, select_within_quota
from unionoffice.domain.aid.rules import Facts, Rule, RuleKind, check_rule, evaluate
from unionoffice.domain.aid.workflow import TRANSITIONS, Step, check_step, step_to
from unionoffice.domain.common.errors import ValidationError

YUYAO = Standard(2024, 125_500, 1500, 2000)  # docs/domain.md (b): 低保 ¥1,255, relative to ¥1,882.50, accident ¥2,510


def test_yuyao_lines() -> None:
    assert YUYAO.relative_ceiling_fen == 188_250
    assert YUYAO.accident_ceiling_fen == 251_000
    assert classify(125_500, [Cause.LOW_INCOME], YUYAO).category is HardshipCategory.DEEP
    assert classify(188_250, [Cause.LOW_INCOME], YUYAO).category is HardshipCategory.RELATIVE
    assert classify(200_000, [Cause.ILLNESS], YUYAO).category is HardshipCategory.ACCIDENT
    unfiled = classify(200_000, [Cause.SCHOOLING, Cause.LOW_INCOME], YUYAO)
    assert unfiled.category is None
    assert "学费" in unfiled.reason  # school fees or low income alone are not accident-caused
    assert classify(251_001, [Cause.ACCIDENT], YUYAO).category is None


@given(st.integers(min_value=0, max_value=1_000_000), st.sampled_from(list(Cause)))
def test_deep_hardship_always_means_income_at_most_dibao(income: int, cause: Cause) -> None:
    verdict = classify(income, [cause], YUYAO)
    assert (verdict.category is HardshipCategory.DEEP) == (income <= YUYAO.dibao_fen)
    assert verdict.reason


def test_income_after_essential_costs_per_person() -> None:
    assert Income(500_000, 200_000, 3).per_capita_fen == 100_000
    assert Income(100_000, 300_000, 2).per_capita_fen == 0
    with pytest.raises(ValidationError):
        Income(1, 0, 0).per_capita_fen  # noqa: B018 - the property raises


def test_standard_refuses_lines_out_of_order() -> None:
    with pytest.raises(ValidationError):
        Standard(2024, 125_500, 2500, 2000)
    with pytest.raises(ValidationError):
        Standard(2024, 0, 1500, 2000)


def test_workflow_table() -> None:
    assert step_to(S.PUBLICISED, S.REVIEWED) is Step.OBJECT
    assert step_to(S.APPROVED, S.PAID) is Step.PAY
    with pytest.raises(ValidationError, match="可办理"):
        step_to(S.DRAFT, S.APPROVED)
    with pytest.raises(ValidationError, match="驳回理由"):
        check_step(Step.REJECT, S.REVIEWED, " ")
    with pytest.raises(ValidationError, match="不能办理"):
        check_step(Step.PAY, S.PUBLICISED, "")
    assert all(t.target not in (S.DRAFT,) or t.step is Step.RECALL for t in TRANSITIONS.values())
    assert not [t for t in TRANSITIONS.values() if S.PAID in t.sources or S.REJECTED in t.sources]


def test_working_days_over_national_day_with_the_swapped_workday() -> None:
    calendar = WorkCalendar()
    assert calendar.add_working_days(date(2024, 9, 30), 5) == date(2024, 10, 11)
    assert calendar.add_working_days(date(2024, 10, 12), 1) == date(2024, 10, 12)  # Saturday, a 调休 workday
    assert calendar.is_workday(date(2024, 9, 29))  # Sunday, a 调休 workday


def test_office_overrides_cover_a_year_the_library_does_not_know() -> None:
    assert not library_knows(2031)
    plain = WorkCalendar()
    assert plain.unknown_years(date(2031, 1, 1), date(2031, 2, 1)) == [2031]
    assert plain.add_working_days(date(2031, 1, 1), 1) == date(2031, 1, 1)  # only weekends count
    office = WorkCalendar({date(2031, 1, 1): False, date(2031, 1, 4): True})  # New Year; a Saturday worked
    assert office.add_working_days(date(2031, 1, 1), 2) == date(2031, 1, 3)
    assert office.add_working_days(date(2031, 1, 3), 2) == date(2031, 1, 4)
    with pytest.raises(ValidationError):
        office.add_working_days(date(2031, 1, 1), 0)


def _facts(**kw: object) -> Facts:
    values: dict[str, object] = {"amount_fen": 400_000, "member_status": "在会", "child_id": "x"}
    values.update(kw)
    return Facts(**values)  # type: ignore[arg-type]


def test_every_refusal_quotes_the_policy_text() -> None:
    once = Rule(RuleKind.ONCE_PER_CHILD_YEAR, "每名学生每年只能申请一次金秋助学")
    verdict = evaluate([once], _facts(child_aided_this_year=True))
    assert verdict.refusals[0].message.startswith("不符合规定“每名学生每年只能申请一次金秋助学”")
    assert evaluate([once], _facts()).ok


def test_active_membership_and_retired_members() -> None:
    strict = Rule(RuleKind.ACTIVE_MEMBER, "须为在会会员")
    lenient = Rule(RuleKind.ACTIVE_MEMBER, "退休保留会籍者可申请", flag=True)
    assert not evaluate([strict], _facts(member_status="保留会籍")).ok  # docs/domain.md (f) 8
    assert evaluate([lenient], _facts(member_status="保留会籍")).ok
    assert not evaluate([lenient], _facts(member_status="退会")).ok


def test_new_entrants_only_and_continuing_students() -> None:
    rule = Rule(RuleKind.NEW_ENTRANTS_ONLY, "只资助当年新生")
    continuing = Rule(RuleKind.NEW_ENTRANTS_ONLY, "新生及在读生均可连续资助", flag=True)
    assert not evaluate([rule], _facts(child_aided_before=True, new_student=False)).ok  # docs/domain.md (f) 6
    assert evaluate([continuing], _facts(child_aided_before=True, new_student=False)).ok
    assert evaluate([rule], _facts(child_aided_before=False)).ok


def test_exclusions_and_double_funding() -> None:
    school = Rule(RuleKind.EXCLUDED_SCHOOL, "军事院校、公费师范不资助", values=("军事院校", "公费师范"))
    elsewhere = Rule(RuleKind.AIDED_ELSEWHERE, "已获其他资助的不重复资助")
    double = Rule(RuleKind.NO_DOUBLE_FUNDING, "同年已获困难职工帮扶的不再资助", values=("困难职工帮扶",))
    assert not evaluate([school], _facts(school_kind="军事院校")).ok
    assert evaluate([school], _facts(school_kind="普通院校")).ok
    assert not evaluate([elsewhere], _facts(aided_elsewhere=True)).ok  # docs/domain.md (f) 7
    assert not evaluate([double], _facts(other_programme_types=frozenset({"困难职工帮扶"}))).ok
    assert evaluate([double], _facts(other_programme_types=frozenset({"送温暖"}))).ok


def test_caps_by_amount_or_months_of_dibao_and_by_aid_type() -> None:
    household = Rule(RuleKind.CAP_PER_HOUSEHOLD_YEAR, "每户每年不超过12个月低保", dibao_months=12,
                     values=("生活救助",))
    facts = _facts(aid_type="生活救助", amount_fen=500_000, dibao_fen=125_500,
                   household_year_fen={"生活救助": 1_100_000, "医疗救助": 9_000_000})
    verdict = evaluate([household], facts)
    assert "超过上限 15,060.00 元" in verdict.refusals[0].message
    assert evaluate([household], _facts(aid_type="医疗救助", amount_fen=10**9, dibao_fen=125_500)).ok
    no_line = evaluate([household], _facts(aid_type="生活救助", dibao_fen=None))
    assert "低保标准" in no_line.refusals[0].message
    grant = Rule(RuleKind.CAP_PER_GRANT, "单次不超过3000元", amount_fen=300_000)
    assert evaluate([grant], _facts(amount_fen=300_000)).ok
    assert not evaluate([grant], _facts(amount_fen=300_001)).ok


def test_rule_editor_checks() -> None:
    with pytest.raises(ValidationError, match="政策"):
        check_rule(Rule(RuleKind.ACTIVE_MEMBER, " "))
    with pytest.raises(ValidationError, match="二者选一"):
        check_rule(Rule(RuleKind.CAP_PER_GRANT, "上限", amount_fen=1, dibao_months=2))
    with pytest.raises(ValidationError, match="院校类别"):
        check_rule(Rule(RuleKind.EXCLUDED_SCHOOL, "不资助", values=("野鸡大学",)))
    check_rule(Rule(RuleKind.CAP_PER_PERSON_YEAR, "临时救助每人每年3000元", amount_fen=300_000, values=("临时救助",)))


@pytest.mark.parametrize(("name", "shown"), [("张三明", "张*明"), ("张三", "张*"), ("欧阳明华", "欧**华"),
                                             ("阿依古丽·买买提", "阿******提"), ("王", "王")])
def test_notice_names(name: str, shown: str) -> None:
    assert notice_name(name) == shown


def test_merit_first_then_as_nominated() -> None:
    nominees = [Nominee(1, 5, 1, "a"), Nominee(2, 0, 9, "b"), Nominee(3, 2, 3, "c"), Nominee(4, 5, 2, "d")]
    chosen, left = select_within_quota(nominees, 3)
    assert chosen == [2, 3, 1]
    assert left == [4]
    assert PersonTimes(188_000, 52_000).border_percent == "27.7%"  # the article's 2024 recuperation share
