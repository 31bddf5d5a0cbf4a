"""Member import: every row checked, outcomes counted, one transaction, audit and batch header, cancel rolls back."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from tests.helpers.corpus import DAMAGED, damaged_sheet
from tests.helpers.sheets import HEADER, PEOPLE, TODAY, UNIONS, csv_bytes, member_rows, write_xlsx
from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry, Member, MembershipEvent, Organisation
from unionoffice.db.models.exchange import ImportBatch
from unionoffice.domain.common.errors import CancelledError, ConflictError, PermissionDeniedError, ValidationError
from unionoffice.domain.members.membership import EventKind
from unionoffice.domain.members.rules import MemberDraft
from unionoffice.exchange.error_report import RejectedRow, write_error_workbook
from unionoffice.services.core.context import Actor
from unionoffice.services.core.tasks import CancelToken
from unionoffice.services.members.importing import (
    ExistingPolicy,
    ImportOptions,
    ImportRejectedError,
    RowStatus,
    commit_member_import,
    import_members,
    open_member_file,
    plan_member_import,
    remember_mapping,
)
from unionoffice.services.members.organisations import UnionDraft, create_district, create_union
from unionoffice.services.members.records import create_member, delete_members, record_event


@pytest.fixture
def district(db: Database, admin: Actor) -> dict[str, int]:
    create_district(db, admin, "长春市南关区总工会", "220102")
    return {name: create_union(db, admin, UnionDraft(name=name)) for name in UNIONS}


def count(db: Database, model: type) -> int:
    with db.read() as session:
        return int(session.execute(select(func.count()).select_from(model)).scalar_one())


def roster_file(tmp_path: Path, rows: list[list[object]] | None = None, name: str = "roster.xlsx") -> Path:
    return write_xlsx(tmp_path / name, [HEADER, *(rows if rows is not None else member_rows())],
                      title_rows=["长春第一机械厂会员名册", "填报单位（盖章）：长春第一机械厂工会"])


def test_a_clean_roster_imports_every_member_with_history_and_one_batch(db: Database, clerk: Actor,
                                                                        district: dict[str, int],
                                                                        tmp_path: Path) -> None:
    plan, result = import_members(db, clerk, roster_file(tmp_path), ImportOptions(), today=TODAY)
    assert plan.layout.header_row == 2
    assert [r for r, _ in plan.layout.skipped] == [0, 1]
    assert (result.created, result.rejected) == (len(PEOPLE), 0)
    with db.read() as session:
        names = set(session.execute(select(Member.name)).scalars())
        batch = session.execute(select(ImportBatch)).scalar_one()
        joins = session.execute(select(func.count()).select_from(MembershipEvent)).scalar_one()
        entry = session.execute(select(AuditEntry).where(AuditEntry.action == "import")).scalar_one()
        assert names == {p[0] for p in PEOPLE}
        assert joins == len(PEOPLE)
        assert (batch.created, batch.file_name, batch.sha256) == (len(PEOPLE), "roster.xlsx", result.sha256)
        assert batch.last_member_id - batch.first_member_id + 1 == len(PEOPLE)
        assert entry.entity_id == str(batch.id)
        assert result.sha256 in (entry.changes or "")


def test_the_damage_sheet_is_reported_row_by_row(db: Database, clerk: Actor, district: dict[str, int],
                                                 tmp_path: Path) -> None:
    rows, expected, duplicates = damaged_sheet()
    path = write_xlsx(tmp_path / "damaged.xlsx", rows)
    source = open_member_file(db, clerk, path)
    plan = plan_member_import(db, clerk, source, ImportOptions(valid_only=True), today=TODAY)
    by_row = {r.row_number: r for r in plan.rows}
    for number, damage in expected.items():
        row = by_row[number]
        if damage.rejected_field is None:
            assert row.status == RowStatus.NEW, (damage.note, row.errors)
        else:
            assert row.status == RowStatus.REJECTED, damage.note
            assert any(f == damage.rejected_field and damage.reason in why for f, why in row.errors), \
                (damage.note, row.errors)
    for number in duplicates:
        assert by_row[number].status == RowStatus.REJECTED
        assert "文件中第" in by_row[number].errors[0][1]
    assert [why for _, why in plan.layout.skipped] == ["合计行", "表格下方的签名或说明行"]
    # the count the wizard shows once the file is read is the rows the check counts (not the header, the totals)
    assert source.data_rows == len(plan.rows) == sum(plan.counts.values()) < len(source.table.rows) - 1
    full_width = by_row[next(n for n, d in expected.items() if d.note == "full-width ID")]
    assert any("全角" in note for note in full_width.notes)
    result = commit_member_import(db, clerk, plan, ImportOptions(valid_only=True))
    assert result.created == sum(1 for d in DAMAGED if d.rejected_field is None)
    assert result.rejected == len(plan.rejected) == sum(1 for d in DAMAGED if d.rejected_field) + 2


def test_the_csv_damage_sheet_refuses_serial_dates(db: Database, clerk: Actor, district: dict[str, int],
                                                   tmp_path: Path) -> None:
    rows, expected, _ = damaged_sheet()
    path = tmp_path / "damaged.csv"
    path.write_bytes(csv_bytes(rows, "gb18030"))
    plan = plan_member_import(db, clerk, open_member_file(db, clerk, path), ImportOptions(), today=TODAY)
    by_row = {r.row_number: r for r in plan.rows}
    for number, damage in expected.items():
        if damage.note == "Excel serial date":
            assert by_row[number].errors[0][0] == "入会时间"
            assert "序列号" in by_row[number].errors[0][1]
        else:
            assert (by_row[number].status == RowStatus.REJECTED) == (damage.rejected_field is not None), damage.note


def test_error_workbook_holds_the_original_rows_with_field_and_reason(db: Database, clerk: Actor,
                                                                      district: dict[str, int],
                                                                      tmp_path: Path) -> None:
    rows, _expected, _ = damaged_sheet()
    plan = plan_member_import(db, clerk, open_member_file(db, clerk, write_xlsx(tmp_path / "d.xlsx", rows)),
                              ImportOptions(), today=TODAY)
    written = write_error_workbook(tmp_path / "errors.xlsx", HEADER,
                                   [RejectedRow(r.row_number, r.raw, r.errors) for r in plan.rejected])
    sheet = openpyxl.load_workbook(written.path).active
    values = list(sheet.iter_rows(values_only=True))
    assert list(values[1]) == [*HEADER, "错误字段", "错误原因", "原行号"]
    assert len(values) - 2 == len(plan.rejected)
    first = values[2]
    assert first[4] == pytest.approx(2.20102198503140e17)  # the damaged number as Excel had it
    assert first[10] == "身份证号"
    assert "存成了数字" in first[11]
    assert first[12] == 2
    # The corrected error workbook imports again: its title row is skipped, the extra columns ignored.
    again = open_member_file(db, clerk, written.path)
    assert again.header_row == 1
    assert "id_number" in again.mapping.values()


def test_all_or_nothing_writes_nothing_when_a_row_is_rejected(db: Database, clerk: Actor, district: dict[str, int],
                                                              tmp_path: Path) -> None:
    rows = member_rows()
    rows[3][4] = "2.20102E+17"
    with pytest.raises(ImportRejectedError, match="有 1 行未通过检查"):
        import_members(db, clerk, roster_file(tmp_path, rows), ImportOptions(), today=TODAY)
    assert count(db, Member) == 0
    assert count(db, ImportBatch) == 0
    _plan, result = import_members(db, clerk, roster_file(tmp_path, rows), ImportOptions(valid_only=True),
                                   today=TODAY)
    assert (result.created, result.rejected) == (len(PEOPLE) - 1, 1)


def _register(db: Database, clerk: Actor, union_id: int, index: int = 0, **changes: object) -> int:
    name, sex, number = PEOPLE[index]
    draft = MemberDraft(name=name, id_number=number, sex=sex, union_id=union_id, join_date=date(2018, 5, 1),
                        phone=f"139{index + 1:08d}", employer="长春第一机械厂")
    for key, value in changes.items():
        setattr(draft, key, value)
    return create_member(db, clerk, draft, today=TODAY)


def test_existing_members_update_with_a_field_by_field_diff(db: Database, clerk: Actor, district: dict[str, int],
                                                            tmp_path: Path) -> None:
    first = _register(db, clerk, district[UNIONS[0]], 0, phone="13800000000", employer="旧单位")
    _register(db, clerk, district[UNIONS[0]], 1)
    plan, result = import_members(db, clerk, roster_file(tmp_path), ImportOptions(), today=TODAY)
    updated = next(r for r in plan.rows if r.member_id == first)
    assert updated.status == RowStatus.UPDATE
    assert updated.changes == {"phone": ("13800000000", "13900000001"), "employer": ("旧单位", "长春第一机械厂")}
    assert (result.created, result.updated, result.unchanged) == (len(PEOPLE) - 2, 1, 1)
    with db.read() as session:
        member = session.get(Member, first)
        assert member is not None
        assert member.phone == "13900000001"
        assert member.phone_reversed == "10000000931"
        entry = session.execute(select(AuditEntry.changes).where(AuditEntry.entity == "member",
                                                                 AuditEntry.entity_id == str(first),
                                                                 AuditEntry.action == "update")).scalar_one()
    changes = json.loads(entry or "{}")
    assert changes["phone"] == ["138****0000", "139****0001"]  # masked in the trail


def test_audit_chain_stays_valid_after_an_import_with_updates(db: Database, clerk: Actor, reviewer: Actor,
                                                              district: dict[str, int], tmp_path: Path) -> None:
    from unionoffice.services.core.audit_trail import check_chain

    for index in range(3):
        _register(db, clerk, district[UNIONS[0]], index, employer="旧单位")
    import_members(db, clerk, roster_file(tmp_path), ImportOptions(), today=TODAY)
    report = check_chain(db, reviewer)
    assert report.first_broken_id is None


def test_skip_and_ask_policies(db: Database, clerk: Actor, district: dict[str, int], tmp_path: Path) -> None:
    first = _register(db, clerk, district[UNIONS[0]], 0, employer="旧单位")
    second = _register(db, clerk, district[UNIONS[0]], 1, employer="旧单位")
    path = roster_file(tmp_path)
    _plan, skipped = import_members(db, clerk, path, ImportOptions(existing=ExistingPolicy.SKIP), today=TODAY)
    assert (skipped.updated, skipped.skipped) == (0, 2)
    ask = ImportOptions(existing=ExistingPolicy.ASK, approved=frozenset({PEOPLE[1][2]}))
    plan, asked = import_members(db, clerk, path, ask, today=TODAY)
    assert (asked.updated, asked.skipped) == (1, 1)
    with db.read() as session:
        assert session.get(Member, first).employer == "旧单位"  # type: ignore[union-attr]
        assert session.get(Member, second).employer == "长春第一机械厂"  # type: ignore[union-attr]


def test_rows_that_would_need_a_transfer_or_a_restore_are_rejected(db: Database, clerk: Actor, reviewer: Actor,
                                                                   district: dict[str, int], tmp_path: Path) -> None:
    _register(db, clerk, district[UNIONS[1]], 0)
    gone = _register(db, clerk, district[UNIONS[0]], 1)
    delete_members(db, clerk, [gone])
    moved = _register(db, clerk, district[UNIONS[0]], 2, join_date=date(2012, 1, 1))
    record_event(db, clerk, moved, EventKind.RETAIN, date(2015, 1, 1), today=TODAY)
    plan = plan_member_import(db, clerk, open_member_file(db, clerk, roster_file(tmp_path)), ImportOptions(),
                              today=TODAY)
    errors = {r.row_number - 3: r.errors[0] for r in plan.rejected}
    assert errors[1][0] == "所属基层工会"
    assert "转出和转入" in errors[1][1]
    assert "回收站" in errors[2][1]
    assert errors[3][0] == "入会时间"
    assert "2015-01-01" in errors[3][1]


def test_union_column_default_union_and_creating_unions(db: Database, clerk: Actor, viewer: Actor,
                                                        district: dict[str, int], tmp_path: Path) -> None:
    rows = member_rows()
    rows[0][7] = "新成立的物流公司工会"
    rows[1][7] = ""
    path = roster_file(tmp_path, rows)
    plan = plan_member_import(db, clerk, open_member_file(db, clerk, path), ImportOptions(), today=TODAY)
    assert [r.errors for r in plan.rejected] == [[("所属基层工会", "“新成立的物流公司工会”不存在；请先建立该基层工会，"
                                                                  "或选择导入时新建")], [("所属基层工会", "不能为空")]]
    options = ImportOptions(default_union=UNIONS[2], create_unions=True)
    _plan, result = import_members(db, clerk, path, options, today=TODAY)
    assert (result.created, result.unions_created) == (len(PEOPLE), 1)
    with db.read() as session:
        unions = {name: union for name, union in session.execute(
            select(Member.name, Organisation.name).join(Organisation, Organisation.id == Member.union_id))}
    assert unions[PEOPLE[0][0]] == "新成立的物流公司工会"
    assert unions[PEOPLE[1][0]] == UNIONS[2]
    with pytest.raises(PermissionDeniedError):
        import_members(db, viewer, path, options, today=TODAY)


def test_a_file_without_union_column_needs_a_union_for_the_whole_file(db: Database, clerk: Actor,
                                                                      district: dict[str, int],
                                                                      tmp_path: Path) -> None:
    rows = [[c for i, c in enumerate(r) if i != 7] for r in [HEADER, *member_rows()]]
    path = write_xlsx(tmp_path / "no-union.xlsx", rows)
    with pytest.raises(ValidationError, match="--union"):
        import_members(db, clerk, path, ImportOptions(), today=TODAY)
    _plan, result = import_members(db, clerk, path, ImportOptions(default_union=UNIONS[1]), today=TODAY)
    assert result.created == len(PEOPLE)


@pytest.mark.slow  # 25,000 rows: a volume test, run by .ci/run
def test_cancel_during_commit_rolls_everything_back(db: Database, clerk: Actor, district: dict[str, int],
                                                    tmp_path: Path) -> None:
    path = roster_file(tmp_path, member_rows(25_000), "big.xlsx")
    source = open_member_file(db, clerk, path)
    plan = plan_member_import(db, clerk, source, ImportOptions(), today=TODAY)
    token = CancelToken()

    def progress(done: int, total: int) -> None:
        if done >= 10_000:
            token.cancel()

    with pytest.raises(CancelledError):
        commit_member_import(db, clerk, plan, ImportOptions(), progress=progress, cancel=token)
    assert count(db, Member) == 0
    assert count(db, ImportBatch) == 0
    assert count(db, MembershipEvent) == 0
    assert commit_member_import(db, clerk, plan, ImportOptions()).created == 25_000


def test_a_change_between_check_and_commit_is_caught(db: Database, clerk: Actor, district: dict[str, int],
                                                     tmp_path: Path) -> None:
    plan = plan_member_import(db, clerk, open_member_file(db, clerk, roster_file(tmp_path)), ImportOptions(),
                              today=TODAY)
    _register(db, clerk, district[UNIONS[0]], 4)
    with pytest.raises(ConflictError, match="请重新检查"):
        commit_member_import(db, clerk, plan, ImportOptions())
    assert count(db, ImportBatch) == 0


def test_column_choices_are_remembered_for_the_next_file(db: Database, clerk: Actor, district: dict[str, int],
                                                         tmp_path: Path) -> None:
    rows = [["职工名", "身份号", "入会", "工会"], *[[r[1], r[4], r[8], r[7]] for r in member_rows()]]
    path = write_xlsx(tmp_path / "odd.xlsx", rows)
    source = open_member_file(db, clerk, path)
    assert source.header_row is None or "name" not in source.mapping.values()
    source.header_row = 0
    source.mapping = {0: "name", 1: "id_number", 2: "join_date", 3: "union"}
    remember_mapping(db, clerk, source)
    again = open_member_file(db, clerk, path)
    assert again.header_row == 0
    assert again.mapping == source.mapping
    _plan, result = import_members(db, clerk, path, ImportOptions(), today=TODAY)
    assert result.created == len(PEOPLE)


def test_roles_without_import_permission_are_refused(db: Database, viewer: Actor, reviewer: Actor,
                                                     district: dict[str, int], tmp_path: Path) -> None:
    for actor in (viewer, reviewer):
        with pytest.raises(PermissionDeniedError):
            open_member_file(db, actor, roster_file(tmp_path))


def test_the_same_file_twice_is_flagged(db: Database, clerk: Actor, district: dict[str, int], tmp_path: Path) -> None:
    path = roster_file(tmp_path)
    import_members(db, clerk, path, ImportOptions(), today=TODAY)
    plan = plan_member_import(db, clerk, open_member_file(db, clerk, path), ImportOptions(), today=TODAY)
    assert len(plan.earlier_imports) == 1
    assert "clerk" in plan.earlier_imports[0]
    assert plan.count(RowStatus.UNCHANGED) == len(PEOPLE)
