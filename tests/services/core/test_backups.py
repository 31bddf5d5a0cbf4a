"""Backups: online copy, verification of damaged copies, rotation, restore drill with identical data."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry, Member
from unionoffice.domain.common.errors import DatabaseStateError, PermissionDeniedError, ValidationError
from unionoffice.services.core import backups, startup
from unionoffice.services.core.context import SYSTEM, Actor
from unionoffice.services.demo.district import generate_demo

pytestmark = pytest.mark.sqlite_only  # backups copy the SQLite file; a server is backed up by its own tools

TABLES = ("member", "membership_event", "member_name_gram", "organisation", "app_user", "setting")


@pytest.fixture
def demo_db(db: Database) -> Database:
    generate_demo(db, SYSTEM, 300, seed=7)
    return db


def fingerprint(path: Path) -> tuple[dict[str, int], str]:
    """Row counts per table and a SHA-256 over every row of the data tables, in key order."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
        digest = hashlib.sha256()
        for table in TABLES:
            for row in conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2"):
                digest.update(repr(row).encode())
        return counts, digest.hexdigest()
    finally:
        conn.close()


def btree_offset(path: Path, table: str = "member") -> int:
    """Where the root page of `table` starts: flipping its header and cell pointers is damage SQLite must see
    (flipped bytes inside a row's payload would only change data, which no integrity check can know)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        return int((root - 1) * page_size)
    finally:
        conn.close()


def flip_bytes(path: Path, offset: int, count: int = 64) -> None:
    with open(path, "r+b") as handle:
        handle.seek(offset)
        data = handle.read(count)
        handle.seek(offset)
        handle.write(bytes(b ^ 0xFF for b in data))


def test_backup_is_an_online_verified_copy_and_audited(demo_db: Database, clerk: Actor) -> None:
    path = backups.create_backup(demo_db, clerk, kind="daily")
    assert path.parent == backups.backup_folder(demo_db)
    assert path.name.startswith("test-daily-")
    assert backups.verify_backup(path) == []
    assert demo_db.path is not None
    assert fingerprint(path) == fingerprint(demo_db.path)
    with demo_db.read() as session:
        last = session.execute(select(AuditEntry.action, AuditEntry.username).order_by(AuditEntry.id.desc())).first()
    assert tuple(last or ()) == ("backup", "clerk")


def test_backup_to_another_folder_is_not_rotated(demo_db: Database, admin: Actor, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    first = backups.create_backup(demo_db, admin, stick)
    second = backups.create_backup(demo_db, admin, stick)
    assert first != second
    assert first.exists()
    assert second.exists()


def test_backup_verify_damage_restore_drill(demo_db: Database, admin: Actor, tmp_path: Path) -> None:
    """Backup → verify → damage copies (truncate, flip bytes) → verify reports → restore a good one → identical."""
    assert demo_db.path is not None
    good = backups.create_backup(demo_db, admin)
    expected = fingerprint(good)
    assert backups.verify_backup(good) == []

    truncated = tmp_path / "truncated.db"
    shutil.copy(good, truncated)
    with open(truncated, "r+b") as handle:
        handle.truncate(good.stat().st_size // 2)
    assert backups.verify_backup(truncated)

    flipped = tmp_path / "flipped.db"
    shutil.copy(good, flipped)
    flip_bytes(flipped, btree_offset(flipped), 64)
    problems = backups.verify_backup(flipped)
    assert problems
    assert "完整性检查未通过" in problems[0]

    header = tmp_path / "header.db"
    shutil.copy(good, header)
    flip_bytes(header, 0, 16)
    assert backups.verify_backup(header) == ["文件不是 SQLite 数据库（文件头不对）"]

    with demo_db.write() as session:  # change the live data, then go back to the backup
        for member in session.execute(select(Member).limit(20)).scalars():
            member.name = "改过的名字"
    assert fingerprint(demo_db.path) != expected
    with pytest.raises(DatabaseStateError, match="不能用于恢复"):
        backups.restore_backup(demo_db, admin, flipped)
    safety = backups.restore_backup(demo_db, admin, good)
    demo_db.dispose()
    assert fingerprint(demo_db.path)[0] == expected[0]
    assert fingerprint(demo_db.path)[1] == expected[1]
    assert safety.name.startswith("test-before-restore-")
    assert backups.verify_backup(safety) == []
    with demo_db.read() as session:
        assert session.execute(select(AuditEntry.action).order_by(AuditEntry.id.desc())).scalar() == "restore_backup"


def test_restore_replaces_a_live_file_sqlite_cannot_open(demo_db: Database, admin: Actor) -> None:
    assert demo_db.path is not None
    good = backups.create_backup(demo_db, admin)
    demo_db.dispose()
    flip_bytes(demo_db.path, 0, 100)
    demo_db.read_only_reason = "损坏"
    backups.restore_backup(demo_db, admin, good)
    assert demo_db.read_only_reason is None
    assert fingerprint(demo_db.path)[0] == fingerprint(good)[0]
    assert list(demo_db.path.parent.glob("test-damaged-*.db")), "the damaged file is kept aside"


def test_verify_names_what_is_not_a_unionoffice_backup(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    assert "不是 UnionOffice 数据库" in backups.verify_backup(other)[0]
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
    conn.execute("INSERT INTO alembic_version VALUES ('9999')")
    conn.commit()
    conn.close()
    assert "9999" in backups.verify_backup(other)[0]
    text_file = tmp_path / "notes.db"
    text_file.write_text("备忘录" * 100)
    assert "不是 SQLite" in backups.verify_backup(text_file)[0]
    assert "找不到" in backups.verify_backup(tmp_path / "missing.db")[0]


def test_roles_without_the_permission_cannot_back_up_or_restore(demo_db: Database, viewer: Actor, clerk: Actor,
                                                                reviewer: Actor, admin: Actor) -> None:
    with pytest.raises(PermissionDeniedError):
        backups.create_backup(demo_db, viewer)
    good = backups.create_backup(demo_db, admin)
    for actor in (viewer, clerk, reviewer):
        with pytest.raises(PermissionDeniedError):
            backups.restore_backup(demo_db, actor, good)


def test_a_damaged_database_is_not_backed_up(demo_db: Database, admin: Actor) -> None:
    check = startup.HealthCheck()
    check.problems = ["*** in database main ***"]
    check.done.set()
    startup._checks[demo_db] = check
    with pytest.raises(DatabaseStateError, match="已损坏"):
        backups.create_backup(demo_db, admin)
    assert backups.list_backups(backups.backup_folder(demo_db)) == []


def test_newest_good_backup_skips_damaged_ones(demo_db: Database, admin: Actor) -> None:
    older = backups.create_backup(demo_db, admin, now=datetime.now() - timedelta(days=1))
    newer = backups.create_backup(demo_db, admin)
    assert backups.newest_good_backup(demo_db) == newer
    flip_bytes(newer, btree_offset(newer), 64)
    assert backups.newest_good_backup(demo_db) == older


def test_backups_taken_while_another_connection_writes_are_consistent(demo_db: Database, admin: Actor,
                                                                       tmp_path: Path) -> None:
    stop = threading.Event()

    def write_constantly() -> None:
        n = 0
        while not stop.is_set():
            with demo_db.write() as session:
                member = session.get(Member, 1 + n % 200)
                assert member is not None
                member.note = f"第 {n} 次修改"
            n += 1

    writer = threading.Thread(target=write_constantly)
    writer.start()
    try:
        copies = [backups.create_backup(demo_db, admin, tmp_path / "copies") for _ in range(5)]
    finally:
        stop.set()
        writer.join()
    assert all(backups.verify_backup(c) == [] for c in copies)


def fake_backups(folder: Path, stamps: list[datetime], kind: str = "daily") -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for stamp in stamps:
        (folder / f"unionoffice-{kind}-{stamp:%Y%m%d-%H%M%S}.db").write_bytes(b"")


def test_rotation_follows_the_policy_in_the_folder(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    start = datetime(2024, 1, 1, 18, 0)
    days = [start + timedelta(days=n) for n in range(400)]
    fake_backups(folder, days + [d.replace(hour=9) for d in days[-3:]])
    fake_backups(folder, [start + timedelta(days=n) for n in range(8)], kind="before-restore")
    (folder / "unrelated.db").write_bytes(b"")
    (folder / "other-daily-20240101-000000.db").write_bytes(b"")
    now = days[-1] + timedelta(hours=1)
    backups.rotate(folder, "unionoffice", now)
    kept = backups.list_backups(folder, "unionoffice")
    daily = sorted(b.taken_at.replace(tzinfo=None) for b in kept if b.kind == "daily")
    last = days[-1]
    assert daily[-30:] == [last - timedelta(days=n) for n in range(29, -1, -1)]  # the 09:00 ones went
    assert len({(b.year, b.month) for b in daily}) == 12
    assert len(daily) <= 30 + 12
    assert len([b for b in kept if b.kind == "before-restore"]) == backups.KEEP_SAFETY_COPIES
    assert (folder / "unrelated.db").exists()
    assert (folder / "other-daily-20240101-000000.db").exists()


def test_rotation_on_exit_keeps_every_manual_backup(demo_db: Database, admin: Actor) -> None:
    """Issue 14: a backup made by hand was deleted by the exit backup half a minute later. Time-travelled over two
    years of use: hand-made backups all stay, exit backups keep the last ten of the day."""
    start = datetime(2025, 1, 6, 9, 0).astimezone()
    manual = []
    for day in range(0, 700, 14):
        moment = start + timedelta(days=day)
        manual.append(backups.create_backup(demo_db, admin, kind="manual", full_check=False, now=moment))
        backups.create_backup(demo_db, SYSTEM, kind="exit", full_check=False, now=moment + timedelta(seconds=30))
    assert all(path.exists() for path in manual)
    last_day = start + timedelta(days=700)
    exits = [backups.create_backup(demo_db, SYSTEM, kind="exit", full_check=False,
                                   now=last_day + timedelta(minutes=n + 1)) for n in range(12)]
    assert all(path.exists() for path in manual)
    assert [path.exists() for path in exits] == [False, False] + [True] * 10
    folder = backups.backup_folder(demo_db)
    kinds = [b.kind for b in backups.list_backups(folder)]
    assert kinds.count("manual") == len(manual)


def test_the_restore_list_says_when_what_how_big_how_many_and_whether_checked(demo_db: Database,
                                                                               admin: Actor) -> None:
    manual = backups.create_backup(demo_db, admin, kind="manual")
    daily = backups.create_backup(demo_db, SYSTEM, kind="daily", full_check=False,
                                  now=datetime.now().astimezone() - timedelta(hours=1))
    copied_in = backups.backup_folder(demo_db) / "test-manual-20200101-120000.db"
    shutil.copy(manual, copied_in)  # put there by hand: nobody checked it
    choices = backups.restore_choices(demo_db)
    assert [c.path for c in choices] == [manual, daily, copied_in]
    with demo_db.read() as session:
        members = len(session.execute(select(Member.id).where(Member.deleted_at.is_(None))).all())
    assert [c.members for c in choices] == [members] * 3
    assert [c.checked for c in choices] == ["full", "quick", None]
    assert [c.label for c in choices] == ["手动备份", "每日自动备份", "手动备份"]
    assert all(c.size == c.path.stat().st_size for c in choices)
    assert choices[2].taken_at.replace(tzinfo=None) == datetime(2020, 1, 1, 12, 0)
    # the member count was remembered: a second listing does not open the files again
    assert backups.read_notes(copied_in.parent)[copied_in.name]["members"] == members


def test_deleting_a_backup_is_audited_and_only_in_the_backup_folder(demo_db: Database, admin: Actor,
                                                                     tmp_path: Path) -> None:
    manual = backups.create_backup(demo_db, admin, kind="manual")
    elsewhere = tmp_path / "test-manual-20200101-120000.db"
    shutil.copy(manual, elsewhere)
    with pytest.raises(ValidationError, match="不是备份文件夹中的备份"):
        backups.delete_backup(demo_db, admin, elsewhere)
    backups.delete_backup(demo_db, admin, manual)
    assert not manual.exists()
    assert manual.name not in backups.read_notes(manual.parent)
    with demo_db.read() as session:
        summary = session.execute(select(AuditEntry.summary).order_by(AuditEntry.id.desc()).limit(1)).scalar_one()
    assert summary == f"删除备份 {manual.name}"


def test_a_restore_reports_progress_step_by_step(demo_db: Database, admin: Actor) -> None:
    good = backups.create_backup(demo_db, admin)
    seen: list[tuple[int, int]] = []
    backups.restore_backup(demo_db, admin, good, progress=lambda done, total: seen.append((done, total)))
    assert {total for _done, total in seen} == {backups.RESTORE_TOTAL}
    values = [done for done, _total in seen]
    assert values == sorted(values)
    assert values[-1] == backups.RESTORE_TOTAL
    assert len(set(values)) >= 6  # more than the old four steps: the copies report as they go


def test_daily_backup_is_due_once_a_day(demo_db: Database, admin: Actor) -> None:
    assert backups.daily_backup_due(demo_db)
    backups.create_backup(demo_db, admin, kind="exit")
    assert not backups.daily_backup_due(demo_db)
    assert backups.daily_backup_due(demo_db, now=datetime.now() + timedelta(days=1))


def test_postgresql_databases_are_not_file_backed_up(admin: Actor) -> None:
    db = Database("postgresql://nobody@127.0.0.1/none")
    with pytest.raises(DatabaseStateError, match="pg_dump"):
        backups.create_backup(db, admin)
    db.dispose()
