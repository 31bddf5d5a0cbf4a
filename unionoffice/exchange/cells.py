"""Reading one cell as the value a field needs, and naming the damage Excel does instead of guessing past it."""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, timedelta

from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.common.idnumber import check_char
from unionoffice.exchange.readers import Cell

# Characters that look like nothing but break matching: zero-width spaces and stray BOMs.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_SCIENTIFIC = re.compile(r"^\d(?:\.\d+)?E[+-]?\d+$", re.I)
_YMD = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_YMD_TIME = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_YEAR_MONTH = re.compile(r"^\d{4}\s*[-/.年]\s*\d{1,2}\s*月?$")
_DMY = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$")
_SHORT_YEAR = re.compile(r"^\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?$")
CSV_GUARD = "'"
CSV_GUARDED = ("=", "+", "-", "@", "\t", "\r")
EXCEL_1900 = date(1899, 12, 30)  # serial 1 = 1900-01-01 once Excel's phantom 1900-02-29 (serial 60) is skipped
EXCEL_1904 = date(1904, 1, 1)
MAX_SERIAL = 2_958_465  # 9999-12-31
FLAGS_TRUE = frozenset({"是", "y", "yes", "true", "1", "√", "✓", "✔", "对", "有"})
FLAGS_FALSE = frozenset({"否", "n", "no", "false", "0", "×", "✗", "无", "不是", ""})


class CellError(ValidationError):
    """A cell that cannot be read as its field's value; `field` is the column's label."""


def has_invisible(text: str) -> bool:
    return _INVISIBLE.search(text) is not None


def plain_text(value: Cell) -> str:
    """Text of a cell for free-text fields: stray and invisible spaces trimmed, whole numbers without `.0`."""
    if type(value) is str:  # the common case first: this runs for every cell of every row
        if _INVISIBLE.search(value):
            value = _INVISIBLE.sub("", value)
        return value.strip()  # str.strip also removes no-break and ideographic (full-width) spaces
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return _INVISIBLE.sub("", str(value)).strip()


def text_value(value: Cell, label: str = "") -> str:
    """`plain_text` with the converter signature (value, field label)."""
    return plain_text(value)


def name_text(value: Cell, label: str = "") -> str:
    """A name cell: outer spaces trimmed and nothing else removed. Invisible and text-direction characters stay,
    so the name rule refuses them by name instead of letting a name change silently (domain/members/rules.py)."""
    if type(value) is str:
        return value.strip()
    return plain_text(value)


def csv_name_text(value: Cell, label: str = "") -> str:
    return unguard_csv(name_text(value))


def csv_text_value(value: Cell, label: str = "") -> str:
    return unguard_csv(plain_text(value))


def unguard_csv(text: str) -> str:
    """Undo the apostrophe our CSV export puts before `= + - @` (formula-injection guard)."""
    rest = text[1:]
    if text[:1] == CSV_GUARD and rest and (rest[0] in CSV_GUARDED or (rest[0] == CSV_GUARD and rest[1:2]
                                                                        and rest[1] in CSV_GUARDED)):
        return rest
    return text


def folded(text: str) -> str:
    """Full-width digits and letters to ASCII, every space removed: for numbers such as IDs and phones."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def _excel_number(value: float) -> str:
    if not math.isfinite(value):
        return str(value)
    return format(value, ".6G") if abs(value) >= 1e11 else str(int(value))


def id_text(value: Cell, label: str = "身份证号") -> str:
    """The ID as text. A number cell, scientific notation, 15-significant-digit truncation and a lost final X
    are reported as what they are; the number is never reconstructed."""
    if isinstance(value, bool):
        raise CellError("不是身份证号", field=label)
    if isinstance(value, int | float):
        if float(value).is_integer() and 1e14 <= value < 1e15:
            return str(int(value))  # an old 15-digit number fits a double exactly
        raise CellError(f"被 Excel 存成了数字（显示为 {_excel_number(float(value))}），超过 15 位的数字已丢失；"
                        "请把该列设为“文本”格式后重新录入身份证号", field=label)
    text = folded(plain_text(value)).upper()
    if _SCIENTIFIC.match(text):
        raise CellError(f"“{text}”是被 Excel 改成科学计数法的数字，原号码已丢失；请把该列设为“文本”格式后重新录入",
                        field=label)
    if len(text) == 17 and text.isdigit():
        raise CellError(f"只有 17 位（{text}），可能是末位的 X 被丢失；请核对后按文本重新录入", field=label)
    if len(text) == 18 and text.isdigit() and text.endswith("000") and check_char(text[:17]) != "0":
        raise CellError(f"“{text}”末三位为 000 且校验位不符，像是被 Excel 截成 15 位有效数字；"
                        "请按文本重新录入", field=label)
    return text


def number_text(value: Cell, label: str, *, max_exact_digits: int = 15) -> str:
    """Digits from a cell that should have been text (phones, card numbers): exact numbers only."""
    if isinstance(value, bool):
        raise CellError("应为数字", field=label)
    if isinstance(value, int | float):
        if not float(value).is_integer():
            raise CellError(f"“{value}”不是整数", field=label)
        digits = str(int(value))
        if len(digits) > max_exact_digits:
            raise CellError(f"被 Excel 存成了数字（显示为 {_excel_number(float(value))}），超过 15 位的数字已丢失；"
                            "请把该列设为“文本”格式后重新录入", field=label)
        return digits
    text = folded(plain_text(value))
    if _SCIENTIFIC.match(text):
        raise CellError(f"“{text}”是被 Excel 改成科学计数法的数字，原号码已丢失", field=label)
    return text


def _serial_to_date(serial: float, date1904: bool, label: str) -> date:
    whole = int(serial)
    if date1904:
        return EXCEL_1904 + timedelta(days=whole)
    if whole == 60:
        raise CellError("Excel 日期序列号 60 是不存在的 1900-02-29", field=label)
    return (EXCEL_1900 + timedelta(days=whole)) if whole > 60 else (EXCEL_1900 + timedelta(days=whole + 1))


def _ymd(year: str, month: str, day: str, raw: str, label: str) -> date:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise CellError(f"日期“{raw}”不存在", field=label) from None


def date_value(value: Cell, label: str, *, date1904: bool = False, from_text: bool = False) -> date | None:
    """A date from a date cell, an Excel serial number (workbooks only: their date system is known), or text
    written year first: `1985-03-14`, `1985/3/14`, `1985.3.14`, `1985年3月14日`, `19850314`."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, bool):
        raise CellError("不是日期", field=label)
    if isinstance(value, int | float):
        if float(value).is_integer() and 19000101 <= value <= 29991231:
            return _compact(str(int(value)), label)
        if 1 <= value <= MAX_SERIAL and not from_text:
            return _serial_to_date(float(value), date1904, label)
        raise CellError(f"“{plain_text(value)}”不是日期", field=label)
    # Full-width digits fold to ASCII; inner spaces stay, since "1985-03-14 00:00:00" needs its space.
    text = " ".join(unicodedata.normalize("NFKC", plain_text(value)).split())
    if not text:
        return None
    return _date_from_text(text, label, from_text)


def _compact(text: str, label: str) -> date:
    match = _COMPACT.match(text)
    assert match is not None
    return _ymd(match[1], match[2], match[3], text, label)


def _date_from_text(text: str, label: str, from_text: bool) -> date:
    for pattern in (_YMD, _YMD_TIME):
        match = pattern.match(text)
        if match:
            return _ymd(match[1], match[2], match[3], text, label)
    if _COMPACT.match(text):
        return _compact(text, label)
    if _YEAR_MONTH.match(text):
        raise CellError(f"“{text}”只有年月，缺少日；请填写完整日期（如 {text[:4]}-05-01）", field=label)
    if _SHORT_YEAR.match(text):
        raise CellError(f"“{text}”的年份只有两位，无法确定世纪；请写四位年份", field=label)
    if _DMY.match(text):
        raise CellError(f"“{text}”不是“年-月-日”顺序，日和月无法确定；请写成 1985-03-14 的形式", field=label)
    if text.isdigit() and 1 <= len(text) <= 7:
        hint = "（CSV 文件不含 Excel 的日期系统，无法换算）" if from_text else ""
        raise CellError(f"“{text}”像是 Excel 的日期序列号，不是日期{hint}；请在 Excel 中将该列设为日期格式后重新保存",
                        field=label)
    raise CellError(f"“{text}”不是可识别的日期；请写成 1985-03-14 的形式", field=label)


def flag_value(value: Cell, label: str) -> bool:
    if isinstance(value, bool):
        return value
    text = folded(plain_text(value)).lower()
    if text in FLAGS_TRUE:
        return True
    if text in FLAGS_FALSE:
        return False
    raise CellError(f"“{text}”应为“是”或“否”", field=label)


def money_fen(value: Cell, label: str) -> int | None:
    """Yuan with at most two decimals, as integer fen; the float noise of Excel (12.300000001) is refused."""
    from decimal import Decimal, InvalidOperation

    text = folded(plain_text(value)).replace(",", "").replace("元", "").replace("¥", "").replace("￥", "")
    if not text:
        return None
    try:
        amount = Decimal(repr(value) if isinstance(value, float) else text)
    except InvalidOperation:
        raise CellError(f"“{text}”不是金额", field=label) from None
    if not amount.is_finite():
        raise CellError(f"“{text}”不是金额", field=label)
    fen = amount * 100
    if fen != fen.to_integral_value():
        raise CellError(f"“{text}”超过两位小数", field=label)
    return int(fen)


def number_value(value: Cell, label: str) -> float | None:
    if isinstance(value, bool):
        raise CellError("应为数字", field=label)
    if isinstance(value, int | float):
        if not math.isfinite(value):
            raise CellError("不是数字", field=label)
        return float(value)
    text = folded(plain_text(value))
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        raise CellError(f"“{text}”不是数字", field=label) from None
    if not math.isfinite(number):
        raise CellError(f"“{text}”不是数字", field=label)
    return number
