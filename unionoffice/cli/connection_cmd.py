"""`unionoffice connection save|test|show|forget`: the saved server connection of this PC (docs/server-mode.md).

The password goes into the operating system's keyring, never into a file: typed at the prompt, or taken from
`UNIONOFFICE_DB_PASSWORD` where there is no terminal."""

from __future__ import annotations

import argparse
import getpass
import os

from unionoffice.cli import session

PASSWORD_ENV = "UNIONOFFICE_DB_PASSWORD"


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = subparsers.add_parser("connection",
                                   help="服务器模式：保存、测试或删除这台电脑连接 PostgreSQL 数据库的设置")
    commands = parser.add_subparsers(dest="connection_command", required=True)
    save = commands.add_parser("save", help="保存连接（密码存入系统密钥库，不写入文件）；之后不带 --db 启动即连接它")
    save.add_argument("--host", required=True, help="数据库服务器地址，如 192.168.1.10")
    save.add_argument("--port", default="5432", help="端口（默认 5432）")
    save.add_argument("--database", required=True, help="数据库名，如 unionoffice")
    save.add_argument("--user", dest="db_user", required=True, help="登录数据库的用户名")
    save.add_argument("--pg-dump", default="", help="pg_dump 的位置（不在 PATH 上时）")
    save.add_argument("--no-password", action="store_true", help="服务器不需要密码（trust 或 .pgpass）")
    save.set_defaults(func=run_save)
    test = commands.add_parser("test", help="测试保存的连接：退出码 0 成功，1 失败（并说明）")
    test.set_defaults(func=run_test)
    show = commands.add_parser("show", help="显示保存的连接（不显示密码）")
    show.set_defaults(func=run_show)
    forget = commands.add_parser("forget", help="删除保存的连接和它的密码，回到本机的数据库文件")
    forget.set_defaults(func=run_forget)


def _password(args: argparse.Namespace) -> str | None:
    if args.no_password:
        return None
    given = os.environ.get(PASSWORD_ENV)
    if given is not None:
        return given
    if not session.interactive():
        from unionoffice.domain.common.errors import ValidationError

        raise ValidationError(f"没有终端可以输入密码：请设置环境变量 {PASSWORD_ENV}，或用 --no-password。",
                              field="密码")
    return getpass.getpass("数据库密码：")


def run_save(args: argparse.Namespace) -> int:
    from unionoffice.services.core import connection

    saved = connection.check_connection(args.host, args.port, args.database, args.db_user, args.pg_dump)
    password = _password(args)
    ok, message = connection.try_connection(saved, password)
    print(message)
    note = connection.save_connection(saved, password)
    stored = f"注意：{note}" if note else ("密码已存入系统密钥库。" if password else "")
    print(f"已保存连接 {saved.shown()}。{stored}")
    return 0 if ok else 1


def run_test(args: argparse.Namespace) -> int:
    from unionoffice.services.core import connection

    saved = connection.load_saved_connection()
    if saved is None:
        print("这台电脑没有保存的服务器连接（用 unionoffice connection save 保存）。")
        return 1
    ok, message = connection.try_connection(saved, connection.saved_password(saved))
    print(message)
    return 0 if ok else 1


def run_show(args: argparse.Namespace) -> int:
    from unionoffice.services.core import connection

    saved = connection.load_saved_connection()
    if saved is None:
        print("没有保存的服务器连接：不带 --db 启动时打开本机数据文件夹中的数据库。")
        return 0
    has_password = connection.saved_password(saved) is not None
    print(f"服务器连接：{saved.shown()}；密码{'在系统密钥库中' if has_password else '没有保存'}"
          + (f"；pg_dump：{saved.pg_dump}" if saved.pg_dump else ""))
    return 0


def run_forget(args: argparse.Namespace) -> int:
    from unionoffice.services.core import connection

    connection.forget_connection()
    print("已删除保存的服务器连接和它的密码。")
    return 0
