"""`export provincial`, `consolidate` and `province trust|keys|packages|conflicts|fingerprint`: the district's package
upward and its consolidation at the province (docs/provincial-package.md)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from unionoffice.cli import session

PASSWORD_ENV = "UNIONOFFICE_PACKAGE_PASSWORD"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = subparsers.add_parser("export", help="报送数据")
    commands = export.add_subparsers(dest="export_command", required=True)
    provincial = commands.add_parser("provincial", help="生成报送省总工会的数据包（签名；可加密）")
    provincial.add_argument("--year", type=int, required=True, help="报送年度")
    provincial.add_argument("--out", type=Path, required=True, help="数据包文件（.zip）")
    provincial.add_argument("--encrypt", action="store_true",
                            help=f"用密码加密（AES-256）；密码取自环境变量 {PASSWORD_ENV} 或提示输入")
    provincial.set_defaults(func=run_export)
    consolidate = subparsers.add_parser("consolidate", help="省级汇总：核验并导入区县数据包（PostgreSQL）")
    consolidate.add_argument("packages", nargs="+", type=Path, help="区县数据包（.zip），可多个")
    consolidate.add_argument("--conflicts", type=Path, help="把冲突报告写入这个 .xlsx 文件")
    consolidate.add_argument("--full-id", action="store_true", help="冲突报告中写完整身份证号（须有权限并说明理由）")
    consolidate.add_argument("--reason", default="", help="写完整身份证号的理由")
    consolidate.set_defaults(func=run_consolidate)
    _register_province(subparsers)


def _register_province(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    province = subparsers.add_parser("province", help="省级汇总：可信公钥、已汇总的数据包、冲突报告")
    commands = province.add_subparsers(dest="province_command", required=True)
    trust = commands.add_parser("trust", help="登记区县的签名公钥为可信（核对指纹后）")
    trust.add_argument("package", type=Path, help="该区县的数据包（从中读取公钥）")
    trust.add_argument("--fingerprint", required=True, help="区县告知的公钥指纹（64 位十六进制，可含空格）")
    trust.set_defaults(func=run_trust)
    commands.add_parser("keys", help="列出可信的区县公钥").set_defaults(func=run_keys)
    commands.add_parser("packages", help="列出已汇总的数据包").set_defaults(func=run_packages)
    report = commands.add_parser("conflicts", help="导出冲突报告（xlsx）")
    report.add_argument("--year", type=int, required=True, help="年度")
    report.add_argument("--out", type=Path, required=True, help="报告文件（.xlsx）")
    report.add_argument("--district", action="append", help="只含涉及这个区县的冲突（可多次给出）")
    report.add_argument("--full-id", action="store_true", help="写完整身份证号（须有权限并说明理由）")
    report.add_argument("--reason", default="", help="写完整身份证号的理由")
    report.set_defaults(func=run_conflicts)
    fingerprint = commands.add_parser("fingerprint", help="显示本机的单位签名公钥指纹（告知省总工会）")
    fingerprint.set_defaults(func=run_fingerprint)


def _password(prompt: bool) -> str | None:
    value = os.environ.get(PASSWORD_ENV)
    if value is not None or not prompt:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        from unionoffice.domain.common.errors import ValidationError

        raise ValidationError(f"请用环境变量 {PASSWORD_ENV} 给出数据包密码", field="密码")
    return getpass.getpass("数据包密码：")


def run_export(args: argparse.Namespace) -> int:
    from unionoffice.exchange.provincial.signing import grouped
    from unionoffice.services.province.export import export_provincial_package

    db = session.database(args)
    actor = session.actor(args, db)
    result = export_provincial_package(db, actor, args.year, args.out, password=_password(args.encrypt))
    counts = "，".join(f"{sheet} {n}" for sheet, n in result.rows.items())
    print(f"已生成 {result.district_code} {result.year} 年省级数据包 {result.path}（{counts}；"
          f"{'已加密' if result.encrypted else '未加密'}；SHA-256 {result.sha256[:16]}…）")
    print(f"签名公钥指纹：{grouped(result.fingerprint)}")
    return 0


def run_consolidate(args: argparse.Namespace) -> int:
    from unionoffice.domain.province.rules import PackageError
    from unionoffice.services.province.conflicts import write_conflict_report
    from unionoffice.services.province.consolidation import consolidate_package, require_province_database

    db = session.database(args)
    actor = session.actor(args, db)
    require_province_database(db)
    password = _password(False)
    taken, refused, years = 0, 0, set()
    for path in args.packages:
        try:
            result = consolidate_package(db, actor, path, password=password)
        except PackageError as exc:
            if "已加密" in exc.message and password is None and sys.stdin and sys.stdin.isatty():
                password = _password(True)
                result = consolidate_package(db, actor, path, password=password)
            else:
                refused += 1
                sys.stderr.write(f"未汇总：{path.name}：{exc.message}\n")
                continue
        taken += 1
        years.add(result.year)
        print(result.summary)
    if args.conflicts is not None:
        for year in sorted(years):
            out = args.conflicts if len(years) == 1 else args.conflicts.with_stem(f"{args.conflicts.stem}-{year}")
            n = write_conflict_report(db, actor, year, out, full_id=args.full_id, reason=args.reason)
            print(f"{year} 年冲突报告：{n} 处，已写入 {out}")
    if not refused:
        return 0
    return 1 if taken else 2


def run_trust(args: argparse.Namespace) -> int:
    from unionoffice.exchange.provincial.signing import grouped
    from unionoffice.services.province.keys import trust_from_package

    db = session.database(args)
    actor = session.actor(args, db)
    row = trust_from_package(db, actor, args.package, args.fingerprint, os.environ.get(PASSWORD_ENV))
    print(f"已登记 {row.district_name}（{row.district_code}）的签名公钥为可信：{grouped(row.fingerprint)}")
    return 0


def run_keys(args: argparse.Namespace) -> int:
    from unionoffice.exchange.provincial.signing import grouped
    from unionoffice.services.province.keys import trusted_keys

    db = session.database(args)
    for row in trusted_keys(db, session.actor(args, db)):
        state = "已撤销" if row.revoked else "可信"
        print(f"{row.district_code}\t{row.district_name}\t{state}\t{grouped(row.fingerprint)}\t"
              f"{row.added_at:%Y-%m-%d} {row.added_by}")
    return 0


def run_packages(args: argparse.Namespace) -> int:
    from unionoffice.services.province.statistics import loaded_packages

    db = session.database(args)
    for p in loaded_packages(db, session.actor(args, db)):
        print(f"{p.district_code}\t{p.district_name}\t{p.year}\t生成于 {p.created_at:%Y-%m-%d %H:%M}\t"
              f"会员 {p.members}\t汇总于 {p.loaded_at:%Y-%m-%d %H:%M} {p.loaded_by}")
    return 0


def run_conflicts(args: argparse.Namespace) -> int:
    from unionoffice.services.province.conflicts import write_conflict_report

    db = session.database(args)
    actor = session.actor(args, db)
    n = write_conflict_report(db, actor, args.year, args.out, districts=args.district, full_id=args.full_id,
                              reason=args.reason)
    print(f"{args.year} 年冲突报告：{n} 处，已写入 {args.out}")
    return 0


def run_fingerprint(args: argparse.Namespace) -> int:
    from unionoffice.exchange.provincial.signing import grouped
    from unionoffice.services.province.export import office_fingerprint

    print(f"本机单位签名公钥指纹：{grouped(office_fingerprint())}")
    return 0
