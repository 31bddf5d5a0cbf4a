"""Hardship files (困难职工档案, docs/domain.md (b), (c)): one per household, category from income against the
year's lines with the reason, state 申请 → 在档 → 撤档 (脱困 or 注销, both kept), the yearly re-check."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import delete, exists, func, select
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models import Member, Organisation
from unionoffice.db.models.aid import AidApplication, HardshipFile, HouseholdMember
from unionoffice.domain.aid.hardship import Classification, Income, classify
from unionoffice.domain.aid.kinds import Cause, CloseReason, FileStatus, FilingLevel
from unionoffice.domain.common.errors import ConflictError, NotFoundError, ValidationError
from unionoffice.domain.common.idnumber import mask_id, parse_id
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.common.phone import mask_account
from unionoffice.exchange.xlsx_report import DATE, INT, MONEY, Column
from unionoffice.services.aid.standards import standard_in
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor
from unionoffice.services.core.lists import ListDocument

RECHECK_DAYS = 365
SEPARATOR = "、"


@dataclass(frozen=True)
class HouseholdPerson:
    name: str
    relation: str
    id_number: str = ""
    health: str = ""
    schooling: str = ""
    work: str = ""


@dataclass(frozen=True)
class FileDraft:
    member_id: int
    year: int  # the year whose 低保 and ceilings judge the category
    household_income_fen: int
    essential_costs_fen: int
    household_size: int
    main_cause: str
    secondary_causes: tuple[str, ...] = ()
    filing_level: str = FilingLevel.DISTRICT.value
    temporary: bool = False
    bank_name: str = ""
    bank_card: str = ""
    note: str = ""
    household: tuple[HouseholdPerson, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class FileRow:
    id: int
    file_no: str
    member_id: int
    member_name: str
    member_id_number: str  # masked
    union: str
    status: str
    category: str
    per_capita_fen: int
    main_cause: str
    applied_on: date
    rechecked_on: date | None
    temporary: bool


@dataclass(frozen=True)
class FileDetail:
    row: FileRow
    draft: FileDraft  # household ID numbers and the bank card masked
    category_reason: str
    dibao_fen: int
    filed_on: date | None
    closed_on: date | None
    close_kind: str
    close_reason: str
    version: int


class FileQuery(StrEnum):
    """The clerks' daily queries (docs/domain.md (b))."""

    ALL = "全部"
    APPLIED = "申请中"
    FILED = "在档"
    RECOVERED = "脱困档案"
    CANCELLED = "注销档案"
    TEMPORARY = "临时救助档案"
    RECHECK_DUE = "一年未复核"
    NEVER_AIDED = "从未获得帮扶"
    MIGRANT = "农民工档案"


def _values(session: Session, draft: FileDraft, today: date) -> tuple[dict[str, Any], Classification]:
    standard = standard_in(session, draft.year)
    if standard is None:
        raise ValidationError(f"尚未设定 {draft.year} 年的低保标准和困难认定标准，请管理员先在“本地标准”中设定",
                              field="认定年度")
    if draft.main_cause not in {c.value for c in Cause}:
        raise ValidationError(f"应为 {SEPARATOR.join(c.value for c in Cause)} 之一", field="主要致困原因")
    if any(c not in {x.value for x in Cause} for c in draft.secondary_causes):
        raise ValidationError("次要致困原因不在可选范围内", field="次要致困原因")
    if draft.filing_level not in {x.value for x in FilingLevel}:
        raise ValidationError(f"应为 {SEPARATOR.join(x.value for x in FilingLevel)} 之一", field="建档标准")
    if min(draft.household_income_fen, draft.essential_costs_fen) < 0:
        raise ValidationError("收入和刚性支出不能为负数", field="家庭收入")
    income = Income(draft.household_income_fen, draft.essential_costs_fen, draft.household_size)
    per_capita = income.per_capita_fen
    verdict = classify(per_capita, (draft.main_cause, *draft.secondary_causes), standard)
    for number, person in enumerate(draft.household, start=1):
        if not person.name.strip() or not person.relation.strip():
            raise ValidationError(f"第 {number} 位家庭成员的姓名和关系不能为空", field="家庭成员")
        if person.id_number and "*" not in person.id_number:
            parse_id(person.id_number, today=today, field=f"家庭成员“{person.name}”的身份证号")
    values = {"member_id": draft.member_id, "year": draft.year, "household_income_fen": draft.household_income_fen,
              "essential_costs_fen": draft.essential_costs_fen, "household_size": draft.household_size,
              "per_capita_fen": per_capita, "dibao_fen": standard.dibao_fen,
              "category": verdict.category.value if verdict.category else None, "category_reason": verdict.reason,
              "main_cause": draft.main_cause, "secondary_causes": SEPARATOR.join(draft.secondary_causes) or None,
              "filing_level": draft.filing_level, "temporary": draft.temporary,
              "bank_name": draft.bank_name.strip() or None, "bank_card": draft.bank_card.strip() or None,
              "note": draft.note.strip() or None}
    return values, verdict


def preview_category(db: Database, actor: Actor, draft: FileDraft) -> Classification:
    """What the editor shows while the clerk types: category and reason, nothing saved."""
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        return _values(session, draft, date.today())[1]


def _write_household(session: Session, file_id: int, people: tuple[HouseholdPerson, ...]) -> None:
    """Replace the household; an ID shown masked in the editor keeps the number stored for that person."""
    stored = {(p.name, p.relation): p.id_number for p in session.execute(
        select(HouseholdMember).where(HouseholdMember.file_id == file_id)).scalars()}
    people = tuple(replace(p, id_number=stored.get((p.name.strip(), p.relation.strip())) or "")
                   if "*" in p.id_number else p for p in people)
    session.execute(delete(HouseholdMember).where(HouseholdMember.file_id == file_id))
    session.add_all(HouseholdMember(file_id=file_id, name=p.name.strip(), relation=p.relation.strip(),
                                    id_number=parse_id(p.id_number).number if p.id_number else None,
                                    health=p.health.strip() or None, schooling=p.schooling.strip() or None,
                                    work=p.work.strip() or None) for p in people)


def create_file(db: Database, actor: Actor, draft: FileDraft, *, today: date | None = None) -> int:
    """A file in state 申请; one live file per member (two workers of one family share one file)."""
    actor.require(Permission.MANAGE_AID)
    today = today or date.today()
    with db.write() as session:
        member = session.get(Member, draft.member_id)
        if member is None or member.deleted_at is not None:
            raise NotFoundError(f"没有编号为 {draft.member_id} 的会员")
        live = session.execute(select(HardshipFile.file_no).where(
            HardshipFile.member_id == draft.member_id, HardshipFile.status != FileStatus.CLOSED.value)).scalar()
        if live:
            raise ValidationError(f"{member.name} 已有困难职工档案 {live}", field="困难职工档案")
        values, _verdict = _values(session, draft, today)
        count = session.execute(select(func.count()).select_from(HardshipFile)
                                .where(HardshipFile.year == draft.year)).scalar_one()
        row = HardshipFile(**values, file_no=f"KN{draft.year}{count + 1:05d}", status=FileStatus.APPLIED.value,
                           applied_on=today)
        session.add(row)
        session.flush()
        _write_household(session, row.id, draft.household)
        audit.record(session, actor, "create",
                     f"建立困难职工档案 {row.file_no}（{member.name}，{row.category or '未达标准'}）",
                     entity="aid_hardship_file", entity_id=row.id,
                     changes={"category": (None, row.category), "per_capita_fen": (None, row.per_capita_fen),
                              "bank_card": (None, row.bank_card)})
        return row.id


def _file(session: Session, file_id: int) -> HardshipFile:
    row = session.get(HardshipFile, file_id)
    if row is None:
        raise NotFoundError(f"没有编号为 {file_id} 的困难职工档案")
    return row


def update_file(db: Database, actor: Actor, file_id: int, draft: FileDraft, *, version: int | None = None,
                today: date | None = None) -> None:
    """New figures re-judge the category; aid already approved keeps the category of its approval date."""
    actor.require(Permission.MANAGE_AID)
    today = today or date.today()
    with db.write() as session:
        row = _file(session, file_id)
        if version is not None and row.version != version:
            raise ConflictError("该档案已被他人修改，请重新打开后再改")
        if row.status == FileStatus.CLOSED.value:
            raise ValidationError("已撤档的档案不能修改", field="档案状态")
        if draft.bank_card and "*" in draft.bank_card:
            draft = replace(draft, bank_card=row.bank_card or "")  # the editor showed it masked
        values, _verdict = _values(session, replace(draft, member_id=row.member_id), today)
        changes = audit.diff(row, values)
        for key, value in values.items():
            setattr(row, key, value)
        _write_household(session, file_id, draft.household)
        audit.record(session, actor, "update", f"修改困难职工档案 {row.file_no}", entity="aid_hardship_file",
                     entity_id=file_id, changes=changes)


def approve_file(db: Database, actor: Actor, file_id: int, *, on: date | None = None) -> None:
    """审批建档: the application becomes a file on the register (only with a category)."""
    actor.require(Permission.REVIEW)
    on = on or date.today()
    with db.write() as session:
        row = _file(session, file_id)
        if row.status != FileStatus.APPLIED.value:
            raise ValidationError(f"档案当前为“{row.status}”，只有申请中的档案可以审批建档", field="档案状态")
        if row.category is None:
            raise ValidationError(f"不符合建档条件：{row.category_reason}", field="困难类别")
        row.status, row.filed_on, row.rechecked_on = FileStatus.FILED.value, on, on
        _flag_member(session, row)
        audit.record(session, actor, "update", f"困难职工档案 {row.file_no} 审批建档（{row.category}）",
                     entity="aid_hardship_file", entity_id=file_id, changes={"status": ("申请", "在档")})


def _flag_member(session: Session, row: HardshipFile) -> None:
    """The member record carries the hardship flag and file number (docs/domain.md (b) Member)."""
    member = session.get(Member, row.member_id)
    if member is not None:
        filed = row.status == FileStatus.FILED.value
        member.hardship_category = row.category if filed else None
        member.hardship_file_no = row.file_no if filed else None


def recheck_file(db: Database, actor: Actor, file_id: int, draft: FileDraft, *, on: date | None = None) -> str | None:
    """The yearly re-check: new figures, a new category by the year's lines, the date; returns the new category."""
    update_file(db, actor, file_id, draft, today=on)
    on = on or date.today()
    with db.write() as session:
        row = _file(session, file_id)
        row.rechecked_on = on
        _flag_member(session, row)
        audit.record(session, actor, "update", f"困难职工档案 {row.file_no} 年度复核（{row.category or '已超出标准'}）",
                     entity="aid_hardship_file", entity_id=file_id, changes={"rechecked_on": (None, on)})
        return row.category


def close_file(db: Database, actor: Actor, file_id: int, kind: CloseReason, reason: str, *,
               on: date | None = None) -> None:
    """撤档: lifted out of hardship (脱困) or cancelled (注销); the file stays in its archive, nothing is deleted."""
    actor.require(Permission.MANAGE_AID)
    if not reason.strip():
        raise ValidationError("请填写撤档原因（如再就业、收入超过标准）", field="撤档原因")
    with db.write() as session:
        row = _file(session, file_id)
        if row.status == FileStatus.CLOSED.value:
            raise ValidationError("档案已撤档", field="档案状态")
        old = row.status
        row.status, row.closed_on, row.close_kind, row.close_reason = (FileStatus.CLOSED.value, on or date.today(),
                                                                       kind.value, reason.strip())
        _flag_member(session, row)
        audit.record(session, actor, "update", f"困难职工档案 {row.file_no} 撤档（{kind.value}：{reason.strip()}）",
                     entity="aid_hardship_file", entity_id=file_id, changes={"status": (old, "撤档")})


_ROW = (HardshipFile.id, HardshipFile.file_no, HardshipFile.member_id, Member.name, Member.id_number,
        Organisation.name, HardshipFile.status, HardshipFile.category, HardshipFile.per_capita_fen,
        HardshipFile.main_cause, HardshipFile.applied_on, HardshipFile.rechecked_on, HardshipFile.temporary)


def _query(query: FileQuery, today: date) -> Any:
    stmt = (select(*_ROW).join(Member, Member.id == HardshipFile.member_id)
            .join(Organisation, Organisation.id == Member.union_id))
    closed = HardshipFile.status == FileStatus.CLOSED.value
    conditions = {
        FileQuery.ALL: None,
        FileQuery.APPLIED: HardshipFile.status == FileStatus.APPLIED.value,
        FileQuery.FILED: HardshipFile.status == FileStatus.FILED.value,
        FileQuery.RECOVERED: closed & (HardshipFile.close_kind == CloseReason.RECOVERED.value),
        FileQuery.CANCELLED: closed & (HardshipFile.close_kind == CloseReason.CANCELLED.value),
        FileQuery.TEMPORARY: HardshipFile.temporary.is_(True) & ~closed,
        FileQuery.RECHECK_DUE: (HardshipFile.status == FileStatus.FILED.value)
        & (func.coalesce(HardshipFile.rechecked_on, HardshipFile.filed_on) < today - timedelta(days=RECHECK_DAYS)),
        FileQuery.NEVER_AIDED: ~closed & ~exists().where(AidApplication.file_id == HardshipFile.id,
                                                          AidApplication.state.in_(["已批准", "已发放"])),
        FileQuery.MIGRANT: ~closed & Member.is_migrant.is_(True),
    }
    condition = conditions[query]
    return (stmt.where(condition) if condition is not None else stmt).order_by(HardshipFile.id)


def _file_row(values: Any) -> FileRow:
    (fid, no, mid, name, id_number, union, status, category, per_capita, cause, applied, rechecked, temporary) = values
    return FileRow(fid, no, mid, name, mask_id(id_number), union, status, category or "", per_capita, cause,
                   applied, rechecked, temporary)


def list_files(db: Database, actor: Actor, query: FileQuery = FileQuery.ALL, *, today: date | None = None
               ) -> list[FileRow]:
    """A district holds hundreds to a few thousand files: one list, in file number order."""
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        return [_file_row(r) for r in session.execute(_query(query, today or date.today()))]


def file_detail(db: Database, actor: Actor, file_id: int) -> FileDetail:
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        row = _file(session, file_id)
        values = session.execute(_query(FileQuery.ALL, date.today()).where(HardshipFile.id == file_id)).one()
        people = tuple(HouseholdPerson(p.name, p.relation, mask_id(p.id_number) if p.id_number else "",
                                       p.health or "", p.schooling or "", p.work or "")
                       for p in session.execute(select(HouseholdMember).where(HouseholdMember.file_id == file_id)
                                                .order_by(HouseholdMember.id)).scalars())
        draft = FileDraft(row.member_id, row.year, row.household_income_fen, row.essential_costs_fen,
                          row.household_size, row.main_cause, tuple(c for c in (row.secondary_causes or "").split(
                              SEPARATOR) if c), row.filing_level, row.temporary, row.bank_name or "",
                          mask_account(row.bank_card) if row.bank_card else "", row.note or "", people)
        return FileDetail(_file_row(values), draft, row.category_reason, row.dibao_fen, row.filed_on, row.closed_on,
                          row.close_kind or "", row.close_reason or "", row.version)


_LIST_COLUMNS = (Column("编号", 7, INT), Column("档案号", 14), Column("姓名", 10), Column("身份证号", 21),
                 Column("所属基层工会", 26), Column("状态", 7), Column("困难类别", 10),
                 Column("人均月收入（元）", 12, MONEY), Column("主要致困原因", 10), Column("申请日期", 11, DATE),
                 Column("复核日期", 11, DATE))


def file_list_document(db: Database, actor: Actor, query: FileQuery = FileQuery.ALL) -> ListDocument:
    actor.require(Permission.VIEW_RECORDS)

    def rows(session: Session) -> Iterator[list[object]]:
        for r in session.execute(_query(query, date.today())):
            f = _file_row(r)
            yield [f.id, f.file_no, f.member_name, f.member_id_number, f.union, f.status, f.category,
                   f.per_capita_fen, f.main_cause, f.applied_on, f.rechecked_on]

    def count(session: Session) -> int:
        return int(session.execute(select(func.count()).select_from(_query(query, date.today()).subquery()))
                   .scalar_one())

    return ListDocument(f"困难职工档案（{query.value}）", _LIST_COLUMNS, rows, count, lambda _s: query.value,
                        "aid_hardship_file", units="单位：户、元")
