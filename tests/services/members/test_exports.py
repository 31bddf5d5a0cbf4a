"""Exports: masking by role equals the member list, full IDs need permission and reason, every export audited,
an export imports back exactly, and the yearly statistics count what docs/domain.md (d) says they count."""

from __future__ import annotations

import json
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from tests.helpers.sheets import PEOPLE, TODAY, UNIONS
from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry, Member
from unionoffice.domain.common.errors import PermissionDeniedError, ValidationError
from unionoffice.domain.members.membership import EventKind
from unionoffice.domain.members.rules import MemberDraft
from unionoffice.exchange.report_specs import ReportKind
from unionoffice.services.core.context import Actor
from unionoffice.services.core.startup import open_database
from unionoffice.services.members.exports import MemberExport, export_members
from unionoffice.services.members.importing import ImportOptions, import_members
from unionoffice.services.members.listing import MemberFilter, SortKey, member_page
from unionoffice.services.members.organisations import UnionDraft, create_district, create_union
from unionoffice.services.members.records import create_member, record_event
from unionoffice.services.reporting.reports import export_report, organisation_statistics


@pytest.fixture
def unions(db: Database, admin: Actor) -> dict[str, int]:
    create_district(db, admin, "长春市南关区总工会", "220102")
    natures = ("企业", "事业", "企业")
    return {name: create_union(db, admin, UnionDraft(name=name, unit_nature=nature))
            for name, nature in zip(UNIONS, natures, strict=True)}


@pytest.fixture
def members(db: Database, clerk: Actor, unions: dict[str, int]) -> list[int]:
    ids = []
    for index, (name, sex, number) in enumerate(PEOPLE):
        draft = MemberDraft(name=name, id_number=number, sex=sex, union_id=unions[UNIONS[index % 2]],
                            join_date=date(2018 + index % 3, 5, 1), phone=f"139{index:08d}", employer="某单位",
                            card_number=f"62179900000000{index:05d}", is_migrant=index % 3 == 0,
                            note="=HYPERLINK(\"http://x\",\"点我\")" if index == 0 else "")
        ids.append(create_member(db, clerk, draft, today=TODAY))
    return ids


def sheet_rows(path: Path) -> list[tuple[object, ...]]:
    return list(openpyxl.load_workbook(path).active.iter_rows(values_only=True))


def test_roster_layout_and_masking(db: Database, clerk: Actor, members: list[int], tmp_path: Path) -> None:
    result = export_members(db, clerk, MemberExport(tmp_path / "roster.xlsx"), today=date(2024, 10, 9))
    rows = sheet_rows(result.path)
    assert rows[0][0] == "长春市南关区总工会会员花名册"
    assert rows[1][0] == "填报单位（盖章）：长春市南关区总工会"
    assert "填报日期：2024年10月9日" in rows[1]
    assert rows[2][-1] == "单位：人"
    assert rows[3][:5] == ("序号", "姓名", "性别", "民族", "身份证号")
    assert rows[-1][:2] == ("合计", f"共 {len(PEOPLE)} 人")
    data = rows[4:-1]
    assert [r[4] for r in data] == [p[2][:6] + "********" + p[2][-4:] for p in PEOPLE]
    assert all(isinstance(r[8], str) and len(r[8]) == 11 for r in data)  # phones: text, full for a clerk
    book = openpyxl.load_workbook(result.path)
    assert book.active.freeze_panes == "A5"
    assert book.active.column_dimensions["E"].width > 20


def test_the_file_shows_what_the_list_shows_for_every_role(db: Database, members: list[int], tmp_path: Path,
                                                           clerk: Actor, reviewer: Actor, admin: Actor) -> None:
    for actor in (clerk, reviewer, admin):
        listed = member_page(db, actor, MemberFilter(), SortKey.REGISTERED, False, 0, 100)
        result = export_members(db, actor, MemberExport(tmp_path / f"{actor.username}.csv"))
        exported = sheet_rows_csv(result.path)
        assert [(r.name, r.id_number, r.phone) for r in listed] == [(e[1], e[4], e[8]) for e in exported]


def sheet_rows_csv(path: Path) -> list[list[str]]:
    import csv

    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))[1:]


def test_full_ids_need_the_permission_and_a_reason(db: Database, clerk: Actor, reviewer: Actor,
                                                   members: list[int], tmp_path: Path) -> None:
    with pytest.raises(PermissionDeniedError):
        export_members(db, clerk, MemberExport(tmp_path / "a.xlsx", full_id=True, reason="上报省总工会核对"))
    with pytest.raises(ValidationError, match="理由"):
        export_members(db, reviewer, MemberExport(tmp_path / "a.xlsx", full_id=True, reason=" "))
    assert not (tmp_path / "a.xlsx").exists()
    result = export_members(db, reviewer, MemberExport(tmp_path / "a.xlsx", full_id=True,
                                                       reason="上报省总工会核对", all_fields=True))
    rows = sheet_rows(result.path)[4:-1]
    assert [r[4] for r in rows] == [p[2] for p in PEOPLE]
    assert rows[0][19] == "6217990000000000000"  # card numbers go out in full only with full IDs
    with db.read() as session:
        entry = session.execute(select(AuditEntry.summary, AuditEntry.changes, AuditEntry.username)
                                .where(AuditEntry.action == "export")).one()
    changes = json.loads(entry.changes)
    assert entry.username == "reviewer"
    assert "上报省总工会核对" in entry.summary
    assert changes["sha256"][1] == result.sha256
    assert changes["rows"][1] == len(PEOPLE)
    assert changes["filter"][1] == "全部会员"
    assert changes["full_id"][1] is True


def test_no_formula_reaches_the_sheet_and_ids_keep_their_x(db: Database, reviewer: Actor, members: list[int],
                                                           tmp_path: Path) -> None:
    result = export_members(db, reviewer, MemberExport(tmp_path / "f.xlsx", full_id=True, reason="核对身份证号",
                                                       all_fields=True))
    with zipfile.ZipFile(result.path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in xml
    row = sheet_rows(result.path)[4]
    assert row[23] == "=HYPERLINK(\"http://x\",\"点我\")"


def test_export_then_import_round_trips_every_member(db: Database, reviewer: Actor, clerk: Actor, admin: Actor,
                                                     members: list[int], tmp_path: Path) -> None:
    columns = (Member.name, Member.sex, Member.ethnicity, Member.id_number, Member.birth_date, Member.phone,
               Member.employer, Member.join_date, Member.card_number, Member.is_migrant, Member.note)
    with db.read() as session:
        before = sorted(session.execute(select(*columns)).all())
    for suffix in ("xlsx", "csv"):
        path = export_members(db, reviewer, MemberExport(tmp_path / f"all.{suffix}", full_id=True,
                                                         reason="迁移到新电脑", all_fields=True)).path
        other = open_database(f"sqlite:///{tmp_path / (suffix + '.db')}", create=True)
        create_district(other, admin, "长春市南关区总工会", "220102")
        for name in UNIONS:
            create_union(other, admin, UnionDraft(name=name))
        plan, result = import_members(other, clerk, path, ImportOptions(), today=TODAY)
        assert result.created == len(PEOPLE), [r.errors for r in plan.rejected]
        with other.read() as session:
            assert sorted(session.execute(select(*columns)).all()) == before
        other.dispose()


def test_gbk_export_fails_loudly_and_gb18030_keeps_rare_names(db: Database, clerk: Actor, members: list[int],
                                                              tmp_path: Path) -> None:
    from unionoffice.exchange.errors import ExportError

    with pytest.raises(ExportError, match="无法用 GBK") as info:
        export_members(db, clerk, MemberExport(tmp_path / "gbk.csv", encoding="gbk"))
    assert "姓名" in info.value.message
    assert "U+4DAE" in info.value.message
    assert not (tmp_path / "gbk.csv").exists()
    assert not list(tmp_path.glob("*.part"))
    result = export_members(db, clerk, MemberExport(tmp_path / "gb.csv", encoding="gb18030"))
    text = result.path.read_bytes().decode("gb18030")
    assert "刘䶮" in text
    assert "吉𠮷" in text
    assert "?" not in text


def test_org_statistics_count_stock_at_year_end_and_flows_in_the_year(db: Database, clerk: Actor,
                                                                      unions: dict[str, int],
                                                                      members: list[int]) -> None:
    first, second = unions[UNIONS[0]], unions[UNIONS[1]]
    # PEOPLE[0] (union 0, joined 2018) moves to union 1 in 2020; PEOPLE[2] (union 0, joined 2020) retains in 2020.
    record_event(db, clerk, members[0], EventKind.TRANSFER_OUT, date(2020, 3, 1), to_union_id=second, today=TODAY)
    record_event(db, clerk, members[0], EventKind.TRANSFER_IN, date(2020, 4, 1), today=TODAY)
    record_event(db, clerk, members[2], EventKind.RETAIN, date(2020, 9, 1), today=TODAY)
    rows = {r.label: r for r in organisation_statistics(db, clerk, 2020)}
    one, two = rows[UNIONS[0]], rows[UNIONS[1]]
    # Members by union and join year: union 0 = PEOPLE 0 (2018), 2 (2020), 4 (2019), 6 (2018); union 1 = 1, 3, 5, 7.
    assert (one.members, one.joined, one.transferred_out, one.retained) == (3, 1, 1, 1)
    assert (two.members, two.joined, two.transferred_in) == (5, 1, 1)  # 1 (2019), 3 (2018), 5 (2020), 7 (2019) + 0
    assert one.women == sum(1 for i in (2, 4, 6) if PEOPLE[i][1] == "女")
    assert rows[UNIONS[2]].members == 0
    assert rows[UNIONS[2]].unions == 1
    earlier = {r.label: r for r in organisation_statistics(db, clerk, 2018)}
    assert earlier[UNIONS[0]].members == 2
    assert earlier[UNIONS[1]].members == 1
    assert first in one.union_ids


def test_report_files_and_kinds_without_a_module(db: Database, clerk: Actor, members: list[int],
                                                 tmp_path: Path) -> None:
    result = export_report(db, clerk, ReportKind.ORG_STATS, 2020, tmp_path / "org.xlsx", today=date(2021, 1, 15))
    rows = sheet_rows(result.path)
    assert rows[0][0] == "长春市南关区总工会2020年工会组织和会员统计（按基层工会）"
    assert rows[3][3] == "基层工会数（个）"
    assert rows[-1][0] == "合计"
    assert rows[-1][3] == 3
    assert rows[-1][4] == sum(r[4] for r in rows[4:-1])
    nature = sheet_rows(export_report(db, clerk, ReportKind.ORG_STATS_BY_NATURE, 2020, tmp_path / "n.xlsx").path)
    assert [r[0] for r in nature[4:-1]] == ["企业", "事业", "机关", "社会组织"]
    assert nature[4][1] == 2
    assert nature[5][1] == 1
    roster = sheet_rows(export_report(db, clerk, ReportKind.ROSTER, 2018, tmp_path / "r.xlsx").path)
    assert len(roster) - 5 == sum(1 for i in range(len(PEOPLE)) if 2018 + i % 3 <= 2018)
    # The aid reports export since the aid module exists (a year without aid gives the layout and a 合计 row).
    for kind in (ReportKind.AID_ROSTER, ReportKind.GOLDEN_AUTUMN, ReportKind.RECUPERATION):
        aid = export_report(db, clerk, kind, 2020, tmp_path / f"{kind.value}.xlsx")
        assert aid.rows == 0
        assert sheet_rows(aid.path)[-1][0] in ("合计", None) or "合计" in str(sheet_rows(aid.path))
    with db.read() as session:
        exports = session.execute(select(AuditEntry.summary).where(AuditEntry.action == "export")).scalars().all()
    assert len(exports) == 6


def test_training_statistics_report_uses_the_training_module(db: Database, admin: Actor, clerk: Actor,
                                                             tmp_path: Path) -> None:
    from unionoffice.services.demo.district import generate_demo
    from unionoffice.services.demo.training_year import generate_training_demo
    from unionoffice.services.training.statistics import GroupBy, training_statistics

    generate_demo(db, admin, 400, today=date(2024, 1, 1))
    generate_training_demo(db, admin, 2024, today=date(2024, 12, 31))
    stats = training_statistics(db, clerk, year=2024, group_by=GroupBy.ACADEMY)
    rows = sheet_rows(export_report(db, clerk, ReportKind.TRAINING, 2024, tmp_path / "t.xlsx").path)
    assert rows[3][:3] == ("学院", "培训班（个）", "培训人次")
    assert [r[0] for r in rows[4:-1]] == [r.label for r in stats.rows]
    total = rows[-1]
    assert total[0] == "合计"
    assert (total[1], total[2], total[3]) == (stats.total.classes, stats.total.person_times,
                                                                     stats.total.persons)
    assert total[3] <= sum(r[3] for r in rows[4:-1])  # distinct people: not the sum of the groups
