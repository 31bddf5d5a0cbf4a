"""Opening a spreadsheet of any kind the offices use (xlsx, xls, csv/txt) as rows of raw cell values."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import cast

from unionoffice.exchange import sheet_scan, sniff, textfile
from unionoffice.exchange.errors import SpreadsheetError
from unionoffice.fileutil import file_sha256

Cell = str | int | float | bool | date | datetime | time | timedelta | None
MAX_ROWS = sheet_scan.MAX_ROWS  # Excel's rows per sheet: anything longer did not come from an office spreadsheet
MAX_CELL_CHARS = textfile.MAX_CELL_CHARS
MAX_FILE_BYTES = 512 * 1024**2


@dataclass
class SheetTable:
    """Every row of one sheet as read (title rows and totals included); nothing interpreted yet."""

    path: Path
    file_format: str  # xlsx | xls | xlsb | ods | csv
    rows: list[list[Cell]]
    sha256: str
    sheet_name: str = ""
    sheet_names: list[str] = field(default_factory=list)
    encoding: str | None = None
    encoding_candidates: list[str] = field(default_factory=list)
    date1904: bool = False
    notes: list[str] = field(default_factory=list)
    sheet_part: str = ""  # xlsx: the sheet's part in the package, where formulas are looked up
    _formulas: dict[tuple[int, int], str] | None = field(default=None, repr=False)

    @property
    def from_text(self) -> bool:
        return self.file_format == "csv"

    def formula_at(self, row: int, column: int) -> str | None:
        """The formula of an xlsx cell saved without a result (which reads as empty), else None; 0-based.
        The sheet is searched once, on the first question: only an empty required cell asks."""
        if not self.sheet_part:
            return None
        if self._formulas is None:
            self._formulas = sheet_scan.formulas_without_result(self.path, self.sheet_part, self.sheet_name)
        return self._formulas.get((row, column))


def require_defusedxml() -> None:
    """Imports parse XML from strangers: refuse to start without the hardened parser (docs/reliability.md C6)."""
    try:
        import defusedxml  # noqa: F401
    except ImportError:  # pragma: no cover - a broken installation
        raise SpreadsheetError("缺少安全组件 defusedxml，不能导入表格；请重新安装本程序") from None


def read_table(path: str | Path, *, encoding: str | None = None, sheet: str | int | None = None,
               max_rows: int = MAX_ROWS) -> SheetTable:
    """Read one sheet (the first by default). Damaged, encrypted, oversized or non-table files raise
    `SpreadsheetError` with the reason, before any large allocation."""
    require_defusedxml()
    path = Path(path)
    if not path.is_file():
        raise SpreadsheetError(f"找不到文件 {path}")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise SpreadsheetError(f"文件 {path.name} 超过 {MAX_FILE_BYTES // 1024**2} MB，不像是会员表格")
    kind = sniff.file_kind(path)
    digest = file_sha256(path)
    if kind == "text":
        return _read_text(path, digest, encoding, max_rows)
    return _read_workbook(path, kind, digest, sheet, max_rows)


def _read_text(path: Path, digest: str, encoding: str | None, max_rows: int) -> SheetTable:
    try:
        decoded = textfile.decode(textfile.read_bytes(path), encoding)
    except SpreadsheetError as exc:
        if path.name in exc.message:
            raise
        raise SpreadsheetError(f"文件 {path.name}：{exc.message}") from None
    rows = cast(list[list[Cell]], textfile.parse_rows(decoded.text, max_rows, path.name))
    table = SheetTable(path, "csv", rows, digest, encoding=decoded.encoding,
                       encoding_candidates=decoded.candidates)
    if decoded.ambiguous:
        table.notes.append("文件可以按多种编码读取，已按 UTF-8 读取；如姓名显示为乱码，请改选 GB18030/GBK")
    return table


def _workbook_format(path: Path, kind: str) -> tuple[str, sniff.XlsxInfo | None]:
    if kind == "cfb":
        if sniff.cfb_is_encrypted(path):
            raise SpreadsheetError(f"文件 {path.name} 设有打开密码，请在 Excel 中取消密码后另存再导入")
        return "xls", None
    info = sniff.inspect_xlsx(path)
    if info is not None:
        return "xlsx", info
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return ("xlsb" if "xl/workbook.bin" in archive.namelist() else "ods"), None


def _read_workbook(path: Path, kind: str, digest: str, sheet: str | int | None, max_rows: int) -> SheetTable:
    file_format, info = _workbook_format(path, kind)
    notes: list[str] = []
    suffix = path.suffix.lower().lstrip(".")
    if suffix in ("xlsx", "xls", "xlsm", "xlsb", "ods") and suffix.replace("xlsm", "xlsx") != file_format:
        notes.append(f"文件扩展名是 .{suffix}，内容实际是 {file_format} 格式，已按内容读取")
    part = ""
    if info is None:
        # xls, xlsb and ods cannot be measured before calamine reads them: a child process reads them, so a
        # reader that aborts on a hostile file takes only the child down (docs/reliability.md §1b).
        from unionoffice.exchange.isolated import read_sheet_in_child

        names, index, rows = read_sheet_in_child(path, sheet, max_rows)
    else:
        # Measure the sheet in its XML before calamine allocates anything for it (sheet_scan.py).
        index = _sheet_index(info.sheet_names, sheet, path.name)
        if index < len(info.sheet_parts):
            part = info.sheet_parts[index]
            sheet_scan.scan_sheet(path, part, info.sheet_names[index], max_rows=max_rows)
        for strings in info.string_parts:
            sheet_scan.check_part_size(path, strings)
        names, index, rows = calamine_sheet(path, sheet, max_rows)
    _check_cells(rows, path.name)
    return SheetTable(path, file_format, rows, digest, sheet_name=names[index], sheet_names=names,
                      date1904=bool(info and info.date1904), notes=notes, sheet_part=part)


def calamine_sheet(path: Path, sheet: str | int | None, max_rows: int) -> tuple[list[str], int, list[list[Cell]]]:
    """(sheet names, index of the one read, its rows) through calamine, with the extent checked before the rows
    become Python objects. The grid itself is allocated inside `get_sheet_by_index`: callers bound it first."""
    import python_calamine as calamine

    try:
        # From the open file, not the path: calamine then goes by the content, not by a misleading extension.
        with path.open("rb") as handle:
            workbook = calamine.CalamineWorkbook.from_filelike(handle)
    except calamine.PasswordError:
        raise SpreadsheetError(f"文件 {path.name} 设有密码，请在 Excel 中取消密码后另存再导入") from None
    except Exception as exc:  # noqa: BLE001 - calamine reports damage with many exception types
        raise SpreadsheetError(f"文件 {path.name} 已损坏或不是 Excel 表格：{exc}") from None
    with workbook:
        names = list(workbook.sheet_names)
        if not names:
            raise SpreadsheetError(f"文件 {path.name} 中没有工作表")
        index = _sheet_index(names, sheet, path.name)
        try:
            data = workbook.get_sheet_by_index(index)
            end = data.end or (0, 0)
            if data.height > max_rows or end[0] + 1 > max_rows:
                raise SpreadsheetError(f"工作表“{names[index]}”超过 {max_rows:,} 行，已拒绝读取")
            if end[1] + 1 > sheet_scan.MAX_COLUMNS or (end[0] + 1) * (end[1] + 1) > sheet_scan.MAX_CELLS:
                raise SpreadsheetError(f"工作表“{names[index]}”的数据区域达 {end[0] + 1:,} 行 × {end[1] + 1:,} 列，"
                                       f"超过上限（{sheet_scan.MAX_COLUMNS} 列、{sheet_scan.MAX_CELLS:,} 个单元格），"
                                       "已拒绝读取")
            rows: list[list[Cell]] = data.to_python(skip_empty_area=False)  # type: ignore[assignment]
        except SpreadsheetError:
            raise
        except Exception as exc:  # noqa: BLE001 - as above, for the sheet's own XML
            raise SpreadsheetError(f"工作表“{names[index]}”已损坏，无法读取：{exc}") from None
    return names, index, rows


def _sheet_index(names: list[str], sheet: str | int | None, file_name: str) -> int:
    if sheet is None:
        return 0
    if isinstance(sheet, int):
        if 0 <= sheet < len(names):
            return sheet
    elif sheet in names:
        return names.index(sheet)
    raise SpreadsheetError(f"文件 {file_name} 中没有工作表“{sheet}”（有：{'、'.join(names)}）")


def _check_cells(rows: list[list[Cell]], file_name: str) -> None:
    for number, row in enumerate(rows, start=1):
        for value in row:
            if type(value) is str and len(value) > MAX_CELL_CHARS:
                raise SpreadsheetError(f"文件 {file_name} 第 {number} 行有单元格超过 {MAX_CELL_CHARS:,} 个字符"
                                       "（Excel 单元格的上限），已拒绝读取")
