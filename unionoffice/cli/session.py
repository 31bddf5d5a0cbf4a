"""Opening the database and signing in for a command-line run."""

from __future__ import annotations

import argparse
import os
import sys

from unionoffice.db.engine import Database, resolve_url
from unionoffice.services.core.context import Actor
from unionoffice.services.core.startup import open_database

# The databases this run opened: their audit anchors are written when the command ends (`finish`).
_opened: list[Database] = []


def database(args: argparse.Namespace, *, create: bool = False) -> Database:
    """Open the database named by --db (or UNIONOFFICE_DB, or the default); never creates one unless `create`
    (init, demo): a mistyped path is reported, not silently made into an empty database."""
    from unionoffice.services.core.connection import database_argument

    db = open_database(resolve_url(database_argument(args.db)), create=create,
                       program=f"命令行 {getattr(args, 'command', '')}".strip())
    if db.read_only_reason:
        sys.stderr.write(f"注意：{db.read_only_reason}\n")
    _opened.append(db)
    return db


def finish() -> None:
    """The command is over (however it ended, short of a kill): record where each database's audit trail stands,
    outside the database (docs/audit-trail.md), and close it (its open marker goes with it: a clean end)."""
    from unionoffice.services.core.audit_anchor import record_anchor_quietly

    while _opened:
        db = _opened.pop()
        if not db.read_only_reason:
            record_anchor_quietly(db, "exit")
        db.close()


def actor(args: argparse.Namespace, db: Database) -> Actor:
    """The signed-in user for this run (login with --user and UNIONOFFICE_PASSWORD or a prompt). Without a terminal
    and without the variable nobody can type a password: say so, rather than let getpass warn and read stdin."""
    from unionoffice.domain.common.errors import AuthenticationError
    from unionoffice.services.core.accounts import NO_USERS, has_users, login_for_cli

    if os.environ.get("UNIONOFFICE_PASSWORD") is None and not interactive():
        if not has_users(db):
            raise AuthenticationError(NO_USERS)
        raise AuthenticationError("没有终端可以输入密码：请设置环境变量 UNIONOFFICE_PASSWORD 后再运行。")
    return login_for_cli(db, args.user)


def interactive() -> bool:
    return bool(sys.stdin) and sys.stdin.isatty()


def confirm(text: str, unattended: str) -> bool:
    """Ask once at the terminal before a destructive step; without a terminal refuse, saying `unattended`
    (e.g. that --yes confirms it)."""
    from unionoffice.domain.common.errors import ValidationError

    if not interactive():
        raise ValidationError(unattended, field="--yes")
    return input(f"{text} 输入 yes 确认：").strip().lower() == "yes"
