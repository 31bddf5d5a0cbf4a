"""An xlsx sheet is measured in its XML before calamine reads it (docs/reliability.md §1b, C6; issue 12 item 10)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.helpers.corpus import SHEET_HEAD, _xlsx_parts
from tests.helpers.sheets import HEADER, Formula, member_rows, write_xlsx
from unionoffice.exchange import sheet_scan
from unionoffice.exchange.errors import SpreadsheetError
from unionoffice.exchange.readers import read_table

PART = "xl/worksheets/sheet1.xml"


def _sheet(path: Path, cells: bytes, dimension: bytes = b"") -> Path:
    head = SHEET_HEAD + (b'<dimension ref="%s"/>' % dimension if dimension else b"")
    return _xlsx_parts(path, head + b"<sheetData>" + cells + b"</sheetData></worksheet>")


def test_a_single_cell_in_the_last_row_and_column_is_refused_and_the_process_lives_on(tmp_path: Path) -> None:
    """5 KB whose only cell is XFD1048576: calamine would ask for 17 billion cells and abort the interpreter."""
    path = _sheet(tmp_path / "last.xlsx", b'<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')
    assert path.stat().st_size < 5_000
    code = ("import sys; from unionoffice.exchange.readers import read_table\n"
            "try:\n    read_table(sys.argv[1])\nexcept Exception as exc:\n    print(exc)\n")
    done = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert "超过 200 列" in done.stdout
    assert "last.xlsx" in done.stdout


def test_the_quick_and_the_exact_pass_agree_on_an_honest_sheet(tmp_path: Path) -> None:
    rows = [HEADER + [f"列{i}" for i in range(20)], *[row + ["x"] * 20 for row in member_rows()]]
    path = write_xlsx(tmp_path / "roster.xlsx", rows)
    quick = sheet_scan.scan_sheet(path, PART, "会员")
    assert not quick.exact
    assert (quick.last_row, quick.last_column) == (len(rows), len(rows[0]))
    assert quick.cells == sum(len(r) for r in rows)
    scan = sheet_scan.SheetScan("会员")
    sheet_scan._exact_pass(path, PART, sheet_scan._Limits(scan, sheet_scan.MAX_ROWS))
    assert (scan.last_row, scan.last_column, scan.cells, scan.rows) == (len(rows), len(rows[0]), quick.cells,
                                                                        quick.rows)


def test_cells_without_references_are_placed_as_calamine_places_them(tmp_path: Path) -> None:
    cells = b'<row><c><v>1</v></c><c><v>2</v></c></row><row r="7"><c><v>3</v></c><c r="E7"><v>4</v></c>' \
            b'<c><v>5</v></c></row><row><c><v>6</v></c></row><row r="9"/><c r="B2"/>'
    scan = sheet_scan.scan_sheet(_sheet(tmp_path / "noref.xlsx", cells), PART, "S")
    assert scan.exact
    assert (scan.last_row, scan.last_column, scan.cells) == (8, 6, 6)


def test_a_declared_range_larger_than_the_data_is_not_held_against_the_file(tmp_path: Path) -> None:
    """Some generators declare A1:IV65536 for a small table: the real extent decides."""
    path = _sheet(tmp_path / "declared.xlsx", b'<row r="1"><c r="A1"><v>1</v></c><c r="C1"><v>2</v></c></row>',
                  b"A1:IV65536")
    scan = sheet_scan.scan_sheet(path, PART, "S")
    assert (scan.last_row, scan.last_column, scan.declared) == (1, 3, "A1:IV65536")
    assert read_table(path).rows == [[1.0, "", 2.0]]


def test_a_cell_beyond_the_declared_range_is_found(tmp_path: Path) -> None:
    path = _sheet(tmp_path / "liar.xlsx", b'<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="GS2"><v>1</v>'
                                          b"</c></row>", b"A1:A2")
    with pytest.raises(SpreadsheetError, match=r"第 GS 列（第 201 列），超过 200 列（表内声明的范围为 A1:A2）"):
        sheet_scan.scan_sheet(path, PART, "S")


def test_each_limit_is_enforced_with_a_chinese_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_xlsx(tmp_path / "roster.xlsx", [HEADER, *member_rows()])
    monkeypatch.setattr(sheet_scan, "MAX_CELLS", 50)
    with pytest.raises(SpreadsheetError, match="有超过 50 个单元格"):
        read_table(path)
    monkeypatch.setattr(sheet_scan, "MAX_CELLS", 8_000_000)
    monkeypatch.setattr(sheet_scan, "MAX_SHEET_BYTES", 1000)
    with pytest.raises(SpreadsheetError, match="解压后超过"):
        read_table(path)
    monkeypatch.setattr(sheet_scan, "MAX_SHEET_BYTES", 512 * 1024**2)
    monkeypatch.setattr(sheet_scan, "MAX_STRINGS_BYTES", 100)
    with pytest.raises(SpreadsheetError, match="共享文本解压后超过"):
        read_table(path)


def test_a_formula_saved_without_its_result_is_found(tmp_path: Path) -> None:
    rows = [["姓名", "身份证号"], [Formula('CONCATENATE("张","三")'), "x"], ["李四", "y"]]
    path = write_xlsx(tmp_path / "f.xlsx", rows)
    table = read_table(path)
    assert table.formula_at(1, 0) == 'CONCATENATE("张","三")'
    assert table.formula_at(2, 0) is None


@given(st.integers(min_value=1, max_value=2_000_000), st.integers(min_value=0, max_value=3_000_000),
       st.integers(min_value=0, max_value=4))
def test_the_row_pattern_matches_exactly_the_rows_beyond_the_limit(limit: int, row: int, zeros: int) -> None:
    pattern = re.compile(sheet_scan._number_above(limit))
    assert bool(pattern.fullmatch("0" * zeros + str(row))) == (row > limit)


@given(st.integers(min_value=1, max_value=16_384), st.integers(min_value=1, max_value=20_000), st.booleans())
def test_the_column_pattern_matches_exactly_the_columns_beyond_the_limit(limit: int, column: int,
                                                                           lower: bool) -> None:
    letters = sheet_scan.column_letters(column)
    pattern = re.compile(sheet_scan._letters_above(limit))
    assert bool(pattern.fullmatch(letters.lower() if lower else letters)) == (column > limit)
