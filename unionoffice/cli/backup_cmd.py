"""`unionoffice backup create|verify|restore|list`: online backups of the SQLite database."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from unionoffice.cli import session
from unionoffice.domain.common.errors import ValidationError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = subparsers.add_parser("backup", help="备份与恢复")
    commands = backup.add_subparsers(dest="backup_command", required=True)
    create = commands.add_parser("create", help="立即备份（默认放在数据库旁的 backups 文件夹并轮换）")
    create.add_argument("--to", type=Path, help="备份到这个文件夹（如 U 盘），不参与轮换")
    create.set_defaults(func=run_create)
    verify = commands.add_parser("verify", help="检查备份文件：退出码 0 完好，1 损坏（并说明原因）")
    verify.add_argument("file", type=Path)
    verify.set_defaults(func=run_verify)
    restore = commands.add_parser("restore", help="从备份恢复（先检查备份，并把当前数据库另存一份）")
    restore.add_argument("file", type=Path)
    restore.add_argument("--yes", action="store_true", help="不再询问，直接恢复")
    restore.set_defaults(func=run_restore)
    listing = commands.add_parser("list", help="列出 backups 文件夹中的全部文件：各种备份、正在写入的和不认识的文件")
    listing.set_defaults(func=run_list)


def run_create(args: argparse.Namespace) -> int:
    from unionoffice.domain.common.formatting import file_size
    from unionoffice.services.core.backups import create_backup

    db = session.database(args)
    if not db.is_sqlite:
        from unionoffice.services.core.server_backups import server_backup_status

        print(server_backup_status(db))
    path = create_backup(db, session.actor(args, db), args.to, kind="manual")
    print(f"已备份到 {path}（{file_size(path.stat().st_size)}，已通过完整性检查）。")
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from unionoffice.services.core.backups import verify_backup

    problems = verify_backup(args.file)
    if problems:
        print(f"备份文件 {args.file} 已损坏或不可用：")
        for problem in problems:
            print(f"  {problem}")
        return 1
    print(f"备份文件 {args.file} 完好。")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from unionoffice.services.core.backups import (
        restore_backup,
        restore_without_sign_in,
        verify_backup,
        why_nobody_can_sign_in,
    )
    from unionoffice.services.core.context import Actor

    problems = verify_backup(args.file)
    if problems:
        raise ValidationError(f"{args.file} 不能用于恢复：{'；'.join(problems[:3])}", field="备份文件")
    db = session.database(args)
    try:
        actor: Actor | None = session.actor(args, db)
    except Exception as exc:  # a damaged file may fail in any way; the service decides whether that matters
        nobody = why_nobody_can_sign_in(db)
        if nobody is None:
            raise
        sys.stderr.write(f"无法登录（{exc}）：{nobody}。按紧急恢复处理，审计记录会写明操作系统用户。\n")
        actor = None
    question = f"将用备份 {args.file.name} 替换当前数据库 {db.path}（当前数据库会先另存一份）。"
    if not args.yes and not session.confirm(question, "恢复会替换当前数据库；非交互运行时请加 --yes 确认"):
        print("未恢复。")
        return 1
    safety = restore_backup(db, actor, args.file) if actor else restore_without_sign_in(db, args.file)
    print(f"已从 {args.file} 恢复；恢复前的数据库另存为 {safety}。")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from unionoffice.domain.common.formatting import file_size
    from unionoffice.services.core.backup_files import folder_entries
    from unionoffice.services.core.backups import backup_folder

    db = session.database(args)
    folder = backup_folder(db)
    entries = folder_entries(db)
    if not entries:
        print(f"{folder} 中没有备份。")
    for e in entries:
        print(f"{e.modified:%Y-%m-%d %H:%M}\t{e.label}\t{file_size(e.size)}\t{e.path}")
    if entries:
        print(f"共 {len(entries)} 个文件，{file_size(sum(e.size for e in entries))}（{folder}）")
    return 0
