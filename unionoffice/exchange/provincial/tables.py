"""The package's CSV files (format 2): every sheet once more as UTF-8 CSV in the province table's own units, which the
province streams into PostgreSQL's COPY without parsing a cell in Python (docs/provincial-package.md, CSV files).

Written in the same pass as the workbooks, from the same rows; read back here only for tests and tools (the
consolidation hands the bytes to COPY, services/province/consolidation.py)."""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import IO, Any

from unionoffice.domain.province.columns import Kind, Sheet
from unionoffice.domain.province.rules import PackageError

Value = str | int | date | bool | None
LINE_END = "\n"


def _cell(kind: Kind) -> Callable[[Any], str]:
    if kind is Kind.TEXT:
        return str
    if kind in (Kind.INT, Kind.FEN, Kind.TENTHS, Kind.HUNDREDTHS):
        return lambda v: str(int(v))
    if kind is Kind.DATE:
        return lambda v: str(v.isoformat())
    return lambda v: "true" if v else "false"


class CsvWriter:
    """One sheet's CSV file: the header of column keys, then one line per row; counts rows and bytes as it goes."""

    def __init__(self, handle: IO[str], sheet: Sheet) -> None:
        self.sheet = sheet
        self._writer = csv.writer(handle, lineterminator=LINE_END)
        self._cells = [_cell(c.kind) for c in sheet.columns]
        self._writer.writerow(sheet.keys())
        self.rows = 0

    def write(self, row: Sequence[Any]) -> None:
        # None and "" are both "no value": an empty, unquoted field (COPY's NULL in CSV).
        self._writer.writerow([None if v is None or v == "" else cell(v)
                               for cell, v in zip(self._cells, row, strict=True)])
        self.rows += 1

    def passing(self, rows: Iterable[Sequence[Any]]) -> Iterator[Sequence[Any]]:
        """The rows unchanged, each written here on its way (the workbook writer consumes them)."""
        for row in rows:
            self.write(row)
            yield row


def _parse(kind: Kind) -> Callable[[str], Value]:
    if kind is Kind.TEXT:
        return lambda v: v or None
    if kind in (Kind.INT, Kind.FEN, Kind.TENTHS, Kind.HUNDREDTHS):
        return lambda v: int(v) if v else None
    if kind is Kind.DATE:
        return lambda v: date.fromisoformat(v) if v else None

    def boolean(v: str) -> Value:
        if v in ("true", "false"):
            return v == "true"
        if v:
            raise ValueError(v)
        return None

    return boolean


def read_rows(lines: Iterable[str], sheet: Sheet, name: str) -> Iterator[list[Value]]:
    """Typed values in column order from a CSV file's text lines (header checked). For tests and tools."""
    reader = csv.reader(lines)
    header = next(reader, None)
    if header is None or [h.lstrip("\ufeff") if i == 0 else h for i, h in enumerate(header)] != sheet.keys():
        raise PackageError(f"{name} 的表头与格式不符（应为：{','.join(sheet.keys())}）")
    parsers = [_parse(c.kind) for c in sheet.columns]
    for number, row in enumerate(reader, start=2):
        if len(row) != len(parsers):
            raise PackageError(f"{name} 第 {number} 行有 {len(row)} 列，应为 {len(parsers)} 列")
        try:
            yield [parse(v) for parse, v in zip(parsers, row, strict=True)]
        except ValueError as exc:
            raise PackageError(f"{name} 第 {number} 行：“{exc}”不符合列的格式") from None


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()
