"""The audit trail notices what is missing (issue 12 item 5): signed entries, anchors outside the file, triggers.

Every tampering case of the issue, done the way someone holding the file would: drop the triggers, then edit."""

from __future__ import annotations

import json
import sqlite3
import stat
from pathlib import Path

import pytest
from sqlalchemy import select, text

from tests.helpers.postgres import scratch_database
from tests.helpers.tamper import drop_guards, tampering
from unionoffice.cli.main import run
from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry
from unionoffice.services.core import audit, audit_anchor, audit_key, audit_trail
from unionoffice.services.core.backups import create_backup
from unionoffice.services.core.context import Actor
from unionoffice.services.core.startup import open_database

ENTRIES = 20


def write_entries(db: Database, actor: Actor, count: int, start: int = 0) -> None:
    for n in range(start, start + count):
        with db.write() as session:
            audit.record(session, actor, "update", f"修改会员 {n}", entity="member", entity_id=n,
                         changes={"name": (f"旧{n}", f"新{n}")})


@pytest.fixture
def anchored(request: pytest.FixtureRequest, db: Database, clerk: Actor) -> Database:
    if not db.is_sqlite:  # anchored by a file backup: server mode's pg_dump backups are anchored there
        pytest.skip("the anchor here comes with a SQLite backup file")
    """A trail of 20 entries with an anchor outside the file, as every backup leaves one (the backup's own entry
    makes it 21)."""
    write_entries(db, clerk, ENTRIES - 1)
    create_backup(db, clerk)
    return db


def verdict(db: Database, admin: Actor) -> audit_trail.ChainReport:
    return audit_trail.check_chain(db, admin)


def test_an_anchored_untouched_trail_is_intact(anchored: Database, admin: Actor) -> None:
    report = verdict(anchored, admin)
    assert report.intact, report.reason
    assert report.checked == ENTRIES
    assert "备份" in report.anchor_note


@pytest.mark.parametrize("deleted", [1, 3, ENTRIES // 2])
def test_deleting_the_newest_entries_is_noticed(anchored: Database, db_path: Path, admin: Actor,
                                                deleted: int) -> None:
    with tampering(db_path) as conn:
        conn.execute("DELETE FROM audit_entry WHERE id > ?", (ENTRIES - deleted,))
    report = verdict(anchored, admin)
    assert report.verdict == "broken"
    assert f"至少 {deleted} 条最新的审计记录被删除" in report.reason


def test_deleting_every_entry_is_noticed(anchored: Database, db_path: Path, admin: Actor) -> None:
    with tampering(db_path) as conn:
        conn.execute("DELETE FROM audit_entry")
    report = verdict(anchored, admin)
    assert report.verdict == "broken"
    assert "全部审计记录被删除" in report.reason


def test_deleting_the_newest_and_writing_new_ones_is_noticed(anchored: Database, db_path: Path, clerk: Actor,
                                                             admin: Actor) -> None:
    with tampering(db_path) as conn:
        conn.execute("DELETE FROM audit_entry WHERE id > ?", (ENTRIES - 3,))
    write_entries(anchored, clerk, 5, start=100)  # the program carries on: the count passes the anchor's again
    report = verdict(anchored, admin)
    assert report.verdict == "broken"
    assert f"第 {ENTRIES} 条与" in report.reason


def test_renumbering_every_entry_is_noticed(anchored: Database, db_path: Path, admin: Actor) -> None:
    with tampering(db_path) as conn:
        conn.execute("UPDATE audit_entry SET id = id + 1000")
    report = verdict(anchored, admin)
    assert report.verdict == "broken"
    assert report.first_broken_id == 1001


def recompute_plain(db: Database, from_id: int, *, edit: str, until_id: int | None = None) -> None:
    """Edit one entry and recompute the chain from it on (up to `until_id`) with plain SHA-256, as the old program
    hashed."""
    drop_guards(db)
    with db.write() as session:
        stmt = select(AuditEntry).where(AuditEntry.id >= from_id).order_by(AuditEntry.id)
        if until_id is not None:
            stmt = stmt.where(AuditEntry.id <= until_id)
        entries = session.execute(stmt).scalars().all()
        previous = session.execute(select(AuditEntry.hash).where(AuditEntry.id < from_id)
                                   .order_by(AuditEntry.id.desc()).limit(1)).scalar() or audit.GENESIS
        entries[0].summary = edit
        for entry in entries:
            entry.key_id = None
            entry.prev_hash = previous
            entry.hash = audit.entry_hash(previous, entry)
            previous = entry.hash


def test_an_edit_rehashed_with_plain_sha256_is_noticed(anchored: Database, admin: Actor) -> None:
    recompute_plain(anchored, 5, edit="无事发生")
    report = verdict(anchored, admin)
    assert report.verdict == "broken"
    assert report.first_broken_id == 5


def test_a_whole_trail_rehashed_with_plain_sha256_is_noticed(anchored: Database, admin: Actor) -> None:
    recompute_plain(anchored, 1, edit="首次启动：无事发生")
    report = verdict(anchored, admin)
    assert report.verdict == "broken"
    assert "整体重写" in report.reason


def test_an_edit_resigned_with_another_key_is_noticed(anchored: Database, admin: Actor) -> None:
    forger = audit_key.AuditKey(audit_key.key_id_of(b"x" * 32), b"x" * 32)
    drop_guards(anchored)
    with anchored.write() as session:
        entries = session.execute(select(AuditEntry).where(AuditEntry.id >= 7).order_by(AuditEntry.id)).scalars().all()
        previous = session.execute(select(AuditEntry.hash).where(AuditEntry.id == 6)).scalar_one()
        entries[0].summary = "无事发生"
        for entry in entries:
            audit.seal(entry, entry.id - 1, previous, forger)
            previous = entry.hash
    report = verdict(anchored, admin)
    assert report.verdict == "broken"
    assert f"第 {ENTRIES} 条与" in report.reason


def test_an_edited_anchor_is_noticed(anchored: Database, admin: Actor, private_data_dir: Path) -> None:
    (path,) = (private_data_dir / audit_anchor.FOLDER_NAME).glob("*.jsonl")
    lines = path.read_text(encoding="utf-8").splitlines()
    forged = json.loads(lines[-1])
    forged["count"] = 5
    path.write_text("\n".join([*lines[:-1], json.dumps(forged)]) + "\n", encoding="utf-8")
    report = verdict(anchored, admin)
    assert report.verdict == "broken"
    assert "锚点记录被改动" in report.reason


def test_the_backup_file_carries_an_anchor_of_its_own(anchored: Database, db_path: Path, admin: Actor,
                                                      private_data_dir: Path) -> None:
    """Without the anchor file (deleted along with the newest entries) the backup's copy still catches it."""
    for path in (private_data_dir / audit_anchor.FOLDER_NAME).glob("*.jsonl"):
        path.unlink()
    with tampering(db_path) as conn:
        conn.execute("DELETE FROM audit_entry WHERE id > 15")
    report = verdict(anchored, admin)
    assert report.verdict == "broken"
    assert "备份文件内" in report.reason


def test_without_any_anchor_the_trail_is_not_called_sound(db: Database, clerk: Actor, admin: Actor) -> None:
    write_entries(db, clerk, 5)
    report = verdict(db, admin)
    assert not report.intact
    assert report.verdict == "unproven"
    assert "没有找到" in report.reason


def test_anchors_are_owner_only_and_written_at_each_clean_exit_of_a_command(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, private_data_dir: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("UNIONOFFICE_PASSWORD", "Gonghui-2024")
    monkeypatch.setenv("UNIONOFFICE_NEW_PASSWORD", "Gonghui-2024")
    dbarg = ["--db", str(tmp_path / "office.db")]
    assert run([*dbarg, "init"]) == 0  # creating a database is explicit; its trail is still empty: no anchor
    assert run([*dbarg, "users", "add", "zhang", "--role", "管理员"]) == 0
    (path,) = (private_data_dir / audit_anchor.FOLDER_NAME).glob("*.jsonl")
    anchors = len(path.read_text(encoding="utf-8").splitlines())
    assert anchors == 1
    assert run([*dbarg, "--user", "zhang", "audit", "verify"]) == 0
    assert "审计记录完好" in capsys.readouterr().out
    assert len(path.read_text(encoding="utf-8").splitlines()) == anchors + 1
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(audit_key.keys_path().stat().st_mode) == 0o600


def test_the_trail_refuses_update_and_delete(db: Database, clerk: Actor) -> None:
    write_entries(db, clerk, 3)
    for statement in ("UPDATE audit_entry SET summary = 'x' WHERE id = 2", "DELETE FROM audit_entry WHERE id = 3"):
        with pytest.raises(Exception, match="只能追加"), db.write() as session:
            session.execute(text(statement))


@pytest.mark.postgres
def test_the_trail_refuses_update_delete_and_truncate_on_postgresql(clerk: Actor, admin: Actor) -> None:
    with scratch_database("uo_anchor") as url:
        pg = open_database(url)
        try:
            write_entries(pg, clerk, 3)
            for statement in ("UPDATE audit_entry SET summary = 'x' WHERE id = 2",
                              "DELETE FROM audit_entry WHERE id = 3", "TRUNCATE audit_entry"):
                with pytest.raises(Exception, match="只能追加"), pg.write() as session:
                    session.execute(text(statement))
            audit_anchor.record_anchor(pg, "exit")
            assert verdict(pg, admin).intact
            drop_guards(pg)
            with pg.write() as session:
                session.execute(text("DELETE FROM audit_entry WHERE id = 3"))
            assert "至少 1 条最新的" in verdict(pg, admin).reason
        finally:
            pg.dispose()


def test_entries_signed_on_another_pc_verify_once_its_key_is_imported(
        anchored: Database, admin: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    exported = tmp_path / "keys.json"
    audit_key.export_keys(anchored, admin, exported)
    assert stat.S_IMODE(exported.stat().st_mode) == 0o600
    other_pc = tmp_path / "other-pc"
    other_pc.mkdir()
    monkeypatch.setenv("UNIONOFFICE_DATA_DIR", str(other_pc))  # the database moved to a new PC
    audit_anchor.record_anchor(anchored, "exit")
    report = verdict(anchored, admin)
    assert report.verdict == "unproven"
    assert "另一台电脑的密钥" in report.reason
    assert audit_key.import_keys(anchored, admin, exported) == 1
    assert verdict(anchored, admin).intact


def legacy_database(path: Path, actor: Actor) -> None:
    """A database as the version before signed entries left it: schema 0005, entries chained with plain SHA-256."""
    from alembic import command

    from unionoffice.db import migrate

    old = Database(f"sqlite:///{path}")
    command.upgrade(migrate.alembic_config(old), "0005")
    previous = audit.GENESIS
    with old.engine.begin() as conn:
        for n in range(1, 6):
            entry = audit.new_entry(actor, "update", f"旧记录 {n}")
            entry.id = n
            values = {"id": n, "at": entry.at.isoformat(" "), "user_id": actor.user_id, "username": actor.username,
                      "action": "update", "entity": None, "entity_id": None, "summary": entry.summary,
                      "changes": None, "prev_hash": previous, "hash": audit.entry_hash(previous, entry)}
            conn.execute(text("INSERT INTO audit_entry (id, at, user_id, username, action, entity, entity_id, summary,"
                              " changes, prev_hash, hash) VALUES (:id, :at, :user_id, :username, :action, :entity,"
                              " :entity_id, :summary, :changes, :prev_hash, :hash)"), values)
            previous = values["hash"]
    old.dispose()


def test_an_existing_trail_is_verified_across_the_switch_to_signed_entries(tmp_path: Path, clerk: Actor,
                                                                            admin: Actor) -> None:
    path = tmp_path / "old.db"
    legacy_database(path, clerk)
    db = open_database(f"sqlite:///{path}")  # upgrades to 0009 and signs its link to the old entries
    try:
        with db.read() as session:
            last = session.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).scalar_one()
            assert (last.id, last.action, last.key_id is not None) == (6, "audit_key", True)
            assert "5 条为旧格式" in last.summary
            assert "旧记录的链完好" in last.summary
        audit_anchor.record_anchor(db, "exit")
        assert audit_trail.check_chain(db, admin).intact
        recompute_plain(db, 2, edit="旧记录被改", until_id=5)  # the old entries rewritten after the switch ...
        report = audit_trail.check_chain(db, admin)
        assert (report.verdict, report.first_broken_id) == ("broken", 6)  # ... break the signed link to them
        with tampering(path) as conn:  # and moving that link breaks its signature
            new_head = conn.execute("SELECT hash FROM audit_entry WHERE id = 5").fetchone()[0]
            conn.execute("UPDATE audit_entry SET prev_hash = ? WHERE id = 6", (new_head,))
        report = audit_trail.check_chain(db, admin)
        assert (report.verdict, report.first_broken_id) == ("broken", 6)
        assert "内容被改动" in report.reason
    finally:
        db.dispose()


def test_a_legacy_trail_already_changed_is_said_so_when_it_is_signed(tmp_path: Path, clerk: Actor) -> None:
    path = tmp_path / "old.db"
    legacy_database(path, clerk)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE audit_entry SET summary = '被改过' WHERE id = 3")
    conn.commit()
    conn.close()
    db = open_database(f"sqlite:///{path}")
    try:
        with db.read() as session:
            summary = session.execute(select(AuditEntry.summary).where(AuditEntry.action == "audit_key")).scalar_one()
        assert "第 3 条起与旧链不符" in summary
    finally:
        db.dispose()
