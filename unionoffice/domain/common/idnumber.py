"""Resident ID numbers (GB 11643-1999): normalising, the MOD 11-2 check character, 15→18 digits, masking."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date

from unionoffice.domain.common.errors import ValidationError

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARS = "10X98765432"
FIELD = "身份证号"


@dataclass(frozen=True)
class ResidentId:
    """A valid 18-character ID; `original` keeps a 15-digit number it was converted from."""

    number: str
    birth_date: date
    sex: str  # 男 / 女
    original: str | None = None

    @property
    def area_code(self) -> str:
        return self.number[:6]


def check_char(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, WEIGHTS, strict=True))
    return CHECK_CHARS[total % 11]


def clean(raw: str) -> str:
    """Trim, fold full-width characters to ASCII (NFKC), drop inner spaces, upper-case x."""
    text = unicodedata.normalize("NFKC", str(raw))
    # Normalise again after upper-casing: case mapping can leave a decomposed form NFKC would compose.
    return unicodedata.normalize("NFKC", "".join(text.split()).upper())


def convert_15_to_18(number15: str) -> str:
    body = number15[:6] + "19" + number15[6:]
    return body + check_char(body)


def _birth_date(digits: str, field: str) -> date:
    try:
        born = date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        raise ValidationError(f"出生日期 {digits} 不存在", field=field) from None
    if born.year < 1900:
        raise ValidationError(f"出生日期 {digits} 早于 1900 年", field=field)
    return born


def parse_id(raw: str, *, today: date | None = None, field: str = FIELD) -> ResidentId:
    """Validate and normalise; raises `ValidationError` with the reason (and the expected check char)."""
    text = clean(raw)
    if not text:
        raise ValidationError("不能为空", field=field)
    if "E+" in text or "E-" in text:
        raise ValidationError(f"“{text}”是被 Excel 改成科学计数法的数字，原号码已丢失，请按文本重新录入", field=field)
    original: str | None = None
    if len(text) == 15:
        if not text.isdigit():
            raise ValidationError("15 位旧号码只能由数字组成", field=field)
        original = text
        text = convert_15_to_18(text)
    elif len(text) != 18:
        raise ValidationError(f"应为 18 位（或 15 位旧号码），实际 {len(text)} 位", field=field)
    body, last = text[:17], text[17]
    if not body.isdigit() or not (last.isdigit() or last == "X"):
        raise ValidationError("前 17 位必须是数字，最后一位是数字或 X", field=field)
    born = _birth_date(body[6:14], field)
    if born > (today or date.today()):
        raise ValidationError(f"出生日期 {born:%Y-%m-%d} 晚于今天", field=field)
    expected = check_char(body)
    if last != expected:
        raise ValidationError(f"校验位错误：最后一位应为 {expected}，实际为 {last}", field=field)
    sex = "男" if int(body[16]) % 2 == 1 else "女"
    return ResidentId(number=text, birth_date=born, sex=sex, original=original)


def is_valid_id(raw: str) -> bool:
    try:
        parse_id(raw)
    except ValidationError:
        return False
    return True


def mask_id(number: str | None) -> str:
    """Keep the area code and the last four characters: `220102********002X` (always 18 long)."""
    if not number:
        return ""
    if len(number) != 18:
        return number[:2] + "*" * max(len(number) - 4, 0) + number[-2:]
    return number[:6] + "*" * 8 + number[-4:]


def age_on(birth: date, when: date) -> int:
    return when.year - birth.year - ((when.month, when.day) < (birth.month, birth.day))
