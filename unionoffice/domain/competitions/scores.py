"""Scores and times as a referee writes them, kept as integers so that ties are exact (docs/domain.md (b))."""

from __future__ import annotations

import math
import re
from decimal import Decimal, InvalidOperation

from unionoffice.domain.common.errors import ValidationError

# A score out of 100 is kept in hundredths of a point (88.5 → 8850), as money is kept in fen: two totals that
# print alike are alike, and a tie is a tie, never a float rounding accident.
SCORE_SCALE = 100
MAX_SCORE = 100 * SCORE_SCALE
MAX_TIME_MS = 24 * 3600 * 1000  # a practical task longer than a day is a typing error
_CLOCK = re.compile(r"^(?:(\d{1,2})[:：])?(\d{1,3})[:：](\d{1,2}(?:\.\d{1,3})?)$")


def parse_score(value: str | int | float | None, label: str = "成绩") -> int | None:
    """"88.5", 88.5 or "８８．５" → 8850; blank → None. Outside 0–100 or more than two decimals is refused."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValidationError("应为 0～100 之间的数", field=label)
    text = _folded(str(value)).strip()
    if not text:
        return None
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise ValidationError(f"“{text}”不是数字", field=label) from None
    if not number.is_finite():
        raise ValidationError(f"“{text}”不是数字", field=label)
    if not Decimal(0) <= number <= Decimal(100):
        raise ValidationError(f"{_plain(number)} 超出 0～100", field=label)
    scaled = number * SCORE_SCALE
    if scaled != scaled.to_integral_value():
        raise ValidationError(f"{_plain(number)} 的小数超过两位", field=label)
    return int(scaled)


def format_score(hundredths: int | None) -> str:
    """8850 → "88.5", 9000 → "90", None → ""."""
    if hundredths is None:
        return ""
    whole, part = divmod(hundredths, SCORE_SCALE)
    return f"{whole}" if part == 0 else f"{whole}.{part:02d}".rstrip("0")


def parse_time(value: str | int | float | None, label: str = "用时") -> int | None:
    """Seconds ("754", 754.5) or a clock ("12:34", "1:02:03.5") → milliseconds; blank → None."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValidationError("应为秒数或 分:秒", field=label)
    if isinstance(value, int | float):
        if not math.isfinite(value) or value < 0:
            raise ValidationError(f"“{value}”不是有效的用时", field=label)
        return _checked_ms(Decimal(str(value)) * 1000, label)
    text = _folded(value).strip()
    if not text:
        return None
    clock = _CLOCK.match(text)
    try:
        if clock:
            hours, minutes, seconds = int(clock.group(1) or 0), int(clock.group(2)), Decimal(clock.group(3))
            if seconds >= 60 or (clock.group(1) and minutes >= 60):
                raise ValidationError(f"“{text}”的分或秒超过 59", field=label)
            return _checked_ms((hours * 3600 + minutes * 60 + seconds) * 1000, label)
        return _checked_ms(Decimal(text) * 1000, label)
    except InvalidOperation:
        raise ValidationError(f"“{text}”不是秒数或 分:秒", field=label) from None


def format_time(ms: int | None) -> str:
    """754000 → "12:34", 754500 → "12:34.5", 3723000 → "1:02:03"; None → ""."""
    if ms is None:
        return ""
    seconds, milli = divmod(ms, 1000)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    fraction = f".{milli:03d}".rstrip("0") if milli else ""
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}{fraction}"
    return f"{minutes}:{secs:02d}{fraction}"


def _checked_ms(ms: Decimal, label: str) -> int:
    if ms < 0 or ms > MAX_TIME_MS:
        raise ValidationError("用时应在 0 到 24 小时之间", field=label)
    if ms != ms.to_integral_value():
        raise ValidationError("用时最多精确到千分之一秒", field=label)
    return int(ms)


def _folded(text: str) -> str:
    """Full-width digits, point and colon as the Chinese input method types them → ASCII."""
    return text.translate(_FULL_WIDTH)


_FULL_WIDTH = {ord("０") + i: ord("0") + i for i in range(10)} | {ord("．"): ord("."), ord("。"): ord(".")}


def _plain(number: Decimal) -> str:
    return format(number.normalize(), "f")
