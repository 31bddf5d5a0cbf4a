"""Accounts: first administrator, argon2id sign-in, lockout, password changes and user administration."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError
from sqlalchemy import select

from unionoffice.db.base import utcnow
from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry, Organisation, User
from unionoffice.domain.common.errors import (
    AuthenticationError,
    DuplicateError,
    PermissionDeniedError,
    ValidationError,
)
from unionoffice.domain.common.permissions import Role
from unionoffice.services.core import accounts
from unionoffice.services.core.context import Actor
from unionoffice.services.members import first_start

ADMIN_PW = "Gonghui-2024"


@pytest.fixture
def first_admin(db: Database) -> Actor:
    return accounts.create_first_admin(db, "zhang", ADMIN_PW, display_name="张主任")


def actions(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.execute(select(AuditEntry.action).order_by(AuditEntry.id)).scalars())


def stored_user(db: Database, username: str) -> User:
    with db.read() as session:
        user = session.execute(select(User).where(User.username == username)).scalar_one()
        session.expunge(user)
        return user


def test_first_start_creates_the_administrator_once(db: Database) -> None:
    assert not accounts.has_users(db)
    actor = accounts.create_first_admin(db, "zhang", ADMIN_PW, display_name="张主任")
    assert (actor.username, actor.role, actor.display_name) == ("zhang", Role.ADMIN, "张主任")
    assert accounts.has_users(db)
    with pytest.raises(PermissionDeniedError):
        accounts.create_first_admin(db, "li", ADMIN_PW)
    assert actions(db) == ["create"]


def test_first_start_writes_the_district_when_there_is_none(db: Database) -> None:
    assert first_start.needs_district(db)
    first_start.set_up_office(db, "zhang", ADMIN_PW, district_name="南关区总工会", admin_code="220102")
    assert not first_start.needs_district(db)
    with db.read() as session:
        district = session.execute(select(Organisation.kind, Organisation.name, Organisation.admin_code)).one()
    assert tuple(district) == ("district", "南关区总工会", "220102")


def test_a_bad_district_code_creates_nothing(db: Database) -> None:
    with pytest.raises(ValidationError, match="行政区划代码"):
        first_start.set_up_office(db, "zhang", ADMIN_PW, district_name="南关区总工会", admin_code="2201")
    assert not accounts.has_users(db)


def test_passwords_are_argon2id_with_the_required_cost(db: Database, first_admin: Actor) -> None:
    stored = stored_user(db, "zhang").password_hash
    assert stored.startswith("$argon2id$v=19$")
    params = dict(p.split("=") for p in stored.split("$")[3].split(","))
    assert int(params["m"]) >= 19 * 1024
    assert int(params["t"]) >= 2
    assert int(params["p"]) >= 1


def test_no_plaintext_password_in_the_database_file(db: Database, db_path: Path, first_admin: Actor) -> None:
    accounts.authenticate(db, "zhang", ADMIN_PW)
    with pytest.raises(AuthenticationError):
        accounts.authenticate(db, "zhang", "Wrong-password-1")
    db.dispose()
    data = b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))
    assert ADMIN_PW.encode() not in data
    assert b"Wrong-password-1" not in data


def test_sign_in_returns_the_actor_and_is_audited(db: Database, first_admin: Actor) -> None:
    actor = accounts.authenticate(db, " zhang ", ADMIN_PW)
    assert actor == first_admin
    assert stored_user(db, "zhang").last_login_at is not None
    assert actions(db)[-1] == "login"


def test_wrong_password_and_unknown_user_give_the_same_message(db: Database, first_admin: Actor) -> None:
    with pytest.raises(AuthenticationError) as wrong:
        accounts.authenticate(db, "zhang", "not-the-password")
    with pytest.raises(AuthenticationError) as unknown:
        accounts.authenticate(db, "nobody", "not-the-password")
    assert wrong.value.message == unknown.value.message == accounts.WRONG_CREDENTIALS
    assert actions(db)[-2:] == ["login_failed", "login_failed"]
    assert stored_user(db, "zhang").failed_logins == 1


def test_five_failures_lock_the_account_for_five_minutes(db: Database, first_admin: Actor) -> None:
    now = utcnow()
    for _ in range(4):
        with pytest.raises(AuthenticationError, match="用户名或密码不正确"):
            accounts.authenticate(db, "zhang", "guess", now=now)
    with pytest.raises(AuthenticationError, match="已锁定 5 分钟"):
        accounts.authenticate(db, "zhang", "guess", now=now)
    assert "lockout" in actions(db)
    with pytest.raises(AuthenticationError, match="已锁定"):
        accounts.authenticate(db, "zhang", ADMIN_PW, now=now + timedelta(minutes=4))
    actor = accounts.authenticate(db, "zhang", ADMIN_PW, now=now + timedelta(minutes=5, seconds=1))
    assert actor.username == "zhang"
    user = stored_user(db, "zhang")
    assert user.failed_logins == 0
    assert user.locked_until is None


def test_a_successful_sign_in_resets_the_failure_count(db: Database, first_admin: Actor) -> None:
    for _ in range(4):
        with pytest.raises(AuthenticationError):
            accounts.authenticate(db, "zhang", "guess")
    accounts.authenticate(db, "zhang", ADMIN_PW)
    with pytest.raises(AuthenticationError, match="用户名或密码不正确"):
        accounts.authenticate(db, "zhang", "guess")
    assert stored_user(db, "zhang").failed_logins == 1


def test_weak_hashes_are_upgraded_at_sign_in(db: Database, first_admin: Actor) -> None:
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1, type=Type.ID).hash(ADMIN_PW)
    with db.write() as session:
        session.execute(select(User)).scalar_one().password_hash = weak
    accounts.authenticate(db, "zhang", ADMIN_PW)
    upgraded = stored_user(db, "zhang").password_hash
    assert upgraded != weak
    assert not accounts.HASHER.check_needs_rehash(upgraded)


def test_a_corrupt_hash_is_a_failed_sign_in_not_a_crash(db: Database, first_admin: Actor) -> None:
    with db.write() as session:
        session.execute(select(User)).scalar_one().password_hash = "not a hash"
    with pytest.raises(AuthenticationError):
        accounts.authenticate(db, "zhang", ADMIN_PW)
    with pytest.raises(InvalidHashError):
        accounts.HASHER.verify("not a hash", ADMIN_PW)


def test_disabled_accounts_cannot_sign_in(db: Database, first_admin: Actor) -> None:
    uid = accounts.add_user(db, first_admin, "wang", Role.CLERK, "Temp-pass-1")
    accounts.disable_user(db, first_admin, uid)
    with pytest.raises(AuthenticationError, match="已停用"):
        accounts.authenticate(db, "wang", "Temp-pass-1")
    accounts.enable_user(db, first_admin, uid)
    assert accounts.authenticate(db, "wang", "Temp-pass-1").role == Role.CLERK


def test_new_users_must_change_their_password(db: Database, first_admin: Actor) -> None:
    accounts.add_user(db, first_admin, "wang", Role.CLERK, "Temp-pass-1", display_name="王会计")
    actor = accounts.authenticate(db, "wang", "Temp-pass-1")
    assert accounts.must_change_password(db, actor)
    with pytest.raises(ValidationError, match="原密码不正确"):
        accounts.change_password(db, actor, "wrong", "Brand-new-2")
    with pytest.raises(ValidationError, match="至少 8"):
        accounts.change_password(db, actor, "Temp-pass-1", "short")
    with pytest.raises(ValidationError, match="不能与原密码相同"):
        accounts.change_password(db, actor, "Temp-pass-1", "Temp-pass-1")
    accounts.change_password(db, actor, "Temp-pass-1", "Brand-new-2")
    assert not accounts.must_change_password(db, actor)
    with pytest.raises(AuthenticationError):
        accounts.authenticate(db, "wang", "Temp-pass-1")
    assert accounts.authenticate(db, "wang", "Brand-new-2").display_name == "王会计"


def test_user_names_are_unique_and_checked(db: Database, first_admin: Actor) -> None:
    with pytest.raises(DuplicateError):
        accounts.add_user(db, first_admin, "zhang", Role.CLERK, "Temp-pass-1")
    with pytest.raises(ValidationError, match="用户名"):
        accounts.add_user(db, first_admin, "li si", Role.CLERK, "Temp-pass-1")
    with pytest.raises(ValidationError, match="不能与用户名相同"):
        accounts.add_user(db, first_admin, "lisi-2024", Role.CLERK, "LISI-2024")


def test_reset_password_lifts_a_lockout(db: Database, first_admin: Actor) -> None:
    uid = accounts.add_user(db, first_admin, "wang", Role.CLERK, "Temp-pass-1")
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            accounts.authenticate(db, "wang", "guess")
    assert stored_user(db, "wang").locked_until is not None
    accounts.reset_password(db, first_admin, uid, "Fresh-pass-3")
    actor = accounts.authenticate(db, "wang", "Fresh-pass-3")
    assert accounts.must_change_password(db, actor)


def test_the_last_administrator_stays(db: Database, first_admin: Actor) -> None:
    assert first_admin.user_id is not None
    with pytest.raises(ValidationError, match="不能停用自己"):
        accounts.disable_user(db, first_admin, first_admin.user_id)
    with pytest.raises(ValidationError, match="至少要保留一个"):
        accounts.change_role(db, first_admin, first_admin.user_id, Role.CLERK)
    other = accounts.add_user(db, first_admin, "li", Role.ADMIN, "Temp-pass-1")
    accounts.disable_user(db, first_admin, other)
    with pytest.raises(ValidationError, match="至少要保留一个"):
        accounts.disable_user(db, Actor("li", Role.ADMIN, other), first_admin.user_id)
    users = {u.username: u for u in accounts.list_users(db, first_admin)}
    assert not users["li"].is_active
    assert users["zhang"].is_active
    assert users["zhang"].role == Role.ADMIN


def test_change_role_is_audited_with_old_and_new(db: Database, first_admin: Actor) -> None:
    uid = accounts.add_user(db, first_admin, "wang", Role.CLERK, "Temp-pass-1")
    accounts.change_role(db, first_admin, uid, Role.REVIEWER)
    assert accounts.authenticate(db, "wang", "Temp-pass-1").role == Role.REVIEWER
    with db.read() as session:
        changes = session.execute(select(AuditEntry.changes).where(AuditEntry.summary.contains("角色"))).scalar_one()
    assert changes is not None
    assert "经办人" in changes
    assert "审核人" in changes


def test_roles_parse_from_chinese_and_english() -> None:
    assert accounts.parse_role("管理员") is Role.ADMIN
    assert accounts.parse_role("Viewer") is Role.VIEWER
    with pytest.raises(ValidationError, match="角色"):
        accounts.parse_role("boss")


def test_demo_database_has_admin_demo(db: Database) -> None:
    assert not accounts.is_demo_database(db)
    with db.write() as session:
        accounts.ensure_demo_admin(session)
    with db.write() as session:
        accounts.ensure_demo_admin(session)  # a second run changes nothing
    assert accounts.is_demo_database(db)
    assert accounts.authenticate(db, "admin", "demo").role == Role.ADMIN


def test_cli_login_without_users_says_how_to_create_the_administrator(db: Database) -> None:
    with pytest.raises(AuthenticationError, match="users add"):
        accounts.login_for_cli(db, "zhang")


def test_cli_login_reads_the_environment_or_prompts(db: Database, first_admin: Actor,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("UNIONOFFICE_PASSWORD", ADMIN_PW)
    assert accounts.login_for_cli(db, "zhang").username == "zhang"
    monkeypatch.delenv("UNIONOFFICE_PASSWORD")
    prompts: list[str] = []
    monkeypatch.setattr(accounts.getpass, "getpass", lambda prompt: prompts.append(prompt) or "wrong-one")
    with pytest.raises(AuthenticationError):
        accounts.login_for_cli(db, "zhang")
    assert prompts
    assert "zhang" in prompts[0]


def test_sign_in_on_a_read_only_database_writes_nothing(db: Database, first_admin: Actor) -> None:
    before = actions(db)
    db.read_only_reason = "测试：只读"
    assert accounts.authenticate(db, "zhang", ADMIN_PW).username == "zhang"
    with pytest.raises(AuthenticationError):
        accounts.authenticate(db, "zhang", "guess")
    db.read_only_reason = None
    assert actions(db) == before


@pytest.mark.sqlite_only  # the start-up quick check is SQLite's
def test_sign_in_does_not_wait_for_the_start_up_check_but_its_audit_does(
        db: Database, db_path: Path, first_admin: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from unionoffice.db import sqlite_tools
    from unionoffice.services.core import startup

    db.dispose()
    release = threading.Event()
    real_check = sqlite_tools.check
    monkeypatch.setattr(sqlite_tools, "check", lambda p, quick=True: release.wait() and real_check(p, quick=quick))
    reopened = startup.open_database(f"sqlite:///{db_path}", defer_check=True)
    before = actions(reopened)
    assert accounts.authenticate(reopened, "zhang", ADMIN_PW).username == "zhang"
    assert actions(reopened) == before  # nothing written while the check runs
    release.set()
    startup.run_deferred_check(reopened)  # what the GUI's task runner does after the first paint
    assert actions(reopened) == [*before, "login"]
    reopened.dispose()


# -- issue 12: count before you check, a disabled account answers only who knew its password, bounded input --------

@pytest.fixture
def cheap_hashes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A fast argon2 for the many-thread tests, and a record of every password check made."""
    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1, type=Type.ID)
    monkeypatch.setattr(accounts, "HASHER", cheap)
    monkeypatch.setattr(accounts, "_dummy_hash", None)
    checks: list[str] = []
    real_verify = accounts._verify

    def counted(stored_hash: str, password: str) -> bool:
        checks.append(password)
        return real_verify(stored_hash, password)

    monkeypatch.setattr(accounts, "_verify", counted)
    return checks


def sign_in_at_once(db: Database, passwords: list[str]) -> list[str]:
    """Every password tried by its own thread, all released together; returns each outcome ("ok" or the message)."""
    import threading

    barrier = threading.Barrier(len(passwords))
    outcomes: list[str] = ["?"] * len(passwords)

    def attempt(index: int, password: str) -> None:
        barrier.wait()
        try:
            accounts.authenticate(db, "zhang", password)
            outcomes[index] = "ok"
        except AuthenticationError as exc:
            outcomes[index] = exc.message

    threads = [threading.Thread(target=attempt, args=(i, p)) for i, p in enumerate(passwords)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def test_thirty_simultaneous_wrong_sign_ins_get_five_password_checks(db: Database, cheap_hashes: list[str]) -> None:
    accounts.create_first_admin(db, "zhang", ADMIN_PW)
    outcomes = sign_in_at_once(db, [f"guess-{n}" for n in range(29)])
    assert len(cheap_hashes) == accounts.MAX_FAILURES  # the sixth and later were refused before any check
    assert sum("已锁定" in o for o in outcomes) >= 29 - accounts.MAX_FAILURES
    assert actions(db).count("lockout") == 1
    assert actions(db).count("login_failed") == 29
    with pytest.raises(AuthenticationError, match="已锁定"):  # then the right one: refused, and not checked
        accounts.authenticate(db, "zhang", ADMIN_PW)
    assert len(cheap_hashes) == accounts.MAX_FAILURES


def test_the_right_password_among_simultaneous_wrong_ones_gets_no_extra_checks(
        db: Database, cheap_hashes: list[str]) -> None:
    accounts.create_first_admin(db, "zhang", ADMIN_PW)
    outcomes = sign_in_at_once(db, [*(f"guess-{n}" for n in range(29)), ADMIN_PW])
    wrong_checks = sum(p != ADMIN_PW for p in cheap_hashes)
    if "ok" in outcomes:  # its reservation came among the first five: the success resets the count once
        assert wrong_checks <= 2 * accounts.MAX_FAILURES
    else:  # checked or not, it was refused: the account locked while the first five were being checked
        assert len(cheap_hashes) <= accounts.MAX_FAILURES


def test_a_disabled_account_checks_the_password_before_saying_so(db: Database, first_admin: Actor,
                                                                  cheap_hashes: list[str]) -> None:
    uid = accounts.add_user(db, first_admin, "wang", Role.CLERK, "Temp-pass-1")
    accounts.disable_user(db, first_admin, uid)
    cheap_hashes.clear()
    with pytest.raises(AuthenticationError) as wrong:
        accounts.authenticate(db, "wang", "any-guess")
    assert wrong.value.message == accounts.WRONG_CREDENTIALS  # the same answer as for anyone else
    assert cheap_hashes == ["any-guess"]  # and the same work
    assert stored_user(db, "wang").failed_logins == 1
    with pytest.raises(AuthenticationError, match="已停用"):
        accounts.authenticate(db, "wang", "Temp-pass-1")
    assert cheap_hashes == ["any-guess", "Temp-pass-1"]


def test_an_unknown_user_name_is_stored_masked(db: Database, first_admin: Actor) -> None:
    """People type their password into the user-name field: the trail keeps its first character and length."""
    with pytest.raises(AuthenticationError):
        accounts.authenticate(db, "Gonghui-2024!", "whatever")
    with db.read() as session:
        action, username, summary = session.execute(
            select(AuditEntry.action, AuditEntry.username, AuditEntry.summary).order_by(AuditEntry.id.desc()).limit(1)
        ).one()
    assert action == "login_failed"
    assert "Gonghui" not in username + summary
    assert username == "G*（13 个字符）"
    assert "G*（13 个字符）" in summary


def over_long_sign_ins(db: Database) -> None:
    accounts.create_first_admin(db, "zhang", ADMIN_PW)
    for name, password in (("名" * 51, "x"), ("z" * 10_000, "x"), ("zhang", "p" * 1_000_000)):
        with pytest.raises(AuthenticationError) as refused:
            accounts.authenticate(db, name, password)
        assert refused.value.message == accounts.WRONG_CREDENTIALS
    with db.read() as session:
        failed = list(session.execute(select(AuditEntry.username).where(AuditEntry.action == "login_failed")
                                      .order_by(AuditEntry.id)).scalars())
    assert failed == ["名*（51 个字符）", "z*（10000 个字符）", "zhang"]
    with pytest.raises(ValidationError, match="姓名"):
        accounts.add_user(db, accounts.authenticate(db, "zhang", ADMIN_PW), "wang", Role.CLERK, "Temp-pass-1",
                          display_name="王" * 51)


def test_over_long_sign_in_input_is_refused_and_audited(db: Database) -> None:
    over_long_sign_ins(db)


@pytest.mark.postgres
def test_over_long_sign_in_input_on_postgresql(tmp_path: Path) -> None:
    """PostgreSQL raises on a value longer than its column (SQLite stores it): the bound must come first."""
    from tests.helpers.postgres import scratch_database
    from unionoffice.services.core.startup import open_database

    with scratch_database("uo_login") as url:
        pg = open_database(url)
        try:
            over_long_sign_ins(pg)
        finally:
            pg.dispose()


def test_a_sign_in_that_waits_too_long_for_the_write_lock_says_so(db_path: Path, migrated_template: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Counting the attempt needs the write lock: when another program holds it past the busy timeout, the message
    says so instead of calling the database damaged."""
    import shutil
    import sqlite3

    from unionoffice.db import engine
    from unionoffice.domain.common.errors import DatabaseBusyError
    from unionoffice.services.core.startup import open_database

    shutil.copyfile(migrated_template, db_path)
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 100)
    db = open_database(f"sqlite:///{db_path}")
    try:
        accounts.create_first_admin(db, "zhang", ADMIN_PW)
        holder = sqlite3.connect(db_path, isolation_level=None)
        holder.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(DatabaseBusyError, match="数据库正忙.*另一个程序正在写入"):
                accounts.authenticate(db, "zhang", ADMIN_PW)
        finally:
            holder.execute("ROLLBACK")
            holder.close()
    finally:
        db.dispose()
