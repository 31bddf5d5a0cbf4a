"""Mainland mobile numbers: normalising, the hard format rule and the softer allocation check."""

from __future__ import annotations

import re
import unicodedata

from unionoffice.domain.common.errors import ValidationError

MOBILE = re.compile(r"^1[3-9]\d{9}$")
# The 11-digit mobile number blocks the MIIT has allocated (电信网码号资源, as of 2024): the operators', the
# virtual operators' (162, 165, 167, 170, 171), the data-only cards (145–149), China Broadnet (192) and the newer
# 19x blocks. A number outside every block cannot exist, and only that warns; ranges are added, never taken back,
# so when the ministry opens a new block it goes in here; where in doubt a block is kept (a warning for a number that
# exists is the error this list avoids). 140–144 carry 13-digit IoT numbers; 154, 160, 161 (but 1610), 163, 164, 168,
# 169, 174 (but the satellite 1740x), 179 and 194 are not allocated.
MOBILE_PREFIXES: tuple[str, ...] = (
    *(f"13{d}" for d in range(10)),
    "145", "146", "147", "148", "149",
    "150", "151", "152", "153", "155", "156", "157", "158", "159",
    "162", "165", "166", "167",
    "170", "171", "172", "173", "175", "176", "177", "178",
    *(f"18{d}" for d in range(10)),
    "190", "191", "192", "193", "195", "196", "197", "198", "199",
)
# Blocks narrower than three digits (as libphonenumber lists them): 1610 and the satellite service's 1740[0-5].
MOBILE_SUB_PREFIXES: tuple[str, ...] = ("1610", "17400", "17401", "17402", "17403", "17404", "17405")
_PREFIXES = frozenset(MOBILE_PREFIXES)
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


def is_allocated(number: str) -> bool:
    """Whether an 11-digit mobile number lies in a block the MIIT has allocated (it could exist)."""
    return number[:3] in _PREFIXES or number.startswith(MOBILE_SUB_PREFIXES)


def phone_warning(number: str) -> str | None:
    """A warning only for a number that cannot exist: its block is not allocated to anyone."""
    if is_allocated(number):
        return None
    return f"手机号 {number} 的号段 {number[:3]} 未分配给任何运营商，这个号码不存在，请核对"


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
