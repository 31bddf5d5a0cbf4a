"""The annual work report: the summary follows the data (change the data, the sentence changes), the xlsx has a sheet
per section with units and totals, the PDF carries the summary and vector charts and stays small; audited."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from sqlalchemy import select, update

from tests.helpers.dashboard import YEAR
from tests.helpers.pdfcheck import page_count, pypdf_text
from unionoffice.db.engine import Database
from unionoffice.db.models.aid import AidProgramme
from unionoffice.db.models.audit import AuditEntry
from unionoffice.domain.dashboard.model import Period
from unionoffice.domain.dashboard.summary import wan_yuan
from unionoffice.services.core.context import SYSTEM, Actor
from unionoffice.services.dashboard.figures import year_dashboard
from unionoffice.services.reporting.annual import summary, write_annual_report


def aid_sentence(db: Database) -> str:
    now = year_dashboard(db, SYSTEM, Period(YEAR))
    before = year_dashboard(db, SYSTEM, Period(YEAR - 1))
    return next(s for s in summary(now, before) if "金秋助学" in s)


def test_changing_the_data_changes_the_sentence(demo: Database) -> None:
    first = aid_sentence(demo)
    with demo.read() as session:
        budget = session.execute(select(AidProgramme.budget_fen).where(
            AidProgramme.year == YEAR, AidProgramme.type == "金秋助学")).scalar_one()
    assert f"全年金秋助学筹集资金{wan_yuan(budget)}" in first
    with demo.write() as session:
        session.execute(update(AidProgramme).where(AidProgramme.year == YEAR, AidProgramme.type == "金秋助学")
                        .values(budget_fen=474_369_000))
    second = aid_sentence(demo)
    assert "全年金秋助学筹集资金474.369万元" in second
    assert second != first
    with demo.write() as session:  # the same programme last year: the comparison appears
        session.add(AidProgramme(year=YEAR - 1, type="金秋助学", name=f"{YEAR - 1}年金秋助学", budget_fen=422_500_000))
    assert "474.369万元，较上年增长12.3%" in aid_sentence(demo)


def test_the_workbook_has_a_sheet_per_section_with_units_and_totals(demo: Database, tmp_path: Path,
                                                                     admin: Actor) -> None:
    path = write_annual_report(demo, admin, YEAR, tmp_path / "report.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames[0] == "概述"
    assert {"会员", "帮扶救助", "职工疗休养", "职工技能竞赛", "荣誉表彰"} <= set(book.sheetnames)
    sheet = book["帮扶救助"]
    cells = [[c.value for c in row] for row in sheet.iter_rows()]
    assert cells[2][:5] == ["指标", "单位", f"{YEAR}年", f"{YEAR - 1}年", "增减（%）"]
    assert ["核定金额", "万元"] in [r[:2] for r in cells]
    assert any(r[0] == "合计" for r in cells)
    assert any(str(r[1]).endswith("（万元）") for r in cells if r[1])
    dashboard = year_dashboard(demo, admin, Period(YEAR))
    aid = dashboard.section("aid")
    assert aid is not None
    row = next(r for r in cells if r[0] == "资助困难职工子女")
    assert row[2] == aid.value("children_workers")


def test_the_pdf_has_the_summary_and_vector_charts(demo: Database, tmp_path: Path, admin: Actor) -> None:
    path = write_annual_report(demo, admin, YEAR, tmp_path / "report.pdf")
    text = "".join(pypdf_text(path)).replace("\n", "")
    assert f"{YEAR}年工作报告" in text
    assert "全年金秋助学筹集资金" in text
    assert "万元" in text
    assert page_count(path) >= 3
    assert path.stat().st_size < 1_000_000  # charts as vectors, not pictures
    assert b"/Subtype /Image" not in path.read_bytes()
    with demo.read() as session:
        entry = session.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).scalar_one()
        assert entry.action == "export"
        assert "年度工作报告" in entry.summary


def test_a_file_that_is_neither_pdf_nor_xlsx_is_refused_in_chinese(demo: Database, tmp_path: Path,
                                                                   admin: Actor) -> None:
    import pytest

    from unionoffice.domain.common.errors import ValidationError

    with pytest.raises(ValidationError, match="文件名应以 .pdf 或 .xlsx 结尾"):
        write_annual_report(demo, admin, YEAR, tmp_path / "report.doc")
    assert not (tmp_path / "report.doc").exists()
