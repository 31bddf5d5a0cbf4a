"""Opening the database and signing in for a command-line run."""

from __future__ import annotations

import argparse
import sys

from unionoffice.db.engine import Database, resolve_url
from unionoffice.services.core.context import Actor
from unionoffice.services.core.startup import open_database


def database(args: argparse.Namespace) -> Database:
    db = open_database(resolve_url(args.db))
    if db.read_only_reason:
        sys.stderr.write(f"注意：{db.read_only_reason}\n")
    return db


def actor(args: argparse.Namespace, db: Database) -> Actor:
    """The signed-in user for this run (login with --user and UNIONOFFICE_PASSWORD or a prompt)."""
    from unionoffice.services.core.accounts import login_for_cli

    return login_for_cli(db, args.user)


def confirm(text: str, unattended: str) -> bool:
    """Ask once at the terminal before a destructive step; without a terminal refuse, saying `unattended`
    (e.g. that --yes confirms it)."""
    from unionoffice.domain.common.errors import ValidationError

    if not sys.stdin or not sys.stdin.isatty():
        raise ValidationError(unattended, field="--yes")
    return input(f"{text} 输入 yes 确认：").strip().lower() == "yes"
