"""Turning the data rows of a sheet into field values under a column mapping, with every problem per cell."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial

from unionoffice.exchange import cells
from unionoffice.exchange.fields import FieldSpec
from unionoffice.exchange.headers import Layout
from unionoffice.exchange.readers import Cell, SheetTable

_FULL_WIDTH = re.compile("[\uff01-\uff5e]")


@dataclass
class ExtractedRow:
    """One data row: `row_number` as Excel shows it (1-based), values by field key, problems by field label."""

    row_number: int
    values: dict[str, object]
    raw: Sequence[Cell]
    errors: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


Converter = Callable[[Cell, str], object]


def _converters(table: SheetTable) -> dict[str, Converter]:
    """Plain functions where possible: a wrapper call per cell costs a second per million cells."""
    text: Converter = cells.csv_text_value if table.from_text else cells.text_value
    return {
        "text": text,
        # Invisible characters stay in names, so the name rule can refuse them by name.
        "name": cells.csv_name_text if table.from_text else cells.name_text,
        "id": cells.id_text,
        "phone": cells.number_text,
        "card": cells.number_text,
        "date": partial(cells.date_value, date1904=table.date1904, from_text=table.from_text),
        "flag": cells.flag_value,
        "number": cells.number_value,
        "money": cells.money_fen,
    }


def _formula_at(table: SheetTable, data_rows: list[int], column: int, index: int) -> str | None:
    return table.formula_at(data_rows[index], column)


def _has_full_width(value: Cell) -> bool:
    return isinstance(value, str) and _FULL_WIDTH.search(value) is not None


_FAILED = object()  # stands in for a cell that could not be converted, removed before the row is handed out


def blank_reason(formula: str | None) -> str:
    """Why a required cell is empty: a formula saved without its result reads as empty, and says so."""
    if formula is None:
        return "不能为空"
    shown = formula if len(formula) <= 40 else formula[:40] + "…"
    return (f"是公式（={shown}），文件中没有保存计算结果；请在 Excel 中打开并保存，或复制后“选择性粘贴为数值”"
            "再导入")


def _convert_column(cells_in: list[Cell], convert: Converter, label: str, required: bool,
                    problems: dict[int, list[tuple[str, str]]],
                    formula_of: Callable[[int], str | None] = lambda _index: None) -> list[object]:
    """One column at a time: text columns go through `map` (no Python loop per cell), the rest per cell."""
    if convert is cells.text_value or convert is cells.name_text:
        strings = [v for v in cells_in if type(v) is str]
        if convert is cells.name_text or (len(strings) == len(cells_in) and not cells.has_invisible("".join(strings))):
            out: list[object] = list(map(cells.name_text, cells_in))  # the common case: no check per cell
        else:
            out = list(map(cells.plain_text, cells_in))
    else:
        out = []
        append = out.append
        for index, value in enumerate(cells_in):
            try:
                append(convert(value, label))
            except cells.CellError as exc:
                problems.setdefault(index, []).append((exc.field or label, exc.reason))
                append(_FAILED)
    if required:
        for index, converted in enumerate(out):
            if converted is None or converted == "":
                reason = blank_reason(formula_of(index))
                problems.setdefault(index, []).append((label, reason))
                out[index] = _FAILED
    return out


def extract_rows(table: SheetTable, layout: Layout, mapping: Mapping[int, str],
                 fields: Sequence[FieldSpec]) -> Iterator[ExtractedRow]:
    """Convert each data row. A missing required value is an error; full-width digits in number-like fields
    are folded to ASCII and noted (folding is exact, not a guess). Works column by column: this is the
    inner loop of a 100,000-row import."""
    by_key = {f.key: f for f in fields}
    converters = _converters(table)
    plan = [(column, spec, converters[spec.kind]) for column, key in sorted(mapping.items())
            if (spec := by_key.get(key)) is not None]
    missing = [(f.label, "表中没有这一列") for f in fields if f.required and f.key not in mapping.values()]
    raws = [table.rows[i] for i in layout.data_rows]
    problems: dict[int, list[tuple[str, str]]] = {}
    notes: dict[int, list[str]] = {}
    columns: list[list[object]] = []
    for column, spec, convert in plan:
        column_cells = [r[column] if column < len(r) else None for r in raws]
        columns.append(_convert_column(column_cells, convert, spec.label, spec.required, problems,
                                       partial(_formula_at, table, layout.data_rows, column)))
        if spec.kind in ("id", "phone", "card", "date") and _FULL_WIDTH.search(
                "".join(v for v in column_cells if type(v) is str)):
            for index, value in enumerate(column_cells):
                if _has_full_width(value):
                    notes.setdefault(index, []).append(f"「{spec.label}」含全角字符，已转为半角")
    keys = [spec.key for _, spec, _ in plan]
    for index, values in enumerate(zip(*columns, strict=True) if columns else ([] for _ in raws)):
        row_values = dict(zip(keys, values, strict=True))
        errors = list(missing)
        if index in problems:
            errors += problems[index]
            row_values = {k: v for k, v in row_values.items() if v is not _FAILED}
        yield ExtractedRow(layout.data_rows[index] + 1, row_values, raws[index], errors, notes.get(index, []))
