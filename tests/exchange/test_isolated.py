"""xls, xlsb and ods are read by a child process, so a reader that aborts cannot take the program down."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.helpers.sheets import HEADER, member_rows, write_xls
from unionoffice.exchange import isolated
from unionoffice.exchange.errors import SpreadsheetError
from unionoffice.exchange.readers import read_table


def _ods(path: Path, rows: int, columns: int) -> Path:
    """One value repeated over a block: a few hundred bytes that calamine expands cell by cell."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body>'
        f'<office:spreadsheet><table:table table:name="S"><table:table-row table:number-rows-repeated="{rows}">'
        f'<table:table-cell office:value-type="string" table:number-columns-repeated="{columns}"><text:p>x</text:p>'
        "</table:table-cell></table:table-row></table:table></office:spreadsheet></office:body>"
        "</office:document-content>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
        archive.writestr("META-INF/manifest.xml", '<?xml version="1.0"?><manifest:manifest '
                         'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')
    return path


def test_an_xls_is_read_by_the_child_and_comes_back_whole(tmp_path: Path) -> None:
    rows = [HEADER, *member_rows()]
    table = read_table(write_xls(tmp_path / "roster.xls", rows))
    assert table.file_format == "xls"
    assert len(table.rows) == len(rows)
    assert table.rows[1][1] == "张伟"


def test_a_grid_over_the_limits_is_refused_by_the_child(tmp_path: Path) -> None:
    with pytest.raises(SpreadsheetError, match="3,000 行 × 3,000 列"):
        read_table(_ods(tmp_path / "block.ods", 3000, 3000))


def test_a_reader_that_aborts_takes_only_the_child_down(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Under a memory ceiling the grid's allocation fails and Rust aborts the child; the program reports it."""
    if not hasattr(__import__("os"), "fork"):
        pytest.skip("the memory ceiling needs POSIX rlimits; Windows has no RLIMIT_AS")
    monkeypatch.setattr(isolated, "MEMORY_CEILING", 400 * 1024**2)
    with pytest.raises(SpreadsheetError, match="表格读取程序异常退出"):
        read_table(_ods(tmp_path / "block.ods", 3000, 3000))
    assert read_table(_ods(tmp_path / "small.ods", 3, 4)).rows == [["x"] * 4] * 3
