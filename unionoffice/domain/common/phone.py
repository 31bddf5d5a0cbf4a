"""Mainland mobile numbers: normalising, the hard format rule and the softer allocation check."""

from __future__ import annotations

import re
import unicodedata

from unionoffice.domain.common.errors import ValidationError

MOBILE = re.compile(r"^1[3-9]\d{9}$")
# libphonenumber 9.0.43's CN mobile pattern; ranges change, so a miss only warns.
ALLOCATED = re.compile(r"^(?:1(?:610\d|740[0-5])\d{6}|1(?:[38]\d|4[57]|[59][0-35-9]|6[25-7]|7[0-35-8])\d{8})$")
FIELD = "手机"


def normalize_phone(raw: str, *, field: str = FIELD) -> str:
    text = unicodedata.normalize("NFKC", str(raw)).strip()
    text = re.sub(r"[\s\-()（）]", "", text)
    if text.startswith("+86"):
        text = text[3:]
    elif text.startswith("0086"):
        text = text[4:]
    if not MOBILE.match(text):
        raise ValidationError(f"“{raw}”不是 11 位手机号码（1 开头，第二位 3–9）", field=field)
    return text


def phone_warning(number: str) -> str | None:
    if ALLOCATED.match(number):
        return None
    return f"手机号 {number} 不在已知的号段内，请核对"


def mask_phone(number: str | None) -> str:
    if not number:
        return ""
    if len(number) != 11:
        return "*" * max(len(number) - 2, 0) + number[-2:]
    return number[:3] + "****" + number[-4:]


def mask_account(number: str | None) -> str:
    """Bank card / account: last four only."""
    if not number:
        return ""
    return "*" * max(len(number) - 4, 0) + number[-4:]
