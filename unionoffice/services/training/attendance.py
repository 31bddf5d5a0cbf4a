"""Attendance marks, assessment results and completion (computed live, overridable by a reviewer)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from unionoffice.db.base import utcnow
from unionoffice.db.engine import Database
from unionoffice.db.models import Member, Organisation
from unionoffice.db.models.training import Attendance, ClassModule, ClassSession, Enrolment, TrainingClass
from unionoffice.domain.common.errors import NotFoundError, ValidationError
from unionoffice.domain.common.idnumber import mask_id
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.training.rules import (
    Assessment,
    Completion,
    CompletionRule,
    EnrolmentStatus,
    Mark,
    credited_from_groups,
    credited_total,
    evaluate,
)
from unionoffice.services.core import audit
from unionoffice.services.core import changes as change_signals
from unionoffice.services.core.context import Actor
from unionoffice.services.core.retry import retrying
from unionoffice.services.training.classes import class_rule, live_class

ENROLLED = EnrolmentStatus.ENROLLED.value
BLANK = ord(" ")
_BY_BYTE: dict[int, Mark | None] = {BLANK: None, **{ord(m.value): m for m in Mark}}  # the grid asks per painted cell


@dataclass(frozen=True)
class GridSession:
    id: int
    seq: int
    day: date
    period: str
    hours_tenths: int
    module: str


@dataclass
class AttendanceGrid:
    """Everything the attendance grid shows, in compact form: one bytearray of mark letters per trainee."""

    class_id: int
    class_name: str
    rule: CompletionRule
    sessions: list[GridSession]
    enrolment_ids: list[int]
    names: list[str]
    units: list[str]
    assessments: list[Assessment]
    overrides: list[bool | None]
    marks: list[bytearray]  # marks[row][col] is ord('P'|'L'|'E'|'A') or ord(' ')

    @property
    def total_tenths(self) -> int:
        return sum(s.hours_tenths for s in self.sessions)

    def mark(self, row: int, col: int) -> Mark | None:
        return _BY_BYTE[self.marks[row][col]]

    def set_mark(self, row: int, col: int, mark: Mark | None) -> None:
        self.marks[row][col] = BLANK if mark is None else ord(mark.value)

    def credited(self, row: int) -> int:
        cells = self.marks[row]
        return credited_total(((_BY_BYTE[v], s.hours_tenths) for v, s in zip(cells, self.sessions, strict=True)),
                              self.rule.late_credit_pct)

    def completion(self, row: int) -> Completion:
        return evaluate(self.rule, self.credited(row), self.total_tenths, self.assessments[row], self.overrides[row])


def load_grid(db: Database, actor: Actor, class_id: int) -> AttendanceGrid:
    """The class's enrolled trainees × sessions; three indexed queries whatever the class size."""
    actor.require(Permission.VIEW_RECORDS)
    with db.read() as session:
        klass = live_class(session, class_id)
        sessions = [GridSession(sid, seq, day, period, tenths, title) for sid, seq, day, period, tenths, title in
                    session.execute(select(ClassSession.id, ClassSession.seq, ClassSession.day, ClassSession.period,
                                           ClassSession.hours_tenths, ClassModule.title)
                                    .join(ClassModule, ClassModule.id == ClassSession.module_id)
                                    .where(ClassSession.class_id == class_id).order_by(ClassSession.seq))]
        people = session.execute(
            select(Enrolment.id, Member.name, Member.employer, Enrolment.assessment, Enrolment.override_completed)
            .join(Member, Member.id == Enrolment.member_id)
            .where(Enrolment.class_id == class_id, Enrolment.status == ENROLLED)
            .order_by(Member.pinyin_full, Member.id)).all()
        column = {s.id: i for i, s in enumerate(sessions)}
        row_of = {p[0]: i for i, p in enumerate(people)}
        marks = [bytearray(b" " * len(sessions)) for _ in people]
        for enrolment_id, session_id, mark in session.execute(
                select(Attendance.enrolment_id, Attendance.session_id, Attendance.mark)
                .join(ClassSession, ClassSession.id == Attendance.session_id)
                .where(ClassSession.class_id == class_id)):
            row = row_of.get(enrolment_id)
            if row is not None:
                marks[row][column[session_id]] = ord(mark)
        return AttendanceGrid(class_id, klass.name, class_rule(klass), sessions, [p[0] for p in people],
                              [p[1] for p in people], [p[2] or "" for p in people],
                              [Assessment(p[3]) for p in people], [p[4] for p in people], marks)


def _cell(session: Session, enrolment_id: int, session_id: int) -> tuple[Enrolment, ClassSession]:
    enrolment = session.get(Enrolment, enrolment_id)
    sitting = session.get(ClassSession, session_id)
    if enrolment is None or sitting is None or enrolment.class_id != sitting.class_id:
        raise NotFoundError("找不到该学员或课次，请刷新后重试")
    if enrolment.status != ENROLLED:
        raise ValidationError(f"该学员状态为“{enrolment.status}”，不能记考勤", field="考勤")
    return enrolment, sitting


def _upsert(session: Session, rows: Sequence[Mapping[str, object]]) -> None:
    if session.get_bind().dialect.name == "sqlite":
        stmt = sqlite_insert(Attendance).values(rows)
        session.execute(stmt.on_conflict_do_update(
            index_elements=["enrolment_id", "session_id"],
            set_={"mark": stmt.excluded.mark, "version": Attendance.version + 1}))
        return
    from sqlalchemy.dialects.postgresql import insert as pg_insert

    pg = pg_insert(Attendance).values(rows)
    session.execute(pg.on_conflict_do_update(index_elements=["enrolment_id", "session_id"],
                                             set_={"mark": pg.excluded.mark, "version": Attendance.version + 1}))


def set_mark(db: Database, actor: Actor, enrolment_id: int, session_id: int, mark: Mark | None) -> None:
    """One cell of the grid: a few primary-key lookups, one upsert, one audit entry."""
    actor.require(Permission.MANAGE_TRAINING)
    with db.write() as session:
        _cell(session, enrolment_id, session_id)
        old = session.execute(select(Attendance.mark).where(Attendance.enrolment_id == enrolment_id,
                                                            Attendance.session_id == session_id)).scalar()
        new = None if mark is None else mark.value
        if old == new:
            return
        if new is None:
            session.execute(delete(Attendance).where(Attendance.enrolment_id == enrolment_id,
                                                     Attendance.session_id == session_id))
        else:
            _upsert(session, [{"enrolment_id": enrolment_id, "session_id": session_id, "mark": new}])
        person = session.execute(select(Member.name).join(Enrolment, Enrolment.member_id == Member.id)
                                 .where(Enrolment.id == enrolment_id)).scalar()
        day, class_name = session.execute(select(ClassSession.day, TrainingClass.name)
                                          .join(TrainingClass, TrainingClass.id == ClassSession.class_id)
                                          .where(ClassSession.id == session_id)).one()

        def word(code: str | None) -> str:
            return Mark(code).label if code else "未登记"

        audit.record(session, actor, "update",
                     f"考勤：{person}，{class_name} {day:%Y-%m-%d} 的课：{word(old)}→{word(new)}",
                     entity="training_attendance", entity_id=f"{enrolment_id}:{session_id}",
                     changes={"mark": (old, new)})


def set_marks(db: Database, actor: Actor, class_id: int, cells: Sequence[tuple[int, int, Mark | None]]) -> int:
    """Many cells at once (e.g. everyone present at a session): one transaction and one audit entry."""
    actor.require(Permission.MANAGE_TRAINING)
    if not cells:
        return 0
    # Cells in one order (enrolment, session), so two clerks marking overlapping cells take the rows' locks in the
    # same order; a deadlock or serialisation failure on PostgreSQL is run again (services/core/retry.py).
    cells = sorted(cells, key=lambda c: (c[0], c[1]))

    def once() -> int:
        with db.write() as session:
            klass = live_class(session, class_id)
            enrolled = set(session.execute(select(Enrolment.id).where(Enrolment.class_id == class_id,
                                                                      Enrolment.status == ENROLLED)).scalars())
            sittings = set(session.execute(select(ClassSession.id).where(ClassSession.class_id == class_id)).scalars())
            if any(e not in enrolled or s not in sittings for e, s, _ in cells):
                raise NotFoundError("部分学员或课次不属于本班或已退出，请刷新后重试")
            sets = [{"enrolment_id": e, "session_id": s, "mark": m.value} for e, s, m in cells if m is not None]
            for start in range(0, len(sets), 300):
                _upsert(session, sets[start:start + 300])
            for e, s, m in cells:
                if m is None:
                    session.execute(delete(Attendance).where(Attendance.enrolment_id == e, Attendance.session_id == s))
            counts: dict[str, int] = {}
            for _, _, m in cells:
                label = m.label if m else "清除"
                counts[label] = counts.get(label, 0) + 1
            audit.record(session, actor, "update", f"“{klass.name}”批量考勤 {len(cells)} 格："
                         + "，".join(f"{k}{v}" for k, v in counts.items()), entity="training_class", entity_id=class_id)
            change_signals.note(session.info, "training_attendance")  # the entry names the class; the marks too
            return len(cells)

    return retrying(once, what="批量考勤")


def set_assessment(db: Database, actor: Actor, class_id: int, enrolment_ids: Sequence[int], result: Assessment,
                   score: int | None = None) -> None:
    actor.require(Permission.MANAGE_TRAINING)
    if score is not None and not 0 <= score <= 100:
        raise ValidationError("应在 0～100 之间", field="考核成绩")
    with db.write() as session:
        klass = live_class(session, class_id)
        rows = session.execute(select(Enrolment, Member.name).join(Member, Member.id == Enrolment.member_id)
                               .where(Enrolment.id.in_(enrolment_ids), Enrolment.class_id == class_id)).all()
        if len(rows) != len(set(enrolment_ids)):
            raise NotFoundError("所选报名记录不存在或不属于本班，请刷新后重试")
        for e, name in rows:
            changes = audit.diff(e, {"assessment": result.value, "score": score})
            if changes:
                e.assessment, e.score = result.value, score
                audit.record(session, actor, "update", f"{name} 在“{klass.name}”的考核结果：{result.value}",
                             entity="training_enrolment", entity_id=e.id, changes=changes)


def override_completion(db: Database, actor: Actor, enrolment_id: int, completed: bool | None, reason: str) -> None:
    """A reviewer decides completion against the rule (True/False) with a reason; None returns to the rule."""
    actor.require(Permission.OVERRIDE_COMPLETION)
    reason = reason.strip()
    if completed is not None and not reason:
        raise ValidationError("改判结业必须填写理由", field="改判理由")
    with db.write() as session:
        e = session.get(Enrolment, enrolment_id)
        if e is None:
            raise NotFoundError(f"找不到报名记录 {enrolment_id}")
        klass = live_class(session, e.class_id)
        name = session.execute(select(Member.name).where(Member.id == e.member_id)).scalar_one()
        changes = audit.diff(e, {"override_completed": completed, "override_reason": reason or None})
        e.override_completed, e.override_reason = completed, (reason[:200] or None) if completed is not None else None
        e.override_by = actor.username if completed is not None else None
        e.override_at = utcnow() if completed is not None else None
        verdict = "取消改判" if completed is None else ("改判为结业" if completed else "改判为未结业")
        audit.record(session, actor, "update", f"{name} 在“{klass.name}”{verdict}：{reason or '按规则计算'}",
                     entity="training_enrolment", entity_id=enrolment_id, changes=changes)


def completions(session: Session, class_ids: Iterable[int], *,
                member_id: int | None = None) -> dict[int, tuple[int, int, Completion]]:
    """{enrolment id: (class id, credited tenths, completion)} for the enrolled trainees of these classes
    (or only for one member's enrolments in them)."""
    ids = list(class_ids)
    if not ids:
        return {}
    who = [Enrolment.member_id == member_id] if member_id is not None else []
    klasses = {k.id: k for k in session.execute(select(TrainingClass).where(TrainingClass.id.in_(ids))).scalars()}
    totals = dict(session.execute(select(ClassSession.class_id, func.sum(ClassSession.hours_tenths))
                                  .where(ClassSession.class_id.in_(ids)).group_by(ClassSession.class_id))
                  .all())
    groups: dict[int, dict[tuple[Mark, int], int]] = {}
    for enrolment_id, mark, tenths, count in session.execute(
            select(Attendance.enrolment_id, Attendance.mark, ClassSession.hours_tenths, func.count())
            .join(ClassSession, ClassSession.id == Attendance.session_id)
            .join(Enrolment, Enrolment.id == Attendance.enrolment_id)
            .where(Enrolment.class_id.in_(ids), Enrolment.status == ENROLLED, *who)
            .group_by(Attendance.enrolment_id, Attendance.mark, ClassSession.hours_tenths)):
        groups.setdefault(enrolment_id, {})[(Mark(mark), tenths)] = count
    result: dict[int, tuple[int, int, Completion]] = {}
    for enrolment_id, class_id, assessment, override in session.execute(
            select(Enrolment.id, Enrolment.class_id, Enrolment.assessment, Enrolment.override_completed)
            .where(Enrolment.class_id.in_(ids), Enrolment.status == ENROLLED, *who)):
        rule = class_rule(klasses[class_id])
        credited = credited_from_groups(groups.get(enrolment_id, {}), rule.late_credit_pct)
        done = evaluate(rule, credited, int(totals.get(class_id) or 0), assessment, override)
        result[enrolment_id] = (class_id, credited, done)
    return result


@dataclass(frozen=True)
class TraineeRow:
    enrolment_id: int
    member_id: int
    name: str
    sex: str
    id_number: str  # masked
    unit: str
    status: str
    position: int | None
    credited_tenths: int
    total_tenths: int
    assessment: str
    score: int | None
    completion: Completion | None  # None unless enrolled
    override_reason: str
    override_by: str
    certificate: str  # the number of the completion certificate, "" if none


def class_trainees(db: Database, actor: Actor, class_id: int) -> list[TraineeRow]:
    """Everyone on the class: enrolled by name, then the waiting list in order, then those who withdrew."""
    actor.require(Permission.VIEW_RECORDS)
    from unionoffice.services.training.documents import certificate_numbers

    with db.read() as session:
        live_class(session, class_id)
        total = int(session.execute(select(func.coalesce(func.sum(ClassSession.hours_tenths), 0))
                                    .where(ClassSession.class_id == class_id)).scalar_one())
        done = completions(session, [class_id])
        numbers = certificate_numbers(session, class_id)
        rows = list(session.execute(
            select(Enrolment, Member.name, Member.sex, Member.id_number, Member.employer, Organisation.name)
            .join(Member, Member.id == Enrolment.member_id).join(Organisation, Organisation.id == Member.union_id)
            .where(Enrolment.class_id == class_id)
            .order_by(Member.pinyin_full, Member.id)))
        out: list[TraineeRow] = []
        for e, name, sex, number, employer, union in rows:
            credited, completion = (done[e.id][1], done[e.id][2]) if e.id in done else (0, None)
            out.append(TraineeRow(e.id, e.member_id, name, sex, mask_id(number), employer or union, e.status,
                                  e.position, credited, total, e.assessment, e.score, completion,
                                  e.override_reason or "", e.override_by or "", numbers.get(e.member_id, "")))
    order = {EnrolmentStatus.ENROLLED.value: 0, EnrolmentStatus.WAITING.value: 1, EnrolmentStatus.WITHDRAWN.value: 2}
    out.sort(key=lambda r: (order.get(r.status, 3), r.position or 0))  # stable: enrolled stay in name order
    return out
