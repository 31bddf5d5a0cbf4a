"""Backup menu actions: back up to a chosen folder, restore with verification and confirmation, daily and exit
backups, and the offer of the newest good backup after a failed start-up check."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.helpers.messages import MessageLog
from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry
from unionoffice.services.core import accounts, backups, startup
from unionoffice.services.core.context import Actor
from unionoffice.ui.admin import backup_actions
from unionoffice.ui.admin.backup_dialog import BackupDialog
from unionoffice.ui.shell import tasks
from unionoffice.ui.shell.context import AppContext


def audit_count(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(select(func.count()).select_from(AuditEntry)).scalar_one())


def test_back_up_to_a_chosen_folder(qtbot: QtBot, db: Database, clerk: Actor, tmp_path: Path, gui: MessageLog,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    backup_actions.back_up_to_folder(AppContext(db, clerk), None)
    (copy,) = stick.glob("*.db")
    assert backups.verify_backup(copy) == []
    assert str(copy) in gui.texts("info")[0]


def test_restore_chooses_from_the_dated_list_confirms_and_reopens(qtbot: QtBot, db: Database, admin: Actor,
                                                                  gui: MessageLog) -> None:
    good = backups.create_backup(db, admin)
    before = audit_count(db)
    reopened: list[bool] = []
    dialog = backup_actions.restore_from_backup(AppContext(db, admin), None, lambda: reopened.append(True))
    assert isinstance(dialog, BackupDialog)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "手动备份"
    assert dialog.table.item(0, 3).text() == "0"  # members in the backup
    gui.answer = False
    dialog.restore.click()
    assert not reopened
    question = gui.texts("confirm")[0]
    assert "test.db" in question  # what is replaced …
    assert good.name not in question  # … and by what, in words: the date and the kind
    assert f"{dialog.choices[0].taken_at:%Y-%m-%d %H:%M}" in question
    assert "手动备份" in question

    gui.answer = True
    dialog.restore.click()
    assert reopened == [True]
    assert f"{dialog.choices[0].taken_at:%Y-%m-%d %H:%M}" in gui.texts("info")[0]
    # The backup was copied before its own "backup" entry was written; the restore carries that newer entry into the
    # restored file and adds its own (issue 12 item 6: the trail of what happened survives a restore).
    assert before == 1
    assert audit_count(db) == 2


def test_another_file_is_checked_when_restored(qtbot: QtBot, db: Database, admin: Actor, tmp_path: Path,
                                               gui: MessageLog, monkeypatch: pytest.MonkeyPatch) -> None:
    good = backups.create_backup(db, admin)
    damaged = tmp_path / "damaged.db"
    shutil.copy(good, damaged)
    with open(damaged, "r+b") as handle:
        handle.truncate(4096)
    reopened: list[bool] = []
    dialog = BackupDialog(AppContext(db, admin), None, lambda: reopened.append(True))
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(damaged), ""))
    dialog.other.click()
    assert "其他文件" in gui.texts("confirm")[0]
    assert not reopened
    assert "不能用于恢复" in gui.texts("error")[0]


def test_the_dialog_shows_the_policy_and_deletes_a_manual_backup(qtbot: QtBot, db: Database, clerk: Actor,
                                                                 gui: MessageLog) -> None:
    dialog = BackupDialog(AppContext(db, clerk), None, lambda: None)
    qtbot.addWidget(dialog)
    policy = dialog.findChild(QLabel, "policy")
    assert policy is not None
    assert "直到您自己删除" in policy.text()
    assert dialog.table.rowCount() == 0
    dialog.back_up.click()
    assert dialog.table.rowCount() == 1
    assert not dialog.restore.isVisibleTo(dialog)  # a clerk backs up; restoring is the administrator's
    assert dialog.who_restores.isVisibleTo(dialog)
    dialog.delete.click()
    assert dialog.table.rowCount() == 0
    assert backups.list_backups(backups.backup_folder(db)) == []


def test_only_the_administrator_is_offered_restore(qtbot: QtBot, db: Database, reviewer: Actor, viewer: Actor,
                                                   gui: MessageLog) -> None:
    dialog = backup_actions.restore_from_backup(AppContext(db, reviewer), None, lambda: None)
    assert isinstance(dialog, BackupDialog)
    qtbot.addWidget(dialog)
    assert dialog.who_restores.isVisibleTo(dialog)
    assert not dialog.restore.isVisibleTo(dialog)
    backup_actions.restore_from_backup(AppContext(db, viewer), None, lambda: None)
    assert "Only the administrator" in gui.texts("warning")[0]


def test_daily_backup_runs_once_a_day(qtbot: QtBot, db: Database, gui: MessageLog) -> None:
    daily = backup_actions.DailyBackup(db)
    made: list[Path] = []
    daily.finished.connect(made.append)
    daily.check_now()
    daily.check_now()
    assert len(made) == 1
    assert made[0].name.startswith("test-daily-")


def test_the_daily_backup_is_made_in_the_writers_queue(qtbot: QtBot, db: Database, gui: MessageLog,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tasks, "synchronous", False)
    daily = backup_actions.DailyBackup(db)
    with qtbot.waitSignal(daily.finished, timeout=10_000) as made:
        daily.check_now()
        daily.check_now()  # still running: not a second one
    assert made.args is not None
    assert made.args[0].name.startswith("test-daily-")
    assert not backups.daily_backup_due(db)


def test_backup_on_exit_never_raises(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    path = backup_actions.backup_on_exit(db)
    assert path is not None
    assert path.name.startswith("test-exit-")

    def broken(*args: object, **kwargs: object) -> Path:
        raise OSError("disk full")

    monkeypatch.setattr(backups, "create_backup", broken)
    assert backup_actions.backup_on_exit(db) is None


def test_damage_found_after_start_offers_the_newest_good_backup(qtbot: QtBot, db: Database, admin: Actor,
                                                                gui: MessageLog) -> None:
    good = backups.create_backup(db, admin)
    check = startup.HealthCheck()
    check.problems = ["*** in database main *** Page 7: btree page corrupt"]
    check.done.set()
    startup._checks[db] = check
    db.read_only_reason = startup.damaged_reason(check.problems)
    restored: list[bool] = []
    timer = backup_actions.watch_health_check(AppContext(db, admin), None, lambda: restored.append(True))
    assert timer is not None
    assert not timer.isActive()
    assert good.name in gui.texts("confirm")[0]
    assert "已损坏" in gui.texts("confirm")[0]
    assert restored == [True]
    assert db.read_only_reason is None


def test_a_clerk_is_told_to_ask_the_administrator(qtbot: QtBot, db: Database, admin: Actor, clerk: Actor,
                                                  gui: MessageLog) -> None:
    backups.create_backup(db, admin)
    db.read_only_reason = "数据库文件已损坏"
    backup_actions.offer_restore_after_damage(AppContext(db, clerk), None, lambda: None)
    assert "Ask the administrator" in gui.texts("warning")[0]
    db.read_only_reason = None


def test_unreadable_database_is_rescued_before_sign_in(qtbot: QtBot, db: Database, admin: Actor,
                                                       gui: MessageLog) -> None:
    backups.create_backup(db, admin)
    assert backup_actions.rescue_unreadable_database(db, None, "无法读取用户表")
    assert "无法读取用户表" in gui.texts("confirm")[0]
    with db.read() as session:
        summary = session.execute(select(AuditEntry.summary).order_by(AuditEntry.id.desc()).limit(1)).scalar_one()
    assert "紧急恢复" in summary


def test_the_rescue_is_refused_while_an_administrator_can_sign_in(qtbot: QtBot, db: Database, admin: Actor,
                                                                  gui: MessageLog) -> None:
    accounts.create_first_admin(db, "zhang", "Gonghui-2024")
    backups.create_backup(db, admin)
    assert not backup_actions.rescue_unreadable_database(db, None, "无法读取用户表")
    assert "请由管理员登录" in gui.texts("error")[0]
