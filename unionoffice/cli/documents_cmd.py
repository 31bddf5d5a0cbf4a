"""`unionoffice documents sample KIND --out FILE` (no database needed) and `unionoffice verify CODE`."""

from __future__ import annotations

import argparse
import time
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
            print(f"补发次数：{result.reprint_count}")
    if result.status == "malformed":
        return EXIT_BAD_INPUT
    return EXIT_OK if result.genuine else EXIT_PARTIAL
