"""CSV for other programs: UTF-8 with BOM (so Excel shows Chinese), or GB18030/GBK that fail loudly, never `?`."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from unionoffice.exchange.cells import CSV_GUARD, CSV_GUARDED
from unionoffice.exchange.errors import ExportError
from unionoffice.exchange.safe_write import atomic_output
from unionoffice.exchange.xlsx_report import DATE, MONEY, TEXT, Progress, ReportFile, ReportSpec

CSV_ENCODINGS = {"utf-8-sig": "UTF-8（带 BOM，Excel 可直接打开）", "gb18030": "GB18030", "gbk": "GBK（旧系统）"}


def guard(text: str) -> str:
    """OWASP's defence against formula injection: a leading `= + - @`, tab or CR gets an apostrophe. A value
    that already looks guarded gets one more, so the importer's `unguard_csv` gives back exactly what was here."""
    if text.startswith(CSV_GUARDED) or (text[:1] == CSV_GUARD and text[1:2] in CSV_GUARDED and len(text) > 1):
        return CSV_GUARD + text
    return text


def csv_field(kind: str, value: object) -> str:
    if value is None:
        return ""
    if kind == TEXT:
        return guard(str(value))
    if kind == MONEY:
        fen = int(value)  # type: ignore[call-overload]
        sign = "-" if fen < 0 else ""
        return f"{sign}{abs(fen) // 100}.{abs(fen) % 100:02d}"
    if kind == DATE and isinstance(value, date):
        return value.isoformat()
    return guard(str(value))


def _encode(line: str, encoding: str, row_number: int, headers: Sequence[str], values: Sequence[str]) -> bytes:
    try:
        return line.encode(encoding)
    except UnicodeEncodeError as exc:
        bad = exc.object[exc.start:exc.end]
        column = next((h for h, v in zip(headers, values, strict=False) if bad in v), "")
        where = f"第 {row_number} 行" + (f"「{column}」" if column else "")
        raise ExportError(f"{where}中的“{bad}”（U+{ord(bad[0]):04X}）无法用 {CSV_ENCODINGS.get(encoding, encoding)} "
                          "编码保存；请改用 UTF-8 或 GB18030，未写出文件") from None


def write_csv(path: str | Path, spec: ReportSpec, rows: Iterable[Sequence[object]], *,
              encoding: str = "utf-8-sig", progress: Progress | None = None, expected_rows: int = 0) -> ReportFile:
    """Header plus rows, every field quoted, CRLF line ends; written to a temp name and renamed when complete."""
    if encoding not in CSV_ENCODINGS:
        raise ExportError(f"不支持的编码 {encoding}（可选：{'、'.join(CSV_ENCODINGS)}）")
    headers = [c.header for c in spec.columns]
    kinds = [c.kind for c in spec.columns]
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    count = 0
    with atomic_output(path) as target, target.temp.open("wb") as out:
        writer.writerow(headers)
        out.write(_encode(buffer.getvalue(), encoding, 1, headers, headers))
        for count, values in enumerate(rows, start=1):
            fields = [csv_field(k, v) for k, v in zip(kinds, values, strict=True)]
            buffer.seek(0)
            buffer.truncate()
            writer.writerow(fields)
            out.write(_encode(buffer.getvalue(), encoding, count + 1, headers, fields))
            if progress is not None and count % 5000 == 0:
                progress(count, expected_rows)
    assert target.result is not None
    return ReportFile(target.result, count)
