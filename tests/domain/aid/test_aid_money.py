"""大写 amounts and 元/万元 formatting (docs/domain.md (f) 10): every amount reads back to itself."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from unionoffice.domain.aid.money import DIGITS, MAX_FEN, capitals, format_wan, format_yuan, parse_yuan
from unionoffice.domain.common.errors import ValidationError

_UNITS = {"拾": 10, "佰": 100, "仟": 1000}


def _read_group(text: str) -> int:
    """A reader written independently of `capitals`: 壹仟零伍 → 1005."""
    total, digit = 0, 0
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS.index(ch)
        elif ch in _UNITS:
            total += digit * _UNITS[ch]
            digit = 0
    return total + digit


def read_capitals(text: str) -> int:
    negative = text.startswith("负")
    text = text.removeprefix("负")
    integer, _, rest = text.partition("元") if "元" in text else ("", "", text)
    yuan = 0
    for unit, factor in (("万亿", 10**12), ("亿", 10**8), ("万", 10**4)):
        if unit in integer:
            head, integer = integer.split(unit, 1)
            yuan += _read_group(head) * factor
    yuan += _read_group(integer)
    jiao = DIGITS.index(rest[rest.index("角") - 1]) if "角" in rest else 0
    fen = DIGITS.index(rest[rest.index("分") - 1]) if "分" in rest else 0
    value = yuan * 100 + jiao * 10 + fen
    return -value if negative else value


@pytest.mark.parametrize(("fen", "text"), [
    (0, "零元整"), (5, "伍分"), (50, "伍角整"), (100, "壹元整"), (105, "壹元零伍分"), (150, "壹元伍角整"),
    (100_500, "壹仟零伍元整"), (10_050_000, "壹拾万零伍佰元整"), (10_001_000_000, "壹亿零壹万元整"),
    (474_369_000, "肆佰柒拾肆万叁仟陆佰玖拾元整"),  # the article's Golden Autumn total
    (12_345_678_901, "壹亿贰仟叁佰肆拾伍万陆仟柒佰捌拾玖元零壹分"), (-2_000, "负贰拾元整"),
])
def test_capitals_as_vouchers_write_them(fen: int, text: str) -> None:
    assert capitals(fen) == text


@settings(max_examples=1000)
@given(st.integers(min_value=-MAX_FEN, max_value=MAX_FEN))
def test_capitals_read_back_to_the_amount(fen: int) -> None:
    text = capitals(fen)
    assert read_capitals(text) == fen
    assert "零零" not in text
    assert text.endswith(("整", "分"))


def test_an_amount_too_large_is_refused() -> None:
    with pytest.raises(ValidationError, match="金额过大"):
        capitals(MAX_FEN + 1)


@given(st.integers(min_value=0, max_value=10**12))
def test_yuan_text_parses_back(fen: int) -> None:
    assert parse_yuan(format_yuan(fen)) == fen


def test_wan_and_yuan_formats() -> None:
    assert format_wan(474_369_000) == "474.369"
    assert format_wan(0) == "0"
    assert format_yuan(474_369_000) == "4,743,690.00"
    assert parse_yuan("1,234.5元") == 123_450
    for bad in ("1.234", "abc", "", "1e5"):
        with pytest.raises(ValidationError):
            parse_yuan(bad)
