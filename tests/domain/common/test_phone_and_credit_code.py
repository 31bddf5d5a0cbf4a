"""Mobile numbers and unified social credit codes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unionoffice.domain.common.credit_code import ALPHABET, credit_check_char, parse_credit_code
from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.common.phone import mask_phone, normalize_phone, phone_warning


@pytest.mark.parametrize("raw", ["13800138000", "+86 138-0013-8000", "0086 13800138000", "１３８００１３８０００"])
def test_phone_forms_normalise(raw: str) -> None:
    assert normalize_phone(raw) == "13800138000"


@pytest.mark.parametrize("raw", ["12800138000", "1380013800", "138001380001", "电话"])
def test_bad_phones_are_refused(raw: str) -> None:
    with pytest.raises(ValidationError):
        normalize_phone(raw)


def test_unallocated_range_only_warns() -> None:
    assert phone_warning("13800138000") is None
    assert phone_warning("19412345678") is not None


# The MIIT's newer blocks and the data-card blocks: ordinary numbers that must not warn.
@pytest.mark.parametrize("prefix", ["145", "147", "149", "162", "165", "166", "167", "170", "171", "172", "173",
                                    "175", "176", "177", "178", "190", "191", "192", "193", "195", "196", "197",
                                    "198", "199", "1610", "17400", "17405", *(f"13{d}" for d in range(10)),
                                    *(f"18{d}" for d in range(10))])
def test_allocated_blocks_do_not_warn(prefix: str) -> None:
    number = (prefix + "12345678901")[:11]
    assert phone_warning(number) is None


@pytest.mark.parametrize("number", ["14012345678", "14412345678", "15412345678", "16012345678", "16312345678",
                                    "16812345678", "17412345678", "17406123456", "17912345678", "19412345678"])
def test_numbers_that_cannot_exist_warn_naming_the_block(number: str) -> None:
    warning = phone_warning(number)
    assert warning is not None
    assert number in warning
    assert f"号段 {number[:3]}" in warning


def test_phone_mask() -> None:
    assert mask_phone("13800138000") == "138****8000"


@given(st.text(max_size=20))
@settings(max_examples=1000)
def test_phone_normalise_is_idempotent(raw: str) -> None:
    try:
        number = normalize_phone(raw)
    except ValidationError:
        return
    assert normalize_phone(number) == number


def test_credit_code_example_passes_and_a_changed_one_fails() -> None:
    assert parse_credit_code("91350100m000100y43") == "91350100M000100Y43"
    with pytest.raises(ValidationError) as err:
        parse_credit_code("91350100M000100Y44")
    assert "应为 3" in err.value.message


def test_credit_code_refuses_letters_never_used() -> None:
    with pytest.raises(ValidationError) as err:
        parse_credit_code("91350100M00010OY43")
    assert "O" in err.value.message


@given(st.text(alphabet=ALPHABET, min_size=17, max_size=17))
@settings(max_examples=1000)
def test_every_body_has_one_valid_check_character(body: str) -> None:
    code = body + credit_check_char(body)
    assert parse_credit_code(code) == code
