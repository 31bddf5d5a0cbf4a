"""Aid documents through the document engine (docs/domain.md (d)): the application-and-approval form (审批表) with
every step, the 公示 list (names as 张*明, no ID numbers, the period and where to object), and the payment roster
(发放花名册) as xlsx or PDF with totals in figures and in capitals. Child data as the actor may see it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from unionoffice.db.engine import Database
from unionoffice.db.models import Member, Organisation
from unionoffice.db.models.aid import AidApplication, AidProgramme
from unionoffice.documents.render import render_roster
from unionoffice.documents.roster import RosterData
from unionoffice.documents.table import Column, TableData
from unionoffice.documents.templates import DocumentKind, Paper, Template
from unionoffice.domain.aid.kinds import ApplicationState, ProgrammeType
from unionoffice.domain.aid.money import capitals, format_yuan
from unionoffice.domain.aid.notices import notice_name
from unionoffice.domain.common.chinese_dates import DateStyle, format_date
from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.common.idnumber import mask_id
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.common.phone import mask_account
from unionoffice.exchange.safe_write import atomic_output
from unionoffice.exchange.xlsx_report import Column as XColumn
from unionoffice.exchange.xlsx_report import ReportSpec, write_report
from unionoffice.services.aid.applications import application_detail
from unionoffice.services.aid.programmes import live_programme
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor
from unionoffice.services.members.exports import ExportResult, office_heading, record_export

ROSTER_SIGNATURES = "经办人：　　　　　　　　审核人：　　　　　　　　单位负责人："


def _template(session: Session, title: str, subtitle: str, signature: str, *, landscape: bool) -> Template:
    from unionoffice.services.certificates.templates import template_in_session

    base = template_in_session(session, DocumentKind.ROSTER)
    return base.with_changes(title=title, subtitle=subtitle, signature_line=signature, extra={},
                             page_number_style="of_total",
                             paper=Paper.A4_LANDSCAPE if landscape else Paper.A4_PORTRAIT)


def _render(path: Path, template: Template, data: RosterData) -> tuple[int, str]:
    with atomic_output(path) as target:
        pages = render_roster(template, data, target.temp)
    assert target.result is not None
    return pages, target.result.sha256


def _audit_print(db: Database, actor: Actor, summary: str, entity: str, entity_id: int | None, path: Path,
                 sha256: str) -> None:
    with db.write() as session:
        audit.record(session, actor, "print", summary, entity=entity, entity_id=entity_id,
                     changes={"file": (None, path.name), "sha256": (None, sha256)}, quiet=True)


# ---------------------------------------------------------------- 审批表

def approval_form(db: Database, actor: Actor, app_id: int, path: Path) -> int:
    """The application-and-approval form: the applicant, what is asked, and every step with who, when and the
    comment. Returns the page count."""
    actor.require(Permission.PRINT_DOCUMENTS)
    detail = application_detail(db, actor, app_id)
    d = detail.draft
    rows: list[tuple[str, str]] = [
        ("申请编号", str(detail.id)), ("帮扶项目", f"{detail.programme}（{detail.year}年）"),
        ("申请人", detail.member_name), ("身份证号", detail.member_id_number), ("所属基层工会", detail.union),
        ("救助类型", d.aid_type), ("申请事由", d.reason or "—")]
    if detail.programme_type is ProgrammeType.GOLDEN_AUTUMN:
        rows += [("子女姓名", d.child_name),
                 ("子女身份证号", mask_id(d.child_id_number) if detail.child_data_visible else d.child_id_number),
                 ("就读学校", d.school), ("学历层次", f"{d.school_level}（{'新生' if d.new_student else '在读'}）"),
                 ("资助档次", d.tier), ("勤工俭学岗位", d.work_study_post or "—")]
    rows += [("申请金额", f"{format_yuan(d.amount_asked_fen)} 元"),
             ("核定金额", f"{format_yuan(detail.amount_fen)} 元（大写：{capitals(detail.amount_fen)}）"
              if detail.amount_fen is not None else "尚未批准"),
             ("当前状态", detail.state.value)]
    if detail.publicity_start and detail.publicity_end:
        rows.append(("公示期", f"{detail.publicity_start} 至 {detail.publicity_end}"))
    if detail.override_reason:
        rows.append(("超预算审批", detail.override_reason))
    for step in detail.steps:
        rows.append((f"{step.step}（{format_date(step.on, DateStyle.ARABIC)}）",
                     f"{step.person}（{step.role}）" + (f"：{step.comment}" if step.comment else "：同意")))
    columns = (Column("k", "项目", 1.2), Column("v", "内容及审核意见", 4.0))
    table = TableData(columns, [{"k": k, "v": v} for k, v in rows], total_label="")
    with db.read() as session:
        heading = office_heading(session, actor)
        template = _template(session, f"{detail.programme}申请审批表",
                             f"填报单位：{heading.unit}　　打印日期：{format_date(heading.on, DateStyle.ARABIC)}",
                             "申请人（签字）：　　　　　　基层工会（盖章）：　　　　　　区总工会（盖章）：",
                             landscape=False)
    pages, sha = _render(path, template, RosterData(table))
    _audit_print(db, actor, f"打印帮扶申请 {app_id} 的审批表", "aid_application", app_id, path, sha)
    return pages


# ---------------------------------------------------------------- 公示名单

@dataclass(frozen=True)
class NoticeInfo:
    start: date
    end: date
    people: int


def publicity_notice(db: Database, actor: Actor, programme_id: int, path: Path, *, start: date | None = None
                     ) -> NoticeInfo:
    """The 公示 list of the applications in 公示 that started on `start` (default: the latest period)."""
    actor.require(Permission.PRINT_DOCUMENTS)
    with db.read() as session:
        programme = live_programme(session, programme_id)
        base = select(AidApplication).where(AidApplication.programme_id == programme_id,
                                            AidApplication.state == ApplicationState.PUBLICISED.value)
        if start is None:
            start = session.execute(select(AidApplication.publicity_start).where(
                AidApplication.programme_id == programme_id, AidApplication.state == ApplicationState.PUBLICISED.value)
                .order_by(AidApplication.publicity_start.desc()).limit(1)).scalar()
        if start is None:
            raise ValidationError(f"“{programme.name}”没有正在公示的申请", field="公示")
        apps = list(session.execute(base.where(AidApplication.publicity_start == start)
                                    .order_by(AidApplication.union_id, AidApplication.id)).scalars())
        if not apps:
            raise ValidationError(f"没有 {start} 开始公示的申请", field="公示")
        end = max(a.publicity_end or start for a in apps)
        names = _names(session, apps)
        golden = programme.type == ProgrammeType.GOLDEN_AUTUMN.value
        columns = [Column("no", "序号", 0.6, "center", "int"), Column("name", "职工姓名", 1.2),
                   Column("union", "所属基层工会", 3.0)]
        columns += ([Column("child", "子女姓名", 1.2), Column("level", "学历层次", 1.2),
                     Column("tier", "资助档次", 1.0)] if golden else [Column("type", "救助类型", 1.2)])
        columns.append(Column("amount", "拟资助金额（元）", 1.4, "right", "money", total=True))
        rows = [{"no": i, "name": notice_name(names[a.member_id][0]), "union": names[a.member_id][1],
                 "child": notice_name(a.child_name or ""), "level": a.school_level or "", "tier": a.tier or "",
                 "type": a.aid_type, "amount": _tier_or_asked(session, programme, a)} for i, a in enumerate(apps, 1)]
        heading = office_heading(session, actor)
        contact = programme.objection_contact or heading.unit
        subtitle = (f"公示期：{format_date(start, DateStyle.ARABIC)}至{format_date(end, DateStyle.ARABIC)}"
                    f"（{programme.publicity_days}个工作日）。如有异议，请在公示期内向{contact}反映。")
        template = _template(session, f"{programme.name}拟资助对象公示名单", subtitle,
                             f"{heading.unit}　{format_date(start, DateStyle.ARABIC)}", landscape=False)
        name = programme.name
    _pages, sha = _render(path, template, RosterData(TableData(columns, rows)))
    _audit_print(db, actor, f"打印“{name}”公示名单（{len(apps)} 人）", "aid_programme", programme_id, path, sha)
    return NoticeInfo(start, end, len(apps))


def _tier_or_asked(session: Session, programme: AidProgramme, app: AidApplication) -> int:
    if programme.type != ProgrammeType.GOLDEN_AUTUMN.value:
        return app.amount_asked_fen
    from unionoffice.services.aid.programmes import tier_table

    return tier_table(session, programme.id).get((app.school_level or "", app.tier or ""), app.amount_asked_fen)


def _names(session: Session, apps: Sequence[AidApplication]) -> dict[int, tuple[str, str]]:
    ids = list({a.member_id for a in apps})
    rows = session.execute(select(Member.id, Member.name, Organisation.name)
                           .join(Organisation, Organisation.id == Member.union_id).where(Member.id.in_(ids)))
    return {mid: (name, union) for mid, name, union in rows}


# ---------------------------------------------------------------- 发放花名册

ROSTER_COLUMNS = (XColumn("序号", 6, "int"), XColumn("姓名", 10), XColumn("身份证号", 21), XColumn("单位", 24),
                  XColumn("困难类别", 10), XColumn("救助类型", 10), XColumn("金额（元）", 12, "money", True),
                  XColumn("银行卡号", 20), XColumn("发放日期", 11, "date"), XColumn("备注", 16),
                  XColumn("领款人签名", 12))


# On paper the masked ID and card numbers and the date keep to one line (the trial's roster wrapped them and fitted
# 10 people a page); 备注 and the signature column give up the room, which the spreadsheet's widths do not need to.
PDF_ROSTER_WEIGHTS = (4.5, 9.0, 22.0, 23.0, 11.0, 11.0, 12.0, 20.0, 16.0, 5.0, 9.0)


def roster_rows(session: Session, programme_id: int, states: Sequence[ApplicationState]) -> Iterator[list[object]]:
    """Paid (or approved, for a roster signed before payment) applications, masked: ID, card; children by name."""
    stmt = (select(AidApplication.id, Member.name, Member.id_number, Organisation.name, AidApplication.category,
                   AidApplication.aid_type, AidApplication.amount_fen, AidApplication.bank_card, AidApplication.paid_on,
                   AidApplication.child_name, AidApplication.school_level)
            .join(Member, Member.id == AidApplication.member_id)
            .join(Organisation, Organisation.id == AidApplication.union_id)
            .where(AidApplication.programme_id == programme_id, AidApplication.state.in_([s.value for s in states]))
            .order_by(AidApplication.union_id, AidApplication.id))
    for number, r in enumerate(session.execute(stmt), start=1):
        note = f"子女{r[9]}（{r[10]}）" if r[9] else ""
        yield [number, r[1], mask_id(r[2]), r[3], r[4] or "", r[5], r[6] or 0, mask_account(r[7]) if r[7] else "",
               r[8], note, ""]


def payment_roster(db: Database, actor: Actor, programme_id: int, path: Path, *, paid: bool = True
                   ) -> ExportResult:
    """xlsx or PDF by the file's suffix; `paid=False` lists the approved, not yet paid (signed before paying)."""
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        raise ValidationError(f"发放花名册应为 .xlsx 或 .pdf 文件：{path.name}", field="输出文件")
    actor.require(Permission.EXPORT_DATA if suffix == ".xlsx" else Permission.PRINT_DOCUMENTS)
    states = [ApplicationState.PAID] if paid else [ApplicationState.APPROVED]
    with db.read() as session:
        programme = live_programme(session, programme_id)
        heading = office_heading(session, actor)
        # "2026年困难职工帮扶" + "帮扶资金…" would read 帮扶帮扶
        title = f"{programme.name.removesuffix('帮扶')}帮扶资金发放花名册"
        rows = list(roster_rows(session, programme_id, states))
        if suffix == ".pdf":
            template = _template(session, title, f"填报单位：{heading.unit}　　单位：元", "", landscape=True)
    total = sum(int(r[6]) for r in rows)  # type: ignore[call-overload]
    words = f"合计金额（大写）：人民币{capitals(total)}"
    if suffix == ".pdf":
        columns = [Column(f"c{i}", c.header, PDF_ROSTER_WEIGHTS[i], "right" if c.kind in ("int", "money") else "left",
                          c.kind if c.kind in ("int", "money", "date") else "text", c.total)
                   for i, c in enumerate(ROSTER_COLUMNS)]
        table = TableData(columns, [{f"c{i}": v for i, v in enumerate(r)} for r in rows])
        template = template.with_changes(signature_line=f"{words}　　　　{ROSTER_SIGNATURES}")
        _pages, sha = _render(path, template, RosterData(table))
        _audit_print(db, actor, f"打印“{title}”{len(rows)} 人，合计 {format_yuan(total)} 元", "aid_programme",
                     programme_id, path, sha)
        return ExportResult(path, len(rows), sha, False)
    spec = ReportSpec(title, ROSTER_COLUMNS, units="单位：元", sheet_name="发放花名册", count_unit="人")
    written = write_report(path, spec, heading, rows, footer=lambda _sums: [words, ROSTER_SIGNATURES])
    record_export(db, actor, f"导出“{title}”{written.rows} 人，合计 {format_yuan(total)} 元", written,
                  f"项目 {programme_id}，{'已发放' if paid else '已批准待发放'}", False, "", entity="aid_programme")
    return ExportResult(written.file.path, written.rows, written.file.sha256, False)
