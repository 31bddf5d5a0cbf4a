"""One call for any kind of import (members, enrolments, aid applicants, scores): file → mapped, checked rows."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from unionoffice.exchange import headers
from unionoffice.exchange.errors import SpreadsheetError
from unionoffice.exchange.fields import FieldSpec
from unionoffice.exchange.readers import SheetTable, read_table
from unionoffice.exchange.rows import ExtractedRow, extract_rows


@dataclass
class OpenedTable:
    """A sheet with its header found and its columns mapped (column index -> field key); adjust `mapping`
    and call `rows()` again to re-read under the clerk's choices."""

    table: SheetTable
    fields: Sequence[FieldSpec]
    header_row: int
    mapping: dict[int, str]
    layout: headers.Layout = field(init=False)

    def __post_init__(self) -> None:
        self.layout = headers.layout(self.table.rows, self.header_row)

    def rows(self) -> list[ExtractedRow]:
        return list(extract_rows(self.table, self.layout, self.mapping, self.fields))


def open_rows(path: str | Path, fields: Sequence[FieldSpec], *, encoding: str | None = None,
              sheet: str | int | None = None, remembered: Mapping[str, str] | None = None) -> OpenedTable:
    """Read the file (every safety check of `read_table`), find the header under title rows, map the columns by
    the fields' Chinese synonyms (and remembered choices). A file without a recognisable header is refused."""
    table = read_table(path, encoding=encoding, sheet=sheet)
    header_row = headers.find_header(table.rows, fields, remembered)
    if header_row is None:
        words = "、".join(f.label for f in fields if f.required)
        scan = headers.HEADER_SCAN_ROWS
        raise SpreadsheetError(f"文件 {table.path.name} 的前 {scan} 行中找不到表头（应含“{words}”等列）")
    return OpenedTable(table, fields, header_row,
                       headers.auto_map(table.rows[header_row], fields, remembered))
