"""On a consolidated provincial database (PostgreSQL) the dashboard and the annual report come from the province
tables, filterable by district: each district's figures are direct counts over its partition, all districts sum."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text

from tests.helpers.postgres import scratch_database
from tests.helpers.province import CLERK, NAMES, TODAY, YEAR, package, trust
from unionoffice.db.engine import Database
from unionoffice.domain.dashboard.model import Period
from unionoffice.services.core.context import SYSTEM
from unionoffice.services.core.startup import open_database
from unionoffice.services.dashboard.figures import year_dashboard
from unionoffice.services.dashboard.scope import district_choices
from unionoffice.services.demo.district import generate_demo
from unionoffice.services.province.consolidation import consolidate_package
from unionoffice.services.reporting.annual import write_annual_report

pytestmark = pytest.mark.postgres
CODES = ("220104", "220105")


@pytest.fixture
def province(tmp_path: Path) -> Iterator[Database]:
    with scratch_database("uo_dashboard") as url:
        db = open_database(url)
        try:
            for code in CODES:
                path = package(district(tmp_path, code), tmp_path / f"{code}.zip")
                trust(db, path)
                consolidate_package(db, CLERK, path)
            yield db
        finally:
            db.dispose()


def district(folder: Path, code: str) -> Database:
    db = open_database(f"sqlite:///{folder / f'district-{code}.db'}", create=True)
    generate_demo(db, SYSTEM, 500, seed=11, today=TODAY, district_code=code, district_name=NAMES[code])
    return db


def direct(db: Database, sql: str, code: str) -> int:
    with db.read() as session:
        return int(session.execute(text(sql), {"code": code, "year": YEAR}).scalar() or 0)


MEMBERS = ("SELECT count(*) FROM province_member WHERE district_code = :code AND year = :year "
           "AND join_date <= make_date(:year, 12, 31) "
           "AND (status IN ('在会', '转出中', '保留会籍') OR status_date > make_date(:year, 12, 31))")
JOINS = ("SELECT count(*) FROM province_membership_event WHERE district_code = :code AND year = :year "
         "AND kind = '入会' AND event_date BETWEEN make_date(:year, 1, 1) AND make_date(:year, 12, 31)")


def test_the_district_picker_filters_every_figure(province: Database) -> None:
    assert district_choices(province, CLERK) == [(c, NAMES[c]) for c in CODES]
    both = year_dashboard(province, CLERK, Period(YEAR))
    assert both.scope == "全省 2 个区县"
    totals = {"members": 0, "flow_入会": 0}
    for code in CODES:
        one = year_dashboard(province, CLERK, Period(YEAR), (code,))
        assert one.districts == (code,)
        assert one.scope == NAMES[code]
        members = one.section("members")
        assert members is not None
        assert members.value("members") == direct(province, MEMBERS, code) > 0
        assert members.value("flow_入会") == direct(province, JOINS, code)
        districts = members.chart("districts")
        assert districts is not None
        assert districts.categories == (NAMES[code],)
        totals["members"] += members.value("members")
        totals["flow_入会"] += members.value("flow_入会")
    members = both.section("members")
    assert members is not None
    assert members.value("members") == totals["members"]
    assert members.value("flow_入会") == totals["flow_入会"]
    aid = both.section("aid")
    assert aid is not None
    budget = aid.figure("budget")
    assert budget is not None
    assert budget.value is None  # not in the package: said, not shown as zero
    assert "项目预算不随数据包报送" in aid.note


def test_the_annual_report_for_one_district(province: Database, tmp_path: Path) -> None:
    path = write_annual_report(province, CLERK, YEAR, tmp_path / "r.xlsx", districts=("220105",))
    book = openpyxl.load_workbook(path)
    first = book["概述"]
    assert NAMES["220105"] in str(first.cell(1, 1).value)
    sheet = book["会员"]
    row = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "会员总数")
    assert row[2] == direct(province, MEMBERS, "220105")
