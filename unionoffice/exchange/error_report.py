"""The workbook of rejected rows: each original row as it was, plus the fields and reasons in Chinese."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from unionoffice.exchange.readers import Cell
from unionoffice.exchange.safe_write import WrittenFile, atomic_output
from unionoffice.exchange.xlsx_report import workbook_options

EXTRA_HEADERS = ("错误字段", "错误原因", "原行号")


@dataclass(frozen=True)
class RejectedRow:
    row_number: int
    raw: Sequence[Cell]
    errors: Sequence[tuple[str, str]]  # (field label, reason)


def write_error_workbook(path: str | Path, headers: Sequence[Cell], rows: Iterable[RejectedRow], *,
                         source_name: str = "") -> WrittenFile:
    """Columns of the source first (so the corrected file imports again), then 错误字段, 错误原因 and 原行号.
    Cells keep their type: a damaged ID stays the number Excel made of it, so the clerk sees the damage."""
    import xlsxwriter

    with atomic_output(path) as target:
        book = xlsxwriter.Workbook(str(target.temp), workbook_options(constant_memory=True))
        sheet = book.add_worksheet("未导入的行")
        head = book.add_format({"bold": True, "bg_color": "#F2F2F2", "border": 1})
        reason = book.add_format({"font_color": "#C8102E", "text_wrap": True})
        dated = book.add_format({"num_format": "yyyy-mm-dd"})
        width = len(headers)
        title = f"以下各行未导入{f'（{source_name}）' if source_name else ''}：改正后可直接再次导入本文件"
        sheet.write_string(0, 0, title)
        for column, value in enumerate([*headers, *EXTRA_HEADERS]):
            sheet.write_string(1, column, "" if value is None else str(value), head)
        sheet.freeze_panes(2, 0)
        sheet.set_column(0, width - 1, 14)
        sheet.set_column(width, width + 1, 40)
        for row_index, row in enumerate(rows, start=2):
            for column, value in enumerate(row.raw):
                _write_cell(sheet, row_index, column, value, dated)
            sheet.write_string(row_index, width, "、".join(dict.fromkeys(label for label, _ in row.errors)), reason)
            sheet.write_string(row_index, width + 1, "；".join(f"「{lb}」{why}" for lb, why in row.errors), reason)
            sheet.write_number(row_index, width + 2, row.row_number)
        book.close()
    assert target.result is not None
    return target.result


def _write_cell(sheet: Any, row: int, column: int, value: Cell, dated: Any) -> None:

    if value is None or value == "":
        return
    if isinstance(value, bool):
        sheet.write_boolean(row, column, value)
    elif isinstance(value, int | float):
        if isinstance(value, float) and not math.isfinite(value):
            sheet.write_string(row, column, str(value))
        else:
            sheet.write_number(row, column, value)
    elif isinstance(value, datetime | date):
        sheet.write_datetime(row, column, value, dated)
    elif isinstance(value, time | timedelta):
        sheet.write_string(row, column, str(value))
    else:
        sheet.write_string(row, column, str(value))
