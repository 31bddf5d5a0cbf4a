"""Training documents: completion certificates through the document engine, rosters, sign-in sheets, summaries."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models import Member
from unionoffice.db.models.documents import Certificate
from unionoffice.db.models.training import Enrolment, TrainingClass
from unionoffice.documents.fonts import default_fonts
from unionoffice.documents.pdf import new_canvas
from unionoffice.documents.roster import RosterData, draw_roster
from unionoffice.documents.table import Column, TableData
from unionoffice.documents.templates import DocumentKind, Template
from unionoffice.domain.certificates.verification import format_code
from unionoffice.domain.common.chinese_dates import DateStyle, format_date
from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.common.idnumber import mask_id
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.training.rules import Assessment, Completion, Mark, credited_tenths, format_hours
from unionoffice.fileutil import fresh_private
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor
from unionoffice.services.core.tasks import CancelToken, Progress

SOURCE_TYPE = "training_class"
KIND = DocumentKind.COMPLETION.value
SIGN_IN_SIGNATURE = "考勤员：　　　　　　　　　　　　审核人："


def certificate_numbers(session: Session, class_id: int) -> dict[int, str]:
    """{member id: certificate number} of the class's completion certificates still in force."""
    rows = session.execute(select(Certificate.member_id, Certificate.number).where(
        Certificate.source_type == SOURCE_TYPE, Certificate.source_id == class_id, Certificate.kind == KIND,
        Certificate.revoked_at.is_(None)))
    return {member_id: number for member_id, number in rows if member_id is not None}


def certified_enrolments(session: Session, class_id: int) -> set[int]:
    """Enrolment ids of the class whose member holds its completion certificate."""
    holders = set(certificate_numbers(session, class_id))
    if not holders:
        return set()
    return set(session.execute(select(Enrolment.id).where(Enrolment.class_id == class_id,
                                                          Enrolment.member_id.in_(holders))).scalars())


def member_certificates(session: Session, member_id: int) -> dict[int, str]:
    """{class id: certificate number} of one member's completion certificates."""
    return {int(source): number for source, number in session.execute(select(Certificate.source_id, Certificate.number)
            .where(Certificate.member_id == member_id, Certificate.source_type == SOURCE_TYPE,
                   Certificate.kind == KIND, Certificate.revoked_at.is_(None))) if source is not None}


@dataclass(frozen=True)
class IssuedCertificate:
    id: int
    number: str
    name: str
    code: str  # as printed: ABCDE-FGHJK
    issue_date: date
    member_id: int | None


@dataclass(frozen=True)
class IssueResult:
    new: int
    certificates: list[IssuedCertificate]  # every certificate of the class, in number order
    no_longer_completed: list[str]  # holders whose completion has since been withdrawn (a reviewer decides)


def issue_class_certificates(db: Database, actor: Actor, class_id: int, *,
                             issue_date: date | None = None) -> IssueResult:
    """Give a numbered certificate to every trainee who completed and has none yet, in one transaction.
    Issuing again numbers only the newcomers: existing holders keep their numbers. Issuing records certificates,
    which is entering training records (the clerk's, like every entry); printing them is PRINT_DOCUMENTS."""
    actor.require(Permission.MANAGE_TRAINING)
    actor.require(Permission.ISSUE_CERTIFICATES)
    from unionoffice.services.certificates.issuing import CertificateSubject, issue_in_session
    from unionoffice.services.training.attendance import completions
    from unionoffice.services.training.classes import live_class

    with db.write() as session:
        klass = live_class(session, class_id)
        done = completions(session, [class_id])
        completed = {e: c for e, (_k, _h, c) in done.items() if c.completed}
        held = certificate_numbers(session, class_id)
        people = session.execute(select(Enrolment.id, Member.id, Member.name, Member.sex, Member.employer,
                                        Enrolment.assessment)
                                 .join(Member, Member.id == Enrolment.member_id)
                                 .where(Enrolment.id.in_(completed)).order_by(Member.pinyin_full, Member.id)).all()
        subjects = [CertificateSubject(name, {"班级名称": klass.name, "开始日期": klass.start_date,
                                              "结束日期": klass.end_date, **person_facts(completed[e], assessment),
                                              "性别": sex, "工作单位": employer or ""}, member_id)
                    for e, member_id, name, sex, employer, assessment in people if member_id not in held]
        if subjects:
            issue_in_session(session, actor, KIND, subjects, None, issue_date or klass.end_date, SOURCE_TYPE,
                             class_id)
            audit.record(session, actor, "create", f"“{klass.name}”颁发结业证书 {len(subjects)} 份",
                         entity="training_class", entity_id=class_id)
        completed_members = {member_id for _e, member_id, *_rest in people}
        stale = session.execute(select(Member.name).where(Member.id.in_(set(held) - completed_members))).scalars()
        return IssueResult(len(subjects), _class_certificates(session, class_id), sorted(stale))


def person_facts(completion: Completion, assessment: str | None) -> dict[str, str]:
    """The trainee's own figures for the certificate, so every sentence it prints is true for that person
    (issue 13: not "完成全部32学时课程" for someone who attended 28 of 32)."""
    total, credited = completion.total_tenths, completion.credited_tenths
    done = (f"完成全部{format_hours(total)}学时课程" if credited >= total
            else f"应修{format_hours(total)}学时，实修{format_hours(credited)}学时")
    passed = assessment == Assessment.PASSED.value
    return {"学时": format_hours(credited), "应修学时": format_hours(total), "实修学时": format_hours(credited),
            "考核结果": assessment or Assessment.PENDING.value, "完成情况": done,
            "考核情况": "经考核合格" if passed else "经审核同意"}


def _class_certificates(session: Session, class_id: int) -> list[IssuedCertificate]:
    rows = session.execute(select(Certificate).where(
        Certificate.source_type == SOURCE_TYPE, Certificate.source_id == class_id, Certificate.kind == KIND,
        Certificate.revoked_at.is_(None)).order_by(Certificate.year, Certificate.serial)).scalars()
    return [IssuedCertificate(c.id, c.number, c.person_name, format_code(c.verification_code), c.issue_date,
                              c.member_id) for c in rows]


def class_certificates(db: Database, actor: Actor, class_id: int) -> list[IssuedCertificate]:
    actor.require(Permission.VIEW_RECORDS)
    from unionoffice.services.training.classes import live_class

    with db.read() as session:
        live_class(session, class_id)  # an unknown class is named, not answered with an empty list
        return _class_certificates(session, class_id)


def print_class_certificates(db: Database, actor: Actor, class_id: int, target: Path, *, per_person: bool = False,
                             progress: Progress | None = None, cancel: CancelToken | None = None) -> list[Path]:
    """Every certificate of the class into one PDF (or one PDF each in the folder `target`)."""
    from unionoffice.services.certificates.issuing import render_source

    return render_source(db, actor, SOURCE_TYPE, class_id, target, per_person=per_person, progress=progress,
                         cancel=cancel)


# ---------------------------------------------------------------- rosters, sign-in sheets, summaries

@dataclass(frozen=True)
class _Trainee:
    enrolment_id: int
    name: str
    sex: str
    id_number: str
    unit: str
    phone: str


def _roster_template(session: Session, title: str, subtitle: str, signature: str | None = None) -> Template:
    from unionoffice.services.certificates.templates import template_in_session

    base = template_in_session(session, DocumentKind.ROSTER)
    changes: dict[str, object] = {"title": title, "subtitle": subtitle, "extra": {}}
    if signature is not None:
        changes["signature_line"] = signature
    return base.with_changes(**changes)


def _trainees(session: Session, class_id: int) -> list[_Trainee]:
    from unionoffice.domain.common.phone import mask_phone
    from unionoffice.services.training.enrolment import ENROLLED

    rows = session.execute(select(Enrolment.id, Member.name, Member.sex, Member.id_number, Member.employer,
                                  Member.phone).join(Member, Member.id == Enrolment.member_id)
                           .where(Enrolment.class_id == class_id, Enrolment.status == ENROLLED)
                           .order_by(Member.pinyin_full, Member.id))
    return [_Trainee(e, name, sex, mask_id(number), employer or "", mask_phone(phone) if phone else "")
            for e, name, sex, number, employer, phone in rows]


def _write(target: Path, draw: list[tuple[Template, RosterData]]) -> int:
    """Tables one after another in one PDF, each starting on a new page; temp name, then rename."""
    fonts = default_fonts()
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = fresh_private(target.with_name(target.name + ".part"))  # rosters hold personal data: owner-only
    pages = 0
    try:
        canvas: Canvas = new_canvas(str(partial), draw[0][0], fonts, title=draw[0][0].title)
        for template, data in draw:
            pages += draw_roster(canvas, fonts, template, data)
        canvas.save()
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return pages


def _subtitle(klass: TrainingClass) -> str:
    dates = f"{format_date(klass.start_date, DateStyle.ARABIC)}至{format_date(klass.end_date, DateStyle.ARABIC)}"
    return f"培训时间：{dates}　　地点：{klass.venue or ''}　　主办：{klass.organiser or ''}"


def print_roster(db: Database, actor: Actor, class_id: int, target: Path) -> int:
    """学员花名册: the enrolled trainees with masked ID and phone. Returns the page count."""
    actor.require(Permission.PRINT_DOCUMENTS)
    from unionoffice.services.training.classes import live_class

    columns = (Column("no", "序号", 0.6, "center", "int"), Column("name", "姓名", 1.4), Column("sex", "性别", 0.6,
               "center"), Column("id", "身份证号", 2.2), Column("unit", "工作单位", 3.0), Column("phone", "手机", 1.5),
               Column("note", "备注", 1.0))
    with db.write() as session:
        klass = live_class(session, class_id)
        people = _trainees(session, class_id)
        rows = [{"no": i, "name": p.name, "sex": p.sex, "id": p.id_number, "unit": p.unit, "phone": p.phone}
                for i, p in enumerate(people, start=1)]
        template = _roster_template(session, f"{klass.name}学员花名册", _subtitle(klass))
        pages = _write(target, [(template, RosterData(TableData(columns, rows)))])
        audit.record(session, actor, "print", f"打印“{klass.name}”学员花名册（{len(rows)} 人）",
                     entity="training_class", entity_id=class_id)
    return pages


def print_sign_in_sheets(db: Database, actor: Actor, class_id: int, target: Path,
                         session_ids: Sequence[int] | None = None) -> int:
    """签到表 for the chosen sessions (all by default), one after another, with a signature column."""
    actor.require(Permission.PRINT_DOCUMENTS)
    from unionoffice.services.training.attendance import load_grid
    from unionoffice.services.training.classes import live_class

    grid = load_grid(db, actor, class_id)
    sittings = [s for s in grid.sessions if session_ids is None or s.id in set(session_ids)]
    if not sittings:
        raise ValidationError("请选择要打印签到表的课次", field="课次")
    columns = (Column("no", "序号", 0.6, "center", "int"), Column("name", "姓名", 1.4), Column("unit", "工作单位", 3.0),
               Column("time", "签到时间", 1.2), Column("sign", "本人签名", 2.4), Column("note", "备注", 1.0))
    with db.write() as session:
        klass = live_class(session, class_id)
        people = _trainees(session, class_id)
        # Two blank lines in the signature cell give each trainee room to sign by hand.
        rows = [{"no": i, "name": p.name, "unit": p.unit, "sign": "\n"} for i, p in enumerate(people, start=1)]
        parts = []
        for s in sittings:
            subtitle = (f"第 {s.seq} 课次　{s.module}　{format_date(s.day, DateStyle.ARABIC)} {s.period}　"
                        f"{format_hours(s.hours_tenths)} 学时　地点：{klass.venue or ''}")
            parts.append((_roster_template(session, f"{klass.name}签到表", subtitle, SIGN_IN_SIGNATURE),
                          RosterData(TableData(columns, rows))))
        pages = _write(target, parts)
        audit.record(session, actor, "print", f"打印“{klass.name}”签到表 {len(sittings)} 个课次（{len(rows)} 人）",
                     entity="training_class", entity_id=class_id)
    return pages


def print_attendance_summary(db: Database, actor: Actor, class_id: int, target: Path) -> int:
    """考勤汇总表: per trainee the marks counted, hours credited of the class's hours, rate, assessment, completion."""
    actor.require(Permission.PRINT_DOCUMENTS)
    from unionoffice.services.training.attendance import load_grid
    from unionoffice.services.training.classes import live_class

    grid = load_grid(db, actor, class_id)
    columns = (Column("no", "序号", 0.6, "center", "int"), Column("name", "姓名", 1.3), Column("unit", "工作单位", 2.6),
               Column("P", "出勤", 0.7, "right", "int", True), Column("L", "迟到", 0.7, "right", "int", True),
               Column("E", "请假", 0.7, "right", "int", True), Column("A", "缺勤", 0.7, "right", "int", True),
               Column("hours", "实得学时", 1.0, "right"), Column("rate", "出勤率", 0.9, "right"),
               Column("assessment", "考核", 0.9, "center"), Column("done", "结业", 1.1, "center"))
    rows = []
    total = grid.total_tenths
    for r in range(len(grid.enrolment_ids)):
        marks = [grid.mark(r, c) for c in range(len(grid.sessions))]
        done = grid.completion(r)
        credited = sum(credited_tenths(m, s.hours_tenths, grid.rule.late_credit_pct)
                       for m, s in zip(marks, grid.sessions, strict=True))
        rows.append({"no": r + 1, "name": grid.names[r], "unit": grid.units[r],
                     **{m.value: marks.count(m) for m in Mark}, "hours": format_hours(credited),
                     "rate": f"{credited * 100 // total}%" if total else "", "assessment": grid.assessments[r].value,
                     "done": done.label})
    with db.write() as session:
        klass = live_class(session, class_id)
        subtitle = f"{_subtitle(klass)}　　应到 {format_hours(total)} 学时　　结业条件：{grid.rule.describe()}"
        template = _roster_template(session, f"{klass.name}考勤汇总表", subtitle).with_changes(paper="a4-landscape")
        pages = _write(target, [(template, RosterData(TableData(columns, rows, total_label="合计（次）")))])
        audit.record(session, actor, "print", f"打印“{klass.name}”考勤汇总表（{len(rows)} 人）",
                     entity="training_class", entity_id=class_id)
    return pages
