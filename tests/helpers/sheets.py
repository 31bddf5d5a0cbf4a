"""Spreadsheet builders for the import tests: valid people, and writers for every file kind offices send."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from unionoffice.domain.common.idnumber import check_char

UNIONS = ("长春第一机械厂工会", "南关区教育局工会", "吉林新能源有限公司工会")
HEADER = ["序号", "姓名", "性别", "民族", "身份证号", "手机", "工作单位", "所属基层工会", "入会时间", "是否农民工"]
TODAY = date(2025, 6, 30)


def make_id(born: date, seq: int, area: str = "220102") -> str:
    body = f"{area}{born:%Y%m%d}{seq:03d}"
    return body + check_char(body)


# Names that test the character repertoire: GBK-only 堃, Extension A 䶮, Extension B 𠮷 and 𠇔, and a minority name.
PEOPLE: tuple[tuple[str, str, str], ...] = (
    ("张伟", "男", make_id(date(1985, 3, 14), 11)),
    ("李秀英", "女", make_id(date(1990, 7, 8), 22)),
    ("王堃", "男", make_id(date(1978, 1, 2), 33)),
    ("刘䶮", "男", make_id(date(1988, 12, 1), 45)),
    ("吉𠮷", "女", make_id(date(1995, 5, 20), 68)),
    ("阿依古丽·买买提", "女", make_id(date(1992, 2, 29), 80)),
    ("陈𠇔", "男", make_id(date(1970, 10, 10), 97)),
    ("曾小明", "男", make_id(date(1980, 1, 31), 101)),
)


SURNAMES = "王李张刘陈杨黄赵吴周"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平"


def generated_people(count: int) -> list[tuple[str, str, str]]:
    """`count` distinct valid people; sex agrees with the ID's 17th digit."""
    people = []
    for i in range(count):
        name = SURNAMES[i % 10] + GIVEN[(i // 10) % 20] + GIVEN[(i // 200) % 20]
        sex = "男" if i % 2 else "女"
        seq = (i % 500) * 2 + (1 if i % 2 else 0)
        people.append((name, sex, make_id(date(1970 + i % 30, 1 + i % 12, 1 + i % 28), seq, f"{220102 + i // 1000}")))
    return people


def member_rows(count: int | None = None, union: str = UNIONS[0]) -> list[list[Any]]:
    """Rows in HEADER order, every one valid; phones unique."""
    people = PEOPLE if count is None else generated_people(count)
    return [[i, name, sex, "汉族", number, f"139{i:08d}", "长春第一机械厂", union, "2018-05-01", "否"]
            for i, (name, sex, number) in enumerate(people, start=1)]


@dataclass(frozen=True)
class Formula:
    """A cell written as a formula without a saved result (what a generator that never calculates leaves)."""

    text: str


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], *, title_rows: Sequence[str] = ()) -> Path:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False})
    sheet = book.add_worksheet("会员")
    r = 0
    for title in title_rows:
        sheet.write_string(r, 0, title)
        r += 1
    for row in rows:
        for c, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, Formula):
                sheet.write_formula(r, c, "=" + value.text, None, "")
            elif isinstance(value, date):
                sheet.write_datetime(r, c, value, book.add_format({"num_format": "yyyy-mm-dd"}))
            elif isinstance(value, int | float) and not isinstance(value, bool):
                sheet.write_number(r, c, value)
            else:
                sheet.write_string(r, c, str(value))
        r += 1
    book.close()
    return path


def excel_display(value: Any) -> str:
    """A cell as Excel's "General" format shows it, which is what Excel writes when saving as CSV."""
    if value is None:
        return ""
    if isinstance(value, Formula):
        return "=" + value.text
    if isinstance(value, float):
        return format(value, ".6G") if abs(value) >= 1e11 and not (value.is_integer() and abs(value) < 1e15) \
            else str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def csv_bytes(rows: Sequence[Sequence[Any]], encoding: str, *, delimiter: str = ",") -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(
        [[excel_display(v) for v in row] for row in rows])
    return buffer.getvalue().encode(encoding)


def write_xls(path: Path, rows: Sequence[Sequence[Any]]) -> Path:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("会员")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                sheet.write(r, c, value)
    book.save(str(path))
    return path
