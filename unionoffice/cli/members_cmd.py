"""`unionoffice members search QUERY [--limit N] [--json]`: the same search the GUI uses."""

from __future__ import annotations

import argparse
import json

from unionoffice.cli import session


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    members = subparsers.add_parser("members", help="会员实名制信息")
    commands = members.add_subparsers(dest="members_command", required=True)
    search = commands.add_parser("search", help="按姓名、拼音、首字母、身份证号后几位、手机号、卡号查找会员")
    search.add_argument("query", help="查询内容")
    search.add_argument("--limit", type=int, default=50, help="最多显示多少条（默认 50）")
    search.add_argument("--json", action="store_true", help="以 JSON 输出")
    search.set_defaults(func=run_search)
    from unionoffice.cli.exchange_cmd import register_member_subcommands

    register_member_subcommands(commands)


def run_search(args: argparse.Namespace) -> int:
    from unionoffice.domain.common.errors import ValidationError
    from unionoffice.services.members.search import search_members

    if args.limit < 1:
        raise ValidationError("应为正整数", field="--limit")
    db = session.database(args)
    actor = session.actor(args, db)
    rows = search_members(db, actor, args.query, limit=args.limit)
    if args.json:
        print(json.dumps([
            {"id": r.id, "name": r.name, "sex": r.sex, "id_number_masked": r.id_number, "union": r.union_name,
             "phone": r.phone, "join_date": r.join_date.isoformat(), "status": r.status}
            for r in rows
        ], ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        print(f"{r.id}\t{r.name}\t{r.sex}\t{r.id_number}\t{r.union_name}\t{r.phone}\t{r.status}")
    print(f"共 {len(rows)} 条")
    return 0
