"""User accounts: first administrator, sign-in with argon2id and lockout, and user administration."""

from __future__ import annotations

import getpass
import logging
import os
import sys
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from unionoffice.db.base import utcnow
from unionoffice.db.engine import Database
from unionoffice.db.models import Setting, User
from unionoffice.domain.common.errors import (
    AuthenticationError,
    DatabaseStateError,
    DuplicateError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
)
from unionoffice.domain.common.passwords import unmet_password_rules
from unionoffice.domain.common.permissions import Permission, Role
from unionoffice.services.core import audit
from unionoffice.services.core.context import SYSTEM, Actor

log = logging.getLogger(__name__)

# docs/reliability.md E7 / OWASP floor for argon2id: m = 19 MiB, t = 2, p = 1. That is ~45 ms here and a few times
# that on a 10-year-old office PC (64 MiB/t=3 took 0.13 s here, a fifth of the 0.6 s start-up budget).
# Hashes made with other parameters are rehashed at the next login (check_needs_rehash).
HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1, type=Type.ID)
MAX_FAILURES = 5
# Input bounds, checked before anything reaches the database (PostgreSQL raises on a value longer than its column)
# or argon2 (which would hash a megabyte as readily as a word).
MAX_USERNAME, MAX_DISPLAY_NAME, MAX_PASSWORD = 50, 50, 1024
LOCKOUT = timedelta(minutes=5)
DEMO_SETTING = "demo"
DEMO_USERNAME, DEMO_PASSWORD = "admin", "demo"
DEMO_USERS = (
    (DEMO_USERNAME, Role.ADMIN, "演示管理员"),
    ("clerk", Role.CLERK, "演示经办人"),
    ("reviewer", Role.REVIEWER, "演示审核人"),
    ("viewer", Role.VIEWER, "演示查阅人"),
)
WRONG_CREDENTIALS = f"用户名或密码不正确。连续输错 {MAX_FAILURES} 次，账户将锁定 5 分钟。"
NO_USERS = "数据库中还没有任何用户。请先创建管理员：unionoffice users add 用户名 --role 管理员"
ENTITY = "app_user"

_dummy_hash: str | None = None


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    role: Role
    is_active: bool
    locked_until: datetime | None
    must_change_password: bool
    last_login_at: datetime | None
    created_at: datetime

    def is_locked(self, now: datetime | None = None) -> bool:
        return self.locked_until is not None and self.locked_until > (now or utcnow())


def hash_password(password: str) -> str:
    return HASHER.hash(password)


def _verify(stored_hash: str, password: str) -> bool:
    try:
        return HASHER.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _spend_verify_time(password: str) -> None:
    """Verify against a throw-away hash, so an unknown user name takes as long as a wrong password."""
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = HASHER.hash(os.urandom(16).hex())
    _verify(_dummy_hash, password)


def check_new_password(password: str, username: str, *, old_password: str | None = None) -> None:
    """Raise a ValidationError naming every rule of the password policy that `password` breaks."""
    if len(password) > MAX_PASSWORD:
        raise ValidationError(f"不能超过 {MAX_PASSWORD} 个字符", field="密码" if old_password is None else "新密码")
    unmet = unmet_password_rules(password, username, old_password=old_password)
    if unmet:
        raise ValidationError("；".join(unmet), field="密码" if old_password is None else "新密码")


def _check_username(username: str) -> str:
    name = username.strip()
    if not name:
        raise ValidationError("不能为空", field="用户名")
    if len(name) > MAX_USERNAME or any(c.isspace() for c in name):
        raise ValidationError(f"不超过 {MAX_USERNAME} 个字符，且不含空格", field="用户名")
    return name


def parse_role(text: str) -> Role:
    """A role from its Chinese name or its English alias (admin, clerk, reviewer, viewer)."""
    aliases = {"admin": Role.ADMIN, "clerk": Role.CLERK, "reviewer": Role.REVIEWER, "viewer": Role.VIEWER}
    value = text.strip()
    role = aliases.get(value.lower()) or next((r for r in Role if r.value == value), None)
    if role is None:
        raise ValidationError(f"“{text}”不是角色；可选：{'、'.join(r.value for r in Role)}", field="角色")
    return role


def actor_for(user: User) -> Actor:
    return Actor(username=user.username, role=Role(user.role), user_id=user.id,
                 display_name=user.display_name or user.username)


def _info(user: User) -> UserInfo:
    return UserInfo(user.id, user.username, user.display_name, Role(user.role), user.is_active, user.locked_until,
                    user.must_change_password, user.last_login_at, user.created_at)


def _find(session: Session, username: str, *, for_update: bool = False) -> User | None:
    """`for_update` locks the row on PostgreSQL until the transaction ends (SQLite's BEGIN IMMEDIATE already lets one
    writer in at a time), so concurrent attempts count one after another (docs/reliability.md §1b)."""
    stmt = select(User).where(User.username == username)
    if for_update:  # and read as it is once locked (its version too: app_user is versioned, docs/server-mode.md)
        stmt = stmt.with_for_update().execution_options(populate_existing=True)
    return session.execute(stmt).scalars().first()


def _user_count(session: Session) -> int:
    return int(session.execute(select(func.count()).select_from(User)).scalar_one())


def has_users(db: Database) -> bool:
    """Whether any account exists; False means the first start must create the administrator."""
    try:
        with db.read() as session:
            return _user_count(session) > 0
    except DatabaseError as exc:
        raise DatabaseStateError(f"无法读取用户表，数据库可能已损坏：{exc.orig}") from exc


def has_enabled_administrator(db: Database) -> bool:
    """Whether an enabled administrator account exists, i.e. someone could sign in and hold every right."""
    try:
        with db.read() as session:
            found = session.execute(select(User.id).where(User.role == Role.ADMIN.value, User.is_active.is_(True))
                                    .limit(1)).first()
    except DatabaseError as exc:
        raise DatabaseStateError(f"无法读取用户表，数据库可能已损坏：{exc.orig}") from exc
    return found is not None


def is_demo_database(db: Database) -> bool:
    with db.read() as session:
        setting = session.get(Setting, DEMO_SETTING)
        return setting is not None and setting.value == "1"


def _new_user(session: Session, username: str, role: Role, password_hash: str, display_name: str,
              must_change: bool) -> User:
    if len(display_name.strip()) > MAX_DISPLAY_NAME:
        raise ValidationError(f"不能超过 {MAX_DISPLAY_NAME} 个字", field="姓名")
    if _find(session, username) is not None:
        raise DuplicateError(f"用户名“{username}”已被使用", field="用户名")
    user = User(username=username, display_name=display_name.strip() or username, role=role.value,
                password_hash=password_hash, is_active=True, failed_logins=0, must_change_password=must_change)
    session.add(user)
    session.flush()
    return user


def create_first_admin(db: Database, username: str, password: str, *, display_name: str = "") -> Actor:
    """The administrator of a new database, only while it has no users at all.

    A new office's district is set up beside it by `services.members.first_start.set_up_office`.
    """
    name = _check_username(username)
    check_new_password(password, name)
    password_hash = hash_password(password)  # outside the write lock: hashing takes ~0.1–0.5 s
    with db.write() as session:
        if _user_count(session) > 0:
            raise PermissionDeniedError("数据库已有用户，请由管理员登录后添加用户。")
        user = _new_user(session, name, Role.ADMIN, password_hash, display_name, must_change=False)
        audit.record(session, SYSTEM, "create", f"首次启动：创建管理员“{name}”", entity=ENTITY, entity_id=user.id,
                     changes={"username": (None, name), "role": (None, Role.ADMIN.value)})
        return actor_for(user)


def ensure_demo_admin(session: Session) -> None:
    """Give a demo database the account admin/demo and mark it, so the login screen can say so."""
    # The administrator does not enter records (docs/architecture.md "Roles"), so the demo also has one user per other
    # role, all with the password demo, to try every screen.
    for username, role, display in DEMO_USERS:
        if _find(session, username) is None:
            user = _new_user(session, username, role, hash_password(DEMO_PASSWORD), display, must_change=False)
            audit.record(session, SYSTEM, "create", f"演示数据库：创建{role.value} {username}（密码 demo）",
                         entity=ENTITY, entity_id=user.id)
    setting = session.get(Setting, DEMO_SETTING)
    if setting is None:
        session.add(Setting(key=DEMO_SETTING, value="1"))
    else:
        setting.value = "1"


def masked_username(name: str) -> str:
    """What the trail keeps of a user name that matches no account: people type their password into that field, so
    only its first character and its length (docs/reliability.md E7: no plaintext password in the logs)."""
    return f"{name[:1]}*（{len(name)} 个字符）"


@dataclass(frozen=True)
class _Attempt:
    """The account signed in to, read in the transaction that counted this attempt as a failure (`counted`)."""

    user: User
    counted: bool


def authenticate(db: Database, username: str, password: str, *, now: datetime | None = None) -> Actor:
    """Check the password; count failures, lock for 5 minutes after 5, and audit every attempt.

    Count before you check (docs/reliability.md §1b): each attempt is counted as a failure in a write transaction
    before argon2 runs, and refused unchecked once 5 are counted, so simultaneous attempts cannot all pass the
    limit first; a correct password then resets the count. The hash itself is verified outside any transaction (a
    slow argon2 never holds the write lock). Input is bounded before it reaches the database. A disabled account
    costs the same check as any other and says so only to someone who knew its password. On a read-only database
    (damaged, network drive) sign-in still works but nothing is written.
    """
    now = now or utcnow()
    name = username.strip()
    attempt = _begin_attempt(db, name, now) if 0 < len(name) <= MAX_USERNAME else None
    if attempt is None:
        _spend_verify_time(password[:MAX_PASSWORD])
        shown = masked_username(name)
        _write_attempt(db, None, shown, "login_failed", f"登录失败：用户“{shown}”不存在")
        raise AuthenticationError(WRONG_CREDENTIALS)
    user = attempt.user
    if len(password) > MAX_PASSWORD or not _verify(user.password_hash, password):
        if _record_wrong_password(db, user.id, now, counted=attempt.counted):
            raise AuthenticationError(f"密码连续输错 {MAX_FAILURES} 次，账户“{name}”已锁定 5 分钟。")
        raise AuthenticationError(WRONG_CREDENTIALS)
    if not user.is_active:
        _write_attempt(db, user.id, name, "login_failed", f"登录失败：用户“{name}”已停用")
        raise AuthenticationError(f"账户“{name}”已停用，请联系管理员。")
    _refuse_if_locked(db, name, now)  # locked by a simultaneous attempt while this password was being checked
    _record_success(db, user, password, now)
    return actor_for(user)


def _locked_message(name: str, until: datetime) -> str:
    return f"账户“{name}”因连续输错密码已锁定，请在 {until.astimezone():%H:%M} 后再试，或请管理员重设密码。"


def _may_count(db: Database) -> bool:
    from unionoffice.services.core.startup import CHECK_PENDING

    return db.read_only_reason in (None, CHECK_PENDING)


def _begin_attempt(db: Database, name: str, now: datetime) -> _Attempt | None:
    """The account named `name` (None if there is none), with this attempt counted as a failure in the same write
    transaction that read the count. Refused here, before any password check, while the account is locked or once
    MAX_FAILURES attempts are counted (this one then locks it). The counter may be written while the start-up check
    is still pending (the GUI signs in before it runs); the audit rows wait for the check as every other write."""
    from unionoffice.services.core.startup import CHECK_PENDING

    refusal: tuple[int, str, bool] | None = None  # (user id, message, whether this attempt locked the account)
    try:
        if not _may_count(db):
            return _uncounted_attempt(db, name, now)
        with db.write(despite=CHECK_PENDING) as session:
            user = _find(session, name, for_update=True)
            if user is None:
                return None
            if user.locked_until is not None and user.locked_until > now:
                refusal = (user.id, _locked_message(name, user.locked_until), False)
            elif user.failed_logins >= MAX_FAILURES:  # the earlier attempts are still being checked
                user.failed_logins, user.locked_until = 0, now + LOCKOUT
                refusal = (user.id, _locked_message(name, user.locked_until), True)
            else:
                user.failed_logins += 1
            session.flush()
            session.expunge(user)
    except DatabaseError as exc:  # a busy database arrives as DatabaseBusyError from db.write(), naming the holder
        raise DatabaseStateError(f"无法读取用户表，数据库可能已损坏：{exc.orig}") from exc
    if refusal is not None:
        user_id, message, locked_now = refusal
        _write_attempt(db, user_id, name, "login_failed", f"登录失败：用户“{name}”已锁定")
        if locked_now:
            _write_attempt(db, user_id, name, "lockout",
                           f"用户“{name}”连续 {MAX_FAILURES} 次登录未成功（其余仍在核对中），锁定 5 分钟")
        raise AuthenticationError(message)
    return _Attempt(user, counted=True)


def _uncounted_attempt(db: Database, name: str, now: datetime) -> _Attempt | None:
    """On a database that cannot be written (damaged, network drive): the account as it is, nothing counted."""
    with db.read() as session:
        user = _find(session, name)
        if user is not None:
            session.expunge(user)
    if user is not None and user.locked_until is not None and user.locked_until > now:
        raise AuthenticationError(_locked_message(name, user.locked_until))
    return None if user is None else _Attempt(user, counted=False)


def _refuse_if_locked(db: Database, name: str, now: datetime) -> None:
    with db.read() as session:
        until = session.execute(select(User.locked_until).where(User.username == name)).scalar()
    if until is not None and until > now:
        _write_attempt(db, None, name, "login_failed", f"登录失败：用户“{name}”已锁定")
        raise AuthenticationError(_locked_message(name, until))


def _writable_after_check(db: Database) -> bool:
    from unionoffice.services.core.startup import wait_for_health_check

    wait_for_health_check(db)
    return not db.read_only_reason


def _write_attempt(db: Database, user_id: int | None, username: str, action: str, summary: str) -> None:
    if not _writable_after_check(db):
        log.warning("database read-only, not recording %s", action)
        return
    with db.write() as session:
        audit.record(session, Actor(username=username or "?", role=Role.VIEWER, user_id=user_id), action, summary,
                     entity=ENTITY, entity_id=user_id)


def _record_wrong_password(db: Database, user_id: int, now: datetime, *, counted: bool) -> bool:
    """Audit a wrong password (already counted by `_begin_attempt`); returns True when this one locks the account:
    the count has reached MAX_FAILURES and no simultaneous attempt has locked it yet."""
    if not counted or not _writable_after_check(db):
        return False
    with db.write() as session:
        # One lockout, however attempts interleave; read as it is once locked.
        user = session.get(User, user_id, with_for_update=True, populate_existing=True)
        assert user is not None
        who = Actor(username=user.username, role=Role(user.role), user_id=user.id)
        summary = f"登录失败：用户“{user.username}”密码错误（连续第 {max(user.failed_logins, 1)} 次）"
        audit.record(session, who, "login_failed", summary, entity=ENTITY, entity_id=user.id)
        already_locked = user.locked_until is not None and user.locked_until > now
        if user.failed_logins < MAX_FAILURES or already_locked:
            return False
        user.failed_logins = 0
        user.locked_until = now + LOCKOUT
        audit.record(session, who, "lockout", f"用户“{user.username}”连续输错密码 {MAX_FAILURES} 次，锁定 5 分钟",
                     entity=ENTITY, entity_id=user.id)
        return True


def _record_success(db: Database, user: User, password: str, now: datetime) -> None:
    """Reset the counters and audit the login. While the deferred start-up check is pending, the write is held
    until the check is done (the GUI runs it after its first paint): the window need not wait for a row the user
    never sees."""
    from unionoffice.services.core.startup import when_checked

    when_checked(db, lambda: _write_success(db, user, password, now))


def _write_success(db: Database, user: User, password: str, now: datetime) -> None:
    if not _writable_after_check(db):
        log.warning("database read-only (%s): sign-in of %s not recorded", db.read_only_reason, user.username)
        return
    new_hash = hash_password(password) if HASHER.check_needs_rehash(user.password_hash) else None
    with db.write() as session:
        # Locked and read afresh: a simultaneous attempt may have counted meanwhile (app_user is versioned).
        stored = session.get(User, user.id, with_for_update=True, populate_existing=True)
        assert stored is not None
        stored.failed_logins = 0
        stored.locked_until = None
        stored.last_login_at = now
        if new_hash is not None:
            stored.password_hash = new_hash
        audit.record(session, actor_for(stored), "login", f"用户“{stored.username}”登录", entity=ENTITY,
                     entity_id=stored.id)


def login_for_cli(db: Database, username: str | None) -> Actor:
    """Sign in a command-line run: --user (or a prompt), password from UNIONOFFICE_PASSWORD or a prompt."""
    if not has_users(db):
        raise AuthenticationError(NO_USERS)
    if not username:
        username = os.environ.get("UNIONOFFICE_USER") or _prompt_username()
    password = os.environ.get("UNIONOFFICE_PASSWORD")
    if password is None:
        try:
            password = getpass.getpass(f"用户“{username}”的密码：")
        except (EOFError, KeyboardInterrupt):
            raise AuthenticationError("未输入密码。可设置环境变量 UNIONOFFICE_PASSWORD。") from None
    return authenticate(db, username, password)


def _prompt_username() -> str:
    if not sys.stdin or not sys.stdin.isatty():
        raise AuthenticationError("请用 --user 指定登录用户名（密码取自环境变量 UNIONOFFICE_PASSWORD）。")
    try:
        return input("用户名：").strip()
    except EOFError:
        raise AuthenticationError("未输入用户名。") from None


def change_password(db: Database, actor: Actor, old_password: str, new_password: str) -> None:
    """A user changes their own password (also clears “must change at next login”)."""
    if actor.user_id is None:
        raise PermissionDeniedError("系统身份没有密码。")
    with db.read() as session:
        user = session.get(User, actor.user_id)
        if user is None:
            raise NotFoundError(f"找不到用户“{actor.username}”")
        stored_hash, username = user.password_hash, user.username
    if len(old_password) > MAX_PASSWORD or not _verify(stored_hash, old_password):
        raise ValidationError("原密码不正确", field="原密码")
    check_new_password(new_password, username, old_password=old_password)
    new_hash = hash_password(new_password)
    with db.write() as session:
        user = session.get(User, actor.user_id)
        assert user is not None
        user.password_hash = new_hash
        user.must_change_password = False
        audit.record(session, actor, "update", f"用户“{username}”修改本人密码", entity=ENTITY, entity_id=user.id)


def must_change_password(db: Database, actor: Actor) -> bool:
    if actor.user_id is None:
        return False
    with db.read() as session:
        user = session.get(User, actor.user_id)
        return bool(user is not None and user.must_change_password)


def add_user(db: Database, actor: Actor, username: str, role: Role, password: str, *,
             display_name: str = "") -> int:
    """A new account; the user must choose their own password at the first sign-in."""
    actor.require(Permission.MANAGE_USERS)
    name = _check_username(username)
    check_new_password(password, name)
    password_hash = hash_password(password)
    with db.write() as session:
        user = _new_user(session, name, role, password_hash, display_name, must_change=True)
        audit.record(session, actor, "create", f"添加用户“{name}”（{role.value}）", entity=ENTITY, entity_id=user.id,
                     changes={"username": (None, name), "display_name": (None, user.display_name),
                              "role": (None, role.value)})
        return user.id


def list_users(db: Database, actor: Actor) -> list[UserInfo]:
    actor.require(Permission.MANAGE_USERS)
    with db.read() as session:
        return [_info(u) for u in session.execute(select(User).order_by(User.username)).scalars()]


def user_id_by_name(db: Database, actor: Actor, username: str) -> int:
    actor.require(Permission.MANAGE_USERS)
    with db.read() as session:
        user = _find(session, username.strip())
        if user is None:
            raise NotFoundError(f"找不到用户“{username}”")
        return user.id


def _managed_user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFoundError(f"找不到编号为 {user_id} 的用户")
    return user


def _other_active_admins(session: Session, user_id: int) -> int:
    return int(session.execute(
        select(func.count()).select_from(User)
        .where(User.role == Role.ADMIN.value, User.is_active.is_(True), User.id != user_id)
    ).scalar_one())


def set_user_active(db: Database, actor: Actor, user_id: int, active: bool) -> None:
    """Disable (or re-enable) an account. Nobody disables themselves, and one active administrator remains."""
    actor.require(Permission.MANAGE_USERS)
    with db.write() as session:
        user = _managed_user(session, user_id)
        if user.is_active == active:
            return
        if not active and user.id == actor.user_id:
            raise ValidationError("不能停用自己的账户", field="用户")
        if not active and user.role == Role.ADMIN.value and _other_active_admins(session, user.id) == 0:
            raise ValidationError("至少要保留一个可用的管理员账户", field="用户")
        user.is_active = active
        verb = "启用" if active else "停用"
        audit.record(session, actor, "update", f"{verb}用户“{user.username}”", entity=ENTITY, entity_id=user.id,
                     changes={"is_active": (not active, active)})


def disable_user(db: Database, actor: Actor, user_id: int) -> None:
    set_user_active(db, actor, user_id, False)


def enable_user(db: Database, actor: Actor, user_id: int) -> None:
    set_user_active(db, actor, user_id, True)


def reset_password(db: Database, actor: Actor, user_id: int, new_password: str) -> None:
    """The administrator sets a temporary password; it also lifts a lockout, and must be changed at sign-in."""
    actor.require(Permission.MANAGE_USERS)
    with db.read() as session:
        username = _managed_user(session, user_id).username
    check_new_password(new_password, username)
    new_hash = hash_password(new_password)
    with db.write() as session:
        user = _managed_user(session, user_id)
        user.password_hash = new_hash
        user.must_change_password = user.id != actor.user_id
        user.failed_logins = 0
        user.locked_until = None
        audit.record(session, actor, "update", f"重设用户“{user.username}”的密码", entity=ENTITY, entity_id=user.id)


def change_role(db: Database, actor: Actor, user_id: int, role: Role) -> None:
    actor.require(Permission.MANAGE_USERS)
    with db.write() as session:
        user = _managed_user(session, user_id)
        if user.role == role.value:
            return
        if user.role == Role.ADMIN.value and user.is_active and _other_active_admins(session, user.id) == 0:
            raise ValidationError("至少要保留一个可用的管理员账户", field="角色")
        audit.record(session, actor, "update", f"用户“{user.username}”的角色改为{role.value}", entity=ENTITY,
                     entity_id=user.id, changes={"role": (user.role, role.value)})
        user.role = role.value
