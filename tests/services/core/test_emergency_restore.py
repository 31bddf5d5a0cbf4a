"""The emergency restore before sign-in: allowed only while nobody can sign in, and audited as such."""

from __future__ import annotations

import getpass
import json
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, update

from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry, User
from unionoffice.domain.common.errors import PermissionDeniedError
from unionoffice.domain.common.permissions import Role
from unionoffice.services.core import accounts, backups

pytestmark = pytest.mark.sqlite_only  # restores replace the SQLite file

ADMIN_PW = "Gonghui-2024"


@pytest.fixture
def office(db: Database) -> Database:
    admin = accounts.create_first_admin(db, "zhang", ADMIN_PW)
    accounts.add_user(db, admin, "wang", Role.CLERK, "Temp-pass-1")
    return db


def drop_user_table(db: Database) -> None:
    """What a damaged page under the user table looks like to the program: the table cannot be read."""
    assert db.path is not None
    db.dispose()
    conn = sqlite3.connect(db.path)
    try:
        conn.execute("DROP TABLE app_user")
        conn.commit()
    finally:
        conn.close()


def user_names(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.execute(select(User.username).order_by(User.username)).scalars())


def last_audit(db: Database) -> AuditEntry:
    with db.read() as session:
        entry = session.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).scalar_one()
        session.expunge(entry)
        return entry


def test_refused_while_an_administrator_can_sign_in(office: Database) -> None:
    good = backups.create_backup(office, accounts.authenticate(office, "zhang", ADMIN_PW))
    assert backups.why_nobody_can_sign_in(office) is None
    with pytest.raises(PermissionDeniedError, match="请由管理员登录"):
        backups.restore_without_sign_in(office, good)
    assert not list(good.parent.glob("*-before-restore-*.db"))  # nothing was touched


def test_a_locked_administrator_still_counts_as_able_to_sign_in(office: Database) -> None:
    for _ in range(accounts.MAX_FAILURES):
        with pytest.raises(accounts.AuthenticationError):
            accounts.authenticate(office, "zhang", "guess")
    assert backups.why_nobody_can_sign_in(office) is None


def test_restores_when_the_user_table_cannot_be_read_and_names_the_os_user(office: Database) -> None:
    good = backups.create_backup(office, accounts.authenticate(office, "zhang", ADMIN_PW))
    drop_user_table(office)
    reason = backups.why_nobody_can_sign_in(office)
    assert reason is not None
    assert "无法读取用户表" in reason
    safety = backups.restore_without_sign_in(office, good)
    assert safety.exists()
    assert user_names(office) == ["wang", "zhang"]
    entry = last_audit(office)
    assert entry.action == "restore_backup"
    assert entry.username == "system"
    assert entry.user_id is None
    assert "紧急恢复" in entry.summary
    assert getpass.getuser() in entry.summary
    assert entry.changes is not None
    assert json.loads(entry.changes)["os_user"] == [None, getpass.getuser()]


def test_restores_when_no_administrator_account_is_enabled(office: Database) -> None:
    good = backups.create_backup(office, accounts.authenticate(office, "zhang", ADMIN_PW))
    with office.write() as session:  # e.g. an old copy whose only administrator had been disabled by hand
        session.execute(update(User).where(User.username == "zhang").values(is_active=False))
    assert backups.why_nobody_can_sign_in(office) == "数据库中没有可用的管理员账户"
    backups.restore_without_sign_in(office, good)
    assert "没有可用的管理员账户" in last_audit(office).summary
    assert accounts.authenticate(office, "zhang", ADMIN_PW).role == Role.ADMIN


def test_a_bad_backup_is_refused_before_anything_changes(office: Database, tmp_path: Path) -> None:
    drop_user_table(office)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database")
    with pytest.raises(backups.DatabaseStateError):
        backups.restore_without_sign_in(office, junk)
    assert backups.why_nobody_can_sign_in(office) is not None
