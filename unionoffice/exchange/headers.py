"""Finding the header row under title lines, the data rows above totals and notes, and mapping columns."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from unionoffice.exchange.fields import FieldSpec
from unionoffice.exchange.readers import Cell

HEADER_SCAN_ROWS = 30
_NOISE = re.compile(r"[\s*＊:：]|[(（][^)）]*[)）]|[\[【][^\]】]*[\]】]")
TOTAL_WORDS = ("合计", "总计", "小计", "累计")
FOOTER_STARTS = ("填表人", "填报人", "制表人", "审核人", "负责人", "填表说明", "说明：", "说明:", "注：", "注:",
                 "备注：", "备注:", "填报日期", "制表日期", "单位负责人")
IGNORED_HEADERS = frozenset({"序号", "编号", "行号", "no", "no.", "年龄"})


def normalise_header(value: Cell) -> str:
    """`身份证号码（必填）` and ` 身份证号码* ` compare equal; full-width letters fold to ASCII."""
    text = unicodedata.normalize("NFKC", "" if value is None else str(value))
    return _NOISE.sub("", text).lower()


def cell_is_blank(value: Cell) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _match(header: str, fields: Sequence[FieldSpec]) -> FieldSpec | None:
    if not header or header in IGNORED_HEADERS:
        return None
    for spec in fields:
        if header in (normalise_header(w) for w in spec.words):
            return spec
    # `会员身份证号码` or `联系电话（手机）`: the longest known word inside the header decides.
    best: tuple[int, FieldSpec] | None = None
    for spec in fields:
        for word in spec.words:
            norm = normalise_header(word)
            if len(norm) >= 2 and norm in header and (best is None or len(norm) > best[0]):
                best = (len(norm), spec)
    return best[1] if best else None


def auto_map(headers: Sequence[Cell], fields: Sequence[FieldSpec],
             remembered: Mapping[str, str] | None = None) -> dict[int, str]:
    """Column index -> field key. A choice remembered for this header text wins ("" = the clerk ignores it);
    otherwise synonyms decide; each field takes the first column that claims it."""
    remembered = remembered or {}
    keys = {f.key for f in fields}
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for column, value in enumerate(headers):
        header = normalise_header(value)
        if header in remembered:
            key = remembered[header]
        else:
            spec = _match(header, fields)
            key = spec.key if spec else ""
        if key and key in keys and key not in taken:
            mapping[column] = key
            taken.add(key)
    return mapping


@dataclass
class Layout:
    """Where the table sits in the sheet: the header row, the data rows, and the rows left out (with why)."""

    header_row: int  # 0-based index into the sheet's rows
    data_rows: list[int] = field(default_factory=list)
    skipped: list[tuple[int, str]] = field(default_factory=list)  # (0-based row, reason in Chinese)


def leading_texts(row: Sequence[Cell], count: int = 3) -> list[str]:
    """The first `count` non-blank cells as text without spaces (enough to tell data from totals and notes)."""
    out: list[str] = []
    for value in row:
        if value is None:
            continue
        text = "".join(str(value).split())
        if text:
            out.append(text)
            if len(out) == count:
                break
    return out


def is_total_row(texts: Sequence[str]) -> bool:
    return any(t.startswith(TOTAL_WORDS) for t in texts)


def is_footer_row(texts: Sequence[str]) -> bool:
    return bool(texts) and texts[0].startswith(FOOTER_STARTS)


def find_header(rows: Sequence[Sequence[Cell]], fields: Sequence[FieldSpec],
                remembered: Mapping[str, str] | None = None) -> int | None:
    """The row among the first ones whose cells name the most fields (at least two, or the ID column); headers
    the clerk mapped before count like synonyms."""
    remembered = remembered or {}
    known = {f.key for f in fields}
    best_row, best_score = None, 0
    for index, row in enumerate(rows[:HEADER_SCAN_ROWS]):
        keys: set[str] = set()
        for value in row:
            header = normalise_header(value)
            if remembered.get(header) in known:
                keys.add(remembered[header])
            elif header not in remembered and (spec := _match(header, fields)):
                keys.add(spec.key)
        score = len(keys) + (1 if "id_number" in keys else 0)
        if score > best_score and score >= 2:
            best_row, best_score = index, score
    return best_row


def layout(rows: Sequence[Sequence[Cell]], header_row: int) -> Layout:
    """Rows below the header that hold data; totals, notes and blank rows are listed as skipped."""
    result = Layout(header_row)
    for index in range(header_row):
        if leading_texts(rows[index], 1):
            result.skipped.append((index, "表头上方的标题或说明行"))
    footer = False
    for index in range(header_row + 1, len(rows)):
        texts = leading_texts(rows[index])
        if not texts:
            continue
        if footer or is_footer_row(texts):
            footer = True
            result.skipped.append((index, "表格下方的签名或说明行"))
        elif is_total_row(texts):
            result.skipped.append((index, "合计行"))
        else:
            result.data_rows.append(index)
    return result
