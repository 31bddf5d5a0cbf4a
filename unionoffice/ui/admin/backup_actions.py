"""What the main window's backup menu and timers do: back up now or to a folder, restore, daily and on exit."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from unionoffice.db.engine import Database
from unionoffice.domain.common.errors import UnionOfficeError
from unionoffice.domain.common.permissions import Permission
from unionoffice.services.core import backups, startup
from unionoffice.services.core.context import SYSTEM
from unionoffice.ui.shell import file_dialogs, messages, tasks
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.shell.tasks import run_long

# lupdate finds translate("Context", "text") calls; the context is the one Qt looks up at run time.
translate = QCoreApplication.translate

log = logging.getLogger(__name__)
DAILY_CHECK_MS = 30 * 60 * 1000
HEALTH_POLL_MS = 200


def back_up_now(ctx: AppContext, parent: QWidget | None, target_dir: Path | None = None) -> None:
    """A manual backup into the backup folder (rotated) or `target_dir`, fully verified, with progress."""
    def job(progress: Any, cancel: Any) -> Path:
        return backups.create_backup(ctx.db, ctx.actor, target_dir, kind="manual", progress=progress, cancel=cancel)

    def done(path: Path) -> None:
        messages.info(parent, translate(
                "BackupActions", "Backed up to %s. The copy passed the integrity check. Backups made by hand are "
                                 "kept until you delete them (File → Backup and restore…).") % path)

    run_long(parent, translate("BackupActions", "Backing up…"), job, done, write=True)


def back_up_to_folder(ctx: AppContext, parent: QWidget | None) -> None:
    """Ask for a folder (a USB stick) and back up there."""
    folder = file_dialogs.choose_folder(parent, translate("BackupActions", "Back up to…"), "backup")
    if folder is None:
        return
    back_up_now(ctx, parent, folder)


def restore_from_backup(ctx: AppContext, parent: QWidget | None, on_restored: Callable[[], None]) -> QWidget | None:
    """The backup dialog: choose a backup from the dated list (or another file), confirm naming what is replaced and
    by what, restore with progress, then call `on_restored` (the main window reopens on the restored data)."""
    from unionoffice.ui.admin.backup_dialog import open_backup_dialog

    if not (ctx.actor.may(Permission.RESTORE_BACKUP) or ctx.actor.may(Permission.BACKUP)):
        messages.warning(parent, translate(
                "BackupActions", "Only the administrator can restore from a backup."))
        return None
    return open_backup_dialog(ctx, parent, on_restored)


def backup_on_exit(db: Database) -> Path | None:
    """The automatic backup when the program closes (as the system; quick check of the copy). Never raises:
    closing must go on even when the backup cannot be made — the reason goes to the log."""
    if not db.is_sqlite or db.read_only_reason:
        return None
    try:
        return backups.create_backup(db, SYSTEM, kind="exit", full_check=False)
    except Exception:
        log.exception("backup on exit failed")
        return None


def back_up_before_closing(db: Database) -> Path | None:
    """The exit backup in the writers' queue (after any write still running, such as the daily backup), waited
    for with the window still painting: the program quits only once it is made."""
    made: list[Path | None] = []
    tasks.wait(tasks.run_in_background(lambda: backup_on_exit(db), made.append, write=True, finish_on_exit=True))
    return made[0] if made else None


class DailyBackup(QObject):
    """Checks every half hour (and once at start) whether today's automatic backup exists; makes it off the GUI
    thread without a dialog. `failed` carries a message for the status bar or a warning."""

    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._running = False
        self.timer = QTimer(self)
        self.timer.setInterval(DAILY_CHECK_MS)
        self.timer.timeout.connect(self.check_now)

    def start(self) -> None:
        self.timer.start()
        QTimer.singleShot(0, self.check_now)

    def check_now(self) -> None:
        if self._running or not self.db.is_sqlite or self.db.read_only_reason:
            return
        try:
            due = backups.daily_backup_due(self.db)
        except Exception:
            log.exception("could not list backups")
            return
        if not due:
            return
        self._running = True
        # In the writers' queue: a backup never copies the file in the middle of someone's save. Quiet: the clerk
        # did not ask for it and need not wait.
        tasks.run_in_background(lambda: backups.create_backup(self.db, SYSTEM, kind="daily", full_check=True),
                                self._made, self._failed, write=True)

    def _made(self, path: Path) -> None:
        self._running = False
        self.finished.emit(path)

    def _failed(self, exc: BaseException, _trace: str) -> None:
        self._running = False
        if isinstance(exc, UnionOfficeError):  # anything else the runner has logged with its traceback
            log.warning("daily backup failed: %s", exc.message)
        self.failed.emit(translate("BackupActions", "The daily backup failed: %s") % exc)


def _find_and_offer(db: Database, parent: QWidget | None, intro: str, may_restore: bool,
                    on_restored: Callable[[], None], actor: Any) -> None:
    def found(backup: Path | None) -> None:
        if backup is None:
            messages.error(parent, intro + "\n\n" + translate(
                    "BackupActions", "No good backup was found in %s.") % backups.backup_folder(db))
            return
        when = backups.list_backups(backup.parent)
        taken = next((b.taken_at for b in when if b.path == backup), None)
        stamp = taken.strftime("%Y-%m-%d %H:%M") if taken else backup.name
        if not may_restore:
            messages.warning(parent, intro + "\n\n" + translate(
                    "BackupActions", "The newest good backup is from %s. Ask the administrator "
                                                          "to sign in and restore it.") % stamp)
            return
        question = intro + "\n\n" + translate(
                "BackupActions", "Restore the newest good backup, from %s (%s)? The damaged file is kept "
                                        "aside.") % (stamp, backup.name)
        if messages.confirm(parent, question, translate("BackupActions", "Damaged database")):
            run_long(parent, translate(
                    "BackupActions", "Restoring…"), lambda p, c: backups.restore_backup(db, actor, backup),
                     lambda _safety: on_restored(), write=True)

    run_long(parent, translate("BackupActions", "Looking for the newest good backup…"),
             lambda progress, cancel: backups.newest_good_backup(db), found, write=False)


def offer_restore_after_damage(ctx: AppContext, parent: QWidget | None, on_restored: Callable[[], None]) -> None:
    """The quick check failed: writing is blocked; offer the newest backup that passes verification."""
    intro = ctx.db.read_only_reason or translate("BackupActions", "The database file is damaged.")
    _find_and_offer(ctx.db, parent, intro, ctx.actor.may(Permission.RESTORE_BACKUP), on_restored, ctx.actor)


def run_and_wait(parent: QWidget | None, label: str, job: Callable[[Any, Any], Any]) -> tuple[bool, Any]:
    """Run `job` through the task runner and wait for it (for start-up, before any window). In the writers' lane,
    whether it writes or not: nothing else runs before anyone has signed in."""
    outcome: list[tuple[bool, Any]] = []

    def failed(exc: BaseException, trace: str) -> None:
        messages.error(parent, str(exc), details=trace)
        outcome.append((False, exc))

    tasks.wait(run_long(parent, label, job, lambda result: outcome.append((True, result)), failed, write=True),
               allow_input=True)  # the progress dialog's Cancel
    return outcome[0]


def rescue_unreadable_database(db: Database, parent: QWidget | None, reason: str) -> bool:
    """Not even the user table can be read, so nobody can sign in: offer the newest good backup through the
    emergency restore (`backups.restore_without_sign_in` says why that is allowed). True when it was restored."""
    ok, backup = run_and_wait(parent, translate(
            "BackupActions", "Looking for the newest good backup…"),
                              lambda progress, cancel: backups.newest_good_backup(db))
    if not ok:
        return False
    if backup is None:
        messages.error(parent, reason + "\n\n" + translate(
                "BackupActions", "No good backup was found in %s.") % backups.backup_folder(db))
        return False
    question = reason + "\n\n" + translate(
            "BackupActions", "Restore the newest good backup, %s? The damaged file is kept aside.") % (
        backup.name)
    if not messages.confirm(parent, question, translate("BackupActions", "Damaged database")):
        return False
    ok, _safety = run_and_wait(parent, translate("BackupActions", "Restoring…"),
                               lambda progress, cancel: backups.restore_without_sign_in(
                                   db, backup, progress=progress, cancel=cancel))
    return ok


def watch_health_check(ctx: AppContext, parent: QWidget | None, on_restored: Callable[[], None]) -> QTimer | None:
    """After the window shows: wait (polling, never blocking) for the background quick check; if it found
    damage, offer the newest good backup."""
    check = startup.health(ctx.db)
    if check is None:
        return None
    timer = QTimer(parent)
    timer.setInterval(HEALTH_POLL_MS)

    def poll() -> None:
        if not check.done.is_set():
            return
        timer.stop()
        if check.damaged:
            offer_restore_after_damage(ctx, parent, on_restored)

    timer.timeout.connect(poll)
    timer.start()
    poll()
    return timer
