"""Craftsman academies and their classes: create and edit classes with modules and sessions, list them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import case, delete, exists, func, select
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models.training import (
    Academy,
    Attendance,
    ClassModule,
    ClassSession,
    Enrolment,
    TrainingClass,
)
from unionoffice.domain.common.errors import ConflictError, DuplicateError, NotFoundError, ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.training.rules import (
    ALL_SECTORS,
    MAX_SESSION_TENTHS,
    PERIODS,
    CompletionRule,
    EnrolmentStatus,
    plan_sessions,
    split_hours,
)
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor

MAX_CAPACITY = 5000


@dataclass(frozen=True)
class AcademyDraft:
    name: str
    sector: str
    partner: str = ""
    opened_on: date | None = None
    note: str = ""


@dataclass(frozen=True)
class AcademyRow:
    id: int
    name: str
    sector: str
    partner: str
    opened_on: date | None
    classes: int


@dataclass(frozen=True)
class ModuleDraft:
    kind: str
    title: str
    hours_tenths: int
    sessions: int = 1  # used only when the sessions are scheduled automatically
    teacher: str = ""
    id: int | None = None


@dataclass(frozen=True)
class SessionDraft:
    module_index: int  # index into ClassDraft.modules
    day: date
    period: str
    id: int | None = None


@dataclass(frozen=True)
class ClassDraft:
    academy_id: int
    name: str
    start_date: date
    end_date: date
    capacity: int
    modules: list[ModuleDraft]
    sessions: list[SessionDraft] | None = None  # None: spread the modules' sessions over the dates
    venue: str = ""
    organiser: str = ""
    teachers: str = ""
    rule: CompletionRule = field(default_factory=CompletionRule)
    note: str = ""


@dataclass(frozen=True)
class ClassRow:
    id: int
    name: str
    academy_id: int
    academy: str
    sector: str
    start_date: date
    end_date: date
    capacity: int
    enrolled: int
    waiting: int
    hours_tenths: int
    venue: str


@dataclass(frozen=True)
class ClassDetail:
    id: int
    version: int
    draft: ClassDraft
    academy: str
    sector: str
    hours_tenths: int
    session_ids: list[int]
    marked_session_ids: frozenset[int]  # sessions with attendance: the editor keeps them


# ---------------------------------------------------------------- academies

def _academy_values(draft: AcademyDraft) -> dict[str, object]:
    name = draft.name.strip()
    if not name:
        raise ValidationError("不能为空", field="学院名称")
    if draft.sector not in ALL_SECTORS:
        raise ValidationError(f"“{draft.sector}”不是可选值（{'、'.join(ALL_SECTORS)}）", field="产业方向")
    return {"name": name, "sector": draft.sector, "partner": draft.partner.strip() or None,
            "opened_on": draft.opened_on, "note": draft.note.strip() or None}


def create_academy(db: Database, actor: Actor, draft: AcademyDraft) -> int:
    actor.require(Permission.MANAGE_TRAINING)
    values = _academy_values(draft)
    with db.write() as session:
        if session.execute(select(Academy.id).where(Academy.name == values["name"])).first():
            raise DuplicateError(f"已有同名学院“{values['name']}”", field="学院名称")
        academy = Academy(**values)
        session.add(academy)
        session.flush()
        audit.record(session, actor, "create", f"建立工匠学院“{academy.name}”", entity="training_academy",
                     entity_id=academy.id, changes={k: (None, v) for k, v in values.items() if v})
        return academy.id


def update_academy(db: Database, actor: Actor, academy_id: int, draft: AcademyDraft) -> None:
    actor.require(Permission.MANAGE_TRAINING)
    values = _academy_values(draft)
    with db.write() as session:
        academy = session.get(Academy, academy_id)
        if academy is None:
            raise NotFoundError(f"找不到学院编号 {academy_id}")
        other = session.execute(select(Academy.id).where(Academy.name == values["name"], Academy.id != academy_id))
        if other.first():
            raise DuplicateError(f"已有同名学院“{values['name']}”", field="学院名称")
        changes = audit.diff(academy, values)
        if changes:
            for key, value in values.items():
                setattr(academy, key, value)
            audit.record(session, actor, "update", f"修改工匠学院“{academy.name}”", entity="training_academy",
                         entity_id=academy_id, changes=changes)


def list_academies(db: Database, actor: Actor) -> list[AcademyRow]:
    actor.require(Permission.VIEW_RECORDS)
    counts = (select(TrainingClass.academy_id, func.count().label("n")).where(TrainingClass.deleted_at.is_(None))
              .group_by(TrainingClass.academy_id).subquery())
    stmt = (select(Academy, func.coalesce(counts.c.n, 0)).outerjoin(counts, counts.c.academy_id == Academy.id)
            .order_by(Academy.id))
    with db.read() as session:
        return [AcademyRow(a.id, a.name, a.sector, a.partner or "", a.opened_on, int(n))
                for a, n in session.execute(stmt)]


# ---------------------------------------------------------------- classes

def _class_values(session: Session, draft: ClassDraft) -> dict[str, object]:
    name = draft.name.strip()
    if not name:
        raise ValidationError("不能为空", field="班级名称")
    if session.get(Academy, draft.academy_id) is None:
        raise ValidationError("请选择工匠学院", field="所属学院")
    if draft.end_date < draft.start_date:
        raise ValidationError("结束日期不能早于开始日期", field="结束日期")
    if not 1 <= draft.capacity <= MAX_CAPACITY:
        raise ValidationError(f"应在 1～{MAX_CAPACITY} 之间", field="计划人数")
    rule = draft.rule.validated()
    if not draft.modules:
        raise ValidationError("至少设置一个课程模块", field="课程模块")
    for i, module in enumerate(draft.modules, start=1):
        if not module.kind.strip() or not module.title.strip():
            raise ValidationError(f"第 {i} 个模块缺少类别或课程名称", field="课程模块")
        if module.hours_tenths <= 0:
            raise ValidationError(f"第 {i} 个模块“{module.title}”的学时应大于 0", field="学时")
    return {"academy_id": draft.academy_id, "name": name, "start_date": draft.start_date, "end_date": draft.end_date,
            "venue": draft.venue.strip() or None, "organiser": draft.organiser.strip() or None,
            "teachers": draft.teachers.strip() or None, "capacity": draft.capacity,
            "min_attendance_pct": rule.min_attendance_pct, "require_assessment": rule.require_assessment,
            "late_credit_pct": rule.late_credit_pct, "note": draft.note.strip() or None}


def scheduled_sessions(draft: ClassDraft) -> list[SessionDraft]:
    """The draft's sessions, or its modules' sessions spread over the class dates, checked against the dates."""
    if draft.sessions is None:
        slots = plan_sessions(draft.start_date, draft.end_date, [m.sessions for m in draft.modules])
        return [SessionDraft(index, day, period) for index, day, period in slots]
    for seq, s in enumerate(draft.sessions, start=1):
        if not 0 <= s.module_index < len(draft.modules):
            raise ValidationError(f"第 {seq} 课次没有对应的课程模块", field="课次")
        if not draft.start_date <= s.day <= draft.end_date:
            raise ValidationError(f"第 {seq} 课次的日期 {s.day:%Y-%m-%d} 不在培训日期内", field="课次日期")
        if s.period not in PERIODS:
            raise ValidationError(f"第 {seq} 课次的时段“{s.period}”无效", field="时段")
    return draft.sessions


def _session_hours(draft: ClassDraft, sessions: list[SessionDraft]) -> list[int]:
    """Each module's hours split over its own sessions, in their order."""
    by_module: dict[int, list[int]] = {}
    for seq, s in enumerate(sessions):
        by_module.setdefault(s.module_index, []).append(seq)
    hours = [0] * len(sessions)
    for index, module in enumerate(draft.modules):
        seqs = by_module.get(index)
        if not seqs:
            raise ValidationError(f"模块“{module.title}”没有安排课次", field="课次")
        for seq, part in zip(seqs, split_hours(module.hours_tenths, len(seqs)), strict=True):
            if part > MAX_SESSION_TENTHS:
                raise ValidationError(f"模块“{module.title}”每课次超过 12 学时，请增加课次", field="课次")
            hours[seq] = part
    return hours


def _write_modules(session: Session, klass: TrainingClass, draft: ClassDraft) -> None:
    """Modules and sessions replace the old ones; sessions that already have marks are kept, never deleted."""
    sessions = scheduled_sessions(draft)
    hours = _session_hours(draft, sessions)
    old_modules = {m.id: m for m in session.execute(select(ClassModule).where(ClassModule.class_id == klass.id))
                   .scalars()}
    old_sessions = {s.id: s for s in session.execute(select(ClassSession).where(ClassSession.class_id == klass.id))
                    .scalars()}
    kept_sessions = {s.id for s in sessions if s.id is not None}
    dropped = [sid for sid in old_sessions if sid not in kept_sessions]
    if dropped:
        marked = session.execute(select(ClassSession.seq).where(
            ClassSession.id.in_(dropped), exists().where(Attendance.session_id == ClassSession.id))).scalars().all()
        if marked:
            raise ValidationError(f"第 {'、'.join(map(str, sorted(marked)))} 课次已有考勤记录，不能删除", field="课次")
        session.execute(delete(ClassSession).where(ClassSession.id.in_(dropped)))
    modules: list[ClassModule] = []
    for position, m in enumerate(draft.modules, start=1):
        row = old_modules.pop(m.id, None) if m.id is not None else None
        row = row or ClassModule(class_id=klass.id)
        row.position, row.kind, row.title = position, m.kind.strip(), m.title.strip()
        row.teacher, row.hours_tenths = m.teacher.strip() or None, m.hours_tenths
        session.add(row)
        modules.append(row)
    session.flush()
    # seq is unique per class: park the kept sessions out of the way before numbering them afresh.
    for old in old_sessions.values():
        if old.id in kept_sessions:
            old.seq = -old.id
    session.flush()
    for seq, (planned, tenths) in enumerate(zip(sessions, hours, strict=True), start=1):
        row_s = old_sessions.get(planned.id) if planned.id is not None else None
        row_s = row_s or ClassSession(class_id=klass.id)
        row_s.module_id, row_s.seq, row_s.day = modules[planned.module_index].id, seq, planned.day
        row_s.period, row_s.hours_tenths = planned.period, tenths
        session.add(row_s)
    session.flush()
    for leftover in old_modules.values():
        session.delete(leftover)


def _class_summary(values: dict[str, object], modules: list[ModuleDraft]) -> dict[str, tuple[object, object]]:
    changes: dict[str, tuple[object, object]] = {k: (None, v) for k, v in values.items() if v is not None}
    changes["modules"] = (None, "；".join(f"{m.kind}·{m.title} {m.hours_tenths / 10:g}学时" for m in modules))
    return changes


def create_class(db: Database, actor: Actor, draft: ClassDraft) -> int:
    actor.require(Permission.MANAGE_TRAINING)
    with db.write() as session:
        values = _class_values(session, draft)
        klass = TrainingClass(**values)
        session.add(klass)
        session.flush()
        _write_modules(session, klass, draft)
        audit.record(session, actor, "create", f"开设培训班“{klass.name}”", entity="training_class",
                     entity_id=klass.id, changes=_class_summary(values, draft.modules))
        return klass.id


def update_class(db: Database, actor: Actor, class_id: int, draft: ClassDraft, *,
                 expected_version: int | None = None) -> list[str]:
    """Save edits; returns the names moved up from the waiting list when the capacity grew."""
    actor.require(Permission.MANAGE_TRAINING)
    from unionoffice.services.training.enrolment import enrolled_count, fill_from_waiting

    with db.write() as session:
        klass = live_class(session, class_id)
        if expected_version is not None and klass.version != expected_version:
            raise ConflictError(f"培训班“{klass.name}”已被他人修改，请重新打开后再保存。")
        values = _class_values(session, draft)
        enrolled = enrolled_count(session, class_id)
        if draft.capacity < enrolled:
            raise ValidationError(f"已有 {enrolled} 人报名，计划人数不能少于此数（可先办理退出）", field="计划人数")
        changes = audit.diff(klass, values)
        for key, value in values.items():
            setattr(klass, key, value)
        _write_modules(session, klass, draft)
        changes["modules"] = ("", "；".join(f"{m.kind}·{m.title} {m.hours_tenths / 10:g}学时" for m in draft.modules))
        promoted = fill_from_waiting(session, actor, klass)
        audit.record(session, actor, "update", f"修改培训班“{klass.name}”", entity="training_class",
                     entity_id=class_id, changes=changes)
        return promoted


def delete_class(db: Database, actor: Actor, class_id: int) -> None:
    """Hide a class that was set up by mistake; refused once anyone is enrolled."""
    actor.require(Permission.MANAGE_TRAINING)
    from unionoffice.db.base import utcnow

    with db.write() as session:
        klass = live_class(session, class_id)
        people = session.execute(select(func.count()).select_from(Enrolment).where(
            Enrolment.class_id == class_id, Enrolment.status != EnrolmentStatus.WITHDRAWN.value)).scalar_one()
        if people:
            raise ValidationError(f"培训班“{klass.name}”已有 {people} 人报名，不能删除", field="培训班")
        klass.deleted_at = utcnow()
        audit.record(session, actor, "delete", f"删除培训班“{klass.name}”", entity="training_class", entity_id=class_id)


def live_class(session: Session, class_id: int) -> TrainingClass:
    klass = session.get(TrainingClass, class_id)
    if klass is None or klass.deleted_at is not None:
        raise NotFoundError(f"找不到培训班编号 {class_id}（可能已被删除）")
    return klass


def class_rule(klass: TrainingClass) -> CompletionRule:
    return CompletionRule(klass.min_attendance_pct, klass.require_assessment, klass.late_credit_pct)


def class_detail(db: Database, actor: Actor, class_id: int) -> ClassDetail:
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        k = live_class(session, class_id)
        academy = session.get(Academy, k.academy_id)
        modules = session.execute(select(ClassModule).where(ClassModule.class_id == class_id)
                                  .order_by(ClassModule.position)).scalars().all()
        index = {m.id: i for i, m in enumerate(modules)}
        rows = session.execute(select(ClassSession).where(ClassSession.class_id == class_id)
                               .order_by(ClassSession.seq)).scalars().all()
        counts: dict[int, int] = {}
        for s in rows:
            counts[s.module_id] = counts.get(s.module_id, 0) + 1
        marked = session.execute(select(ClassSession.id).where(
            ClassSession.class_id == class_id, exists().where(Attendance.session_id == ClassSession.id))).scalars()
        draft = ClassDraft(
            academy_id=k.academy_id, name=k.name, start_date=k.start_date, end_date=k.end_date, capacity=k.capacity,
            modules=[ModuleDraft(m.kind, m.title, m.hours_tenths, counts.get(m.id, 0), m.teacher or "", m.id)
                     for m in modules],
            sessions=[SessionDraft(index[s.module_id], s.day, s.period, s.id) for s in rows],
            venue=k.venue or "", organiser=k.organiser or "", teachers=k.teachers or "", rule=class_rule(k),
            note=k.note or "")
        return ClassDetail(k.id, k.version, draft, academy.name if academy else "", academy.sector if academy else "",
                           sum(s.hours_tenths for s in rows), [s.id for s in rows], frozenset(marked))


def list_classes(db: Database, actor: Actor, *, year: int | None = None,
                 academy_id: int | None = None) -> list[ClassRow]:
    """Classes (newest first) with their enrolled and waiting counts and planned hours."""
    actor.require(Permission.VIEW_RECORDS)
    people = (select(Enrolment.class_id,
                     func.sum(case((Enrolment.status == EnrolmentStatus.ENROLLED.value, 1), else_=0)).label("enrolled"),
                     func.sum(case((Enrolment.status == EnrolmentStatus.WAITING.value, 1), else_=0)).label("waiting"))
              .group_by(Enrolment.class_id).subquery())
    hours = (select(ClassSession.class_id, func.sum(ClassSession.hours_tenths).label("hours"))
             .group_by(ClassSession.class_id).subquery())
    stmt = (select(TrainingClass, Academy.name, Academy.sector, people.c.enrolled, people.c.waiting, hours.c.hours)
            .join(Academy, Academy.id == TrainingClass.academy_id)
            .outerjoin(people, people.c.class_id == TrainingClass.id)
            .outerjoin(hours, hours.c.class_id == TrainingClass.id)
            .where(TrainingClass.deleted_at.is_(None))
            .order_by(TrainingClass.start_date.desc(), TrainingClass.id.desc()))
    if year is not None:
        stmt = stmt.where(TrainingClass.start_date >= date(year, 1, 1), TrainingClass.start_date <= date(year, 12, 31))
    if academy_id is not None:
        stmt = stmt.where(TrainingClass.academy_id == academy_id)
    with db.read() as session:
        return [ClassRow(k.id, k.name, k.academy_id, academy, sector, k.start_date, k.end_date, k.capacity,
                         int(enrolled or 0), int(waiting or 0), int(tenths or 0), k.venue or "")
                for k, academy, sector, enrolled, waiting, tenths in session.execute(stmt)]
