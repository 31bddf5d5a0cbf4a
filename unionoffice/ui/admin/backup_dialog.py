"""备份和恢复: the backups of this database in a dated list (kind, size, members, checked), the rotation policy in
words, back up now, delete a hand-made backup, restore the chosen one or a file from elsewhere (其他文件…)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionoffice.domain.common import backup_policy
from unionoffice.domain.common.formatting import file_size
from unionoffice.domain.common.permissions import Permission
from unionoffice.services.core import backups
from unionoffice.services.core.backups import RestoreChoice
from unionoffice.ui.shell import file_dialogs, messages, style
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.shell.tasks import run_long, run_read, run_write

translate = QCoreApplication.translate


def checked_text(checked: str | None) -> str:
    return {"full": translate("BackupDialog", "Yes (full check)"),
            "quick": translate("BackupDialog", "Yes (quick check)")}.get(
        checked or "", translate("BackupDialog", "Not yet (checked when restoring)"))


def members_text(members: int | None) -> str:
    return translate("BackupDialog", "unreadable") if members is None else f"{members:,}"


class BackupDialog(QDialog):
    """`on_restored` runs after a restore (the main window reopens on the restored data, signing in again)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None, on_restored: Callable[[], None]) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.on_restored = on_restored
        self.choices: list[RestoreChoice] = []
        self.setWindowTitle(self.tr("Backup and restore"))
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        policy = QLabel(self.tr("Which backups are kept:") + "\n" + "\n".join(
            f"• {line}" for line in backup_policy.policy_lines()))
        policy.setObjectName("policy")
        policy.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("manualWarning")
        self.warning.setWordWrap(True)
        style.mark_error(self.warning)
        self.warning.hide()
        columns = [self.tr("Taken"), self.tr("Kind"), self.tr("Size"), self.tr("Members"), self.tr("Checked")]
        self.table = QTableWidget(0, len(columns))
        self.table.setObjectName("backupList")
        self.table.setHorizontalHeaderLabels(columns)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self.update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.back_up = QPushButton(self.tr("Back up &now"))
        self.back_up.setObjectName("backUpNow")
        self.back_up.clicked.connect(self.back_up_now)
        self.delete = QPushButton(self.tr("&Delete"))
        self.delete.setObjectName("deleteBackup")
        self.delete.clicked.connect(self.delete_selected)
        self.restore = QPushButton(self.tr("&Restore the selected backup…"))
        self.restore.setObjectName("restoreSelected")
        self.restore.clicked.connect(self.restore_selected)
        self.other = QPushButton(self.tr("&Other file…"))
        self.other.setObjectName("restoreOther")
        self.other.clicked.connect(self.restore_other)
        may_back_up = ctx.actor.may(Permission.BACKUP)
        may_restore = ctx.actor.may(Permission.RESTORE_BACKUP)
        self.back_up.setVisible(may_back_up)
        self.delete.setVisible(may_back_up)
        self.restore.setVisible(may_restore)
        self.other.setVisible(may_restore)
        self.who_restores = QLabel(self.tr("Only the administrator can restore from a backup."))
        self.who_restores.setVisible(not may_restore)
        buttons = QHBoxLayout()
        for button in (self.back_up, self.delete):
            buttons.addWidget(button)
        buttons.addWidget(self.who_restores)
        buttons.addStretch(1)
        buttons.addWidget(self.restore)
        buttons.addWidget(self.other)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.warning)
        layout.addWidget(policy)
        layout.addWidget(close)
        self.resize(820, 560)
        self.update_buttons()
        self.reload()

    # -- the list ---------------------------------------------------------------------------------------------------

    def reload(self) -> None:
        try:
            folder = backups.backup_folder(self.ctx.db)
        except Exception as exc:  # noqa: BLE001 - PostgreSQL: the service says why
            self.folder_label.setText(str(exc))
            return
        self.folder_label.setText(self.tr("Backups of this database in %1").replace("%1", str(folder)))
        run_long(self, self.tr("Reading the backups…"),
                 lambda progress, cancel: backups.restore_choices(self.ctx.db, progress=progress, cancel=cancel),
                 self.show_choices, write=False)

    def show_choices(self, choices: list[RestoreChoice]) -> None:
        self.choices = choices
        self.table.setRowCount(len(choices))
        for row, choice in enumerate(choices):
            values = (choice.taken_at.strftime("%Y-%m-%d %H:%M"), choice.label, file_size(choice.size),
                      members_text(choice.members), checked_text(choice.checked))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if column == 0:
                    item.setToolTip(str(choice.path))
                self.table.setItem(row, column, item)
        manual = [c for c in choices if c.kind == backup_policy.MANUAL]
        warning = backup_policy.manual_warning(len(manual), sum(c.size for c in manual))
        style.set_visible_text(self.warning, warning or "")
        if choices:
            self.table.selectRow(0)
        self.update_buttons()

    def selected(self) -> RestoreChoice | None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return self.choices[min(rows)] if rows and min(rows) < len(self.choices) else None

    def update_buttons(self) -> None:
        chosen = self.selected()
        self.restore.setEnabled(chosen is not None)
        self.delete.setEnabled(chosen is not None)

    # -- actions ----------------------------------------------------------------------------------------------------

    def back_up_now(self) -> None:
        run_long(self, self.tr("Backing up…"),
                 lambda progress, cancel: backups.create_backup(self.ctx.db, self.ctx.actor, kind="manual",
                                                                progress=progress, cancel=cancel),
                 lambda _path: self.reload(), write=True)

    def delete_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        question = self.tr("Delete the %1 of %2 (%3)? It cannot be brought back.").replace(
            "%1", chosen.label).replace("%2", chosen.taken_at.strftime("%Y-%m-%d %H:%M")).replace(
            "%3", file_size(chosen.size))
        if not messages.confirm(self, question, self.tr("Delete a backup")):
            return
        run_write(self, lambda: backups.delete_backup(self.ctx.db, self.ctx.actor, chosen.path),
                  lambda _none: self.reload())

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None and self.ctx.actor.may(Permission.RESTORE_BACKUP):
            confirm_and_restore(self.ctx, self, chosen, self.restored)

    def restore_other(self) -> None:
        try:
            folder: Path | None = backups.backup_folder(self.ctx.db)
        except Exception:  # noqa: BLE001 - no folder to start in
            folder = None
        path = file_dialogs.open_file(self, self.tr("Restore from another file"),
                                      self.tr("Database files (*.db);;All files (*)"), "backup", start=folder)
        if path is None:
            return
        run_read(self, lambda: backups.describe_backup(path),
                 lambda choice: confirm_and_restore(self.ctx, self, choice, self.restored))

    def restored(self) -> None:
        self.accept()
        self.on_restored()


def confirm_and_restore(ctx: AppContext, parent: QWidget, choice: RestoreChoice,
                        on_restored: Callable[[], None]) -> None:
    """Say what will be replaced (this database, its members, its last change) and by what (the backup's date, kind,
    members), then restore with real progress; `on_restored` after the message that it is done."""
    def ask(current: tuple[int, datetime | None]) -> None:
        members, last = current
        last_text = last.strftime("%Y-%m-%d %H:%M") if last is not None else translate("BackupDialog", "never")
        where = ctx.db.path.name if ctx.db.path is not None else ""
        question = translate(
            "BackupDialog",
            "Replace the current database %1 (%2 members, last change %3)\nwith the %4 of %5 (%6 members, %7)?\n\n"
            "Everything entered after %5 is replaced. The current database is first copied to the backup folder "
            "(kind “copy before restore”), so this can be undone. Everybody signs in again afterwards.")
        for key, value in (("%1", where), ("%2", f"{members:,}"), ("%3", last_text), ("%4", choice.label),
                           ("%5", choice.taken_at.strftime("%Y-%m-%d %H:%M")), ("%6", members_text(choice.members)),
                           ("%7", file_size(choice.size))):
            question = question.replace(key, value)
        if not messages.confirm(parent, question, translate("BackupDialog", "Restore from backup")):
            return
        run_long(parent, translate("BackupDialog", "Restoring from the backup of %1…").replace(
                     "%1", choice.taken_at.strftime("%Y-%m-%d %H:%M")),
                 lambda progress, cancel: backups.restore_backup(ctx.db, ctx.actor, choice.path, progress=progress,
                                                                 cancel=cancel),
                 done, write=True)

    def done(safety: Path) -> None:
        messages.info(parent, translate(
            "BackupDialog", "Restored from the backup of %1. The previous database was kept as %2.").replace(
            "%1", choice.taken_at.strftime("%Y-%m-%d %H:%M")).replace("%2", safety.name))
        on_restored()

    run_read(parent, lambda: backups.current_summary(ctx.db), ask)


def open_backup_dialog(ctx: AppContext, parent: QWidget | None, on_restored: Callable[[], None]) -> BackupDialog:
    dialog = BackupDialog(ctx, parent, on_restored)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
