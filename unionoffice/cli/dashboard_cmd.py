"""`unionoffice report annual --year Y --out FILE.pdf|FILE.xlsx`: the annual work report written from the data."""

from __future__ import annotations

import argparse
from pathlib import Path

from unionoffice.cli import session


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    report = subparsers.add_parser("report", help="年度工作报告（与首页的数字相同）")
    commands = report.add_subparsers(dest="report_command", required=True, metavar="命令")
    annual = commands.add_parser("annual",
                              help="输出年度工作报告：PDF（文字概述和矢量图表）或 xlsx（每部分一张工作表）")
    annual.add_argument("--year", type=int, required=True, help="年度，如 2024")
    annual.add_argument("--months", default="1-12", help="月份范围，如 1-6（默认全年）")
    annual.add_argument("--district", action="append", default=[],
                        help="省级汇总库中只统计这个区县（六位代码，可重复）；默认全部区县")
    annual.add_argument("--out", type=Path, required=True, help="输出文件（.pdf 或 .xlsx）")
    annual.set_defaults(func=run_annual)


def months(text: str) -> tuple[int, int]:
    from unionoffice.domain.common.errors import ValidationError

    first, _, last = text.partition("-")
    try:
        a, b = int(first), int(last or first)
    except ValueError:
        raise ValidationError(f"月份范围应写作 1-6 这样的形式：{text}", field="--months") from None
    if not (1 <= a <= b <= 12):
        raise ValidationError(f"月份范围应在 1 到 12 之间，且前小后大：{text}", field="--months")
    return a, b


def run_annual(args: argparse.Namespace) -> int:
    from unionoffice.services.reporting.annual import write_annual_report

    first, last = months(args.months)
    db = session.database(args)
    actor = session.actor(args, db)
    path = write_annual_report(db, actor, args.year, args.out, first_month=first, last_month=last,
                               districts=tuple(args.district))
    print(f"年度工作报告已输出到 {path}")
    return 0
