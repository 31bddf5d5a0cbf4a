"""`unionoffice documents …`: samples (no database needed), templates, mail merge, 补发, office settings;
`unionoffice verify CODE`."""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import asdict, replace
from datetime import date
from pathlib import Path

from unionoffice.cli import session

KINDS = ("completion", "honour", "award", "award-letter", "decision", "roster")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    documents = subparsers.add_parser("documents", help="证书和文书")
    commands = documents.add_subparsers(dest="documents_command", required=True)
    sample = commands.add_parser("sample", help="用示例数据生成一种文书（不需要数据库）")
    sample.add_argument("kind", choices=KINDS, help="文书类型：结业证书 completion、荣誉证书 honour、获奖证书 award、"
                        "获奖通知书 award-letter、表彰决定 decision、名单表格 roster")
    sample.add_argument("--count", type=int, default=1, help="示例人数（证书类为页数，决定和表格为名单行数）")
    sample.add_argument("--out", required=True, type=Path, help="输出的 PDF 文件")
    sample.set_defaults(func=run_sample)

    templates = commands.add_parser("templates", help="列出可用于套打的模板及每个模板需要的表格列")
    templates.add_argument("--json", action="store_true", help="以 JSON 输出（每个模板含 name、kind、fields）")
    templates.set_defaults(func=run_templates)

    merge = commands.add_parser("merge", help="套打：按表格（xlsx/csv）每行颁发一份带编号和查验码的证书或通知书")
    merge.add_argument("--template", required=True, help="模板名，例如 honour 或 荣誉证书（见 documents templates）")
    merge.add_argument("--data", required=True, type=Path, help="数据表格（.xlsx、.xls 或 .csv，第一行为列名）")
    merge.add_argument("--out", required=True, type=Path, help="输出：.pdf 为一个文件，否则为每人一个文件的文件夹")
    merge.add_argument("--valid-only", action="store_true", help="跳过有错误的行，只颁发无误的行（默认有错全部不颁发）")
    merge.add_argument("--date", type=date.fromisoformat, help="发证日期 YYYY-MM-DD（默认今天）")
    merge.add_argument("--json", action="store_true", help="以 JSON 输出结果")
    merge.set_defaults(func=run_merge)

    reissue = commands.add_parser("reissue", help="补发：按原编号和查验码重印证书，页面标明“补发”和补发日期")
    reissue.add_argument("numbers", nargs="+", help="证书编号或查验码")
    reissue.add_argument("--out", required=True, type=Path, help="输出的 PDF 文件")
    reissue.add_argument("--date", type=date.fromisoformat, help="补发日期 YYYY-MM-DD（默认今天）")
    reissue.set_defaults(func=run_reissue)

    office = commands.add_parser("office", help="查看或修改单位设置（名称、负责人、印章、发文字号前缀、查验网址）")
    office.add_argument("--name", help="单位名称（落款）")
    office.add_argument("--head", help="负责人")
    office.add_argument("--seal", type=Path, help="印章扫描件（PNG/JPG/BMP，白色背景自动变透明）")
    office.add_argument("--doc-prefix", help="发文字号前缀，例如 示工发")
    office.add_argument("--letter-prefix", help="函号前缀，例如 示工函")
    office.add_argument("--verify-url", help="查验网址（可空），手机扫码打开此网址")
    office.set_defaults(func=run_office)

    verify = subparsers.add_parser("verify", help="查验证书上的查验码（或扫描二维码得到的文字）")
    verify.add_argument("code", help="查验码，例如 ABCDE-12345")
    verify.set_defaults(func=run_verify)


def run_sample(args: argparse.Namespace) -> int:
    from unionoffice.documents.samples import write_sample
    from unionoffice.domain.common.errors import ValidationError

    if args.count < 1 or args.count > 100_000:
        raise ValidationError("应为 1～100000 的整数", field="--count")
    out: Path = args.out
    if out.suffix.lower() != ".pdf":
        raise ValidationError("输出文件应以 .pdf 结尾", field="--out")
    start = time.perf_counter()
    pages = write_sample(args.kind, args.count, out)
    elapsed = time.perf_counter() - start
    print(f"已生成 {out}：{pages} 页，{out.stat().st_size // 1024} KB，用时 {elapsed:.2f} 秒")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from unionoffice.cli.main import EXIT_BAD_INPUT, EXIT_OK, EXIT_PARTIAL
    from unionoffice.services.certificates.verifying import verify_code

    result = verify_code(session.database(args), args.code)
    print(result.message)
    if result.number:
        print(f"证书编号：{result.number}")
        print(f"证书类型：{result.kind_name}")
        print(f"姓名：{result.person_name}")
        print(f"发证单位：{result.issuer}")
        print(f"发证日期：{result.issue_date.isoformat() if result.issue_date else ''}")
        if result.reprint_count:
            last = f"（最近一次 {result.reissued_on.isoformat()}）" if result.reissued_on else ""
            print(f"补发次数：{result.reprint_count}{last}")
    if result.status == "malformed":
        return EXIT_BAD_INPUT
    return EXIT_OK if result.genuine else EXIT_PARTIAL


def run_templates(args: argparse.Namespace) -> int:
    from unionoffice.services.certificates.merge import template_catalogue

    catalogue = template_catalogue(session.database(args))
    if args.json:
        print(json.dumps([t.to_dict() for t in catalogue], ensure_ascii=False, indent=2))
        return 0
    for info in catalogue:
        print(f"{info.name}（{info.title}）需要的列：{'、'.join(info.fields)}")
    return 0


def run_merge(args: argparse.Namespace) -> int:
    from unionoffice.cli.main import EXIT_OK, EXIT_PARTIAL
    from unionoffice.services.certificates.merge import merge_spreadsheet

    db = session.database(args)
    actor = session.actor(args, db)
    per_person = args.out.suffix.lower() != ".pdf"
    start = time.perf_counter()
    result = merge_spreadsheet(db, actor, args.template, args.data, args.out, valid_only=args.valid_only,
                               per_person=per_person, issue_date=args.date)
    elapsed = time.perf_counter() - start
    rejected = [(r.row_number, [f"{label}：{text}" for label, text in r.errors]) for r in result.rejected]
    if args.json:
        print(json.dumps({"issued": result.issued, "out": str(args.out),
                          "rejected": [{"row": row, "errors": errors} for row, errors in rejected]},
                         ensure_ascii=False))
    else:
        first, last = (result.issued[0], result.issued[-1]) if result.issued else ("", "")
        print(f"已颁发 {len(result.issued)} 份（{first} 至 {last}），输出到 {args.out}，用时 {elapsed:.2f} 秒")
        for row, errors in rejected:
            print(f"第 {row} 行未颁发：{'；'.join(errors)}")
    return EXIT_PARTIAL if result.rejected else EXIT_OK


def run_reissue(args: argparse.Namespace) -> int:
    from unionoffice.services.certificates.issuing import find_certificate, reissue_certificates

    db = session.database(args)
    actor = session.actor(args, db)
    certificates = [find_certificate(db, actor, text) for text in args.numbers]
    reissue_certificates(db, actor, [c.id for c in certificates], args.out, on=args.date)
    for cert in certificates:
        print(f"已补发 {cert.number}（{cert.person_name}），第 {cert.reprint_count + 1} 次，输出到 {args.out}")
    return 0


def run_office(args: argparse.Namespace) -> int:
    from unionoffice.services.certificates.office import load_office, save_office, seal_ref_from_scan

    db = session.database(args)
    changes = {k: v for k, v in (("name", args.name), ("head", args.head), ("doc_prefix", args.doc_prefix),
                                 ("letter_prefix", args.letter_prefix), ("verify_url", args.verify_url))
               if v is not None}
    if args.seal is not None:
        changes["seal"] = seal_ref_from_scan(args.seal.read_bytes())
    office = load_office(db)
    if changes:
        office = save_office(db, session.actor(args, db), replace(office, **changes))
    shown = asdict(office)
    shown["seal"] = "已导入" if office.seal else "未导入（只能生成样张）"
    labels = {"name": "单位名称", "head": "负责人", "seal": "印章", "doc_prefix": "发文字号前缀",
              "letter_prefix": "函号前缀", "verify_url": "查验网址"}
    for key, label in labels.items():
        print(f"{label}：{shown[key]}")
    return 0
