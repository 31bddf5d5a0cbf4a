"""Resident ID numbers: check character, 15→18 conversion, derived birth date and sex, masking."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.common.idnumber import (
    WEIGHTS,
    check_char,
    clean,
    convert_15_to_18,
    mask_id,
    parse_id,
)

AREAS = st.sampled_from(["220102", "220104", "222401", "110105", "440524"])
BIRTHS = st.dates(min_value=date(1900, 1, 1), max_value=date(1999, 12, 31))


def test_weights_are_powers_of_two_mod_11() -> None:
    assert tuple(2 ** (18 - k) % 11 for k in range(1, 18)) == WEIGHTS


@pytest.mark.parametrize(
    ("number", "sex", "born"),
    [
        ("220102198503140028", "女", date(1985, 3, 14)),
        ("220104199207081550", "男", date(1992, 7, 8)),
        ("222401196602150814", "男", date(1966, 2, 15)),
        ("220102200609014329", "女", date(2006, 9, 1)),
        ("11010519491231002X", "女", date(1949, 12, 31)),
    ],
)
def test_documented_examples_are_valid(number: str, sex: str, born: date) -> None:
    rid = parse_id(number)
    assert (rid.number, rid.sex, rid.birth_date) == (number, sex, born)


def test_old_15_digit_number_is_converted_and_kept() -> None:
    rid = parse_id("220102850314002")
    assert rid.number == "220102198503140028"
    assert rid.original == "220102850314002"


def test_lowercase_and_fullwidth_x_are_normalised() -> None:
    assert parse_id("11010519491231002x").number == "11010519491231002X"
    assert parse_id("１１０１０５１９４９１２３１００２Ｘ").number == "11010519491231002X"
    assert parse_id(" 110105 19491231 002X ").number == "11010519491231002X"


def test_wrong_check_character_names_the_expected_one() -> None:
    with pytest.raises(ValidationError) as err:
        parse_id("220102198503140027")
    assert "应为 8" in err.value.message
    assert "身份证号" in err.value.message


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("2.20102E+17", "科学计数法"),
        ("22010219850230002X", "不存在"),
        ("2201021985031400", "18 位"),
        ("22010221000101002X", "晚于今天"),
        ("22010218850314002A", "数字或 X"),
    ],
)
def test_bad_numbers_are_refused_with_a_reason(raw: str, reason: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_id(raw, today=date(2026, 11, 24))
    assert reason in err.value.message


@given(area=AREAS, born=BIRTHS, seq=st.integers(0, 999))
@settings(max_examples=1000)
def test_15_to_18_round_trip(area: str, born: date, seq: int) -> None:
    old = f"{area}{born:%y%m%d}{seq:03d}"
    rid = parse_id(old)
    assert rid.number[:6] == area
    assert rid.number[6:14] == f"{born:%Y%m%d}"
    assert rid.number[:6] + rid.number[8:17] == old
    assert rid.birth_date == born
    assert rid.sex == ("男" if seq % 2 else "女")
    assert convert_15_to_18(old) == rid.number


@given(area=AREAS, born=BIRTHS, seq=st.integers(0, 999))
@settings(max_examples=1000)
def test_exactly_one_check_character_is_accepted(area: str, born: date, seq: int) -> None:
    body = f"{area}{born:%Y%m%d}{seq:03d}"
    good = check_char(body)
    assert parse_id(body + good).number == body + good
    for wrong in "0123456789X":
        if wrong != good:
            with pytest.raises(ValidationError):
                parse_id(body + wrong)


@given(st.text(max_size=25))
@settings(max_examples=1000)
def test_parse_raises_only_validation_errors_and_clean_is_idempotent(raw: str) -> None:
    assert clean(clean(raw)) == clean(raw)
    try:
        rid = parse_id(raw)
    except ValidationError:
        return
    assert parse_id(rid.number) == rid.__class__(rid.number, rid.birth_date, rid.sex, None)


def test_mask_keeps_area_and_last_four_and_hides_the_birth_date() -> None:
    assert mask_id("220102198503140028") == "220102********0028"
    assert mask_id("11010519491231002X") == "110105********002X"
    assert len(mask_id("11010519491231002X")) == 18
    assert mask_id("") == ""
