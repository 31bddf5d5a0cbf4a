"""The trail of what happened survives a restore (issue 12 item 6): newer entries and the restore entry are carried
into the restored file in the step that swaps it in, and a kill at any point leaves the old or the restored one."""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
import sys
from pathlib import Path
from types import ModuleType

import pytest
from sqlalchemy import select

from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry
from unionoffice.services.core import audit, audit_anchor, audit_trail
from unionoffice.services.core.backups import create_backup, restore_backup
from unionoffice.services.core.context import Actor
from unionoffice.services.core.startup import open_database

ROOT = Path(__file__).resolve().parents[3]


def write_entries(db: Database, actor: Actor, count: int, label: str) -> None:
    for n in range(count):
        with db.write() as session:
            audit.record(session, actor, "update", f"{label} {n}", entity="member", entity_id=n)


def trail(db: Database) -> list[tuple[int, str, str]]:
    with db.read() as session:
        return [(i, h, a) for i, h, a in session.execute(
            select(AuditEntry.id, AuditEntry.hash, AuditEntry.action).order_by(AuditEntry.id))]


@pytest.mark.sqlite_only  # restoring replaces the SQLite file
def test_a_restore_keeps_the_entries_written_after_the_backup(db: Database, admin: Actor, clerk: Actor,
                                                              tmp_path: Path) -> None:
    write_entries(db, clerk, 5, "备份之前")
    backup = create_backup(db, admin, tmp_path / "stick")
    write_entries(db, clerk, 4, "备份之后")
    audit_anchor.record_anchor(db, "exit")
    before = trail(db)
    restore_backup(db, admin, backup)
    after = trail(db)
    assert after[:-1] == before  # the same entries, ids and signatures: anchors taken before still hold
    assert after[-1][2] == "restore_backup"
    with db.read() as session:
        summary = session.execute(select(AuditEntry.summary).order_by(AuditEntry.id.desc()).limit(1)).scalar_one()
    assert "转入恢复前比备份更新的审计记录 5 条" in summary  # 4 changes and the backup's own entry
    report = audit_trail.check_chain(db, admin)
    assert report.intact, report.reason


@pytest.mark.sqlite_only  # restoring replaces the SQLite file
def test_a_backup_of_another_history_gets_the_live_entries_re_signed(db: Database, db_path: Path, admin: Actor,
                                                                     clerk: Actor, tmp_path: Path) -> None:
    other_path = tmp_path / "other.db"
    other = open_database(f"sqlite:///{other_path}", create=True)
    write_entries(other, clerk, 3, "另一份数据库")
    foreign = create_backup(other, admin, tmp_path / "stick")
    other.dispose()
    write_entries(db, clerk, 4, "本数据库")
    restore_backup(db, admin, foreign)
    with db.read() as session:
        rows = session.execute(select(AuditEntry.summary, AuditEntry.action).order_by(AuditEntry.id)).all()
    assert [s for s, _ in rows[:3]] == [f"另一份数据库 {n}" for n in range(3)]
    assert [s for s, _ in rows[3:7]] == [f"本数据库 {n}" for n in range(4)]
    assert rows[-1][1] == "restore_backup"
    assert "重新签名" in rows[-1][0]
    assert audit_trail.check_chain(db, admin).first_broken_id is None


def load_drill() -> ModuleType:
    spec = importlib.util.spec_from_file_location("kill_restore", ROOT / "tools" / "kill_restore.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["kill_restore"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> tuple[ModuleType, Path, Path, Path]:
    folder = tmp_path_factory.mktemp("restore-drill")
    drill = load_drill()
    data_dir = folder / "data"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("UNIONOFFICE_DATA_DIR", str(data_dir))  # the children sign with the same key
        path, backup = drill.prepare(folder, 300)
    return drill, path, backup, data_dir


@pytest.mark.parametrize(("point", "expected"), [
    ("safety", "old"), ("carried", "old"), ("staged", "old"), ("page:8", "old"), ("page:60", "old"),
    ("swapped", "restored"),
])
def test_a_kill_during_a_restore_leaves_the_old_or_the_restored_database_with_its_entry(
        prepared: tuple[ModuleType, Path, Path, Path], tmp_path: Path, point: str, expected: str) -> None:
    drill, path, backup, data_dir = prepared
    live = tmp_path / "office.db"
    shutil.copyfile(path, live)
    before = drill.inspect(live)
    proc = drill.start_child(live, backup, data_dir, point)
    assert drill.kill_at(proc, point), f"the restore never reached {point}"
    after = drill.inspect(live)
    assert drill.outcome(before, after) == expected
    conn = sqlite3.connect(live)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_a_restore_after_a_killed_one_is_not_fed_the_killed_ones_leftovers(
        prepared: tuple[ModuleType, Path, Path, Path], tmp_path: Path) -> None:
    """Killed while its staged copy was open, a restore leaves that copy's WAL behind; the next restore must not let
    SQLite replay it into its own copy (it once carried the killed restore's entry in, twice over)."""
    drill, path, backup, data_dir = prepared
    live = tmp_path / "office.db"
    shutil.copyfile(path, live)
    before = drill.inspect(live)
    assert drill.kill_at(drill.start_child(live, backup, data_dir, "carried"), "carried")
    assert live.with_name(live.name + ".restoring.part-wal").exists()
    assert drill.kill_at(drill.start_child(live, backup, data_dir), "done")
    assert drill.outcome(before, drill.inspect(live)) == "restored"
