"""Backups in server mode (PostgreSQL): `pg_dump` where it is found, with the same verify and rotation as the SQLite
backups, or a plain statement that the server's own backups apply (docs/server-mode.md).

- `pg_dump` is the one named by `UNIONOFFICE_PG_DUMP`, else the saved connection's `pg_dump` setting, else the one on
  PATH. It writes the custom format (`-Fc`) to a part file the program creates owner-only, so nobody else on the PC
  can read the members' data in it; a dump is renamed to its final name only after it passed the check.
- The check (`verify_server_backup`): `pg_restore --list` reads the whole archive's table of contents, and the data of
  the UnionOffice tables is in it (the same required tables as a SQLite backup).
- Rotation: the newest automatic or manual backup of each of the last 7 days, 4 weeks and 12 months, as
  `backups.rotate` does for SQLite files.
- The folder: `server-backups/<host>-<database>` in the data folder of the PC that made it (a server has no file
  beside which to put them)."""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from unionoffice.db.engine import Database
from unionoffice.domain.common.errors import DatabaseStateError
from unionoffice.domain.common.permissions import Permission
from unionoffice.fileutil import create_private
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor
from unionoffice.services.core.tasks import CancelToken, Progress, report

log = logging.getLogger(__name__)

PG_DUMP_ENV = "UNIONOFFICE_PG_DUMP"
SUFFIX = ".dump"
PART_SUFFIX = ".dump.part"
NAME_RE = re.compile(r"^(?P<stem>.+)-(?P<kind>daily|exit|manual)-(?P<stamp>\d{8}-\d{6})(?:-\d+)?\.dump$")
ROTATED_KINDS = frozenset({"daily", "exit", "manual"})
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
REQUIRED_TABLES = frozenset({"alembic_version", "app_user", "audit_entry", "member", "organisation", "setting"})
DUMP_TIMEOUT_S = 6 * 3600
NO_PG_DUMP = ("没有找到 pg_dump（PostgreSQL 客户端程序），本程序不能备份服务器上的数据库。服务器模式下，"
              "数据由数据库服务器自己的备份负责，请向管理服务器的同事确认已按时备份；或安装 PostgreSQL 客户端，"
              f"或用环境变量 {PG_DUMP_ENV} 或连接设置指明 pg_dump 的位置。")


@dataclass(frozen=True)
class ServerBackup:
    path: Path
    kind: str
    taken_at: datetime  # local, aware
    size: int


def find_pg_dump(configured: str | None = None) -> Path | None:
    """The pg_dump to use: the environment's, the saved connection's, then PATH's; None when there is none."""
    for candidate in (os.environ.get(PG_DUMP_ENV), configured):
        if candidate:
            path = Path(candidate).expanduser()
            return path if path.is_file() and os.access(path, os.X_OK) else None
    found = shutil.which("pg_dump")
    return Path(found) if found else None


def _sibling(pg_dump: Path, name: str) -> str:
    """pg_restore beside the pg_dump in use (the same version), else the one on PATH."""
    beside = pg_dump.with_name(name + pg_dump.suffix)
    return str(beside) if beside.is_file() else (shutil.which(name) or name)


def _configured_pg_dump() -> str | None:
    from unionoffice.services.core.connection import load_saved_connection

    saved = load_saved_connection()
    return saved.pg_dump if saved is not None and saved.pg_dump else None


def server_backup_status(db: Database) -> str:
    """What backups mean for this database in one sentence, for the backup dialog and command ("" on SQLite)."""
    if db.is_sqlite:
        return ""
    pg_dump = find_pg_dump(_configured_pg_dump())
    if pg_dump is None:
        return NO_PG_DUMP
    return (f"服务器模式：备份由 {pg_dump} 导出（pg_dump 自定义格式），检查后放在 {server_backup_folder(db)}，"
            "按日、周、月轮换。")


def server_backup_folder(db: Database) -> Path:
    from unionoffice.paths import user_data_dir

    url = make_url(db.url)
    place = re.sub(r"[^0-9A-Za-z._-]+", "_", f"{url.host or 'local'}-{url.port or 5432}-{url.database or 'db'}")
    return user_data_dir() / "server-backups" / place


def _environment(db: Database) -> tuple[list[str], dict[str, str]]:
    """Connection options for the PostgreSQL tools; the password only in their environment, never on a command line."""
    url = make_url(db.url)
    args = []
    if url.host:
        args += ["--host", url.host]
    if url.port:
        args += ["--port", str(url.port)]
    if url.username:
        args += ["--username", url.username]
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    env.setdefault("PGCONNECT_TIMEOUT", "10")
    return [*args, "--no-password"], env


def _target_name(folder: Path, stem: str, kind: str, now: datetime) -> Path:
    base = f"{stem}-{kind}-{now:%Y%m%d-%H%M%S}"
    target, n = folder / f"{base}{SUFFIX}", 1
    while target.exists():
        target, n = folder / f"{base}-{n}{SUFFIX}", n + 1
    return target


def _failure(what: str, completed: subprocess.CompletedProcess[bytes]) -> str:
    text = completed.stderr.decode("utf-8", "replace").strip().splitlines()
    return f"{what}失败（退出码 {completed.returncode}）：{text[-1] if text else '没有说明'}"


def verify_server_backup(path: Path, *, pg_restore: str | None = None) -> list[str]:
    """Problems that make `path` unusable as a UnionOffice server backup; empty when it is good."""
    if not path.is_file():
        return [f"找不到文件 {path}"]
    tool = pg_restore or shutil.which("pg_restore")
    if tool is None:
        return ["没有找到 pg_restore（PostgreSQL 客户端程序），无法检查这个备份"]
    completed = subprocess.run([tool, "--list", str(path)], capture_output=True, timeout=600, check=False)
    if completed.returncode != 0:
        return [_failure("pg_restore 读取备份", completed)]
    listed = completed.stdout.decode("utf-8", "replace")
    with_data = set(re.findall(r"TABLE DATA \S+ (\S+) ", listed))
    missing = REQUIRED_TABLES - with_data
    if missing:
        return [f"不是完整的 UnionOffice 备份（缺少数据表 {'、'.join(sorted(missing))}）"]
    return []


def create_server_backup(db: Database, actor: Actor, target_dir: Path | None = None, *, kind: str = "manual",
                         now: datetime | None = None, progress: Progress | None = None,
                         cancel: CancelToken | None = None) -> Path:
    """`pg_dump` of the whole database into an owner-only file, checked, then rotated (into the default folder only)
    and recorded in the audit trail. Without pg_dump it refuses with what applies instead (NO_PG_DUMP)."""
    actor.require(Permission.BACKUP)
    if db.is_sqlite:
        raise DatabaseStateError("这是 SQLite 数据库文件，请用普通备份。")
    pg_dump = find_pg_dump(_configured_pg_dump())
    if pg_dump is None:
        raise DatabaseStateError(NO_PG_DUMP)
    url = make_url(db.url)
    folder = target_dir or server_backup_folder(db)
    target = _target_name(folder, url.database or "unionoffice", kind, (now or datetime.now()).astimezone())
    part = target.with_name(target.name[: -len(SUFFIX)] + PART_SUFFIX)
    report(progress, 0, 3, cancel)
    options, env = _environment(db)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        create_private(part)
        with part.open("wb") as out:
            completed = subprocess.run([str(pg_dump), "--format=custom", *options, "--dbname", url.database or ""],
                                       stdout=out, stderr=subprocess.PIPE, env=env, timeout=DUMP_TIMEOUT_S,
                                       check=False)
    except (OSError, subprocess.SubprocessError) as exc:
        part.unlink(missing_ok=True)
        raise DatabaseStateError(f"备份到 {folder} 失败：{exc}，未留下不完整的文件。") from exc
    if completed.returncode != 0:
        part.unlink(missing_ok=True)
        raise DatabaseStateError(_failure("pg_dump 备份", completed) + "，未留下不完整的文件。")
    report(progress, 1, 3, cancel)
    problems = verify_server_backup(part, pg_restore=_sibling(pg_dump, "pg_restore"))
    if problems:
        part.unlink(missing_ok=True)
        raise DatabaseStateError(f"备份副本检查未通过，已删除：{problems[0]}")
    os.replace(part, target)
    report(progress, 2, 3)
    if target_dir is None:
        rotate_server_backups(folder, url.database or "unionoffice")
    with db.write() as session:
        audit.record(session, actor, "backup", f"备份服务器数据库到 {target}（pg_dump）", entity="database")
    report(progress, 3, 3)
    log.info("server backup %s written", target)
    return target


def list_server_backups(folder: Path, stem: str | None = None) -> list[ServerBackup]:
    """Finished server backups in `folder` (of database `stem` if given), newest first."""
    if not folder.is_dir():
        return []
    found: list[ServerBackup] = []
    for path in folder.glob(f"*{SUFFIX}"):
        match = NAME_RE.match(path.name)
        if match is None or (stem is not None and match["stem"] != stem):
            continue
        taken_at = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S").astimezone()
        found.append(ServerBackup(path, match["kind"], taken_at, path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def _newest_per_period(backups: list[ServerBackup], period: Callable[[datetime], Hashable], count: int) -> set[Path]:
    kept: set[Path] = set()
    seen: list[Hashable] = []
    for backup in backups:
        key = period(backup.taken_at)
        if key in seen:
            continue
        if len(seen) == count:
            break
        seen.append(key)
        kept.add(backup.path)
    return kept


def rotate_server_backups(folder: Path, stem: str) -> list[Path]:
    """Keep the newest backup of each of the last 7 days, 4 weeks and 12 months; delete the rest (returned)."""
    backups = [b for b in list_server_backups(folder, stem) if b.kind in ROTATED_KINDS]
    keep = _newest_per_period(backups, lambda t: t.date(), KEEP_DAILY)
    keep |= _newest_per_period(backups, lambda t: t.isocalendar()[:2], KEEP_WEEKLY)
    keep |= _newest_per_period(backups, lambda t: (t.year, t.month), KEEP_MONTHLY)
    deleted = [b.path for b in backups if b.path not in keep]
    for path in deleted:
        path.unlink(missing_ok=True)
        log.info("rotated out server backup %s", path)
    return deleted
