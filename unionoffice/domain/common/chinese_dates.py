"""Dates written the Chinese way: 二〇二四年十月十九日 on certificates, 2024年10月19日 in 公文 and letters."""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum

# 〇 is U+3007 IDEOGRAPHIC NUMBER ZERO; ○ (U+25CB, a geometric circle), 零 and the letter O are wrong on a
# certificate (docs/domain.md (f) 10).
ZERO = "\u3007"
DIGITS = ZERO + "一二三四五六七八九"


class DateStyle(StrEnum):
    CHINESE = "chinese"  # 二〇二四年十月十九日
    CHINESE_MONTH = "chinese_month"  # 二〇二四年十月
    ARABIC = "arabic"  # 2024年10月19日 (GB/T 9704: full year, no zero padding)
    ARABIC_MONTH = "arabic_month"  # 2024年10月


def chinese_year(year: int) -> str:
    """Each digit on its own: 2024 → 二〇二四."""
    return "".join(DIGITS[int(d)] for d in str(year))


def chinese_number(n: int) -> str:
    """1–99 the way months and days are read: 十, 十九, 二十, 三十一."""
    if not 1 <= n <= 99:
        raise ValueError(f"month or day out of range: {n}")
    tens, ones = divmod(n, 10)
    text = "" if tens == 0 else ("十" if tens == 1 else DIGITS[tens] + "十")
    return text + (DIGITS[ones] if ones else "")


def format_date(value: date, style: DateStyle | str = DateStyle.CHINESE) -> str:
    style = DateStyle(style)
    if style is DateStyle.CHINESE:
        return f"{chinese_year(value.year)}年{chinese_number(value.month)}月{chinese_number(value.day)}日"
    if style is DateStyle.CHINESE_MONTH:
        return f"{chinese_year(value.year)}年{chinese_number(value.month)}月"
    if style is DateStyle.ARABIC:
        return f"{value.year}年{value.month}月{value.day}日"
    return f"{value.year}年{value.month}月"


def parse_chinese_date(text: str) -> date:
    """The inverse of `format_date` for the full styles (used by tests and by verification of printed text)."""
    arabic = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", text)
    if arabic:
        return date(int(arabic[1]), int(arabic[2]), int(arabic[3]))
    match = re.fullmatch(f"([{DIGITS}]{{4}})年([{DIGITS}十]+)月([{DIGITS}十]+)日", text)
    if not match:
        raise ValueError(f"not a Chinese date: {text!r}")
    year = int("".join(str(DIGITS.index(c)) for c in match[1]))
    return date(year, _read_number(match[2]), _read_number(match[3]))


def _read_number(text: str) -> int:
    if "十" not in text:
        return DIGITS.index(text)
    tens, _, ones = text.partition("十")
    return (DIGITS.index(tens) if tens else 1) * 10 + (DIGITS.index(ones) if ones else 0)
