"""`unionoffice audit verify` and `unionoffice audit list [--since DATE] [--json]`."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from unionoffice.cli import session
from unionoffice.domain.common.errors import ValidationError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    audit = subparsers.add_parser("audit", help="审计记录（管理员、审核人）")
    commands = audit.add_subparsers(dest="audit_command", required=True)
    verify = commands.add_parser("verify", help="校验审计记录的签名、哈希链和本机保存的锚点；"
                                                "有问题或无法证明完整时说明原因，退出码 1")
    verify.set_defaults(func=run_verify)
    key = commands.add_parser("key", help="审计密钥：在多台电脑之间核对审计记录时导出、导入")
    key_commands = key.add_subparsers(dest="key_command", required=True)
    export = key_commands.add_parser("export", help="把本机的审计密钥写入文件（像密码一样保管）")
    export.add_argument("file", type=Path)
    export.set_defaults(func=run_key_export)
    imported = key_commands.add_parser("import", help="导入另一台电脑导出的审计密钥，用于核对它签名的记录")
    imported.add_argument("file", type=Path)
    imported.set_defaults(func=run_key_import)
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
        print(f"审计记录完好：共 {report.checked} 条，签名和链接核对无误，{report.anchor_note}。")
        return 0
    if report.verdict == "unproven":
        print(f"审计记录未能证明完整：{report.reason}（已核对的 {report.checked} 条签名和链接无误）。")
    elif report.first_broken_id is not None:
        print(f"审计记录被改动：{report.reason}（此前 {report.checked} 条完好）。")
    else:
        print(f"审计记录被改动：{report.reason}。")
    return 1


def run_key_export(args: argparse.Namespace) -> int:
    from unionoffice.services.core.audit_key import export_keys

    db = session.database(args)
    count = export_keys(db, session.actor(args, db), args.file)
    print(f"已把 {count} 个审计密钥写入 {args.file}。持有此文件的人能伪造可通过核对的记录，"
          "请像密码一样保管，用后删除。")
    return 0


def run_key_import(args: argparse.Namespace) -> int:
    from unionoffice.services.core.audit_key import import_keys

    db = session.database(args)
    count = import_keys(db, session.actor(args, db), args.file)
    print(f"已导入 {count} 个新的审计密钥；本机签名仍用自己的密钥。")
    return 0


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
