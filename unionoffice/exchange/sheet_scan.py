"""Measuring an xlsx sheet from its own XML before calamine reads it (docs/reliability.md §1b, C6).

calamine builds a dense grid from A1 to the last cell that holds a value: one cell at `XFD1048576` asks for 17
billion cells and the allocation failure aborts the interpreter, where no Python handler runs. So the sheet part
is inflated here first, in blocks, and its rows, cells and extent are counted, refusing anything over the limits
below before calamine sees the file. The same pass notes formula cells that carry no saved result (calamine
reads them as empty), so an import can say "公式" instead of "不能为空".

The common shape — every cell written `<c r="B7"…>`, no namespace prefix — is measured with byte counts and
a few regular-expression searches; anything else (cells without `r`, prefixed elements, odd spacing) is walked
tag by tag the way calamine reads it, which is slower but exact.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from html import unescape
from pathlib import Path

from unionoffice.exchange.errors import SpreadsheetError

MAX_ROWS = 1_048_576  # Excel's rows per sheet
MAX_COLUMNS = 200  # a member roster has some 20-40 columns; Excel allows 16,384
MAX_CELLS = 8_000_000  # used cells, and the rectangle from A1 to the last cell (the grid calamine allocates)
MAX_SHEET_BYTES = 512 * 1024**2  # the sheet's XML inflated: a 300,000-member export of this program is ~280 MB
MAX_STRINGS_BYTES = 512 * 1024**2  # the shared-strings part, which calamine holds in memory whole
MAX_FORMULAS_NOTED = 10_000
BLOCK = 8 * 1024**2
_TAIL_LIMIT = 1024**2  # a cut is moved back to the last cell start only when that start is this close

_ROW_REF = re.compile(rb'<row r="(\d+)"')
_PREFIXED = re.compile(rb":(?:c|row)[\s/>]")
_DIMENSION = re.compile(rb'<(?:[\w.-]+:)?dimension\s[^>]*?ref\s*=\s*["\']([^"\']*)["\']')
_TAG = re.compile(rb"<(/?)(?:[A-Za-z_][\w.-]*:)?(row|c)(?=[\s/>])([^>]*)>")
_R_ATTR = re.compile(rb'(?:^|\s)r\s*=\s*["\']([^"\']*)["\']')
_REF = re.compile(r"([A-Za-z]{1,3})0*(\d{1,7})")
# A formula cell without a saved result: `<f>…</f>` (or a shared `<f …/>`) followed by no `<v>` or an empty one.
_FORMULA_CELL = re.compile(
    rb'<(?:[\w.-]+:)?c\s(?:[^>]*?\s)?r="([A-Za-z]+\d+)"[^>]*>\s*<(?:[\w.-]+:)?f\b([^>]*?)(?:/>|>([^<]*)'
    rb"</(?:[\w.-]+:)?f>)\s*(<(?:[\w.-]+:)?v\s*/>|<(?:[\w.-]+:)?v>\s*</(?:[\w.-]+:)?v>)?\s*</(?:[\w.-]+:)?c>")


@dataclass
class SheetScan:
    """What the sheet's XML holds: counts, the extent (1-based, from A1), and formula cells without a result."""

    name: str
    file_name: str = ""
    rows: int = 0
    cells: int = 0
    last_row: int = 0
    last_column: int = 0
    inflated: int = 0
    declared: str = ""  # the sheet's own <dimension ref>, which may lie
    exact: bool = False  # False: last_row/last_column are upper bounds from the quick pass

    @property
    def where(self) -> str:
        return f"文件 {self.file_name} 的工作表“{self.name}”" if self.file_name else f"工作表“{self.name}”"

    @property
    def area(self) -> int:
        return self.last_row * self.last_column


def column_number(letters: str) -> int:
    number = 0
    for char in letters.upper():
        number = number * 26 + ord(char) - 64
    return number


def column_letters(number: int) -> str:
    letters = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def parse_ref(ref: str, sheet: str) -> tuple[int, int]:
    """(row, column), 1-based, of an A1 reference; anything calamine would misread is refused here."""
    match = _REF.fullmatch(ref)
    if match is None or int(match[2]) == 0:
        raise SpreadsheetError(f"工作表“{sheet}”中有无法识别的单元格地址“{ref[:20]}”，文件已损坏或不是 Excel 写的")
    return int(match[2]), column_number(match[1])


def _number_above(limit: int) -> str:
    """A pattern for decimal numbers above `limit`, leading zeros allowed (calamine reads `A007` as row 7)."""
    text = str(limit)
    options = [rf"[1-9]\d{{{len(text)},}}"]
    for i, digit in enumerate(text):
        if digit != "9":
            rest = len(text) - i - 1
            options.append(f"{text[:i]}[{int(digit) + 1}-9]" + (rf"\d{{{rest}}}" if rest else ""))
    return "0*(?:" + "|".join(options) + ")"


def _letters_above(limit: int) -> str:
    """A pattern for column letters (either case) after column `limit`."""
    text = column_letters(max(limit, 1))
    options = [f"[A-Za-z]{{{len(text) + 1},}}"]
    for i, char in enumerate(text):
        if char != "Z":
            nxt = chr(ord(char) + 1)
            head = "".join(f"[{c}{c.lower()}]" for c in text[:i])
            rest = len(text) - i - 1
            options.append(f"{head}[{nxt}-Z{nxt.lower()}-z]" + (f"[A-Za-z]{{{rest}}}" if rest else ""))
    return "(?:" + "|".join(options) + ")"


def _outside(last_row: int, last_column: int) -> re.Pattern[bytes]:
    """A cell tag that is not `<c r="…"` (then the quick figures do not hold), or whose reference lies beyond
    `last_row` or `last_column`: one pass over the block finds either."""
    beyond = f"{_letters_above(last_column)}[0-9]|[A-Za-z]+{_number_above(last_row)}\""
    return re.compile(('<c(?: r="(?:' + beyond + r')|(?! r=")[\s/>])').encode("ascii"))


def _blocks(path: Path, part: str) -> Iterator[bytes]:
    """The part inflated in blocks, each cut after a whole cell (CRC verified on the way by zipfile)."""
    carry = b""
    try:
        with zipfile.ZipFile(path) as archive, archive.open(part) as stream:
            while block := stream.read(BLOCK):
                data = carry + block
                cut = data.rfind(b"<c ")
                if cut < len(data) - _TAIL_LIMIT:
                    cut = data.rfind(b"<")
                if cut <= 0:  # no tag in the block: a long text, which can be cut anywhere
                    cut = len(data) if len(data) > 2 * BLOCK else -1
                if cut < 0:
                    carry = data
                    continue
                carry = data[cut:]
                yield data[:cut]
            if carry:
                yield carry
    except KeyError:
        raise SpreadsheetError(f"文件 {path.name} 缺少工作表 {part}，已损坏") from None
    except (zipfile.BadZipFile, EOFError, OSError) as exc:
        raise SpreadsheetError(f"文件 {path.name} 已损坏或不完整：{exc}") from None


class _Limits:
    def __init__(self, scan: SheetScan, max_rows: int) -> None:
        self.scan = scan
        self.max_rows = max_rows

    def check_counts(self) -> None:
        s = self.scan
        if s.inflated > MAX_SHEET_BYTES:
            raise SpreadsheetError(f"{s.where}解压后超过 {MAX_SHEET_BYTES // 1024**2} MB，已拒绝读取")
        if s.rows > self.max_rows:
            raise SpreadsheetError(f"{s.where}超过 {self.max_rows:,} 行，已拒绝读取")
        if s.cells > MAX_CELLS:
            raise SpreadsheetError(f"{s.where}有超过 {MAX_CELLS:,} 个单元格，已拒绝读取")

    def over_extent(self) -> str | None:
        s = self.scan
        if s.last_row > self.max_rows:
            return f"数据延伸到第 {s.last_row:,} 行，超过 {self.max_rows:,} 行"
        if s.last_column > MAX_COLUMNS:
            return (f"数据延伸到第 {column_letters(s.last_column)} 列（第 {s.last_column:,} 列），"
                    f"超过 {MAX_COLUMNS} 列")
        if s.area > MAX_CELLS:
            return (f"数据区域达 {s.last_row:,} 行 × {s.last_column:,} 列 = {s.area:,} 个单元格，"
                    f"超过 {MAX_CELLS:,} 个")
        return None


def _declared_end(data: bytes) -> tuple[str, int, int]:
    """The sheet's <dimension ref> and its last row and column (0, 0 when absent or unreadable)."""
    match = _DIMENSION.search(data)
    if match is None:
        return "", 0, 0
    declared = match[1].decode("ascii", "replace")[:40]
    ref = _REF.fullmatch(declared.split(":")[-1].replace("$", ""))
    return (declared, int(ref[2]), column_number(ref[1])) if ref and int(ref[2]) else (declared, 0, 0)


def _quick_pass(path: Path, part: str, limits: _Limits) -> bool:
    """Counts and the extent for the common shape: every cell `<c r="…"`, none beyond the range the sheet
    declares (or, without a declaration, beyond the rows seen so far). False as soon as that does not hold."""
    scan = limits.scan
    outside: re.Pattern[bytes] | None = None
    bound: tuple[int, int] = (0, 0)
    for data in _blocks(path, part):
        if not scan.inflated:
            scan.declared, scan.last_row, scan.last_column = _declared_end(data)
        scan.inflated += len(data)
        scan.rows += data.count(b"<row ")
        scan.cells += data.count(b"<c ")
        limits.check_counts()
        if _PREFIXED.search(data):
            return False
        if not scan.declared:  # no declaration: the rows' own numbers bound the cells, widest column 26 at first
            refs = _ROW_REF.findall(data)
            scan.last_row = max(scan.last_row, max(map(int, refs), default=0))
            scan.last_column = max(scan.last_column, 26)
        if outside is None or bound != (scan.last_row, scan.last_column):
            bound = (scan.last_row, scan.last_column)
            outside = _outside(*bound)
        if outside.search(data):
            return False
    return True


def _exact_pass(path: Path, part: str, limits: _Limits) -> None:
    """Walk every row and cell tag as calamine does: `<row r>` sets the row, `</row>` moves to the next, a cell
    without `r` takes the next column; self-closed cells hold no value and are skipped."""
    scan = limits.scan
    scan.rows = scan.cells = scan.last_row = scan.last_column = scan.inflated = 0
    row_index = column_index = 0
    for data in _blocks(path, part):
        scan.inflated += len(data)
        for closing, name, attrs in _TAG.findall(data):
            empty = attrs.endswith(b"/")
            if name == b"row":
                if closing:
                    row_index, column_index = row_index + 1, 0
                    continue
                scan.rows += 1
                ref = _R_ATTR.search(attrs)
                if ref and not empty:
                    row_index = parse_ref("A" + ref[1].decode("ascii", "replace"), scan.name)[0] - 1
                continue
            if closing or empty:
                continue
            scan.cells += 1
            ref = _R_ATTR.search(attrs)
            if ref:
                row, column = parse_ref(ref[1].decode("ascii", "replace"), scan.name)
                row_index, column_index = row - 1, column - 1
            scan.last_row = max(scan.last_row, row_index + 1)
            scan.last_column = max(scan.last_column, column_index + 1)
            column_index += 1
        limits.check_counts()
    scan.exact = True


def scan_sheet(path: Path, part: str, name: str, *, max_rows: int = MAX_ROWS) -> SheetScan:
    """Measure one sheet part; raise `SpreadsheetError` (in Chinese, naming the sheet) when it is over a limit."""
    scan = SheetScan(name, path.name)
    limits = _Limits(scan, max_rows)
    if not _quick_pass(path, part, limits) or limits.over_extent():
        _exact_pass(path, part, limits)  # the quick pass's bounds may overstate; decide on the exact figures
    problem = limits.over_extent()
    if problem:
        declared = f"（表内声明的范围为 {scan.declared}）" if scan.declared else ""
        raise SpreadsheetError(f"{scan.where}{problem}{declared}，不像会员表格，可能是损坏或恶意构造的文件，"
                               "已拒绝读取")
    return scan


def check_part_size(path: Path, part: str, limit: int | None = None) -> None:
    """Inflate a part calamine loads whole (shared strings) and refuse it over `limit`, whatever its header says."""
    limit = MAX_STRINGS_BYTES if limit is None else limit
    size = 0
    try:
        with zipfile.ZipFile(path) as archive, archive.open(part) as stream:
            while block := stream.read(BLOCK):
                size += len(block)
                if size > limit:
                    raise SpreadsheetError(f"文件 {path.name} 的共享文本解压后超过 {limit // 1024**2} MB，已拒绝读取")
    except KeyError:
        return
    except (zipfile.BadZipFile, EOFError, OSError) as exc:
        raise SpreadsheetError(f"文件 {path.name} 已损坏或不完整：{exc}") from None


def formulas_without_result(path: Path, part: str, name: str) -> dict[tuple[int, int], str]:
    """Formula cells saved without a result, which calamine reads as empty: (row, column) 0-based -> formula.
    Asked for only when a required cell is empty, so the clerk learns it holds a formula."""
    found: dict[tuple[int, int], str] = {}
    for data in _blocks(path, part):
        if b"<f" not in data and b":f" not in data:
            continue
        for match in _FORMULA_CELL.finditer(data):
            row, column = parse_ref(match[1].decode("ascii"), name)
            text = unescape((match[3] or b"").decode("utf-8", "replace")).strip()
            found[(row - 1, column - 1)] = text or ("共享公式" if b"shared" in (match[2] or b"") else "")
            if len(found) >= MAX_FORMULAS_NOTED:
                return found
    return found
