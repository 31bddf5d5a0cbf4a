"""`unionoffice honours list|decision|certificates`: a year's honours, its commendation decision, its certificates."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from unionoffice.cli import session

if TYPE_CHECKING:
    from unionoffice.db.engine import Database
    from unionoffice.services.core.context import Actor


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    honours = subparsers.add_parser("honours", help="荣誉表彰：名单、表彰决定、荣誉证书")
    commands = honours.add_subparsers(dest="honours_command", required=True)
    listing = commands.add_parser("list", help="列出某年度的荣誉（含草拟和已撤销的）及竞赛获奖者比例")
    listing.add_argument("--year", type=int, required=True, help="年度")
    listing.add_argument("--json", action="store_true", help="以 JSON 输出")
    listing.set_defaults(func=run_list)
    decision = commands.add_parser("decision", help="生成已定稿名单的表彰决定（GB/T 9704 公文格式 PDF）")
    _which_list(decision)
    decision.add_argument("--out", type=Path, required=True, help="输出的 PDF 文件")
    decision.set_defaults(func=run_decision)
    certificates = commands.add_parser("certificates", help="为已定稿名单颁发（尚未颁发的）并打印荣誉证书")
    _which_list(certificates)
    certificates.add_argument("--out", type=Path, required=True,
                              help="输出：以 .pdf 结尾为一个文件，否则为文件夹（每人或每个集体一个 PDF）")
    certificates.set_defaults(func=run_certificates)
    quota = commands.add_parser("quota", help="查看或设定五一劳动奖和工人先锋号中竞赛和创新获奖者的最低比例")
    quota.add_argument("--percent", type=int, help="新的最低比例（0～100，默认 10；只有管理员可以设定）")
    quota.set_defaults(func=run_quota)


def _which_list(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=int, required=True, help="年度")
    parser.add_argument("--list", dest="list_id", type=int,
                        help="名单编号（该年度有多个已定稿名单时必填，见 honours list）")


def run_list(args: argparse.Namespace) -> int:
    from unionoffice.services.honours.granting import year_quota
    from unionoffice.services.honours.listing import honour_rows
    from unionoffice.services.honours.register import list_rows

    db = session.database(args)
    actor = session.actor(args, db)
    lists = list_rows(db, actor, args.year)
    rows = [(lst, row) for lst in lists for row in honour_rows(db, actor, lst.id)]
    quota = year_quota(db, actor, args.year)
    if args.json:
        print(json.dumps([{
            "id": r.id, "list_id": lst.id, "list": lst.name, "list_status": lst.status.value, "year": lst.year,
            "honour": r.honour, "type": r.honour_type.value, "level": lst.level,
            "recipient_kind": r.recipient_kind.value,
            "name": r.name, "unit": r.unit, "basis_kind": r.basis_kind.value, "basis": r.basis_text,
            "event": r.basis_event, "winner": r.basis_kind.is_winner, "doc_number": lst.doc_number,
            "status": r.status, "certificate": r.certificate} for lst, r in rows], ensure_ascii=False, indent=1))
        return 0
    for lst in lists:
        print(f"[{lst.id}] {lst.name}（{lst.status.value}，{lst.level}，{lst.issuer}"
              f"{'，' + lst.doc_number if lst.doc_number else ''}）")
        for lst_, r in rows:
            if lst_.id == lst.id:
                basis = f"{r.basis_kind.value}：{r.basis_text}"
                print(f"  {r.id}\t{r.honour}\t{r.name}\t{r.unit}\t{basis}\t{r.status}\t{r.certificate}")
    print(f"共 {len(lists)} 个名单，{len(rows)} 项荣誉。已定稿的本单位荣誉：{quota.summary()}。")
    return 0


def _list_id(args: argparse.Namespace) -> tuple[Database, Actor, int]:
    from unionoffice.services.honours.documents import own_list_of_year
    from unionoffice.services.honours.register import list_row

    db = session.database(args)
    actor = session.actor(args, db)
    if args.list_id is None:
        return db, actor, own_list_of_year(db, actor, args.year)
    row = list_row(db, actor, args.list_id)
    if row.year != args.year:
        sys.stderr.write(f"名单 {row.id}「{row.name}」是 {row.year} 年度的，不是 {args.year} 年度的。\n")
        raise SystemExit(2)
    return db, actor, row.id


def run_decision(args: argparse.Namespace) -> int:
    from unionoffice.services.honours.documents import print_decision

    db, actor, list_id = _list_id(args)
    pages = print_decision(db, actor, list_id, args.out)
    print(f"表彰决定已输出到 {args.out}（{pages} 页）")
    return 0


def run_certificates(args: argparse.Namespace) -> int:
    from unionoffice.services.honours.documents import issue_list_certificates, print_list_certificates

    db, actor, list_id = _list_id(args)
    out: Path = args.out
    per_person = out.suffix.lower() != ".pdf"
    before = issue_list_certificates(db, actor, list_id)
    paths = print_list_certificates(db, actor, list_id, out, per_person=per_person)
    where = f"{out}（{len(paths)} 个文件）" if per_person else str(out)
    print(f"新颁发 {before.new} 份，共 {len(before.certificate_ids)} 份荣誉证书，已输出到 {where}")
    return 0


def run_quota(args: argparse.Namespace) -> int:
    from unionoffice.services.honours.granting import quota_setting, set_quota_percent

    db = session.database(args)
    actor = session.actor(args, db)
    if args.percent is not None:
        set_quota_percent(db, actor, args.percent)
    print(f"五一劳动奖和工人先锋号中，竞赛和创新获奖者应不低于 {quota_setting(db, actor)}%")
    return 0
