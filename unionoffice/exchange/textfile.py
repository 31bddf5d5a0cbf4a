"""Text tables (CSV, Excel's "Unicode text"): finding the encoding without losing a character, then the fields."""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from unionoffice.exchange.errors import SpreadsheetError

MAX_TEXT_BYTES = 512 * 1024**2
MAX_CELL_CHARS = 32_767  # Excel's own limit per cell
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
ENCODING_LABELS = {"utf-8-sig": "UTF-8（带 BOM）", "utf-8": "UTF-8", "gb18030": "GB18030/GBK", "utf-16": "UTF-16",
                   "utf-16-le": "UTF-16LE", "utf-16-be": "UTF-16BE", "utf-32": "UTF-32", "big5": "Big5"}
DELIMITERS = (",", "\t", ";", "|")


@dataclass
class DecodedText:
    text: str
    encoding: str
    # More than one encoding reads the bytes without error and none is clearly right: the clerk must choose.
    candidates: list[str] = field(default_factory=list)

    @property
    def ambiguous(self) -> bool:
        return len(self.candidates) > 1


def _utf16_without_bom(data: bytes) -> str | None:
    """Excel writes UTF-16 with a BOM; without one, mostly-ASCII text shows as NULs in every other byte."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_nuls > 0.3 * half and even_nuls < 0.05 * half:
        return "utf-16-le"
    if even_nuls > 0.3 * half and odd_nuls < 0.05 * half:
        return "utf-16-be"
    return None


def _plausibility(text: str) -> float:
    """Share of non-ASCII characters that are common Chinese (in GB2312): mojibake scores low."""
    sample = text[:20000]
    wide = [c for c in sample if ord(c) > 127]
    if not wide:
        return 1.0
    common = 0
    for char in wide:
        try:
            char.encode("gb2312")
        except UnicodeEncodeError:
            continue
        common += 1
    return common / len(wide)


def decode(data: bytes, encoding: str | None = None) -> DecodedText:
    """BOM, then strict UTF-8, then UTF-16 by its NULs, then GB18030; never `errors="ignore"` or "replace"."""
    if encoding:
        try:
            return DecodedText(data.decode(encoding), encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise SpreadsheetError(f"文件不能按 {ENCODING_LABELS.get(encoding, encoding)} 读取：{exc}") from None
    marked = _decode_by_marks(data)
    if marked is not None:
        return marked
    readings: dict[str, str] = {}
    for name in ("utf-8", "gb18030"):
        try:
            readings[name] = data.decode(name)
        except UnicodeDecodeError:
            continue
    if not readings:
        raise SpreadsheetError("无法识别文件的文字编码（既不是 UTF-8，也不是 GB18030/GBK），请在 Excel 中另存为"
                               "“CSV UTF-8”后再导入")
    if len(readings) == 1 or readings["utf-8"] == readings["gb18030"]:
        name = next(iter(readings))
        return DecodedText(readings[name], name)
    scores = {name: _plausibility(text) for name, text in readings.items()}
    best = max(scores, key=lambda n: scores[n])
    other = min(scores, key=lambda n: scores[n])
    if scores[best] - scores[other] >= 0.2:
        return DecodedText(readings[best], best)
    return DecodedText(readings["utf-8"], "utf-8", candidates=["utf-8", "gb18030"])


def _decode_by_marks(data: bytes) -> DecodedText | None:
    """A byte-order mark, or UTF-16's telltale NULs, decide the encoding before any guessing."""
    for bom, name in BOMS:
        if data.startswith(bom):
            try:
                return DecodedText(data.decode(name), name)
            except UnicodeDecodeError as exc:
                raise SpreadsheetError(f"文件开头标明为 {ENCODING_LABELS[name]}，但第 {exc.start} 字节起内容不符，"
                                       "文件可能已损坏") from None
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return DecodedText(data.decode(utf16), utf16)
        except UnicodeDecodeError:
            return None
    return None


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_TEXT_BYTES:
            raise SpreadsheetError(f"文件 {path.name} 有 {size // 1024**2} MB，超过文本表格的上限 "
                                   f"{MAX_TEXT_BYTES // 1024**2} MB")
        return path.read_bytes()
    except OSError as exc:
        raise SpreadsheetError(f"无法读取文件 {path.name}：{exc.strerror or exc}") from exc


def sniff_delimiter(text: str) -> str:
    """The separator most used in the first lines (Excel's "Unicode text" uses tabs, its CSV commas)."""
    lines = [line for line in text[:65536].splitlines()[:20] if line.strip()]
    counts = {d: sum(line.count(d) for line in lines) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def parse_rows(text: str, max_rows: int, name: str) -> list[list[str]]:
    """Split into rows of fields; refuse NUL characters, over-long cells and more than `max_rows` rows."""
    if "\x00" in text:
        position = text.index("\x00")
        line = text.count("\n", 0, position) + 1
        raise SpreadsheetError(f"文件 {name} 第 {line} 行含有空字符（NUL），不是正常的文本表格，可能已损坏")
    delimiter = sniff_delimiter(text)
    old_limit = csv.field_size_limit()
    csv.field_size_limit(MAX_CELL_CHARS)
    rows: list[list[str]] = []
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        for row in reader:
            rows.append(row)
            if len(rows) > max_rows:
                raise SpreadsheetError(f"文件 {name} 超过 {max_rows:,} 行（Excel 一张工作表的上限），已拒绝读取")
    except csv.Error as exc:
        line = reader.line_num
        if "field larger" in str(exc):
            raise SpreadsheetError(f"文件 {name} 第 {line} 行有单元格超过 {MAX_CELL_CHARS:,} 个字符"
                                   "（Excel 单元格的上限），已拒绝读取") from None
        raise SpreadsheetError(f"文件 {name} 第 {line} 行格式错误：{exc}") from None
    finally:
        csv.field_size_limit(old_limit)
    return rows
