"""`unionoffice aid …`: programmes, applications, workflow steps (one or a batch), import, rosters and notices."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path

from unionoffice.cli import session

SHOWN_ERRORS = 20
STATES = ("草稿", "已提交", "基层初审", "区总审核", "公示中", "已批准", "已驳回", "已发放")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    aid = subparsers.add_parser("aid", help="帮扶救助：项目、申请、审批流程、导入、发放花名册和公示名单")
    commands = aid.add_subparsers(dest="aid_command", required=True)
    programmes = commands.add_parser("programmes", help="列出帮扶项目及预算、已批准、已发放金额")
    programmes.add_argument("--year", type=int, help="只列出该年度的项目")
    programmes.add_argument("--json", action="store_true", help="以 JSON 输出")
    programmes.set_defaults(func=run_programmes)
    apps = commands.add_parser("applications", help="列出一个项目的申请")
    apps.add_argument("--programme", type=int, required=True, help="项目编号（见 aid programmes）")
    apps.add_argument("--state", choices=STATES, help="只列出该状态的申请")
    apps.add_argument("--json", action="store_true", help="以 JSON 输出")
    apps.set_defaults(func=run_applications)
    advance = commands.add_parser("advance", help="办理审批步骤：一件（--application）或一批（--programme）")
    target = advance.add_mutually_exclusive_group(required=True)
    target.add_argument("--application", type=int, help="申请编号")
    target.add_argument("--programme", type=int, help="项目编号：批量办理该项目中 --from 状态（或 --ids 所列）的申请")
    advance.add_argument("--ids", help="批量办理的申请编号，逗号分隔（与 --programme 同用）")
    advance.add_argument("--from", dest="from_state", choices=STATES, help="批量办理处于该状态的全部申请")
    advance.add_argument("--to", required=True, choices=STATES, help="目标状态")
    advance.add_argument("--comment", default="", help="审核意见；驳回、退回和异议必须填写")
    advance.add_argument("--date", type=date.fromisoformat, help="办理日期 YYYY-MM-DD（默认今天）")
    advance.set_defaults(func=run_advance)
    override = commands.add_parser("override", help="管理员准予一件申请超预算审批（须说明理由）")
    override.add_argument("--application", type=int, required=True, help="申请编号")
    override.add_argument("--reason", required=True, help="理由（记入审计记录）")
    override.set_defaults(func=run_override)
    imp = commands.add_parser("import", help="导入金秋助学申请名单（Excel 或 CSV），逐行按项目规则检查")
    imp.add_argument("--programme", type=int, required=True, help="金秋助学项目编号")
    imp.add_argument("file", type=Path, help="名单文件 .xlsx/.xls/.csv")
    imp.add_argument("--valid-only", action="store_true", help="只导入无误的行（默认：有任何错误则全部不导入）")
    imp.add_argument("--report", type=Path, help="把未导入的行和原因写入此 Excel 文件")
    imp.add_argument("--dry-run", action="store_true", help="只检查，不写入数据库")
    imp.add_argument("--encoding", help="CSV 文件编码（默认自动识别）")
    imp.set_defaults(func=run_import)
    roster = commands.add_parser("roster", help="输出项目的发放花名册（.xlsx 或 .pdf，含大写合计）")
    roster.add_argument("--programme", type=int, required=True, help="项目编号")
    roster.add_argument("--out", type=Path, required=True, help="输出文件 .xlsx 或 .pdf")
    roster.add_argument("--approved", action="store_true", help="列出已批准待发放的（默认：已发放的）")
    roster.set_defaults(func=run_roster)
    notice = commands.add_parser("notice", help="输出正在公示的名单（PDF，姓名部分遮蔽，不含身份证号）")
    notice.add_argument("--programme", type=int, required=True, help="项目编号")
    notice.add_argument("--out", type=Path, required=True, help="输出文件 .pdf")
    notice.set_defaults(func=run_notice)
    form = commands.add_parser("form", help="输出一件申请的审批表（PDF）")
    form.add_argument("--application", type=int, required=True, help="申请编号")
    form.add_argument("--out", type=Path, required=True, help="输出文件 .pdf")
    form.set_defaults(func=run_form)
    summary = commands.add_parser("summary", help="项目资助情况小结（资金、人数、家庭、勤工俭学岗位）")
    summary.add_argument("--programme", type=int, required=True, help="项目编号")
    summary.set_defaults(func=run_summary)


def run_programmes(args: argparse.Namespace) -> int:
    from unionoffice.domain.aid.money import format_yuan
    from unionoffice.services.aid.programmes import list_programmes

    db = session.database(args)
    rows = list_programmes(db, session.actor(args, db), year=args.year)
    if args.json:
        print(json.dumps([{"id": r.id, "name": r.name, "type": r.type.value, "year": r.year,
                           "budget_fen": r.budget_fen, "approved_fen": r.approved_fen, "paid_fen": r.paid_fen,
                           "publicity_days": r.publicity_days, "closed": r.closed} for r in rows],
                         ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        print(f"{r.id}\t{r.year}\t{r.type.value}\t{r.name}\t预算 {format_yuan(r.budget_fen)}\t"
              f"已批准 {format_yuan(r.approved_fen)}\t已发放 {format_yuan(r.paid_fen)}")
    print(f"共 {len(rows)} 个项目")
    return 0


def run_applications(args: argparse.Namespace) -> int:
    from unionoffice.domain.aid.kinds import ApplicationState
    from unionoffice.domain.aid.money import format_yuan
    from unionoffice.services.aid.listing import ApplicationFilter, application_page, count_applications

    db = session.database(args)
    actor = session.actor(args, db)
    flt = ApplicationFilter(args.programme, ApplicationState(args.state) if args.state else None)
    total = count_applications(db, actor, flt)
    rows = [r for start in range(0, total, 1000) for r in application_page(db, actor, flt, start, 1000)]
    if args.json:
        print(json.dumps([{"id": r.id, "member": r.member_name, "member_id_number": r.member_id_number,
                           "union": r.union, "aid_type": r.aid_type, "state": r.state, "amount_fen": r.amount_fen,
                           "child": r.child_name, "school_level": r.school_level, "tier": r.tier} for r in rows],
                         ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        child = f"\t子女 {r.child_name}（{r.school_level}·{r.tier}）" if r.child_name else ""
        print(f"{r.id}\t{r.member_name}\t{r.union}\t{r.aid_type}\t{r.state}\t{format_yuan(r.amount_fen)}{child}")
    print(f"共 {len(rows)} 件")
    return 0


def run_advance(args: argparse.Namespace) -> int:
    from unionoffice.domain.aid.kinds import ApplicationState
    from unionoffice.domain.aid.workflow import step_to
    from unionoffice.domain.common.errors import ValidationError
    from unionoffice.services.aid import workflow as wf
    from unionoffice.services.aid.listing import ApplicationFilter, application_ids

    db = session.database(args)
    actor = session.actor(args, db)
    target = ApplicationState(args.to)
    if args.application is not None:
        step = wf.advance_to(db, actor, args.application, target, comment=args.comment, on=args.date)
        print(f"申请 {args.application}：{step.value}，现为“{target.value}”")
        return 0
    if args.ids:
        ids = [int(x) for x in args.ids.replace("，", ",").split(",") if x.strip()]
    elif args.from_state:
        ids = application_ids(db, actor, ApplicationFilter(args.programme, ApplicationState(args.from_state)))
    else:
        raise ValidationError("批量办理须用 --from 指定状态，或用 --ids 列出申请编号", field="--from")
    if not ids:
        print("没有符合条件的申请")
        return 0
    source = ApplicationState(args.from_state) if args.from_state else wf.application_state(db, actor, ids[0])
    result = wf.batch_advance(db, actor, ids, step_to(source, target), comment=args.comment, on=args.date,
                              progress=_progress)
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    for app_id, why in list(result.refused.items())[:SHOWN_ERRORS]:
        sys.stderr.write(f"申请 {app_id}：{why}\n")
    if len(result.refused) > SHOWN_ERRORS:
        sys.stderr.write(f"……另有 {len(result.refused) - SHOWN_ERRORS} 件未办理\n")
    print(f"批量办理：{result.summary}")
    if not result.refused:
        return 0
    return 1 if result.done else 2


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        sys.stderr.write(f"\r办理中… {done}/{total}")


def run_override(args: argparse.Namespace) -> int:
    from unionoffice.services.aid.workflow import override_budget

    db = session.database(args)
    override_budget(db, session.actor(args, db), args.application, args.reason)
    print(f"已准予申请 {args.application} 超预算审批（理由已记入审计记录）")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from unionoffice.domain.aid.money import format_yuan
    from unionoffice.exchange.error_report import RejectedRow, write_error_workbook
    from unionoffice.services.aid.importing import import_applicants

    db = session.database(args)
    actor = session.actor(args, db)
    result = import_applicants(db, actor, args.programme, args.file, valid_only=args.valid_only,
                               dry_run=args.dry_run, encoding=args.encoding, progress=_progress)
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    rejected = result.rejected
    for row in rejected[:SHOWN_ERRORS]:
        sys.stderr.write(f"第 {row.row_number} 行：{'；'.join(f'「{f}」{why}' for f, why in row.errors)}\n")
    if len(rejected) > SHOWN_ERRORS:
        sys.stderr.write(f"……另有 {len(rejected) - SHOWN_ERRORS} 行有错误\n")
    if rejected and args.report is not None:
        written = write_error_workbook(args.report, result.header, (RejectedRow(r.row_number, r.raw, r.errors)
                                                                    for r in rejected), source_name=args.file.name)
        sys.stderr.write(f"错误报告已写入 {written.path}（{len(rejected)} 行）\n")
    if rejected and not args.valid_only:
        print(f"未导入：{args.file.name}：{len(rejected)} 行有错误，按“全部或全不”方式未写入任何数据"
              f"（{result.valid} 行无误；加 --valid-only 可只导入无误的行）")
        return 2
    if args.dry_run:
        print(f"试导入（未写入数据库）：{args.file.name}：无误 {result.valid} 行，有错误 {len(rejected)} 行")
    else:
        print(f"导入完成：{args.file.name}：新增申请 {result.created} 件，"
              f"申请金额 {format_yuan(result.amount_fen)} 元，未导入 {len(rejected)} 行")
    if not rejected:
        return 0
    return 1 if result.valid else 2


def run_roster(args: argparse.Namespace) -> int:
    from unionoffice.services.aid.documents import payment_roster

    db = session.database(args)
    result = payment_roster(db, session.actor(args, db), args.programme, args.out, paid=not args.approved)
    print(f"已输出发放花名册 {result.rows} 人到 {result.path}（SHA-256 {result.sha256[:16]}…）")
    return 0


def run_notice(args: argparse.Namespace) -> int:
    from unionoffice.services.aid.documents import publicity_notice

    db = session.database(args)
    info = publicity_notice(db, session.actor(args, db), args.programme, args.out)
    print(f"已输出公示名单 {info.people} 人（公示期 {info.start} 至 {info.end}）到 {args.out}")
    return 0


def run_form(args: argparse.Namespace) -> int:
    from unionoffice.services.aid.documents import approval_form

    db = session.database(args)
    pages = approval_form(db, session.actor(args, db), args.application, args.out)
    print(f"已输出申请 {args.application} 的审批表（{pages} 页）到 {args.out}")
    return 0


def run_summary(args: argparse.Namespace) -> int:
    from unionoffice.services.aid.statistics import programme_summary

    db = session.database(args)
    summary = programme_summary(db, session.actor(args, db), args.programme)
    print(summary.sentence())
    print("；".join(f"{state} {n}" for state, n in summary.by_state.items() if n))
    return 0
