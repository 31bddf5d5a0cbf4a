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
        "name": text,
        "id": cells.id_text,
        "phone": cells.number_text,
        "card": cells.number_text,
        "date": partial(cells.date_value, date1904=table.date1904, from_text=table.from_text),
        "flag": cells.flag_value,
        "number": cells.number_value,
        "money": cells.money_fen,
    }


def _has_full_width(value: Cell) -> bool:
    return isinstance(value, str) and _FULL_WIDTH.search(value) is not None


def extract_rows(table: SheetTable, layout: Layout, mapping: Mapping[int, str],
                 fields: Sequence[FieldSpec]) -> Iterator[ExtractedRow]:
    """Convert each data row. A missing required value is an error; full-width digits in number-like fields
    are folded to ASCII and noted (folding is exact, not a guess)."""
    by_key = {f.key: f for f in fields}
    converters = _converters(table)
    # (column, key, label, converter, required, number-like) once, not per cell: this loop runs per cell.
    plan = [(column, spec.key, spec.label, converters[spec.kind], spec.required,
             spec.kind in ("id", "phone", "card", "date"))
            for column, key in sorted(mapping.items()) if (spec := by_key.get(key)) is not None]
    missing = [(f.label, "表中没有这一列") for f in fields if f.required and f.key not in mapping.values()]
    for index in layout.data_rows:
        raw = table.rows[index]
        width = len(raw)
        values: dict[str, object] = {}
        row = ExtractedRow(index + 1, values, raw, list(missing))
        for column, key, label, convert, required, numeric in plan:
            value = raw[column] if column < width else None
            try:
                converted = convert(value, label)
            except cells.CellError as exc:
                row.errors.append((exc.field or label, exc.reason))
                continue
            if numeric and _has_full_width(value):
                row.notes.append(f"「{label}」含全角字符，已转为半角")
            if required and (converted is None or converted == ""):
                row.errors.append((label, "不能为空"))
                continue
            values[key] = converted
        yield row
