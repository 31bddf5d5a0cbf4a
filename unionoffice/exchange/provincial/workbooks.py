"""The package's workbooks: one header row, then one row per record, cells as docs/provincial-package.md says.

Written with xlsxwriter in constant-memory mode (docs/architecture.md M7), every text as a string cell so nothing
becomes a formula (docs/reliability.md D1); read back with calamine, every cell checked against its column."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from unionoffice.domain.province.columns import Column, Kind, Sheet, Workbook
from unionoffice.domain.province.rules import PackageError

Value = str | int | date | bool | None
Tick = Callable[[int], None]
TICK_EVERY = 5000


def write_workbook(path: Path, workbook: Workbook, sources: dict[str, Iterable[Sequence[Any]]],
                   tick: Tick | None = None) -> dict[str, int]:
    """Write the workbook's sheets from rows of typed values in column order; returns the rows written per sheet."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, "strings_to_numbers": False,
                                           "strings_to_formulas": False, "strings_to_urls": False})
    counts: dict[str, int] = {}
    try:
        for sheet in workbook.sheets:
            counts[sheet.name] = _write_sheet(book.add_worksheet(sheet.name), sheet, sources[sheet.name], tick)
    finally:
        book.close()
    return counts


def _write_sheet(ws: Any, sheet: Sheet, rows: Iterable[Sequence[Any]], tick: Tick | None) -> int:
    for c, column in enumerate(sheet.columns):
        ws.write_string(0, c, column.header)
        ws.set_column(c, c, max(8, min(30, column.size // 2)))
    writers = [_writer(column.kind) for column in sheet.columns]
    r = 0
    for r, row in enumerate(rows, start=1):
        for c, (write, value) in enumerate(zip(writers, row, strict=True)):
            if value is not None and value != "":
                write(ws, r, c, value)
        if tick and r % TICK_EVERY == 0:
            tick(TICK_EVERY)
    if tick:
        tick(r % TICK_EVERY)
    return r


def _writer(kind: Kind) -> Callable[[Any, int, int, Any], None]:
    if kind is Kind.TEXT:
        return lambda ws, r, c, v: ws.write_string(r, c, str(v))
    if kind in (Kind.INT, Kind.FEN):
        return lambda ws, r, c, v: ws.write_number(r, c, int(v))
    if kind is Kind.TENTHS:
        return lambda ws, r, c, v: ws.write_number(r, c, int(v) / 10)
    if kind is Kind.HUNDREDTHS:
        return lambda ws, r, c, v: ws.write_number(r, c, int(v) / 100)
    if kind is Kind.DATE:
        return lambda ws, r, c, v: ws.write_string(r, c, v.isoformat())
    return lambda ws, r, c, v: ws.write_string(r, c, "是" if v else "否")


class _BadCellError(Exception):
    """A cell that does not fit its column; turned into a PackageError naming file, sheet, row and column."""


def _text(size: int) -> Callable[[Any], Value]:
    def convert(v: Any) -> Value:
        if type(v) is str:
            if len(v) > size:
                raise _BadCellError(f"超过 {size} 个字符")
            return v or None
        raise _BadCellError("应为文本单元格")

    return convert


def _whole(scale: int) -> Callable[[Any], Value]:
    def convert(v: Any) -> Value:
        if v == "":
            return None
        if type(v) is str:
            try:
                v = float(v)
            except ValueError:
                raise _BadCellError(f"“{v}”不是数字") from None
        if isinstance(v, bool) or not isinstance(v, int | float):
            raise _BadCellError("应为数字")
        scaled = round(v * scale)
        if abs(scaled - v * scale) > 1e-6 or abs(scaled) >= 2**62:
            raise _BadCellError(f"{v} 的小数位数太多或数值过大")
        return scaled

    return convert


def _date(v: Any) -> Value:
    if v == "":
        return None
    if type(v) is str:
        try:
            return date.fromisoformat(v) if len(v) == 10 else _no_date(v)
        except ValueError:
            raise _BadCellError(f"“{v}”不是有效日期（应为 YYYY-MM-DD）") from None
    if isinstance(v, datetime):
        return v.date()
    if isinstance(v, date):
        return v
    raise _BadCellError("应为 YYYY-MM-DD 形式的日期")


def _no_date(v: str) -> date:
    raise ValueError(v)


def _bool(v: Any) -> Value:
    if v == "":
        return None
    if v in ("是", "否"):
        return bool(v == "是")
    raise _BadCellError(f"“{v}”应为“是”或“否”")


def converter(column: Column) -> Callable[[Any], Value]:
    kind = column.kind
    if kind is Kind.TEXT:
        return _text(column.size)
    if kind in (Kind.INT, Kind.FEN):
        return _whole(1)
    if kind is Kind.TENTHS:
        return _whole(10)
    if kind is Kind.HUNDREDTHS:
        return _whole(100)
    return _date if kind is Kind.DATE else _bool


def read_sheet(path: Path, sheet: Sheet, expected_rows: int) -> Iterator[list[Value]]:
    """Yield each data row as typed values in column order; the header must be exactly the documented one and the
    row count the manifest's. A bad cell raises PackageError naming where it is."""
    import python_calamine as calamine

    try:
        book = calamine.CalamineWorkbook.from_path(str(path))
        data = book.get_sheet_by_name(sheet.name)
    except Exception as exc:  # noqa: BLE001 - calamine reports damage and a missing sheet with many exception types
        raise PackageError(f"{path.name} 中的工作表“{sheet.name}”无法读取：{exc}") from None
    if data.height != expected_rows + 1 and not (expected_rows == 0 and data.height == 0):
        raise PackageError(f"{path.name} 工作表“{sheet.name}”有 {max(data.height - 1, 0)} 行数据，"
                           f"清单记载 {expected_rows} 行")
    return _rows(path.name, sheet, data.iter_rows())


def _rows(file: str, sheet: Sheet, rows: Iterator[list[Any]]) -> Iterator[list[Value]]:
    headers = sheet.headers()
    first = next(rows, None)
    if first is None:
        return
    if [str(h) for h in first[:len(headers)]] != headers or any(v != "" for v in first[len(headers):]):
        raise PackageError(f"{file} 工作表“{sheet.name}”的表头与格式不符（应为：{'、'.join(headers)}）")
    converters = [converter(c) for c in sheet.columns]
    required = [i for i, c in enumerate(sheet.columns) if c.required]
    width = len(headers)
    for number, row in enumerate(rows, start=2):
        cells = row[:width] if len(row) >= width else [*row, *([""] * (width - len(row)))]
        try:
            values = [convert(v) for convert, v in zip(converters, cells, strict=True)]
        except _BadCellError:
            raise _located(file, sheet, number, converters, cells) from None
        for i in required:
            if values[i] is None:
                raise PackageError(f"{file} 工作表“{sheet.name}”第 {number} 行「{headers[i]}」：不能为空")
        yield values


def _located(file: str, sheet: Sheet, number: int, converters: list[Callable[[Any], Value]],
             cells: Sequence[Any]) -> PackageError:
    for column, convert, value in zip(sheet.columns, converters, cells, strict=True):
        try:
            convert(value)
        except _BadCellError as bad:
            return PackageError(f"{file} 工作表“{sheet.name}”第 {number} 行「{column.header}」：{bad}")
    return PackageError(f"{file} 工作表“{sheet.name}”第 {number} 行有误")
