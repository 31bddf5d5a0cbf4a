"""docs/provincial-package.md lists every workbook, sheet and column of the package, in order, with its kind."""

from __future__ import annotations

import re
from pathlib import Path

from unionoffice.domain.province.columns import WORKBOOKS

DOC = Path(__file__).resolve().parents[3] / "docs" / "provincial-package.md"


def test_the_specification_lists_every_column_in_order() -> None:
    text = DOC.read_text(encoding="utf-8")
    for book in WORKBOOKS:
        assert f"### `{book.file}`" in text
        for sheet in book.sheets:
            block = text.split(f"Sheet **{sheet.name}** → table `{sheet.table}`", 1)[1].split("\n\n", 2)[1]
            rows = re.findall(r"^\| (\d+) \| ([^|]+) \| (\w+) \| (\d*) \| (yes)? \| `(\w+)` \|$", block, re.M)
            assert [(r[1], r[2], r[5], bool(r[4])) for r in rows] == [
                (c.header, c.kind.value, c.key, c.required) for c in sheet.columns], sheet.name


def test_the_specification_names_every_sheet_s_csv_file() -> None:
    from unionoffice.domain.province.columns import SHEETS

    csv = DOC.read_text(encoding="utf-8").split("## CSV files", 1)[1].split("\n## ", 1)[0]
    assert re.findall(r"^\| (\S+) \| `(\w+\.csv)` \|$", csv, re.M) == [(s.name, s.csv) for s in SHEETS]
