"""After two demo districts are consolidated: the conflict report side by side, and the same upward reports filtered
by district (docs/provincial-package.md, Conflicts and Statistics)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from tests.helpers.province import CLERK, NAMES, REVIEWER, YEAR, district, package, trust
from unionoffice.db.engine import Database
from unionoffice.exchange.report_specs import ReportKind
from unionoffice.services.province import conflicts, statistics
from unionoffice.services.province.consolidation import consolidate_package
from unionoffice.services.reporting.reports import export_report

pytestmark = pytest.mark.postgres


@pytest.fixture
def two_districts(province: Database, tmp_path: Path) -> Database:
    first = district(tmp_path, "220104")
    with first.write() as session:  # a join date before the 16th birthday, as a careless import elsewhere leaves it
        session.execute(text("UPDATE member SET join_date = date(birth_date, '+10 years') WHERE id = 7"))
    for office, code in ((first, "220104"), (district(tmp_path, "220105"), "220105")):
        path = package(office, tmp_path / f"{code}.zip")
        trust(province, path)
        consolidate_package(province, CLERK, path)
    return province


def rows_of(path: Path) -> list[dict[str, object]]:
    sheet = load_workbook(path, read_only=True).active
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    header = next(i for i, r in enumerate(values) if r and r[0] == "序号")
    return [dict(zip(values[header], r, strict=False)) for r in values[header + 1:] if isinstance(r[0], int)]


def test_the_conflict_report_puts_both_districts_side_by_side(two_districts: Database, tmp_path: Path) -> None:
    out = tmp_path / "conflicts.xlsx"
    count = conflicts.write_conflict_report(two_districts, CLERK, YEAR, out)
    rows = rows_of(out)
    assert len(rows) == count
    twice = [r for r in rows if r["问题类型"] == conflicts.ACTIVE_TWICE]
    assert twice, "the demo puts some people in both districts on purpose"
    for row in twice:
        assert row["甲：区县"] == f"{NAMES['220104']}（220104）"
        assert row["乙：区县"] == f"{NAMES['220105']}（220105）"
        assert row["甲：姓名"] == row["乙：姓名"]
        assert {row["甲：状态"], row["乙：状态"]} <= {"在会", "保留会籍"}
        assert str(row["身份证号"])[6:14] == "********"  # a clerk's export is masked
    lost = [r for r in rows if r["问题类型"] == conflicts.TRANSFER_LOST]
    assert lost
    assert all(r["甲：状态"] == "转出中" and r["乙：区县"] in (None, "") for r in lost)
    dates = [r for r in rows if r["问题类型"] == conflicts.IMPOSSIBLE_DATE]
    assert any("未满 16 周岁" in str(r["说明"]) and r["甲：位置"] == "会员 第 8 行" for r in dates)


def test_the_same_person_is_found_by_the_normalised_id_in_both_partitions(two_districts: Database) -> None:
    with two_districts.read() as session:
        found = [c for c in conflicts.conflicts_in(session, YEAR) if c.kind == conflicts.ACTIVE_TWICE]
        for c in found:
            codes = session.execute(text("SELECT district_code FROM province_member WHERE id_number = :i "
                                         "AND status IN ('在会', '保留会籍') ORDER BY 1"), {"i": c.id_number}).scalars()
            assert list(codes) == ["220104", "220105"]


def test_filtering_by_one_district_keeps_only_its_conflicts(two_districts: Database) -> None:
    with two_districts.read() as session:
        everything = list(conflicts.conflicts_in(session, YEAR))
        second = list(conflicts.conflicts_in(session, YEAR, ["220105"]))
    assert second
    assert len(second) < len(everything)
    assert all("220105" in (c.a.district_code, c.b.district_code if c.b else "") for c in second)


def test_reports_run_on_the_provincial_database_filtered_by_district(two_districts: Database,
                                                                     tmp_path: Path) -> None:
    out = tmp_path / "org.xlsx"
    export_report(two_districts, REVIEWER, ReportKind.ORG_STATS, YEAR, out, districts=["220105"])
    rows = rows_of(out)
    assert rows
    assert all(str(r["基层工会名称"]).startswith(NAMES["220105"] + "·") for r in rows)
    with two_districts.read() as session:
        counted = session.execute(text("SELECT count(*) FROM province_member WHERE district_code = '220105' "
                                       "AND status IN ('在会', '转出中', '保留会籍')")).scalar_one()
        overview = statistics.overview_rows(session, YEAR)
    assert sum(int(str(r["会员人数"])) for r in rows) == counted
    assert [r[0] for r in overview] == ["220104", "220105"]
    assert overview[1][2] == counted


def test_the_roster_of_the_province_masks_ids_unless_exported_in_full(two_districts: Database,
                                                                       tmp_path: Path) -> None:
    out = tmp_path / "roster.xlsx"
    export_report(two_districts, REVIEWER, ReportKind.ROSTER, YEAR, out, districts=["220104"])
    rows = rows_of(out)
    assert rows
    assert all(str(r["身份证号"])[6:14] == "********" for r in rows)
    export_report(two_districts, REVIEWER, ReportKind.ROSTER, YEAR, out, districts=["220104"], full_id=True,
                  reason="核对冲突")
    assert all("*" not in str(r["身份证号"]) for r in rows_of(out))


def test_lists_printed_at_the_province_name_the_province_from_its_settings(two_districts: Database) -> None:
    from dataclasses import replace

    from tests.helpers.province import ADMIN, CLERK
    from unionoffice.services.certificates.office import load_office, save_office
    from unionoffice.services.members.exports import office_heading

    with two_districts.read() as session:
        assert office_heading(session, CLERK).unit == ""  # no district of its own, nothing set yet
    save_office(two_districts, ADMIN, replace(load_office(two_districts), name="吉林省总工会"))
    with two_districts.read() as session:
        assert office_heading(session, CLERK).unit == "吉林省总工会"
