"""`unionoffice [--db DB] [--user NAME] COMMAND …`: global options, command registry, exit codes."""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from collections.abc import Callable

from unionoffice import __version__
from unionoffice.cli import failures, session

EXIT_OK = 0
EXIT_PARTIAL = 1
EXIT_BAD_INPUT = 2

# Each module has `register(subparsers)`; its sub-commands set `func(args) -> int` via set_defaults.
COMMAND_MODULES: tuple[str, ...] = (
    "unionoffice.cli.members_cmd",
    "unionoffice.cli.exchange_cmd",
    "unionoffice.cli.demo_cmd",
    "unionoffice.cli.users_cmd",
    "unionoffice.cli.audit_cmd",
    "unionoffice.cli.backup_cmd",
    "unionoffice.cli.connection_cmd",
    "unionoffice.cli.documents_cmd",
    "unionoffice.cli.training_cmd",
    "unionoffice.cli.honours_cmd",
    "unionoffice.cli.aid_cmd",
    "unionoffice.cli.competitions_cmd",
    "unionoffice.cli.database_cmd",
    "unionoffice.cli.province_cmd",
    "unionoffice.cli.dashboard_cmd",
)

Handler = Callable[[argparse.Namespace], int]


class ChineseArgumentParser(argparse.ArgumentParser):
    """argparse that reports usage errors as one Chinese line and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        # A sub-command's own name ("members_command") means nothing to a clerk: it is the command.
        message = re.sub(r"^参数 \w+_command：", "命令：", message)
        sys.stderr.write(f"参数错误：{message}（用 --help 查看用法）\n")
        raise SystemExit(EXIT_BAD_INPUT)


def global_options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--db", help="数据库文件路径或 SQLAlchemy URL（默认：用户数据目录；环境变量 UNIONOFFICE_DB）")
    parser.add_argument("--user", help="登录用户名（密码取自环境变量 UNIONOFFICE_PASSWORD，或提示输入）")
    parser.add_argument("--lang", default=None, choices=["zh_CN", "en"], help="界面语言（默认简体中文）")
    return parser


def build_parser() -> argparse.ArgumentParser:
    failures.translate_argparse()
    parser = ChineseArgumentParser(prog="unionoffice", description="UnionOffice 区/县总工会业务管理")
    parser.add_argument("--version", action="version", version=f"UnionOffice {__version__}")
    global_options(parser)
    parser.add_argument("--self-test", action="store_true",
                        help="自检：在临时数据库上迁移、登记会员、生成证书、读写 Excel、备份并校验，然后退出")
    subparsers = parser.add_subparsers(dest="command", parser_class=ChineseArgumentParser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def window_only(argv: list[str]) -> argparse.Namespace | None:
    """The options when `argv` asks for nothing but the window (no command, no --help, --version or --self-test),
    read without loading the 15 command modules: a start of the window does not pay for them. None otherwise."""
    failures.translate_argparse()
    options, rest = global_options(ChineseArgumentParser(prog="unionoffice", add_help=False)).parse_known_args(argv)
    return None if rest else options


def run(argv: list[str]) -> int:
    window = window_only(argv)
    if window is not None:
        from unionoffice.app import run_gui

        return run_gui(window)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:  # before the GUI: the self-test needs neither Qt nor a display
        from unionoffice.selftest import run_self_test

        return run_self_test()
    if not args.command:
        from unionoffice.app import run_gui

        return run_gui(args)
    handler: Handler | None = getattr(args, "func", None)
    if handler is None:
        parser.parse_args([*argv, "--help"])
        return EXIT_BAD_INPUT
    try:
        return failures.run_handler(handler, args)
    finally:
        session.finish()  # anchors the audit trail and closes: a clean end, the next run needs no quick check
