"""Chinese dates (〇 not ○) and verification codes: the pure rules under the documents."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from unionoffice.domain.certificates.verification import (
    ALPHABET,
    CODE_LENGTH,
    code_matches,
    format_code,
    is_well_formed,
    normalise_code,
    parse_scanned,
    qr_payload,
    verification_code,
)
from unionoffice.domain.common.chinese_dates import DateStyle, chinese_number, format_date, parse_chinese_date

KEY = b"k" * 32


def test_certificate_date_uses_ideographic_zero() -> None:
    text = format_date(date(2024, 10, 19), DateStyle.CHINESE)
    assert text == "二〇二四年十月十九日"
    assert "\u3007" in text
    assert "\u25cb" not in text
    assert "零" not in text
    assert "O" not in text


@pytest.mark.parametrize(("value", "expected"), [
    (date(2024, 1, 1), "二〇二四年一月一日"),
    (date(2000, 12, 20), "二〇〇〇年十二月二十日"),
    (date(2031, 11, 31 - 1), "二〇三一年十一月三十日"),
    (date(2024, 7, 31), "二〇二四年七月三十一日"),
])
def test_chinese_numerals_for_month_and_day(value: date, expected: str) -> None:
    assert format_date(value, DateStyle.CHINESE) == expected


def test_gbt9704_dates_are_arabic_and_unpadded() -> None:
    assert format_date(date(2024, 10, 9), DateStyle.ARABIC) == "2024年10月9日"
    assert format_date(date(2024, 3, 9), DateStyle.ARABIC_MONTH) == "2024年3月"
    assert format_date(date(2024, 10, 19), DateStyle.CHINESE_MONTH) == "二〇二四年十月"


def test_chinese_number_range() -> None:
    assert [chinese_number(n) for n in (1, 10, 11, 19, 20, 21, 30)] == ["一", "十", "十一", "十九", "二十", "二十一",
                                                                     "三十"]
    with pytest.raises(ValueError, match="."):
        chinese_number(0)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2199, 12, 31)),
       st.sampled_from([DateStyle.CHINESE, DateStyle.ARABIC]))
def test_formatting_reads_back(value: date, style: DateStyle) -> None:
    assert parse_chinese_date(format_date(value, style)) == value


def test_code_shape_and_determinism() -> None:
    code = verification_code(KEY, "2024-JN-00123", "张堃", date(2024, 10, 19))
    assert len(code) == CODE_LENGTH
    assert all(c in ALPHABET for c in code)
    assert code == verification_code(KEY, "2024-JN-00123", "张堃", date(2024, 10, 19))
    assert format_code(code) == f"{code[:5]}-{code[5:]}"


@pytest.mark.parametrize("change", [
    {"number": "2024-JN-00124"}, {"name": "张坤"}, {"issue_date": date(2024, 10, 20)}, {"key": b"x" * 32},
])
def test_code_depends_on_every_signed_fact(change: dict[str, object]) -> None:
    base: dict[str, object] = {"key": KEY, "number": "2024-JN-00123", "name": "张堃", "issue_date": date(2024, 10, 19)}
    original = verification_code(**base)  # type: ignore[arg-type]
    assert verification_code(**{**base, **change}) != original  # type: ignore[arg-type]


def test_typed_codes_are_forgiving() -> None:
    code = verification_code(KEY, "2024-JN-00001", "李𠇔", date(2024, 5, 1))
    typed = format_code(code).lower().replace("0", "o").replace("1", "l")
    assert normalise_code(typed) == code
    assert normalise_code(" ＡＢＣＤＥ－１２３４５ ") == "ABCDE12345"  # full-width from a Chinese input method
    assert code_matches(KEY, typed, "2024-JN-00001", "李𠇔", date(2024, 5, 1))
    assert not is_well_formed("ABCD")
    assert not is_well_formed("ABCDEFGHIU")


def test_scanned_payload_and_bare_code() -> None:
    payload = qr_payload("2024-JN-00123", "ABCDE12345")
    assert payload == "UOV:2024-JN-00123:ABCDE12345"
    assert payload.upper() == payload  # alphanumeric QR mode
    scanned = parse_scanned("HTTPS://VERIFY.EXAMPLE/" + payload)
    assert (scanned.number, scanned.code) == ("2024-JN-00123", "ABCDE12345")
    assert parse_scanned("abcde-12345").number is None
    assert parse_scanned("UOV:示工函〔2024〕3号:ABCDE12345").number == "示工函〔2024〕3号"


def test_qr_content_is_a_url_with_an_office_page_or_a_chinese_sentence() -> None:
    from unionoffice.domain.certificates.verification import qr_content

    number = "示工函〔2024〕3号"
    url = qr_content(number, "ABCDE12345", issuer="示例区总工会", kind_name="获奖通知书",
                     url="https://zgh.example.cn/cx")
    assert url.startswith("https://zgh.example.cn/cx?q=UOV:")
    assert url.isascii()  # a phone opens it as it is
    assert parse_scanned(url) == parse_scanned(f"UOV:{number}:ABCDE12345")
    assert parse_scanned(url).number == number
    sentence = qr_content("2024-RY-00001", "ABCDE12345", issuer="示例区总工会", kind_name="荣誉证书")
    assert "查验码 ABCDE-12345" in sentence
    assert "示例区总工会颁发的荣誉证书" in sentence
    scanned = parse_scanned(sentence)
    assert (scanned.number, scanned.code) == ("2024-RY-00001", "ABCDE12345")
    assert parse_scanned("abcde-I2345").code == "ABCDE12345"  # lower case and I/1 mix-ups still accepted
