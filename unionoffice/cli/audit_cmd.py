"""`unionoffice audit verify` and `unionoffice audit list [--since DATE] [--json]`."""

from __future__ import annotations

import argparse
import json
from datetime import date

from unionoffice.cli import session
from unionoffice.domain.common.errors import ValidationError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    audit = subparsers.add_parser("audit", help="审计记录（管理员、审核人）")
    commands = audit.add_subparsers(dest="audit_command", required=True)
    verify = commands.add_parser("verify", help="校验审计记录的哈希链；有断开时报告第一处，退出码 1")
    verify.set_defaults(func=run_verify)
    listing = commands.add_parser("list", help="列出审计记录（从旧到新）")
    listing.add_argument("--since", help="从这一天起（YYYY-MM-DD，本地日期）")
    listing.add_argument("--json", action="store_true", help="以 JSON 输出")
    listing.set_defaults(func=run_list)


def parse_day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(f"“{text}”不是日期，应写成 YYYY-MM-DD", field="--since") from None


def run_verify(args: argparse.Namespace) -> int:
    from unionoffice.services.core.audit_trail import check_chain

    db = session.database(args)
    report = check_chain(db, session.actor(args, db))
    if report.intact:
        print(f"审计记录完好：共 {report.checked} 条，哈希链无断开。")
        return 0
    print(f"审计记录被改动：{report.reason}（此前 {report.checked} 条完好）。")
    return 1


def run_list(args: argparse.Namespace) -> int:
    from unionoffice.services.core.audit_trail import entries_since

    since = parse_day(args.since) if args.since else None
    db = session.database(args)
    rows = entries_since(db, session.actor(args, db), since)
    if args.json:
        print(json.dumps([{
            "id": r.id, "at": r.at.isoformat(), "user": r.username, "action": r.action, "entity": r.entity,
            "entity_id": r.entity_id, "summary": r.summary, "changes": r.changes,
        } for r in rows], ensure_ascii=False, indent=1))
        return 0
    for r in rows:
        record = f"{r.entity}#{r.entity_id}" if r.entity else "-"
        print(f"{r.id}\t{r.at.astimezone():%Y-%m-%d %H:%M:%S}\t{r.username}\t{r.action_label}\t{record}\t{r.summary}")
    return 0
