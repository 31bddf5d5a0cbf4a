"""Malformed files (docs/reliability.md C6): each ends in a clear message naming the problem, and nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.helpers.corpus import BAD_FILES, BadFile
from unionoffice.db.engine import Database
from unionoffice.db.models import Member
from unionoffice.db.models.exchange import ImportBatch
from unionoffice.exchange.errors import SpreadsheetError
from unionoffice.exchange.readers import read_table
from unionoffice.services.core.context import Actor
from unionoffice.services.members.importing import ImportOptions, import_members


@pytest.mark.parametrize("bad", BAD_FILES, ids=[b.name for b in BAD_FILES])
def test_bad_file_is_refused_with_its_reason(bad: BadFile, tmp_path: Path, db: Database, clerk: Actor,
                                             district: dict[str, int]) -> None:
    path = bad.build(tmp_path)
    with pytest.raises(SpreadsheetError) as info:
        import_members(db, clerk, path, ImportOptions(valid_only=True))
    assert bad.message in info.value.message
    assert path.name in info.value.message or "行" in info.value.message or "编码" in info.value.message
    with db.read() as session:
        assert session.execute(select(func.count()).select_from(Member)).scalar_one() == 0
        assert session.execute(select(func.count()).select_from(ImportBatch)).scalar_one() == 0


def test_xls_renamed_to_xlsx_is_read_by_its_content(tmp_path: Path) -> None:
    from tests.helpers.sheets import HEADER, member_rows, write_xls

    xls = write_xls(tmp_path / "roster.xls", [HEADER, *member_rows()])
    renamed = tmp_path / "roster.xlsx"
    xls.rename(renamed)
    table = read_table(renamed)
    assert table.file_format == "xls"
    assert any(".xlsx" in note and "xls" in note for note in table.notes)
    assert table.rows[1][1] == "张伟"


def test_a_lower_row_limit_applies_to_every_format(tmp_path: Path) -> None:
    from tests.helpers.sheets import HEADER, csv_bytes, member_rows, write_xls, write_xlsx

    rows = [HEADER, *member_rows()]
    csv_path = tmp_path / "r.csv"
    csv_path.write_bytes(csv_bytes(rows, "utf-8-sig"))
    for path in (write_xlsx(tmp_path / "r.xlsx", rows), write_xls(tmp_path / "r.xls", rows), csv_path):
        assert len(read_table(path).rows) == len(rows)
        with pytest.raises(SpreadsheetError, match="超过 5 行"):
            read_table(path, max_rows=5)


def test_a_missing_sheet_is_named(tmp_path: Path) -> None:
    from tests.helpers.sheets import HEADER, write_xlsx

    path = write_xlsx(tmp_path / "r.xlsx", [HEADER])
    with pytest.raises(SpreadsheetError, match="没有工作表“汇总”"):
        read_table(path, sheet="汇总")
    assert read_table(path, sheet="会员").sheet_name == "会员"
