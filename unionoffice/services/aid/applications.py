"""Applications: entering and changing them before a decision, their detail with history, and attachments."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models import Member, Organisation
from unionoffice.db.models.aid import AidApplication, AidAttachment, AidProgramme, AidStep, HardshipFile
from unionoffice.domain.aid.kinds import (
    AID_TYPES_OF,
    COMMITTED_STATES,
    ApplicationState,
    FileStatus,
    ProgrammeType,
    SchoolKind,
    SchoolLevel,
    Tier,
)
from unionoffice.domain.aid.money import format_yuan
from unionoffice.domain.aid.tiers import tier_amount
from unionoffice.domain.common.errors import ConflictError, DuplicateError, NotFoundError, ValidationError
from unionoffice.domain.common.idnumber import mask_id, parse_id
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.common.phone import mask_account
from unionoffice.services.aid.masking import HIDDEN_ID, child_school
from unionoffice.services.aid.programmes import live_programme, tier_table
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor

EDITABLE = frozenset({ApplicationState.DRAFT, ApplicationState.SUBMITTED})
MAX_ATTACHMENT = 20 * 1024 * 1024
ATTACHMENT_KINDS = ("录取通知书", "缴费证明", "身份证明", "困难证明", "其他")
_DECIDED = {s.value for s in COMMITTED_STATES} | {ApplicationState.REJECTED.value}


@dataclass(frozen=True)
class ApplicationDraft:
    programme_id: int
    member_id: int
    aid_type: str = ""
    amount_asked_fen: int = 0  # Golden Autumn: taken from the programme's tiers
    reason: str = ""
    file_id: int | None = None  # hardship aid: the household's file (default: the member's 在档 file)
    child_name: str = ""
    child_id_number: str = ""
    school: str = ""
    school_level: str = ""
    school_kind: str = SchoolKind.ORDINARY.value
    new_student: bool = True
    tier: str = ""
    aided_elsewhere: bool = False
    work_study_post: str = ""
    bank_card: str = ""


@dataclass(frozen=True)
class StepRow:
    step: str
    from_state: str
    to_state: str
    on: date
    person: str
    role: str
    comment: str


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    kind: str
    file_name: str
    size: int
    sha256: str


@dataclass(frozen=True)
class ApplicationDetail:
    id: int
    draft: ApplicationDraft  # child ID and school as this actor may see them
    programme: str
    programme_type: ProgrammeType
    year: int
    member_name: str
    member_id_number: str  # masked
    union: str
    state: ApplicationState
    amount_fen: int | None
    approved_tier: str
    category: str
    publicity_start: date | None
    publicity_end: date | None
    decided_on: date | None
    paid_on: date | None
    override_reason: str
    steps: list[StepRow]
    attachments: list[AttachmentRow]
    child_data_visible: bool
    version: int


def _member(session: Session, member_id: int) -> Member:
    member = session.get(Member, member_id)
    if member is None or member.deleted_at is not None:
        raise NotFoundError(f"没有编号为 {member_id} 的会员")
    return member


def _child_values(draft: ApplicationDraft, tiers: dict[tuple[str, str], int], today: date) -> dict[str, object]:
    name = draft.child_name.strip()
    if not name:
        raise ValidationError("不能为空", field="子女姓名", key="child_name")
    child = parse_id(draft.child_id_number, today=today, field="子女身份证号").number
    if not draft.school.strip():
        raise ValidationError("不能为空", field="就读学校", key="school")
    for value, allowed, label, key in ((draft.school_level, SchoolLevel, "学历层次", "school_level"),
                                       (draft.tier, Tier, "资助档次", "tier"),
                                       (draft.school_kind, SchoolKind, "院校类别", "school_kind")):
        if value not in {v.value for v in allowed}:
            raise ValidationError(f"应为 {'、'.join(v.value for v in allowed)} 之一", field=label, key=key)
    return {"child_name": name, "child_id_number": child, "school": draft.school.strip(),
            "school_level": draft.school_level, "school_kind": draft.school_kind, "new_student": draft.new_student,
            "tier": draft.tier, "aided_elsewhere": draft.aided_elsewhere,
            "work_study_post": draft.work_study_post.strip() or None,
            "amount_asked_fen": tier_amount(tiers, draft.school_level, draft.tier),
            "aid_type": AID_TYPES_OF[ProgrammeType.GOLDEN_AUTUMN][0].value}


def application_values(session: Session, draft: ApplicationDraft, programme: AidProgramme, today: date
                       ) -> dict[str, object]:
    """The columns of a valid draft (shared with the import); refuses with the field that is wrong."""
    kind = ProgrammeType(programme.type)
    if kind not in AID_TYPES_OF:
        raise ValidationError(f"“{kind.value}”项目不通过申请办理", field="帮扶项目")
    if programme.closed:
        raise ValidationError(f"项目“{programme.name}”已结束，不再受理申请", field="帮扶项目")
    member = _member(session, draft.member_id)
    values: dict[str, object] = {"programme_id": programme.id, "member_id": member.id, "union_id": member.union_id,
                                 "reason": draft.reason.strip() or None, "bank_card": draft.bank_card.strip() or None}
    if kind is ProgrammeType.GOLDEN_AUTUMN:
        values.update(_child_values(draft, tier_table(session, programme.id), today))
        values["file_id"] = _file_id(session, member.id, None)
        return values
    aid_type = draft.aid_type or AID_TYPES_OF[kind][0].value
    if aid_type not in {t.value for t in AID_TYPES_OF[kind]}:
        raise ValidationError(f"应为 {'、'.join(t.value for t in AID_TYPES_OF[kind])} 之一", field="救助类型",
                              key="aid_type")
    if draft.amount_asked_fen <= 0:
        raise ValidationError("申请金额必须大于 0", field="申请金额", key="amount_asked_fen")
    values.update({"aid_type": aid_type, "amount_asked_fen": draft.amount_asked_fen,
                   "file_id": _file_id(session, member.id, draft.file_id)})
    return values


def _file_id(session: Session, member_id: int, file_id: int | None) -> int | None:
    if file_id is not None:
        row = session.get(HardshipFile, file_id)
        if row is None or row.member_id != member_id:
            raise ValidationError(f"档案 {file_id} 不是该会员的困难职工档案", field="困难职工档案", key="file_id")
        return file_id
    return session.execute(select(HardshipFile.id).where(HardshipFile.member_id == member_id,
                                                         HardshipFile.status == FileStatus.FILED.value)
                           .order_by(HardshipFile.id.desc()).limit(1)).scalar()


def household_file_id(session: Session, member_id: int, file_id: int | None = None) -> int | None:
    """The hardship file an application of this member counts under: the one named, else the member's 在档 file."""
    return _file_id(session, member_id, file_id)


def check_duplicate(session: Session, values: dict[str, object], exclude: int | None = None) -> None:
    """One live application per member (per child for Golden Autumn) in a programme."""
    stmt = select(AidApplication.id).where(AidApplication.programme_id == values["programme_id"],
                                           AidApplication.state != ApplicationState.REJECTED.value)
    if values.get("child_id_number"):
        stmt = stmt.where(AidApplication.child_id_number == values["child_id_number"])
        what = "该子女"
    else:
        stmt = stmt.where(AidApplication.member_id == values["member_id"],
                          AidApplication.aid_type == values["aid_type"])
        what = "该会员"
    if exclude is not None:
        stmt = stmt.where(AidApplication.id != exclude)
    other = session.execute(stmt.limit(1)).scalar()
    if other is not None:
        raise DuplicateError(f"{what}在本项目已有申请（编号 {other}）", field="申请")


def add_step(session: Session, actor: Actor, app_id: int, step: str, from_state: str | None, to_state: str, on: date,
             comment: str = "") -> None:
    session.add(AidStep(application_id=app_id, step=step, from_state=from_state, to_state=to_state, done_on=on,
                        username=actor.username, person=actor.display_name or actor.username, role=actor.role.value,
                        comment=comment.strip() or None))


def create_application(db: Database, actor: Actor, draft: ApplicationDraft, *, today: date | None = None) -> int:
    """A draft application (草稿); the history starts with its registration."""
    actor.require(Permission.MANAGE_AID)
    today = today or date.today()
    with db.write() as session:
        programme = live_programme(session, draft.programme_id)
        values = application_values(session, draft, programme, today)
        check_duplicate(session, values)
        app = AidApplication(**values, state=ApplicationState.DRAFT.value)
        session.add(app)
        session.flush()
        add_step(session, actor, app.id, "登记", None, ApplicationState.DRAFT.value, today)
        audit.record(session, actor, "create", f"登记“{programme.name}”申请 {app.id}（{_who(session, app)}，"
                     f"{format_yuan(app.amount_asked_fen)} 元）", entity="aid_application", entity_id=app.id,
                     changes=_audited(values))
        return app.id


def _audited(values: dict[str, object]) -> dict[str, tuple[object, object]]:
    shown = dict(values)
    if shown.get("child_id_number"):
        shown["child_id_number"] = mask_id(str(shown["child_id_number"]))
    if shown.get("bank_card"):
        shown["bank_card"] = mask_account(str(shown["bank_card"]))
    return {k: (None, v) for k, v in shown.items() if v not in (None, "")}


def _who(session: Session, app: AidApplication) -> str:
    name = session.execute(select(Member.name).where(Member.id == app.member_id)).scalar() or ""
    return f"{name}之子女{app.child_name}" if app.child_name else name


def live_application(session: Session, app_id: int) -> AidApplication:
    app = session.get(AidApplication, app_id)
    if app is None:
        raise NotFoundError(f"没有编号为 {app_id} 的帮扶申请")
    return app


def update_application(db: Database, actor: Actor, app_id: int, draft: ApplicationDraft, *, version: int | None = None,
                       today: date | None = None) -> None:
    """Changes before the first review; the child's ID and school keep their value when the actor may not see them
    (the editor shows them hidden and sends the hidden text back)."""
    actor.require(Permission.MANAGE_AID)
    today = today or date.today()
    with db.write() as session:
        app = live_application(session, app_id)
        if version is not None and app.version != version:
            raise ConflictError("该申请已被他人修改，请重新打开后再改")
        if ApplicationState(app.state) not in EDITABLE:
            raise ValidationError(f"申请已{app.state}，不能再修改（可退回修改或驳回）", field="状态")
        if not actor.may(Permission.VIEW_CHILD_DATA):
            draft = replace(draft, child_id_number=app.child_id_number or "", school=app.school or "")
        programme = live_programme(session, app.programme_id)
        values = application_values(session, replace(draft, programme_id=app.programme_id, member_id=app.member_id),
                                    programme, today)
        check_duplicate(session, values, exclude=app_id)
        changes = audit.diff(app, values)
        for key, value in values.items():
            setattr(app, key, value)
        app.version += 1
        audit.record(session, actor, "update", f"修改帮扶申请 {app_id}", entity="aid_application", entity_id=app_id,
                     changes={k: v for k, v in changes.items() if k != "child_id_number"})


def change_tier(db: Database, actor: Actor, app_id: int, tier: str) -> None:
    """The parent's tier changed (not on file → on file) during the campaign: an undecided application follows it;
    an approved or paid one keeps the tier and amount of its approval date (docs/domain.md (f) 7)."""
    actor.require(Permission.MANAGE_AID)
    if tier not in {t.value for t in Tier}:
        raise ValidationError(f"应为 {'、'.join(t.value for t in Tier)} 之一", field="资助档次")
    with db.write() as session:
        app = live_application(session, app_id)
        if not app.child_id_number:
            raise ValidationError("只有金秋助学申请有资助档次", field="资助档次")
        old = app.tier
        app.tier = tier
        if app.state not in _DECIDED:
            app.amount_asked_fen = tier_amount(tier_table(session, app.programme_id), app.school_level or "", tier)
        app.version += 1
        audit.record(session, actor, "update", f"帮扶申请 {app_id} 的资助档次改为{tier}", entity="aid_application",
                     entity_id=app_id, changes={"tier": (old, tier)})


def application_detail(db: Database, actor: Actor, app_id: int) -> ApplicationDetail:
    """The child's full ID for VIEW_CHILD_DATA (the reveal is audited), hidden for everyone else."""
    actor.require(Permission.VIEW_RECORDS)
    see_child = actor.may(Permission.VIEW_CHILD_DATA)
    with db.read() as session:
        app = live_application(session, app_id)
        programme = live_programme(session, app.programme_id)
        member = session.get(Member, app.member_id)
        union = session.get(Organisation, app.union_id)
        steps = [StepRow(s.step, s.from_state or "", s.to_state, s.done_on, s.person, s.role, s.comment or "")
                 for s in session.execute(select(AidStep).where(AidStep.application_id == app_id)
                                          .order_by(AidStep.id)).scalars()]
        files = [AttachmentRow(i, k, n, z, h) for i, k, n, z, h in session.execute(
            select(AidAttachment.id, AidAttachment.kind, AidAttachment.file_name, AidAttachment.size,
                   AidAttachment.sha256).where(AidAttachment.application_id == app_id).order_by(AidAttachment.id))]
        child_id = app.child_id_number or ""
        draft = ApplicationDraft(
            app.programme_id, app.member_id, app.aid_type, app.amount_asked_fen, app.reason or "", app.file_id,
            app.child_name or "", child_id if see_child else (HIDDEN_ID if child_id else ""),
            child_school(actor, app.school), app.school_level or "", app.school_kind or SchoolKind.ORDINARY.value,
            app.new_student, app.tier or "", app.aided_elsewhere, app.work_study_post or "",
            mask_account(app.bank_card) if app.bank_card else "")
        detail = ApplicationDetail(
            app.id, draft, programme.name, ProgrammeType(programme.type), programme.year,
            member.name if member else "", mask_id(member.id_number) if member else "", union.name if union else "",
            ApplicationState(app.state), app.amount_fen, app.approved_tier or "", app.category or "",
            app.publicity_start, app.publicity_end, app.decided_on, app.paid_on, app.override_reason or "", steps,
            files, see_child, app.version)
    if see_child and child_id:
        with db.write() as session:
            audit.record(session, actor, "reveal", f"查看帮扶申请 {app_id} 的子女身份证号",
                         entity="aid_application", entity_id=app_id)
    return detail


def add_attachment(db: Database, actor: Actor, app_id: int, kind: str, file_name: str, content: bytes) -> int:
    """A proof kept in the database with its SHA-256 (admission letter, fee receipt …)."""
    actor.require(Permission.MANAGE_AID)
    if kind not in ATTACHMENT_KINDS:
        raise ValidationError(f"应为 {'、'.join(ATTACHMENT_KINDS)} 之一", field="附件类别")
    if not content or len(content) > MAX_ATTACHMENT:
        raise ValidationError(f"附件应在 1 字节至 {MAX_ATTACHMENT // 1024 // 1024} MB 之间", field="附件")
    digest = hashlib.sha256(content).hexdigest()
    with db.write() as session:
        live_application(session, app_id)
        row = AidAttachment(application_id=app_id, kind=kind, file_name=file_name[:200], size=len(content),
                            sha256=digest, content=content, added_by=actor.username)
        session.add(row)
        session.flush()
        audit.record(session, actor, "create", f"帮扶申请 {app_id} 添加附件“{kind}”（{file_name}）",
                     entity="aid_application", entity_id=app_id, changes={"sha256": (None, digest)})
        return row.id


def attachment_content(db: Database, actor: Actor, attachment_id: int) -> tuple[str, bytes]:
    """(file name, bytes), checked against the stored hash; proofs show the child, so VIEW_CHILD_DATA."""
    actor.require(Permission.VIEW_CHILD_DATA)
    with db.write() as session:
        row = session.get(AidAttachment, attachment_id)
        if row is None:
            raise NotFoundError(f"没有编号为 {attachment_id} 的附件")
        if hashlib.sha256(row.content).hexdigest() != row.sha256:
            raise ConflictError(f"附件“{row.file_name}”的内容与登记时的校验值不符，可能已损坏")
        audit.record(session, actor, "reveal", f"查看帮扶申请 {row.application_id} 的附件“{row.file_name}”",
                     entity="aid_application", entity_id=row.application_id)
        return row.file_name, bytes(row.content)
