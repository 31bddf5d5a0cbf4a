"""Enrolment on a class: capacity and waiting list, duplicates refused, withdrawal, lists matched by ID number."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from unionoffice.db.base import utcnow
from unionoffice.db.engine import Database
from unionoffice.db.models import Member
from unionoffice.db.models.training import Enrolment, TrainingClass
from unionoffice.domain.common.errors import DuplicateError, NotFoundError, ValidationError
from unionoffice.domain.common.idnumber import mask_id, parse_id
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.members.membership import COUNTS_AS_MEMBER, MemberStatus
from unionoffice.domain.training.rules import EnrolmentStatus, move_up
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor
from unionoffice.services.training.classes import live_class

ENROLLED, WAITING, WITHDRAWN = (s.value for s in EnrolmentStatus)
SOURCE_SEARCH, SOURCE_FILE, SOURCE_DEMO = "检索", "文件", "演示"


@dataclass(frozen=True)
class EnrolResult:
    enrolled: list[str]
    waiting: list[str]


@dataclass(frozen=True)
class FileRow:
    """One row of an enrolment list: its row number in the file, the name and the ID number as written."""

    row: int
    name: str
    id_number: str


@dataclass(frozen=True)
class RowProblem:
    row: int
    name: str
    id_number: str  # masked when it was a valid number
    reason: str


@dataclass
class FileMatch:
    """Rows matched to members, and the rows that were not: unmatched, ambiguous, or already on the class."""

    member_ids: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    unmatched: list[RowProblem] = field(default_factory=list)
    ambiguous: list[RowProblem] = field(default_factory=list)
    already: list[RowProblem] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.unmatched and not self.ambiguous


def enrolled_count(session: Session, class_id: int) -> int:
    return int(session.execute(select(func.count()).select_from(Enrolment).where(
        Enrolment.class_id == class_id, Enrolment.status == ENROLLED)).scalar_one())


def _waiting(session: Session, class_id: int) -> list[Enrolment]:
    return list(session.execute(select(Enrolment).where(Enrolment.class_id == class_id, Enrolment.status == WAITING)
                                .order_by(Enrolment.position, Enrolment.id)).scalars())


def _names(session: Session, member_ids: Iterable[int]) -> dict[int, str]:
    ids = list(member_ids)
    if not ids:
        return {}
    return dict(session.execute(select(Member.id, Member.name).where(Member.id.in_(ids))).all())


def fill_from_waiting(session: Session, actor: Actor, klass: TrainingClass) -> list[str]:
    """Move people up from the waiting list into free places; renumber the rest. Returns who moved up."""
    queue = _waiting(session, klass.id)
    move = move_up(klass.capacity, enrolled_count(session, klass.id), [e.id for e in queue])
    by_id = {e.id: e for e in queue}
    names = _names(session, (by_id[i].member_id for i in move.promoted))
    promoted: list[str] = []
    for enrolment_id in move.promoted:
        e = by_id[enrolment_id]
        e.status, e.position = ENROLLED, None
        promoted.append(names.get(e.member_id, str(e.member_id)))
        audit.record(session, actor, "update", f"{promoted[-1]} 由候补转为正式学员（{klass.name}）",
                     entity="training_enrolment", entity_id=e.id, changes={"status": (WAITING, ENROLLED)})
    for enrolment_id, position in move.positions.items():
        by_id[enrolment_id].position = position
    session.flush()
    return promoted


def enrol_members(db: Database, actor: Actor, class_id: int, member_ids: Sequence[int], *,
                  source: str = SOURCE_SEARCH) -> EnrolResult:
    """Enrol members in the order given: places first, then the waiting list. All or nothing."""
    actor.require(Permission.MANAGE_TRAINING)
    if not member_ids:
        raise ValidationError("请选择要报名的会员", field="学员")
    if len(set(member_ids)) != len(member_ids):
        raise DuplicateError("所选会员中有重复的人", field="学员")
    with db.write() as session:
        klass = live_class(session, class_id)
        members = {m.id: m for m in session.execute(select(Member).where(Member.id.in_(member_ids))).scalars()}
        for member_id in member_ids:
            m = members.get(member_id)
            if m is None or m.deleted_at is not None:
                raise NotFoundError(f"找不到会员编号 {member_id}（可能已被删除）")
            if MemberStatus(m.status) not in COUNTS_AS_MEMBER:
                raise ValidationError(f"{m.name}（{mask_id(m.id_number)}）的会籍状态为“{m.status}”，不能报名",
                                      field="学员")
        existing = {e.member_id: e for e in session.execute(select(Enrolment).where(
            Enrolment.class_id == class_id, Enrolment.member_id.in_(member_ids))).scalars()}
        twice = [members[i].name + f"（{existing[i].status}）" for i in member_ids
                 if i in existing and existing[i].status != WITHDRAWN]
        if twice:
            raise DuplicateError(f"以下会员已在“{klass.name}”中：{'、'.join(twice)}；未做任何更改", field="学员")
        free = klass.capacity - enrolled_count(session, class_id)
        last = session.execute(select(func.max(Enrolment.position)).where(
            Enrolment.class_id == class_id, Enrolment.status == WAITING)).scalar() or 0
        result = EnrolResult([], [])
        for member_id in member_ids:
            status = ENROLLED if free > 0 else WAITING
            if status == ENROLLED:
                free -= 1
            else:
                last += 1
            e = existing.get(member_id) or Enrolment(class_id=class_id, member_id=member_id)
            e.status, e.position, e.source = status, None if status == ENROLLED else last, source
            e.enrolled_at, e.withdrawn_at, e.withdraw_reason = utcnow(), None, None
            session.add(e)
            (result.enrolled if status == ENROLLED else result.waiting).append(members[member_id].name)
        session.flush()
        audit.record(session, actor, "create",
                     f"“{klass.name}”报名 {len(result.enrolled)} 人，候补 {len(result.waiting)} 人（{source}）",
                     entity="training_class", entity_id=class_id,
                     changes={"enrolled": (None, "、".join(result.enrolled)),
                              "waiting": (None, "、".join(result.waiting))})
        return result


def _enrolments(session: Session, class_id: int, enrolment_ids: Sequence[int]) -> list[Enrolment]:
    rows = list(session.execute(select(Enrolment).where(Enrolment.id.in_(enrolment_ids),
                                                        Enrolment.class_id == class_id)).scalars())
    if len(rows) != len(set(enrolment_ids)):
        raise NotFoundError("所选报名记录不存在或不属于本班，请刷新后重试")
    return rows


def withdraw(db: Database, actor: Actor, class_id: int, enrolment_ids: Sequence[int], reason: str) -> list[str]:
    """Take people off the class (their marks stay); the waiting list moves up. Returns who moved up."""
    actor.require(Permission.MANAGE_TRAINING)
    reason = reason.strip()
    if not reason:
        raise ValidationError("请填写退出原因", field="退出原因")
    with db.write() as session:
        klass = live_class(session, class_id)
        rows = _enrolments(session, class_id, enrolment_ids)
        names = _names(session, (e.member_id for e in rows))
        for e in rows:
            if e.status == WITHDRAWN:
                raise ValidationError(f"{names[e.member_id]} 已经退出", field="学员")
            audit.record(session, actor, "update", f"{names[e.member_id]} 退出“{klass.name}”（{reason}）",
                         entity="training_enrolment", entity_id=e.id, changes={"status": (e.status, WITHDRAWN)})
            e.status, e.position, e.withdrawn_at, e.withdraw_reason = WITHDRAWN, None, utcnow(), reason[:200]
        session.flush()
        return fill_from_waiting(session, actor, klass)


def delete_enrolments(db: Database, actor: Actor, class_id: int, enrolment_ids: Sequence[int]) -> list[str]:
    """Remove enrolments made by mistake, with their marks; refused once a certificate was issued."""
    actor.require(Permission.MANAGE_TRAINING)
    from unionoffice.services.training.documents import certified_enrolments

    with db.write() as session:
        klass = live_class(session, class_id)
        rows = _enrolments(session, class_id, enrolment_ids)
        names = _names(session, (e.member_id for e in rows))
        certified = certified_enrolments(session, class_id) & {e.id for e in rows}
        if certified:
            who = "、".join(names[e.member_id] for e in rows if e.id in certified)
            raise ValidationError(f"{who} 已发结业证书，不能删除报名记录", field="学员")
        for e in rows:
            audit.record(session, actor, "delete", f"删除 {names[e.member_id]} 在“{klass.name}”的报名记录",
                         entity="training_enrolment", entity_id=e.id, changes={"status": (e.status, None)})
            session.delete(e)
        session.flush()
        return fill_from_waiting(session, actor, klass)


def class_member_statuses(db: Database, actor: Actor, class_id: int) -> dict[int, str]:
    """{member id: status} of everyone ever on the class, so the enrol dialog can grey out those already on it."""
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        return dict(session.execute(select(Enrolment.member_id, Enrolment.status)
                                    .where(Enrolment.class_id == class_id)).all())


@dataclass(frozen=True)
class _Found:
    id: int
    name: str
    status: str
    deleted_at: object


def match_rows(db: Database, actor: Actor, class_id: int, rows: Sequence[FileRow]) -> FileMatch:
    """Match a list to members by ID number; a differing name, a repeated ID or a bad number is reported."""
    actor.require(Permission.VIEW_RECORDS)
    match = FileMatch()
    parsed: list[tuple[FileRow, str]] = []
    seen: dict[str, int] = {}
    for r in rows:
        try:
            number = parse_id(r.id_number).number
        except ValidationError as exc:
            match.unmatched.append(RowProblem(r.row, r.name, r.id_number, exc.reason))
            continue
        if number in seen:
            match.ambiguous.append(RowProblem(r.row, r.name, mask_id(number), f"与第 {seen[number]} 行身份证号重复"))
            continue
        seen[number] = r.row
        parsed.append((r, number))
    with db.read() as session:
        found: dict[str, _Found] = {}
        numbers = [n for _, n in parsed]
        for start in range(0, len(numbers), 500):
            chunk = numbers[start:start + 500]
            found.update((r[0], _Found(*r[1:])) for r in session.execute(
                select(Member.id_number, Member.id, Member.name, Member.status, Member.deleted_at)
                .where(Member.id_number.in_(chunk))))
        statuses = dict(session.execute(select(Enrolment.member_id, Enrolment.status)
                                        .where(Enrolment.class_id == class_id)).all())
    for r, number in parsed:
        m = found.get(number)
        shown = mask_id(number)
        if m is None or m.deleted_at is not None:
            match.unmatched.append(RowProblem(r.row, r.name, shown, "未找到该身份证号的会员"))
        elif r.name.strip() and r.name.strip() != m.name:
            match.ambiguous.append(RowProblem(r.row, r.name, shown, f"该身份证号登记的姓名是“{m.name}”，与文件不符"))
        elif MemberStatus(m.status) not in COUNTS_AS_MEMBER:
            match.unmatched.append(RowProblem(r.row, r.name, shown, f"会籍状态为“{m.status}”，不能报名"))
        elif statuses.get(m.id, WITHDRAWN) != WITHDRAWN:
            match.already.append(RowProblem(r.row, m.name, shown, f"已在本班（{statuses[m.id]}）"))
        else:
            match.member_ids.append(m.id)
            match.names.append(m.name)
    for problems in (match.unmatched, match.ambiguous, match.already):
        problems.sort(key=lambda p: p.row)
    return match


def match_file(db: Database, actor: Actor, class_id: int, path: str | Path) -> FileMatch:
    """Read an xlsx/xls/csv list (header found by its words, e.g. 姓名 and 身份证号) and match it by ID number.
    Cells Excel damaged are reported per row; nothing is enrolled here."""
    actor.require(Permission.MANAGE_TRAINING)
    from unionoffice.exchange.errors import SpreadsheetError
    from unionoffice.exchange.fields import ENROLMENT_FIELDS
    from unionoffice.exchange.headers import auto_map, find_header, layout
    from unionoffice.exchange.readers import read_table
    from unionoffice.exchange.rows import extract_rows

    table = read_table(path)
    header = find_header(table.rows, ENROLMENT_FIELDS)
    if header is None:
        raise SpreadsheetError(f"{table.path.name} 中找不到表头：需要“姓名”和“身份证号”两列")
    mapping = auto_map(table.rows[header], ENROLMENT_FIELDS)
    if "id_number" not in mapping.values():
        raise SpreadsheetError(f"{table.path.name} 中没有“身份证号”列，无法按身份证号匹配会员")
    rows: list[FileRow] = []
    bad: list[RowProblem] = []
    for extracted in extract_rows(table, layout(table.rows, header), mapping, ENROLMENT_FIELDS):
        name = str(extracted.values.get("name") or "")
        if extracted.ok:
            rows.append(FileRow(extracted.row_number, name, str(extracted.values["id_number"])))
        else:
            reason = "；".join(f"「{label}」{why}" for label, why in extracted.errors)
            bad.append(RowProblem(extracted.row_number, name, "", reason))
    if not rows and not bad:
        raise SpreadsheetError(f"{table.path.name} 的表头下面没有数据行")
    match = match_rows(db, actor, class_id, rows)
    match.unmatched = sorted(match.unmatched + bad, key=lambda p: p.row)
    return match
