"""Mail merge from a spreadsheet or a member selection: numbered, verifiable, all rows or none."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from tests.helpers.pdfcheck import page_count, pdftotext
from tests.helpers.people import make_district, member_draft
from tests.helpers.sheets import write_xlsx
from unionoffice.db.engine import Database
from unionoffice.db.models.documents import Certificate
from unionoffice.domain.common.errors import PermissionDeniedError, ValidationError
from unionoffice.services.certificates import merge
from unionoffice.services.certificates.verifying import verify_code
from unionoffice.services.core.context import Actor
from unionoffice.services.members.records import create_member

DAY = date(2024, 12, 20)
HEADER = ["序号", "姓名", "年度", "荣誉称号"]


def honour_sheet(path: Path, names: list[str]) -> Path:
    rows = [HEADER, *[[i, n, "2024", "优秀工会积极分子"] for i, n in enumerate(names, start=1)]]
    return write_xlsx(path, rows, title_rows=["2024年度优秀工会积极分子名单"])


def issued(db: Database) -> int:
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(Certificate)) or 0)


def test_the_catalogue_names_every_personal_template_and_its_columns(db: Database) -> None:
    catalogue = {t.name: t for t in merge.template_catalogue(db)}
    assert set(catalogue) == {"completion", "honour", "award", "award-letter"}
    assert catalogue["honour"].fields == ["姓名", "年度", "荣誉称号"]
    assert catalogue["honour"].kind == "honour"
    assert catalogue["award"].to_dict()["title"] == "获奖证书"


def test_a_sheet_is_merged_numbered_and_verifiable(db: Database, clerk: Actor, tmp_path: Path) -> None:
    sheet = honour_sheet(tmp_path / "名单.xlsx", ["欧阳䶮", "张堃", "李𠇔"])
    out = tmp_path / "证书.pdf"
    result = merge.merge_spreadsheet(db, clerk, "荣誉证书", sheet, out, issue_date=DAY)
    assert result.issued == ["2024-RY-00001", "2024-RY-00002", "2024-RY-00003"]
    assert page_count(out) == 3
    text = "".join(pdftotext(out).split())
    assert "欧阳䶮" in text
    assert "优秀工会积极分子" in text
    with db.read() as session:
        code = session.scalars(select(Certificate.verification_code).order_by(Certificate.id)).first()
    assert code is not None
    assert verify_code(db, code.lower()).genuine


def test_a_bad_row_refuses_the_whole_sheet_unless_valid_only(db: Database, clerk: Actor, tmp_path: Path) -> None:
    sheet = honour_sheet(tmp_path / "名单.xlsx", ["张堃", "", "王喆"])
    with pytest.raises(ValidationError, match="第4行") as caught:
        merge.merge_spreadsheet(db, clerk, "honour", sheet, tmp_path / "a.pdf", issue_date=DAY)
    assert caught.value.field == "姓名"
    assert issued(db) == 0
    assert not (tmp_path / "a.pdf").exists()
    result = merge.merge_spreadsheet(db, clerk, "honour", sheet, tmp_path / "b.pdf", valid_only=True, issue_date=DAY)
    assert len(result.issued) == 2
    assert [r.row_number for r in result.rejected] == [4]


def test_one_file_per_person(db: Database, clerk: Actor, tmp_path: Path) -> None:
    sheet = honour_sheet(tmp_path / "名单.xlsx", ["张堃", "王喆"])
    result = merge.merge_spreadsheet(db, clerk, "honour", sheet, tmp_path / "files", per_person=True,
                                     issue_date=DAY)
    assert sorted(p.name for p in result.paths) == ["2024-RY-00001_张堃.pdf", "2024-RY-00002_王喆.pdf"]


def test_missing_columns_and_unknown_templates_are_named(db: Database, clerk: Actor, tmp_path: Path) -> None:
    sheet = write_xlsx(tmp_path / "x.xlsx", [["姓名", "年度"], ["张堃", "2024"]])
    with pytest.raises(ValidationError, match="荣誉称号"):
        merge.merge_spreadsheet(db, clerk, "honour", sheet, tmp_path / "x.pdf", issue_date=DAY)
    with pytest.raises(ValidationError, match="没有名为「奖状」的模板"):
        merge.merge_spreadsheet(db, clerk, "奖状", sheet, tmp_path / "x.pdf")


def test_merging_needs_the_print_permission(db: Database, viewer: Actor, tmp_path: Path) -> None:
    sheet = honour_sheet(tmp_path / "名单.xlsx", ["张堃"])
    with pytest.raises(PermissionDeniedError):
        merge.merge_spreadsheet(db, viewer, "honour", sheet, tmp_path / "x.pdf")


def test_a_selection_of_members(db: Database, clerk: Actor, tmp_path: Path) -> None:
    union_id = make_district(db, 1)[0]
    ids = [create_member(db, clerk, member_draft(union_id, seq, name=name))
           for seq, name in ((3, "朱恩岐"), (4, "阿依古丽·买买提"))]
    result = merge.merge_members(db, clerk, "honour", ids, {"年度": "2024", "荣誉称号": "优秀工会干部"},
                                 tmp_path / "m.pdf", issue_date=DAY)
    assert len(result.issued) == 2
    text = "".join(pdftotext(tmp_path / "m.pdf").split())
    assert "阿依古丽·买买提" in text
    assert "优秀工会干部" in text
    with db.read() as session:
        holders = set(session.scalars(select(Certificate.member_id)))
    assert holders == set(ids)
    with pytest.raises(ValidationError, match="荣誉称号"):
        merge.merge_members(db, clerk, "honour", ids, {"年度": "2024"}, tmp_path / "n.pdf")
