"""`unionoffice users add|list|disable|enable|reset-password`: accounts from the command line."""

from __future__ import annotations

import argparse
import getpass
import json
import os

from unionoffice.cli import session
from unionoffice.domain.common.errors import ValidationError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    users = subparsers.add_parser("users", help="用户账户（管理员）")
    commands = users.add_subparsers(dest="users_command", required=True)
    add = commands.add_parser("add", help="添加用户；空数据库中用它创建第一个管理员（--role 管理员）")
    add.add_argument("name", help="用户名")
    add.add_argument("--role", required=True, help="角色：管理员、经办人、审核人、查阅（或 admin/clerk/…）")
    add.add_argument("--display-name", default="", help="显示的姓名（默认同用户名）")
    add.set_defaults(func=run_add)
    listing = commands.add_parser("list", help="列出用户")
    listing.add_argument("--json", action="store_true", help="以 JSON 输出")
    listing.set_defaults(func=run_list)
    for name, text, func in (("disable", "停用用户", run_disable), ("enable", "重新启用用户", run_enable),
                             ("reset-password", "重设用户密码（新密码取自 UNIONOFFICE_NEW_PASSWORD 或提示输入）",
                              run_reset)):
        command = commands.add_parser(name, help=text)
        command.add_argument("name", help="用户名")
        command.set_defaults(func=func)


def new_password() -> str:
    """From UNIONOFFICE_NEW_PASSWORD, or typed twice at a prompt."""
    password = os.environ.get("UNIONOFFICE_NEW_PASSWORD")
    if password is not None:
        return password
    if not session.interactive():
        raise ValidationError("没有终端可以输入新密码：请设置环境变量 UNIONOFFICE_NEW_PASSWORD 后再运行。",
                              field="密码")
    try:
        first = getpass.getpass("新密码：")
        second = getpass.getpass("再输入一次：")
    except EOFError:
        raise ValidationError("未输入密码（可设置环境变量 UNIONOFFICE_NEW_PASSWORD）", field="密码") from None
    if first != second:
        raise ValidationError("两次输入的密码不一致", field="密码")
    return first


def run_add(args: argparse.Namespace) -> int:
    from unionoffice.domain.common.permissions import Role
    from unionoffice.services.core import accounts

    role = accounts.parse_role(args.role)
    db = session.database(args)
    if not accounts.has_users(db):
        if role is not Role.ADMIN:
            raise ValidationError("数据库中还没有用户，第一个用户必须是管理员（--role 管理员）", field="角色")
        created = accounts.create_first_admin(db, args.name, new_password(), display_name=args.display_name)
        print(f"已创建管理员“{created.username}”。")
        return 0
    actor = session.actor(args, db)
    accounts.add_user(db, actor, args.name, role, new_password(), display_name=args.display_name)
    print(f"已添加用户“{args.name.strip()}”（{role.value}），首次登录时须修改密码。")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from unionoffice.services.core import accounts

    db = session.database(args)
    users = accounts.list_users(db, session.actor(args, db))
    if args.json:
        print(json.dumps([{
            "username": u.username, "display_name": u.display_name, "role": u.role.value, "active": u.is_active,
            "locked": u.is_locked(), "must_change_password": u.must_change_password,
            "last_login": u.last_login_at.isoformat() if u.last_login_at else None,
        } for u in users], ensure_ascii=False, indent=1))
        return 0
    for u in users:
        state = "停用" if not u.is_active else "锁定" if u.is_locked() else "正常"
        last = u.last_login_at.astimezone().strftime("%Y-%m-%d %H:%M") if u.last_login_at else "从未登录"
        print(f"{u.username}\t{u.display_name}\t{u.role.value}\t{state}\t最近登录：{last}")
    return 0


def _change(args: argparse.Namespace, what: str) -> int:
    from unionoffice.services.core import accounts

    db = session.database(args)
    actor = session.actor(args, db)
    user_id = accounts.user_id_by_name(db, actor, args.name)
    if what == "disable":
        accounts.disable_user(db, actor, user_id)
        print(f"已停用用户“{args.name}”。")
    elif what == "enable":
        accounts.enable_user(db, actor, user_id)
        print(f"已启用用户“{args.name}”。")
    else:
        accounts.reset_password(db, actor, user_id, new_password())
        print(f"已重设用户“{args.name}”的密码，下次登录时须修改。")
    return 0


def run_disable(args: argparse.Namespace) -> int:
    return _change(args, "disable")


def run_enable(args: argparse.Namespace) -> int:
    return _change(args, "enable")


def run_reset(args: argparse.Namespace) -> int:
    return _change(args, "reset")
