"""Backups of the SQLite file: online copies, verification, rotation, restore, and the daily schedule."""

from __future__ import annotations

import getpass
import json
import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from unionoffice.db import migrate
from unionoffice.db.engine import Database
from unionoffice.db.sqlite_tools import (
    COPY_STEP_PAGES,
    connect_read_only,
    copy_failure,
    online_copy,
    page_count,
    part_path,
    remove_partial,
    remove_sidecars,
    schema_revisions,
)
from unionoffice.db.sqlite_tools import check as sqlite_check
from unionoffice.domain.common import backup_policy
from unionoffice.domain.common.backup_policy import Generation
from unionoffice.domain.common.errors import DatabaseStateError, PermissionDeniedError, ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.fileutil import fresh_private, private_folder
from unionoffice.services.core import accounts, audit, audit_anchor, startup
from unionoffice.services.core.context import SYSTEM, Actor
from unionoffice.services.core.locks import exclusive
from unionoffice.services.core.restore_trail import Carried, RestoreEntry, carry_trail
from unionoffice.services.core.tasks import CancelToken, Progress, report

log = logging.getLogger(__name__)

# `<db stem>-<kind>-<YYYYMMDD-HHMMSS>.db`; migrate.upgrade writes `before-migration` copies the same way.
NAME_RE = re.compile(r"^(?P<stem>.+)-(?P<kind>daily|exit|manual|before-restore|before-migration)-"
                     r"(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.db$")
ROTATED_KINDS = frozenset({"daily", "exit", "manual"})  # what counts as “the last backup” for the daily one
KEEP_SAFETY_COPIES = backup_policy.KEEP_SAFETY  # of each of before-restore / before-migration
NOTES_NAME = "backup-notes.json"  # per backup file: how it was checked and how many members it holds
CHECK_TICKS_PER_KPAGE = 15  # integrity_check: progress ticks per 1,000 pages (89 for 6,036 pages here)
RESTORE_TOTAL = 10_000  # a restore's progress bar, shared out between its steps (fine enough to move every tick)
RESTORE_STEPS = {"verify": (0, 3500), "safety": (3500, 5500), "stage": (5500, 7500), "carry": (7500, 8000),
                 "swap": (8000, 9900)}
STAGING_SUFFIX = ".restoring.part"  # the restored file while it is prepared beside the live one
REQUIRED_TABLES = frozenset({"alembic_version", "app_user", "audit_entry", "member", "organisation", "setting"})


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str
    taken_at: datetime  # local, aware
    size: int


def backup_folder(db: Database) -> Path:
    """Beside the database, like the copies taken before a migration (for the default database: the data folder)."""
    return _sqlite_path(db).parent / "backups"


def _sqlite_path(db: Database) -> Path:
    if not db.is_sqlite or db.path is None:
        raise DatabaseStateError("PostgreSQL 数据库由数据库服务器备份（pg_dump），本程序只备份 SQLite 数据库文件。")
    return db.path


def _taken_at(path: Path, kind: str, stamp: str) -> datetime:
    if kind == "before-migration":  # migrate.py stamps those in UTC; the file's time is as good
        return datetime.fromtimestamp(path.stat().st_mtime).astimezone()
    return datetime.strptime(stamp, "%Y%m%d-%H%M%S").astimezone()


def list_backups(folder: Path, stem: str | None = None) -> list[BackupInfo]:
    """Backups in `folder` (of database `stem` if given), newest first."""
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    for path in folder.glob("*.db"):
        match = NAME_RE.match(path.name)
        if match is None or (stem is not None and match["stem"] != stem):
            continue
        taken_at = _taken_at(path, match["kind"], match["stamp"])
        found.append(BackupInfo(path, match["kind"], taken_at, path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory(str(migrate.MIGRATIONS_DIR)).walk_revisions()}


def verify_backup(path: Path, *, full: bool = True, progress: Progress | None = None,
                  cancel: CancelToken | None = None) -> list[str]:
    """Problems that make `path` unusable as a UnionOffice backup; empty when it is good.

    Checks: an SQLite file, `integrity_check` + `foreign_key_check` (or `quick_check`), a schema version this
    program knows, and the UnionOffice tables. `progress` hears an estimate while the check runs (SQLite gives no
    total: ticks are counted against what a file of this many pages needed here), `cancel` stops it.
    """
    if path.suffix == ".dump" and path.is_file():  # a server backup (pg_dump's custom format)
        from unionoffice.services.core.server_backups import verify_server_backup

        return verify_server_backup(path)
    if not path.is_file():
        return [f"找不到文件 {path}"]
    problems = startup.header_problems(path)
    if problems:
        return problems
    tick = None
    if progress is not None or cancel is not None:
        expected = max(1, page_count(path) * CHECK_TICKS_PER_KPAGE // 1000)
        ticks = [1]  # the file's header read and its size known: the first step, before SQLite's long first one
        report(progress, 1, expected, cancel)

        def tick() -> None:
            ticks[0] += 1
            report(progress, min(ticks[0], expected * 95 // 100), expected, cancel)

    problems = sqlite_check(path, quick=not full, tick=tick)
    if problems:
        return [f"完整性检查未通过：{p}" for p in problems[:5]]
    revisions = schema_revisions(path)
    if revisions is None:
        return ["不是 UnionOffice 数据库（没有版本表 alembic_version）"]
    unknown = revisions - _known_revisions()
    if unknown or not revisions:
        return [f"数据库版本 {'、'.join(sorted(unknown)) or '空'} 不是本程序认识的版本（可能来自更新的 UnionOffice）"]
    missing = REQUIRED_TABLES - _tables(path)
    if missing:
        return [f"不是 UnionOffice 数据库（缺少数据表 {'、'.join(sorted(missing))}）"]
    return []


def _tables(path: Path) -> set[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def _target_name(folder: Path, stem: str, kind: str, now: datetime) -> Path:
    base = f"{stem}-{kind}-{now:%Y%m%d-%H%M%S}"
    target, n = folder / f"{base}.db", 1
    while target.exists():
        target, n = folder / f"{base}-{n}.db", n + 1
    return target


def create_backup(db: Database, actor: Actor, target_dir: Path | None = None, *, kind: str = "manual",
                  full_check: bool = True, now: datetime | None = None, progress: Progress | None = None,
                  cancel: CancelToken | None = None) -> Path:
    """Copy the live database with SQLite's backup API, verify the copy, and record it in the audit trail.

    Without `target_dir` the copy goes to the backup folder and the automatic backups are rotated. A damaged
    database is not backed up: its copy would push good generations out of the rotation.
    """
    actor.require(Permission.BACKUP)
    if not db.is_sqlite:  # server mode: pg_dump, or what applies instead (services/core/server_backups.py)
        from unionoffice.services.core.server_backups import create_server_backup

        return create_server_backup(db, actor, target_dir, kind=kind, now=now, progress=progress, cancel=cancel)
    source = _sqlite_path(db)
    check = startup.health(db)
    if check is not None and check.damaged:
        raise DatabaseStateError("数据库文件已损坏，不再备份（以免挤掉完好的旧备份）。请从备份恢复。")
    folder = target_dir or backup_folder(db)
    target = _target_name(folder, source.stem, kind, (now or datetime.now()).astimezone())
    report(progress, 0, 3, cancel)
    location = audit_anchor.location_of(db)
    try:  # the copy carries its own audit anchor (docs/audit-trail.md), written before it gets its final name
        online_copy(source, target, finish=lambda copy: audit_anchor.embed_in_copy(copy, location))
    except (OSError, sqlite3.Error) as exc:  # online_copy has removed its part file
        raise DatabaseStateError(f"备份到 {folder} 失败：{copy_failure(exc)}，未留下不完整的文件。") from exc
    report(progress, 1, 3, cancel)
    problems = verify_backup(target, full=full_check)
    if problems:
        target.unlink(missing_ok=True)
        raise DatabaseStateError(f"备份副本检查未通过，已删除：{problems[0]}")
    report(progress, 2, 3)
    note(target, checked="full" if full_check else "quick", members=_member_count(target))
    if target_dir is None:
        rotate(folder, source.stem, now)
    if not db.read_only_reason:
        with db.write() as session:
            audit.record(session, actor, "backup", f"备份数据库到 {target}", entity="database")
    audit_anchor.record_anchor_quietly(db, "backup")
    report(progress, 3, 3)
    log.info("backup %s written", target)
    return target


def rotate(folder: Path, stem: str, now: datetime | None = None) -> list[Path]:
    """Delete the backups of database `stem` in `folder` that the policy (domain/common/backup_policy.py) no longer
    keeps at `now`: never one made by hand. Returns what was deleted."""
    backups = list_backups(folder, stem)
    moment = (now or datetime.now()).astimezone()
    keep = backup_policy.to_keep([Generation(b.path, b.kind, b.taken_at) for b in backups], moment)
    deleted = [b.path for b in backups if b.path not in keep]
    for path in deleted:
        path.unlink(missing_ok=True)
        log.info("rotated out backup %s", path)
    if deleted:
        _prune_notes(folder)
    return deleted


# -- what is known of each backup ---------------------------------------------------------------------------------


def read_notes(folder: Path) -> dict[str, dict[str, object]]:
    """{file name: {"checked": "full" | "quick", "members": n}} for the backups of `folder`; {} when unreadable."""
    try:
        data = json.loads((folder / NOTES_NAME).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in data.items() if isinstance(v, dict)} if isinstance(data, dict) else {}


def _write_notes(folder: Path, notes: dict[str, dict[str, object]]) -> None:
    target = folder / NOTES_NAME
    partial = part_path(target)
    try:
        with open(fresh_private(partial), "w", encoding="utf-8") as handle:
            json.dump(notes, handle, ensure_ascii=False, indent=1, sort_keys=True)
        os.replace(partial, target)
    except OSError:  # the notes only save work when the list is shown: never fail a backup over them
        log.warning("could not write %s", target, exc_info=True)
        partial.unlink(missing_ok=True)


def note(backup: Path, **values: object) -> None:
    """Remember facts about `backup` (how it was checked, its member count) beside it."""
    notes = read_notes(backup.parent)
    notes.setdefault(backup.name, {}).update(values)
    _write_notes(backup.parent, notes)


def _prune_notes(folder: Path) -> None:
    notes = read_notes(folder)
    kept = {name: facts for name, facts in notes.items() if (folder / name).exists()}
    if kept != notes:
        _write_notes(folder, kept)


def _member_count(path: Path) -> int | None:
    """Members on the register (not in the recycle bin) in a backup file; None when it cannot be read."""
    try:
        conn = connect_read_only(path)
        try:
            return int(conn.execute("SELECT count(*) FROM member WHERE deleted_at IS NULL").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return None


@dataclass(frozen=True)
class RestoreChoice:
    """One line of the restore list: a backup of this database with what the clerk needs to choose it."""

    path: Path
    kind: str
    label: str  # 手动备份, 每日自动备份, …
    taken_at: datetime
    size: int
    members: int | None  # None: the file cannot be read
    checked: str | None  # "full", "quick", or None when this program has not checked it


def restore_choices(db: Database, *, progress: Progress | None = None,
                    cancel: CancelToken | None = None) -> list[RestoreChoice]:
    """The backups of the open database in its backup folder, newest first, each with its member count (read from
    the file once, then remembered) and whether it passed a check when it was made."""
    folder = backup_folder(db)
    found = list_backups(folder, _sqlite_path(db).stem)
    notes = read_notes(folder)
    choices: list[RestoreChoice] = []
    counted = False
    for done, backup in enumerate(found):
        report(progress, done, len(found), cancel)
        facts = notes.get(backup.path.name, {})
        members = facts.get("members")
        if not isinstance(members, int):
            members = _member_count(backup.path)
            if members is not None:
                notes.setdefault(backup.path.name, {})["members"] = members
                counted = True
        checked = facts.get("checked")
        choices.append(RestoreChoice(backup.path, backup.kind, backup_policy.KIND_LABELS.get(backup.kind, backup.kind),
                                     backup.taken_at, backup.size, members,
                                     checked if isinstance(checked, str) else None))
    if counted:  # remembered for the next time the list is opened (written once, not per file)
        _write_notes(folder, {name: facts for name, facts in notes.items() if (folder / name).exists()})
    return choices


def describe_backup(path: Path) -> RestoreChoice:
    """A file chosen elsewhere (其他文件…) described like a line of the restore list; it has not been checked."""
    match = NAME_RE.match(path.name)
    stat = path.stat()
    if match is not None:
        kind, taken_at = match["kind"], _taken_at(path, match["kind"], match["stamp"])
    else:
        kind, taken_at = "other", datetime.fromtimestamp(stat.st_mtime).astimezone()
    checked = read_notes(path.parent).get(path.name, {}).get("checked")
    return RestoreChoice(path, kind, backup_policy.KIND_LABELS.get(kind, "其他文件"), taken_at, stat.st_size,
                         _member_count(path), checked if isinstance(checked, str) else None)


def current_summary(db: Database) -> tuple[int, datetime | None]:
    """The open database's member count and the time of its newest audit entry (what a restore would replace)."""
    from sqlalchemy import func, select

    from unionoffice.db.models import AuditEntry, Member

    with db.read() as session:
        members = session.execute(select(func.count()).select_from(Member)
                                  .where(Member.deleted_at.is_(None))).scalar_one()
        last = session.execute(select(func.max(AuditEntry.at))).scalar_one()
    return int(members), last.astimezone() if last is not None else None


def delete_backup(db: Database, actor: Actor, backup: Path) -> None:
    """Delete one backup of this database from its backup folder (the way a hand-made backup goes), audited."""
    actor.require(Permission.BACKUP)
    folder = backup_folder(db)
    match = NAME_RE.match(backup.name)
    if backup.parent.resolve() != folder.resolve() or match is None:
        raise ValidationError(f"{backup.name} 不是备份文件夹中的备份，未删除", field="备份文件")
    try:
        backup.unlink()
    except FileNotFoundError:
        return
    except OSError as exc:
        raise DatabaseStateError(f"删除备份 {backup.name} 失败：{copy_failure(exc)}") from exc
    _prune_notes(folder)
    if not db.read_only_reason:
        with db.write() as session:
            audit.record(session, actor, "delete", f"删除备份 {backup.name}", entity="database")


def newest_good_backup(db: Database, folder: Path | None = None) -> Path | None:
    """The most recent backup of this database that passes `verify_backup` (full check)."""
    source = _sqlite_path(db)
    for backup in list_backups(folder or backup_folder(db), source.stem):
        if not verify_backup(backup.path):
            return backup.path
        log.warning("backup %s failed verification, trying an older one", backup.path)
    return None


def last_automatic_backup(db: Database) -> datetime | None:
    rotated = [b for b in list_backups(backup_folder(db), _sqlite_path(db).stem) if b.kind in ROTATED_KINDS]
    return rotated[0].taken_at if rotated else None


def daily_backup_due(db: Database, now: datetime | None = None) -> bool:
    """True when no automatic backup of this database was taken today (local day)."""
    last = last_automatic_backup(db)
    return last is None or last.date() < (now or datetime.now()).astimezone().date()


def _safety_copy(db: Database, path: Path, pages_done: Progress | None = None) -> Path:
    """Copy the database about to be replaced; a damaged file is copied byte for byte (the backup API may refuse)."""
    target = _target_name(backup_folder(db), path.stem, "before-restore", datetime.now().astimezone())
    try:
        try:
            online_copy(path, target, pages_done=pages_done)
        except sqlite3.DatabaseError as exc:
            if "full" in str(exc):
                raise
            log.warning("online copy of %s failed, copying the raw file", path)
            _raw_copy(path, target)
    except (OSError, sqlite3.Error) as exc:
        raise DatabaseStateError(f"恢复前要先把当前数据库另存一份，但另存到 {target.parent} 失败：{copy_failure(exc)}。"
                                 "未做任何更改。") from exc
    return target


def _raw_copy(path: Path, target: Path) -> None:
    """Byte for byte (a damaged file the backup API refuses), through a part file removed if the copy fails; owner-only
    like every copy (copyfile, not copy2: the copy keeps its own mode, not the original's)."""
    private_folder(target.parent)
    for suffix in ("", "-wal"):
        side = path.with_name(path.name + suffix)
        if not side.exists():
            continue
        final = target.with_name(target.name + suffix)
        partial = part_path(final)
        try:
            shutil.copyfile(side, fresh_private(partial))
            os.replace(partial, final)
        except BaseException:
            remove_partial(partial)
            raise


def _copy_into(source: Path, live: Path, pages_done: Progress | None = None) -> None:
    """Overwrite the live database through SQLite (locks, WAL and all), so no reader sees a half-copied file. The
    destination's write transaction stays open across the steps: stopped half-way, the old data remain."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(live)
    try:
        if pages_done is None:
            src.backup(dst)
        else:
            src.backup(dst, pages=COPY_STEP_PAGES, sleep=0,
                       progress=lambda _status, remaining, total: pages_done(total - remaining, total))
    finally:
        dst.close()
        src.close()


def _replace_file(source: Path, live: Path) -> None:
    """When the live file is too damaged for SQLite to write into: move it and its WAL aside, then copy."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    for suffix in ("", "-wal", "-shm"):
        side = live.with_name(live.name + suffix)
        if side.exists():
            side.replace(live.with_name(f"{live.stem}-damaged-{stamp}{live.suffix}{suffix}"))
    online_copy(source, live)


def restore_backup(db: Database, actor: Actor, backup: Path, *, progress: Progress | None = None,
                   cancel: CancelToken | None = None) -> Path:
    """Verify `backup`, keep a copy of the current database, then put the backup's data in its place.

    Afterwards `db` works on the restored data (migrated if the backup is older). Returns the safety copy.
    """
    actor.require(Permission.RESTORE_BACKUP)

    def entry(safety: Path, carried: Carried) -> tuple[Actor, str, dict[str, tuple[object, object]]]:
        return actor, (f"从备份 {backup.name} 恢复数据库（恢复前的数据库另存为 {safety.name}）；"
                       f"{carried.describe()}"), {"carried": (None, carried.count)}

    safety = _replace_with_backup(db, backup, progress, cancel, entry)
    report(progress, RESTORE_TOTAL, RESTORE_TOTAL)
    return safety


def why_nobody_can_sign_in(db: Database) -> str | None:
    """Why no administrator can sign in to `db` (its user table cannot be read, or it has no enabled
    administrator account), or None when one can. A locked account does not count: a lockout ends in minutes."""
    try:
        if accounts.has_enabled_administrator(db):
            return None
    except DatabaseStateError as exc:
        return exc.message
    return "数据库中没有可用的管理员账户"


def restore_without_sign_in(db: Database, backup: Path, *, progress: Progress | None = None,
                            cancel: CancelToken | None = None) -> Path:
    """The emergency restore, before anybody signs in, allowed only while nobody can (`why_nobody_can_sign_in`).

    Why no permission is checked: with no readable administrator account there is nobody to hold
    RESTORE_BACKUP, and whoever sits at this PC can already copy a backup over the database file by hand (the data
    folder belongs to their Windows account). Refusing would protect nothing; it would only push them to do it
    without the verification, the safety copy of the current file and the audit entry made here. While an
    administrator can sign in this is refused, and `restore_backup` with its permission is the way. The audit
    entry is written as the system, names the operating-system user and why nobody could sign in.
    """
    reason = why_nobody_can_sign_in(db)
    if reason is None:
        raise PermissionDeniedError("数据库中有可以登录的管理员账户：请由管理员登录后从备份恢复。")
    os_user = _os_user()

    def entry(safety: Path, carried: Carried) -> tuple[Actor, str, dict[str, tuple[object, object]]]:
        return SYSTEM, (f"紧急恢复（无人能登录，操作系统用户 {os_user}）：从备份 {backup.name} 恢复数据库"
                        f"（恢复前的数据库另存为 {safety.name}）。原因：{reason}；{carried.describe()}"), \
            {"os_user": (None, os_user), "reason": (None, reason), "carried": (None, carried.count)}

    safety = _replace_with_backup(db, backup, progress, cancel, entry)
    report(progress, RESTORE_TOTAL, RESTORE_TOTAL)
    return safety


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no USERNAME/LOGNAME and no password database entry
        return "（未知）"


def _replace_with_backup(db: Database, backup: Path, progress: Progress | None, cancel: CancelToken | None,
                         entry: Callable[[Path, Carried], tuple[Actor, str, dict[str, tuple[object, object]]]]) -> Path:
    """The restore itself, for callers that have decided it is allowed: verify, keep a safety copy, then prepare the
    replacement beside the live file — the backup, migrated, with the live trail's newer entries and the restore
    entry (`entry`) — and swap it in with one SQLite transaction. A kill before the swap commits leaves the old
    database; after it, the restored one with its restore entry (docs/reliability.md §1b). Leaves the last progress
    step to the caller. Runs under the instance lock: never while another program has the database open
    (services/core/locks.py)."""
    with exclusive(db, "从备份恢复数据库", "要从备份恢复数据库"):
        return _replace_locked(db, backup, progress, cancel, entry)


def _step(progress: Progress | None, cancel: CancelToken | None, name: str) -> Progress:
    """Progress within one step of a restore, as a share of the whole bar (`RESTORE_STEPS`)."""
    start, end = RESTORE_STEPS[name]

    def at(done: int, total: int) -> None:
        report(progress, start + (end - start) * min(done, total) // max(total, 1), RESTORE_TOTAL, cancel)

    return at


def _replace_locked(db: Database, backup: Path, progress: Progress | None, cancel: CancelToken | None,
                    entry: Callable[[Path, Carried], tuple[Actor, str, dict[str, tuple[object, object]]]]) -> Path:
    live = _sqlite_path(db)
    refusal = startup.storage_refusal(live)
    if refusal is not None:
        raise DatabaseStateError(refusal)
    report(progress, 0, RESTORE_TOTAL, cancel)
    problems = verify_backup(backup, progress=_step(progress, cancel, "verify"), cancel=cancel)
    if problems:
        raise DatabaseStateError(f"备份文件 {backup.name} 不能用于恢复：{'；'.join(problems[:3])}")
    safety = _safety_copy(db, live, _step(progress, cancel, "safety"))
    staging = live.with_name(live.name + STAGING_SUFFIX)
    try:
        _stage(db, backup, staging, lambda carried: entry(safety, carried), _step(progress, cancel, "stage"))
        report(progress, RESTORE_STEPS["carry"][1], RESTORE_TOTAL, cancel)  # the last moment a cancel is heard
        db.dispose()
        _swap_in(staging, live, _step(progress, None, "swap"))
    finally:
        staging.unlink(missing_ok=True)
        remove_sidecars(staging)
    db.dispose()
    db.read_only_reason = None
    startup.run_health_check(db)
    if migrate.needs_upgrade(db):
        migrate.upgrade(db)
    audit_anchor.record_anchor_quietly(db, "restore")
    report(progress, RESTORE_STEPS["swap"][1], RESTORE_TOTAL)
    return safety


def _stage(db: Database, backup: Path, staging: Path, entry: RestoreEntry, pages_done: Progress | None = None) -> None:
    """The file that will replace the live one: a copy of the backup at the current schema, the live trail's entries
    newer than the backup's, and the restore entry — in one transaction, before anything of the live file changes."""
    online_copy(backup, staging, pages_done=pages_done)
    staged = Database(f"sqlite:///{staging}")
    try:
        if migrate.needs_upgrade(staged):
            migrate.upgrade(staged, copy_aside=False)  # the backup itself stays as it was
        carry_trail(db, staged, entry)
        staged.checkpoint()
    finally:
        staged.dispose()
    conn = sqlite3.connect(staging)  # a plain rollback-journal file again, so it is read whole and read-only
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


def _swap_in(staging: Path, live: Path, pages_done: Progress | None = None) -> None:
    try:
        _copy_into(staging, live, pages_done)
    except sqlite3.Error as exc:
        log.warning("restoring into %s through SQLite failed (%s); replacing the file", live, exc)
        _replace_file(staging, live)
