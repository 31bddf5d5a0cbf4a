"""Cells as fields need them: Excel's damage named precisely, exact normalisation only, never a guess."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from unionoffice.exchange import cells
from unionoffice.exchange.cells import CellError


@pytest.mark.parametrize(("value", "reason"), [
    (2.20102198503140e17, "存成了数字"),
    (220102198503140028, "存成了数字"),
    ("2.20102E+17", "科学计数法"),
    ("２.２０１０２Ｅ＋１７", "科学计数法"),
    ("220102198503140000", "15 位有效数字"),
    ("22010219850314002", "末位的 X"),
    (True, "不是身份证号"),
])
def test_damaged_ids_are_named_not_repaired(value: object, reason: str) -> None:
    with pytest.raises(CellError) as info:
        cells.id_text(value)  # type: ignore[arg-type]
    assert reason in info.value.reason
    assert info.value.field == "身份证号"


def test_exact_id_forms_are_normalised() -> None:
    assert cells.id_text(" 11010519491231002x ") == "11010519491231002X"
    assert cells.id_text("２２０１０２１９８５０３１４００２８") == "220102198503140028"
    assert cells.id_text("2201 0219 8503 1400 28") == "220102198503140028"
    # An old 15-digit number fits a double exactly, so a number cell loses nothing.
    assert cells.id_text(220102850314002.0) == "220102850314002"


@pytest.mark.parametrize("text", ["1985-03-14", "1985/3/14", "1985.3.14", "1985年3月14日", "19850314",
                                  "1985-3-14 00:00:00", "１９８５年３月１４日", " 1985.03.14 "])
def test_common_date_forms(text: str) -> None:
    assert cells.date_value(text, "入会时间") == date(1985, 3, 14)


def test_date_cells_and_serials() -> None:
    assert cells.date_value(datetime(1985, 3, 14, 8, 30), "x") == date(1985, 3, 14)
    assert cells.date_value(31120, "x") == date(1985, 3, 14)
    assert cells.date_value(31120.75, "x") == date(1985, 3, 14)
    assert cells.date_value(29658, "x", date1904=True) == date(1985, 3, 14)
    assert cells.date_value(19850314.0, "x") == date(1985, 3, 14)
    assert cells.date_value(1, "x") == date(1900, 1, 1)
    assert cells.date_value("", "x") is None


@pytest.mark.parametrize(("value", "reason", "from_text"), [
    ("1985-03", "只有年月", False),
    ("85.3.14", "两位", False),
    ("3/14/1985", "年-月-日", False),
    ("14.03.1985", "年-月-日", False),
    ("1985-02-30", "不存在", False),
    ("19850230", "不存在", False),
    ("31120", "序列号", True),
    (31120, "不是日期", True),
    (60, "1900-02-29", False),
    ("去年", "不是可识别的日期", False),
])
def test_ambiguous_or_impossible_dates_are_refused(value: object, reason: str, from_text: bool) -> None:
    with pytest.raises(CellError) as info:
        cells.date_value(value, "入会时间", from_text=from_text)  # type: ignore[arg-type]
    assert reason in info.value.reason


def test_numbers_that_should_have_been_text() -> None:
    assert cells.number_text(13912345678.0, "手机") == "13912345678"
    assert cells.number_text("１３９ １２３４ ５６７８", "手机") == "13912345678"
    with pytest.raises(CellError, match="存成了数字"):
        cells.number_text(6217991234567890123.0, "会员卡号")
    with pytest.raises(CellError, match="不是整数"):
        cells.number_text(139.5, "手机")


def test_text_cells_lose_only_invisible_padding() -> None:
    assert cells.plain_text("\u3000张伟\u00a0\u200b") == "张伟"
    assert cells.plain_text(12.0) == "12"
    assert cells.plain_text(12.5) == "12.5"
    assert cells.plain_text(date(2024, 1, 2)) == "2024-01-02"
    assert cells.unguard_csv("'=1+1") == "=1+1"
    assert cells.unguard_csv("'abc") == "'abc"


def test_flags_money_and_numbers() -> None:
    assert cells.flag_value("是", "x") is True
    assert cells.flag_value("Ｙ", "x") is True
    assert cells.flag_value("", "x") is False
    assert cells.flag_value("×", "x") is False
    with pytest.raises(CellError):
        cells.flag_value("也许", "x")
    assert cells.money_fen("1,234.50元", "x") == 123450
    assert cells.money_fen(12.3, "x") == 1230
    with pytest.raises(CellError, match="两位小数"):
        cells.money_fen("1.005", "x")
    with pytest.raises(CellError):
        cells.number_value("nan", "x")
    assert cells.number_value("８５.５", "x") == 85.5
