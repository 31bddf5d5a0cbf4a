"""`unionoffice members search QUERY [--limit N] [--json]`: the same search the GUI uses; `members purge`."""

from __future__ import annotations

import argparse
import json
import sys

from unionoffice.cli import session


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    members = subparsers.add_parser("members", help="会员实名制信息")
    commands = members.add_subparsers(dest="members_command", required=True)
    search = commands.add_parser("search", help="按姓名、拼音、首字母、身份证号后几位、手机号、卡号查找会员")
    search.add_argument("query", help="查询内容")
    search.add_argument("--limit", type=int, default=50, help="最多显示多少条（默认 50）")
    search.add_argument("--json", action="store_true", help="以 JSON 输出")
    search.set_defaults(func=run_search)
    purge = commands.add_parser("purge", help="彻底清除回收站中的会员（不能撤销；仅管理员）。退出码 0 全部清除，"
                                              "1 有会员因仍有其他记录而保留")
    which = purge.add_mutually_exclusive_group(required=True)
    which.add_argument("--all-deleted", action="store_true", help="回收站中的全部会员")
    which.add_argument("--id", type=int, action="append", dest="ids", metavar="N", help="会员编号（可重复）")
    purge.add_argument("--yes", action="store_true", help="不再询问，直接清除")
    purge.set_defaults(func=run_purge)
    from unionoffice.cli.exchange_cmd import register_member_subcommands

    register_member_subcommands(commands)


def run_search(args: argparse.Namespace) -> int:
    from unionoffice.domain.common.errors import ValidationError
    from unionoffice.services.members.search import search_hint, search_members

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
    hint = search_hint(db, actor, args.query)
    if hint:
        sys.stderr.write(f"提示：{hint}\n")
    return 0


def run_purge(args: argparse.Namespace) -> int:
    from unionoffice.services.members.purge import purge_members, trashed_member_ids

    db = session.database(args)
    actor = session.actor(args, db)
    ids = trashed_member_ids(db, actor) if args.all_deleted else args.ids
    if not ids:
        print("回收站是空的，没有要清除的会员。")
        return 0
    question = f"将彻底清除回收站中的 {len(ids)} 名会员，清除后不能恢复。"
    if not args.yes and not session.confirm(question, "彻底清除不能撤销；非交互运行时请加 --yes 确认"):
        print("未清除。")
        return 1
    result = purge_members(db, actor, None if args.all_deleted else ids)
    print(f"已彻底清除 {len(result.purged)} 名会员。")
    for member_id, reason in result.kept.items():
        print(f"会员编号 {member_id} 未清除：{reason}")
    return 1 if result.kept else 0
