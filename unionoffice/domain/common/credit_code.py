"""Unified social credit codes (GB 32100-2015) and their check character."""

from __future__ import annotations

import unicodedata

from unionoffice.domain.common.errors import ValidationError

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
FIELD = "统一社会信用代码"


def credit_check_char(first17: str) -> str:
    total = sum(ALPHABET.index(c) * w for c, w in zip(first17, WEIGHTS, strict=True))
    value = 31 - total % 31
    return ALPHABET[0 if value == 31 else value]


def parse_credit_code(raw: str, *, field: str = FIELD) -> str:
    text = "".join(unicodedata.normalize("NFKC", str(raw)).split()).upper()
    if len(text) != 18:
        raise ValidationError(f"应为 18 位，实际 {len(text)} 位", field=field)
    bad = [c for c in text if c not in ALPHABET]
    if bad:
        raise ValidationError(f"含有不允许的字符“{''.join(bad)}”（不使用 I、O、Z、S、V）", field=field)
    expected = credit_check_char(text[:17])
    if text[17] != expected:
        raise ValidationError(f"校验位错误：最后一位应为 {expected}，实际为 {text[17]}", field=field)
    return text
