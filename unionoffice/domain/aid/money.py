"""Money in integer fen: 元 with two decimals, 万元 for reports, and amounts in capitals (大写) for payment rosters."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from unionoffice.domain.common.errors import ValidationError

DIGITS = "零壹贰叁肆伍陆柒捌玖"
_SMALL_UNITS = ("", "拾", "佰", "仟")
_BIG_UNITS = ("", "万", "亿", "万亿")
MAX_FEN = 10**16 - 1  # below 一万万亿元: enough for any budget
_YUAN = re.compile(r"^[+-]?\d[\d,]*(\.\d+)?$")


def format_yuan(fen: int) -> str:
    """474369000 → 4,743,690.00"""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}{yuan:,}.{cents:02d}"


def format_wan(fen: int) -> str:
    """万元 with up to 4 decimals, trailing zeros dropped (docs/domain.md (f) 10): 474369000 → 474.369"""
    text = f"{Decimal(fen) / Decimal(1_000_000):.4f}".rstrip("0").rstrip(".")
    return text or "0"


def parse_yuan(text: str, *, field: str = "金额") -> int:
    """'1,234.5' → 123450 fen; more than two decimals or anything not a number is refused."""
    cleaned = text.strip().replace("，", ",").removesuffix("元").strip()
    if not _YUAN.match(cleaned):
        raise ValidationError(f"“{text}”不是金额（应为元，最多两位小数）", field=field)
    try:
        value = Decimal(cleaned.replace(",", ""))
    except InvalidOperation as exc:  # pragma: no cover - the pattern already excludes it
        raise ValidationError(f"“{text}”不是金额", field=field) from exc
    fen = value * 100
    if fen != fen.to_integral_value():
        raise ValidationError(f"“{text}”超过两位小数", field=field)
    return int(fen.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _four_digits(group: int) -> str:
    """0..9999 in capitals with inner zeros ("壹仟零伍"), without the leading zero rule."""
    text, zero = "", False
    for position in range(3, -1, -1):
        digit = group // 10**position % 10
        if digit == 0:
            zero = bool(text)
            continue
        if zero:
            text += "零"
            zero = False
        text += DIGITS[digit] + _SMALL_UNITS[position]
    return text


def _integer_capitals(yuan: int) -> str:
    groups = []
    while yuan:
        groups.append(yuan % 10_000)
        yuan //= 10_000
    text = ""
    need_zero = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            need_zero = bool(text)
            continue
        if text and (need_zero or group < 1000):
            text += "零"
        text += _four_digits(group) + _BIG_UNITS[index]
        need_zero = False
    return text


def capitals(fen: int) -> str:
    """The amount as banks and vouchers write it: 4,743,690.50 元 → 肆佰柒拾肆万叁仟陆佰玖拾元伍角整.

    Rules (the People's Bank of China's 《支付结算办法》 附件 on writing amounts): 元 after the integer part;
    整 when there are no 分 (also after 角); inner zeros are read once (壹仟零伍元); a zero 角 between 元 and 分 is
    written 零 (壹元零伍分); no integer part starts with the 角 or 分 (伍角); zero is 零元整; a negative amount is
    prefixed 负."""
    if not -MAX_FEN <= fen <= MAX_FEN:
        raise ValidationError("金额过大，无法写成大写", field="金额")
    if fen < 0:
        return "负" + capitals(-fen)
    yuan, rest = divmod(fen, 100)
    jiao, cents = divmod(rest, 10)
    text = _integer_capitals(yuan)
    if text:
        text += "元"
    if jiao == 0 and cents == 0:
        return (text or "零元") + "整"
    if jiao:
        text += DIGITS[jiao] + "角"
    elif text:
        text += "零"
    if cents:
        text += DIGITS[cents] + "分"
    else:
        text += "整"
    return text
