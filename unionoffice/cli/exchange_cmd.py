"""`members import|export` and `reports export|list`: spreadsheets in from the offices, out to the province."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from unionoffice.cli import session

if TYPE_CHECKING:
    from unionoffice.services.members.importing import ImportPlan

EXIT_OK, EXIT_PARTIAL, EXIT_NOTHING = 0, 1, 2
SHOWN_ERRORS = 20


def register_member_subcommands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Called by `members_cmd.register`: adds `members import` and `members export`."""
    imp = commands.add_parser("import", help="从 xlsx、xls 或 csv 文件导入会员（全部检查后在一个事务中写入）")
    imp.add_argument("file", type=Path, help="要导入的文件")
    imp.add_argument("--union", default="", help="文件中没有“所属基层工会”列（或该格为空）时，导入到这个基层工会")
    imp.add_argument("--create-unions", action="store_true", help="文件中出现尚不存在的基层工会名称时，新建该工会")
    imp.add_argument("--dry-run", action="store_true", help="只检查并报告，不写入数据库")
    imp.add_argument("--valid-only", action="store_true", help="只导入无误的行（默认：有任何错误则全部不导入）")
    imp.add_argument("--report", type=Path, help="把未通过检查的行写入这个 xlsx 错误报告")
    imp.add_argument("--existing", choices=["update", "skip"], default="update",
                     help="身份证号已登记的会员：update 按文件更新（默认），skip 跳过")
    imp.add_argument("--encoding", help="CSV 文件的编码（默认自动识别：utf-8、gb18030、utf-16）")
    imp.add_argument("--sheet", help="工作表名称（默认第一张）")
    imp.add_argument("--skip-column", action="append", default=[], metavar="列",
                     help="不导入这一列（列字母如 H，或表头文字）；两列对应同一项时用它跳过其中一列，可重复")
    imp.add_argument("--default", action="append", default=[], metavar="字段=值",
                     help="文件中没有这一列时，所有行统一取这个值；字段用表头里的名称，如 --default 入会时间=2024-01-01"
                          "（只有入会时间可以统一指定）")
    imp.set_defaults(func=run_import)
    exp = commands.add_parser("export", help="导出会员花名册（.xlsx 报表格式，或 .csv）")
    exp.add_argument("file", type=Path, help="导出到的文件，以 .xlsx 或 .csv 结尾")
    exp.add_argument("--full-id", action="store_true", help="导出完整身份证号（须有权限并用 --reason 说明理由）")
    exp.add_argument("--reason", default="", help="导出完整身份证号的理由（记入审计记录）")
    exp.add_argument("--all-fields", action="store_true", help="导出全部字段（默认只导出上报所需的列）")
    exp.add_argument("--union", default="", help="只导出这个基层工会的会员")
    exp.add_argument("--status", default=None, help="只导出这种会籍状态的会员，如 在会")
    exp.add_argument("--encoding", default="utf-8-sig", choices=["utf-8-sig", "gb18030", "gbk"],
                     help="CSV 的编码（默认 utf-8-sig，即带 BOM 的 UTF-8）")
    exp.set_defaults(func=run_export)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from unionoffice.exchange.report_specs import REPORT_NAMES

    reports = subparsers.add_parser("reports", help="上报报表")
    commands = reports.add_subparsers(dest="reports_command", required=True)
    export = commands.add_parser("export", help="导出一张上报报表（xlsx）")
    export.add_argument("kind", choices=[k.value for k in REPORT_NAMES], help="报表种类（见 reports list）")
    export.add_argument("--year", type=int, required=True, help="统计年度")
    export.add_argument("--out", type=Path, required=True, help="导出到的 .xlsx 文件")
    export.add_argument("--full-id", action="store_true", help="花名册导出完整身份证号（须有权限并说明理由）")
    export.add_argument("--reason", default="", help="导出完整身份证号的理由")
    export.add_argument("--district", action="append",
                        help="省级汇总数据库：只统计这个区县（六位代码，可多次给出；默认全部区县）")
    export.set_defaults(func=run_report)
    listing = commands.add_parser("list", help="列出可导出的报表")
    listing.set_defaults(func=run_list)


def run_import(args: argparse.Namespace) -> int:
    from unionoffice.services.members import importing as mi

    db = session.database(args)
    actor = session.actor(args, db)
    defaults = dict(mi.parse_default(text) for text in args.default)
    options = mi.ImportOptions(default_union=args.union, create_unions=args.create_unions,
                               existing=mi.ExistingPolicy(args.existing), valid_only=args.valid_only,
                               defaults=defaults)
    source = mi.open_member_file(db, actor, args.file, encoding=args.encoding, sheet=args.sheet)
    if args.skip_column and source.header_row is not None:
        from unionoffice.exchange.headers import skip_columns

        skip_columns(source.table.rows[source.header_row], source.mapping, args.skip_column)
    for note in source.table.notes:
        sys.stderr.write(f"提示：{note}\n")
    plan = mi.plan_member_import(db, actor, source, options)
    _report_rejected(plan, args.report)
    counts = plan.counts
    rejected = counts[mi.RowStatus.REJECTED]
    importable = len(plan.rows) - rejected
    if rejected and not options.valid_only:
        print(f"未导入：{args.file.name}：{rejected} 行有错误，按“全部或全不”方式未写入任何数据"
              f"（{importable} 行无误；加 --valid-only 可只导入无误的行）")
        return EXIT_NOTHING
    if args.dry_run:
        summary = "，".join(f"{status.value} {n}" for status, n in counts.items())
        print(f"试导入（未写入数据库）：{args.file.name}：{summary}")
    else:
        result = mi.commit_member_import(db, actor, plan, options)
        print(f"导入完成：{args.file.name}：{result.summary}")
    if not rejected:
        return EXIT_OK
    return EXIT_PARTIAL if importable else EXIT_NOTHING


def _report_rejected(plan: ImportPlan, report_path: Path | None) -> None:
    from unionoffice.exchange.error_report import RejectedRow, write_error_workbook

    if not plan.rejected:
        return
    for row in plan.rejected[:SHOWN_ERRORS]:
        reasons = "；".join(f"「{label}」{reason}" for label, reason in row.errors)
        sys.stderr.write(f"第 {row.row_number} 行：{reasons}\n")
    if len(plan.rejected) > SHOWN_ERRORS:
        sys.stderr.write(f"……另有 {len(plan.rejected) - SHOWN_ERRORS} 行有错误\n")
    if report_path is not None:
        header_row = plan.source.header_row or 0
        written = write_error_workbook(report_path, plan.source.table.rows[header_row],
                                       (RejectedRow(r.row_number, r.raw, r.errors) for r in plan.rejected),
                                       source_name=plan.source.table.path.name)
        sys.stderr.write(f"错误报告已写入 {written.path}（{len(plan.rejected)} 行）\n")


def run_export(args: argparse.Namespace) -> int:
    from unionoffice.domain.common.errors import ValidationError
    from unionoffice.services.members.exports import MemberExport, export_members
    from unionoffice.services.members.listing import MemberFilter

    db = session.database(args)
    actor = session.actor(args, db)
    union_id = None
    if args.union:
        from unionoffice.services.members.organisations import find_union_by_name

        with db.read() as s:
            org = find_union_by_name(s, args.union)
            if org is None:
                raise ValidationError(f"没有名为“{args.union}”的基层工会", field="--union")
            union_id = org.id
    request = MemberExport(args.file, MemberFilter(union_id=union_id, status=args.status), full_id=args.full_id,
                           reason=args.reason, all_fields=args.all_fields, encoding=args.encoding)
    result = export_members(db, actor, request)
    masked = "完整身份证号" if result.full_id else "身份证号已遮蔽"
    print(f"已导出 {result.rows} 名会员到 {result.path}（{masked}；SHA-256 {result.sha256[:16]}…）")
    return EXIT_OK


def run_report(args: argparse.Namespace) -> int:
    from unionoffice.exchange.report_specs import ReportKind
    from unionoffice.services.reporting.reports import export_report

    db = session.database(args)
    actor = session.actor(args, db)
    result = export_report(db, actor, ReportKind(args.kind), args.year, args.out, full_id=args.full_id,
                           reason=args.reason, districts=args.district)
    print(f"已导出 {result.rows} 行到 {result.path}（SHA-256 {result.sha256[:16]}…）")
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    from unionoffice.exchange.report_specs import NOT_YET, REPORT_NAMES

    for kind, name in REPORT_NAMES.items():
        state = f"（{NOT_YET[kind]}模块尚未建立）" if kind in NOT_YET else ""
        print(f"{kind.value}\t{name}{state}")
    return EXIT_OK
