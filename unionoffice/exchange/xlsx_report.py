"""Reports sent upward as xlsx: title, reporting-unit lines, units, header, rows, totals, print set-up.

The layout follows docs/domain.md (d): a merged title row; 填报单位（盖章）/填报人/电话/填报日期; the units in use; a
frozen header; a 合计 row. Every text cell is written with `write_string` and the workbook refuses to turn strings
into formulas, numbers or links, so a name such as `=HYPERLINK(…)` stays text and IDs keep their final X.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from unionoffice.exchange.safe_write import WrittenFile, atomic_output

# (done, total); the service layer's callback may raise CancelledError, which abandons the temporary file.
Progress = Callable[[int, int], None]

TEXT, INT, MONEY, DATE, DECIMAL = "text", "int", "money", "date", "decimal"
HEADER_ROW = 3  # title, reporting unit, units, then the header
EXCEL_MAX_ROWS = 1_048_576


def workbook_options(*, constant_memory: bool) -> dict[str, Any]:
    """xlsxwriter options for files that carry user data: strings stay strings, whatever they look like."""
    return {"constant_memory": constant_memory, "strings_to_formulas": False, "strings_to_numbers": False,
            "strings_to_urls": False, "nan_inf_to_errors": True}


@dataclass(frozen=True)
class Column:
    header: str
    width: float = 12
    kind: str = TEXT  # text (always a string cell) | int | money (fen → 元 0.00) | date | decimal
    total: bool = False  # summed into the 合计 row


@dataclass(frozen=True)
class ReportSpec:
    """A report's layout; the rows come separately (a generator over SQL chunks, never a list of everything)."""

    title: str
    columns: tuple[Column, ...]
    units: str = ""  # e.g. "单位：人、元"
    sheet_name: str = "Sheet1"
    totals: bool = True
    count_unit: str = ""  # with a 合计 row: "共 N 人" in the second column (rosters)
    landscape: bool = True


@dataclass(frozen=True)
class Heading:
    """The lines under the title that say who reports: 填报单位（盖章）、填报人、电话、填报日期."""

    unit: str = ""
    preparer: str = ""
    phone: str = ""
    on: date = field(default_factory=date.today)

    @property
    def date_text(self) -> str:
        return f"{self.on.year}年{self.on.month}月{self.on.day}日"


@dataclass(frozen=True)
class ReportFile:
    file: WrittenFile
    rows: int


class _Formats:
    def __init__(self, book: Any) -> None:
        border = {"border": 1, "valign": "vcenter"}
        self.title = book.add_format({"bold": True, "font_size": 16, "align": "center", "valign": "vcenter"})
        self.line = book.add_format({"valign": "vcenter"})
        self.right = book.add_format({"align": "right", "valign": "vcenter"})
        self.header = book.add_format({**border, "bold": True, "align": "center", "text_wrap": True,
                                       "bg_color": "#F2F2F2"})
        self.by_kind = {
            TEXT: book.add_format({**border, "num_format": "@"}),
            INT: book.add_format({**border, "num_format": "0"}),
            MONEY: book.add_format({**border, "num_format": "#,##0.00"}),
            DATE: book.add_format({**border, "num_format": "yyyy-mm-dd", "align": "center"}),
            DECIMAL: book.add_format({**border, "num_format": "0.0"}),
        }
        self.total_label = book.add_format({**border, "bold": True, "align": "center"})
        self.total_by_kind = {kind: book.add_format({**border, "bold": True, "num_format": fmt})
                              for kind, fmt in ((INT, "0"), (MONEY, "#,##0.00"), (DECIMAL, "0.0"), (TEXT, "@"),
                                                (DATE, "@"))}


def _write_value(sheet: Any, row: int, column: int, kind: str, value: object, fmt: Any) -> None:
    if value is None or value == "":
        sheet.write_blank(row, column, None, fmt)
    elif kind == TEXT:
        sheet.write_string(row, column, str(value), fmt)
    elif kind == MONEY:
        sheet.write_number(row, column, int(value) / 100, fmt)  # type: ignore[call-overload]
    elif kind == DATE and isinstance(value, date | datetime):
        sheet.write_datetime(row, column, value, fmt)
    elif kind in (INT, DECIMAL) and isinstance(value, int | float):
        sheet.write_number(row, column, value, fmt)
    else:  # a value of the wrong kind is shown as it is, never coerced into something else
        sheet.write_string(row, column, str(value), fmt)


CellWriter = Callable[[int, int, object], None]


def _cell_writer(sheet: Any, kind: str, fmt: Any) -> CellWriter:
    """A writer per column, chosen once: the generic `_write_value` per cell costs a fifth of a large export."""
    if kind != TEXT:
        return lambda row, column, value: _write_value(sheet, row, column, kind, value, fmt)
    write_string, write_blank = sheet.write_string, sheet.write_blank

    def text(row: int, column: int, value: object) -> None:
        if value is None or value == "":
            write_blank(row, column, None, fmt)
        else:
            write_string(row, column, value if type(value) is str else str(value), fmt)

    return text


def _write_top(sheet: Any, spec: ReportSpec, heading: Heading, fmt: _Formats) -> None:
    last = len(spec.columns) - 1
    sheet.set_row(0, 32)
    sheet.merge_range(0, 0, 0, last, spec.title, fmt.title)
    middle = max(1, (last + 1) // 2)
    who = f"填报人：{heading.preparer}" + (f"　　电话：{heading.phone}" if heading.phone else "")
    sheet.write_string(1, 0, f"填报单位（盖章）：{heading.unit}", fmt.line)
    if last >= 2:
        sheet.write_string(1, middle, who, fmt.line)
        sheet.write_string(1, last, f"填报日期：{heading.date_text}", fmt.right)
    else:
        sheet.write_string(1, last, f"{who}　填报日期：{heading.date_text}", fmt.right)
    if spec.units:
        sheet.write_string(2, last, spec.units, fmt.right)


def write_report(path: str | Path, spec: ReportSpec, heading: Heading, rows: Iterable[Sequence[object]], *,
                 progress: Progress | None = None, expected_rows: int = 0,
                 totals_row: Sequence[object] | None = None,
                 footer: Callable[[Sequence[object]], Sequence[str]] | None = None) -> ReportFile:
    """Write the report atomically (temp name, fsync, rename). Rows are streamed: constant memory. The 合计 row
    sums the `total` columns unless `totals_row` is given (counts of distinct people do not add up). `footer`
    turns the totals into lines under the table (a payment roster's amount in capitals, the signatures)."""
    import xlsxwriter

    columns = spec.columns
    kinds = [c.kind for c in columns]
    with atomic_output(path) as target:
        book = xlsxwriter.Workbook(str(target.temp), workbook_options(constant_memory=True))
        sheet = book.add_worksheet(spec.sheet_name[:31])
        fmt = _Formats(book)
        for index, column in enumerate(columns):
            sheet.set_column(index, index, column.width)
        _write_top(sheet, spec, heading, fmt)
        sheet.set_row(HEADER_ROW, 30)  # room for two lines: long headers wrap ("基层工会数（个）")
        for index, column in enumerate(columns):
            sheet.write_string(HEADER_ROW, index, column.header, fmt.header)
        sheet.freeze_panes(HEADER_ROW + 1, 0)
        sheet.repeat_rows(HEADER_ROW)
        sheet.set_paper(9)  # A4
        if spec.landscape:
            sheet.set_landscape()
        sheet.fit_to_pages(1, 0)
        sums: list[int | float] = [0] * len(columns)
        count = 0
        writers = [_cell_writer(sheet, k, fmt.by_kind[k]) for k in kinds]
        summed = [i for i, c in enumerate(columns) if c.total]
        for count, values in enumerate(rows, start=1):
            row = HEADER_ROW + count
            if row >= EXCEL_MAX_ROWS - 1:
                from unionoffice.exchange.errors import ExportError

                raise ExportError(f"超过 Excel 一张工作表的行数上限（{EXCEL_MAX_ROWS:,} 行），请分批导出")
            for index, value in enumerate(values):
                writers[index](row, index, value)
            for index in summed:
                value = values[index]
                if isinstance(value, int | float):
                    sums[index] += value
            if progress is not None and count % 5000 == 0:
                progress(count, expected_rows)
        totals = list(totals_row) if totals_row else sums
        if spec.totals:
            _write_totals(sheet, spec, HEADER_ROW + count + 1, totals, count, fmt)
        for offset, line in enumerate(footer(totals) if footer else [], start=2 if spec.totals else 1):
            sheet.write_string(HEADER_ROW + count + offset, 0, line, fmt.line)
        book.close()
    assert target.result is not None
    return ReportFile(target.result, count)


def _write_totals(sheet: Any, spec: ReportSpec, row: int, sums: Sequence[object], count: int,
                  fmt: _Formats) -> None:
    sheet.write_string(row, 0, "合计", fmt.total_label)
    for index, column in enumerate(spec.columns[1:], start=1):
        if column.total:
            _write_value(sheet, row, index, column.kind, sums[index], fmt.total_by_kind[column.kind])
        elif index == 1 and spec.count_unit:
            sheet.write_string(row, index, f"共 {count} {spec.count_unit}", fmt.total_by_kind[TEXT])
        else:
            sheet.write_blank(row, index, None, fmt.total_by_kind[TEXT])
