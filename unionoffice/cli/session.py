"""Opening the database and signing in for a command-line run."""

from __future__ import annotations

import argparse
import sys

from unionoffice.db.engine import Database, resolve_url
from unionoffice.services.core.context import Actor
from unionoffice.services.core.startup import open_database

# The databases this run opened: their audit anchors are written when the command ends (`finish`).
_opened: list[Database] = []


def database(args: argparse.Namespace) -> Database:
    db = open_database(resolve_url(args.db))
    if db.read_only_reason:
        sys.stderr.write(f"注意：{db.read_only_reason}\n")
    _opened.append(db)
    return db


def finish() -> None:
    """The command is over (however it ended, short of a kill): record where each database's audit trail stands,
    outside the database (docs/audit-trail.md), and close it."""
    from unionoffice.services.core.audit_anchor import record_anchor_quietly

    while _opened:
        db = _opened.pop()
        if not db.read_only_reason:
            record_anchor_quietly(db, "exit")
        db.dispose()


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
