"""`unionoffice --db X init` creates a database (explicitly: a mistyped --db never does); `check` checks one."""

from __future__ import annotations

import argparse

from unionoffice.cli import session


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    init = subparsers.add_parser("init", help="新建一个空数据库（--db 指定的文件不能已经存在）；可同时创建第一个管理员")
    init.add_argument("--admin", metavar="用户名",
                      help="同时创建第一个管理员（密码取自 UNIONOFFICE_NEW_PASSWORD 或提示输入）")
    init.add_argument("--display-name", default="", help="管理员显示的姓名")
    init.set_defaults(func=run_init)
    check = subparsers.add_parser("check", help="检查数据库文件是否完好：退出码 0 完好，1 有问题（并说明）")
    check.add_argument("--full", action="store_true", help="完整检查（integrity_check 和外键），较慢；默认快速检查")
    check.set_defaults(func=run_check)


def run_init(args: argparse.Namespace) -> int:
    from unionoffice.db.engine import resolve_url
    from unionoffice.domain.common.errors import ValidationError
    from unionoffice.services.core import accounts

    url = resolve_url(args.db)
    if url.startswith("sqlite:///"):
        from pathlib import Path

        path = Path(url[len("sqlite:///"):])
        if path.is_file() and path.stat().st_size > 0:
            from unionoffice.db.sqlite_tools import schema_revisions

            if schema_revisions(path) is not None:
                raise ValidationError(f"数据库 {path} 已经存在，没有改动它。打开它时不需要 init。", field="--db")
    db = session.database(args, create=True)
    where = db.path or db.url
    if accounts.has_users(db):
        print(f"数据库 {where} 已经建好，里面已有用户，没有改动。")
        return 0
    print(f"已新建数据库 {where}。")
    if args.admin:
        from unionoffice.cli.users_cmd import new_password

        created = accounts.create_first_admin(db, args.admin, new_password(), display_name=args.display_name)
        print(f"已创建管理员“{created.username}”。")
    else:
        print("下一步：用“unionoffice --db 数据库 users add 用户名 --role 管理员”创建第一个管理员，或启动图形界面。")
    return 0


def run_check(args: argparse.Namespace) -> int:
    from unionoffice.db.sqlite_tools import check

    db = session.database(args)
    if db.path is None:
        print("PostgreSQL 数据库由数据库服务器自行检查，本程序只检查 SQLite 数据库文件。")
        return 0
    problems = check(db.path, quick=not args.full)
    kind = "完整检查" if args.full else "快速检查"
    if problems:
        print(f"数据库 {db.path} 的{kind}发现问题（请从备份恢复：unionoffice backup restore 备份文件）：")
        for problem in problems[:20]:
            print(f"  {problem}")
        return 1
    print(f"数据库 {db.path} {kind}完好。")
    return 0
