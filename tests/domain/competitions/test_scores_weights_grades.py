"""Score and time parsing, the weights rule of the housing ministry, grade steps, prize bands, masked names."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.common.names import mask_name
from unionoffice.domain.competitions.grades import GRADES, GradeRule, grade_index, proposed_step
from unionoffice.domain.competitions.prizes import BandMode, PrizeBand, check_bands
from unionoffice.domain.competitions.scores import format_score, format_time, parse_score, parse_time
from unionoffice.domain.competitions.weights import Weights, check_weights, format_total


def test_scores_are_hundredths_of_a_point() -> None:
    assert parse_score("88.5") == 8850
    assert parse_score(" ９０ ") == 9000
    assert parse_score(100) == 10000
    assert parse_score(0.25) == 25
    assert parse_score("") is None
    assert parse_score(None) is None
    assert format_score(8850) == "88.5"
    assert format_score(9000) == "90"
    assert format_score(8805) == "88.05"


@pytest.mark.parametrize(("value", "why"), [("100.5", "超出 0～100"), ("-1", "超出 0～100"), ("88.555", "小数超过两位"),
                                            ("优", "不是数字"), ("nan", "不是数字"), (True, "0～100")])
def test_bad_scores_are_refused_with_the_reason(value: object, why: str) -> None:
    with pytest.raises(ValidationError, match=why):
        parse_score(value)  # type: ignore[arg-type]


@given(st.integers(0, 10000))
def test_score_round_trip(hundredths: int) -> None:
    assert parse_score(format_score(hundredths)) == hundredths


def test_times_in_seconds_or_on_the_clock() -> None:
    assert parse_time("754") == 754_000
    assert parse_time(754.5) == 754_500
    assert parse_time("12:34") == 754_000
    assert parse_time("12：34.5") == 754_500
    assert parse_time("1:02:03") == 3_723_000
    assert format_time(754_500) == "12:34.5"
    assert format_time(3_723_000) == "1:02:03"
    for bad in ("12:61", "abc", "-5", "25:00:00"):
        with pytest.raises(ValidationError):
            parse_time(bad)


@given(st.integers(0, 24 * 3600 * 1000 - 1))
def test_time_round_trip(ms: int) -> None:
    assert parse_time(format_time(ms)) == ms


def test_weights_default_and_the_housing_ministry_cap() -> None:
    assert check_weights(30) == Weights(30, 70)
    assert check_weights(40) == Weights(40, 60)
    assert check_weights(30, housing_ministry=True) == Weights(30, 70)
    with pytest.raises(ValidationError, match="住房和城乡建设部.*不得超过 30%（现为 40%）"):
        check_weights(40, housing_ministry=True, event="砌筑工")
    assert check_weights(35, housing_ministry=True, housing_cap_pct=35) == Weights(35, 65)
    with pytest.raises(ValidationError):
        check_weights(101)
    assert Weights(30, 70).total(8000, 9000) == 870_000
    assert format_total(870_000) == "87"
    assert format_total(896_180) == "89.618"


def test_one_step_never_above_senior_technician() -> None:
    steps = [proposed_step(g, GradeRule.ONE_STEP).proposed for g in ("", *GRADES)]
    assert steps == [*GRADES, None]
    assert "不能再晋升" in proposed_step("一级/高级技师", GradeRule.ONE_STEP).reason
    assert proposed_step("二级", GradeRule.ONE_STEP).proposed == "一级/高级技师"
    assert grade_index("技师") == 3


def test_hainan_rule_by_prize() -> None:
    medal = GradeRule.BY_PRIZE
    assert proposed_step("五级/初级工", medal, prize="一等奖").proposed == "二级/技师"
    assert proposed_step("二级/技师", medal, prize="三等奖").proposed == "一级/高级技师"
    assert proposed_step("一级/高级技师", medal, prize="一等奖").proposed is None
    assert proposed_step("四级/中级工", medal, prize="优秀奖", merit=True).proposed == "三级/高级工"
    assert proposed_step("二级/技师", medal, prize="优秀奖", merit=True).proposed is None
    assert proposed_step("", medal).proposed is None


@given(st.sampled_from(["", *GRADES]), st.sampled_from(list(GradeRule)), st.booleans())
def test_a_step_only_ever_goes_up(current: str, rule: GradeRule, merit: bool) -> None:
    step = proposed_step(current, rule, prize="优秀奖" if merit else "二等奖", merit=merit)
    if step.proposed is not None:
        assert grade_index(step.proposed) > grade_index(current)
    else:
        assert step.reason


def test_bands_are_checked() -> None:
    with pytest.raises(ValidationError, match="重复"):
        check_bands([PrizeBand("一等奖", BandMode.COUNT, 1), PrizeBand("一等奖", BandMode.COUNT, 2)])
    with pytest.raises(ValidationError, match="比例应在 0～100"):
        check_bands([PrizeBand("优秀奖", BandMode.SHARE, 120)])


def test_names_on_a_notice() -> None:
    assert mask_name("张伟") == "张*"
    assert mask_name("欧阳娜娜") == "欧阳*"
    assert mask_name("阿依古丽·买买提") == "阿依古丽·*"
    assert mask_name("𠇔堃") == "𠇔*"
