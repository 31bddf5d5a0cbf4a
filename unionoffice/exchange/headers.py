"""Finding the header row under title lines, the data rows above totals and notes, and mapping columns."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from unionoffice.domain.common.errors import ValidationError
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
    otherwise synonyms decide. Two columns that claim one field are both mapped, so that `duplicate_columns`
    names them and the clerk chooses, rather than the first silently winning."""
    remembered = remembered or {}
    keys = {f.key for f in fields}
    mapping: dict[int, str] = {}
    for column, value in enumerate(headers):
        header = normalise_header(value)
        if header in remembered:
            key = remembered[header]
        else:
            spec = _match(header, fields)
            key = spec.key if spec else ""
        if key and key in keys:
            mapping[column] = key
    return mapping


def column_name(column: int) -> str:
    """Excel's letters for a 0-based column: 0 → A, 27 → AB."""
    letters = ""
    column += 1
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def duplicate_columns(mapping: Mapping[int, str]) -> dict[str, list[int]]:
    """Field key -> the columns (0-based, in order) mapped to it, for every field claimed more than once."""
    columns: dict[str, list[int]] = {}
    for column, key in sorted(mapping.items()):
        if key:
            columns.setdefault(key, []).append(column)
    return {key: found for key, found in columns.items() if len(found) > 1}


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


def _header_text(header: Sequence[Cell], column: int) -> str:
    value = header[column] if column < len(header) else None
    return "" if value is None else str(value).strip()[:30]


def refuse_duplicate_columns(header: Sequence[Cell], mapping: Mapping[int, str], fields: Sequence[FieldSpec]) -> None:
    """Two columns mapped to one field (two `身份证号` headers): refuse, naming both, instead of letting one win."""
    labels = {spec.key: spec.label for spec in fields}
    for key, columns in duplicate_columns(mapping).items():
        named = "、".join(f"第 {column_name(c)} 列“{_header_text(header, c)}”" for c in columns)
        label = labels.get(key, key)
        raise ValidationError(f"{named}都对应“{label}”，无法确定以哪一列为准；请在列对应中只保留一列"
                              "（命令行可用 --skip-column 列名 跳过其余的列）", field=label)


def skip_columns(header: Sequence[Cell], mapping: dict[int, str], wanted: Sequence[str]) -> None:
    """Leave out of `mapping` the columns named by letter (`H`) or by header text (`身份证号码`)."""
    texts = [normalise_header(v) for v in header]
    for name in wanted:
        name = name.strip()
        if re.fullmatch(r"[A-Za-z]{1,3}", name):
            found = [i for i in range(len(texts)) if column_name(i) == name.upper()]
        else:
            found = [i for i, text in enumerate(texts) if text == normalise_header(name)]
        if not found:
            raise ValidationError(f"表头中没有列“{name}”", field="--skip-column")
        for column in found:
            mapping.pop(column, None)
