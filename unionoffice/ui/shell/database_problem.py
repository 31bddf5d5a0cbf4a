"""When the database cannot be opened at start: the reason, and the ways on — open another file, restore a backup,
create a new database (when there is none yet: the first start), or quit (issue 12 items 13-14)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from unionoffice.domain.common.errors import MissingDatabaseError, UnionOfficeError
from unionoffice.ui.shell import file_dialogs, messages, tasks

OPEN, RESTORE, CREATE, QUIT = "open", "restore", "create", "quit"
# lupdate finds translate("Context", "text") calls; the context is the one Qt looks up at run time.
translate = QCoreApplication.translate


def sqlite_path(url: str) -> Path | None:
    return Path(url[len("sqlite:///"):]) if url.startswith("sqlite:///") else None


class DatabaseProblemDialog(QDialog):
    """The reason in a sentence, and one button per way on; `choice` says which was taken."""

    def __init__(self, failure: UnionOfficeError, can_create: bool, first_start: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("databaseProblemDialog")
        self.setWindowTitle(self.tr("UnionOffice: the database"))
        self.choice = QUIT
        text = (self.tr("There is no UnionOffice database on this computer yet. Create a new one to start, or open "
                        "an existing database file or a backup.") if first_start else failure.message)
        self.reason = QLabel(text)
        self.reason.setObjectName("reason")
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason.setMinimumWidth(460)
        buttons = QHBoxLayout()
        self.create_button = self._button(self.tr("Create a new database"), CREATE, buttons)
        self.create_button.setVisible(can_create)
        self.open_button = self._button(self.tr("Open another file…"), OPEN, buttons)
        self.restore_button = self._button(self.tr("Restore from a backup…"), RESTORE, buttons)
        self.quit_button = self._button(self.tr("Quit"), QUIT, buttons)
        (self.create_button if can_create else self.open_button).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addLayout(buttons)

    def _button(self, text: str, choice: str, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"{choice}Button")
        button.clicked.connect(lambda: self._choose(choice))
        row.addWidget(button)
        return button

    def _choose(self, choice: str) -> None:
        self.choice = choice
        if choice == QUIT:
            self.reject()
        else:
            self.accept()


def ask(failure: UnionOfficeError, can_create: bool, first_start: bool) -> str:
    """Show the dialog and return the choice (tests replace this)."""
    dialog = DatabaseProblemDialog(failure, can_create, first_start)
    dialog.exec()
    return dialog.choice


def _pick_database() -> str | None:
    title = translate("DatabaseProblemDialog", "Open a UnionOffice database")
    kinds = translate("DatabaseProblemDialog", "UnionOffice database (*.db)")
    path = file_dialogs.open_file(None, title, kinds, "database")
    return f"sqlite:///{path.resolve()}" if path else None


def _pick_backup(target: Path) -> Path | None:
    folder = target.parent / "backups"
    title = translate("DatabaseProblemDialog", "Choose a backup to restore")
    return file_dialogs.open_file(None, title, translate("DatabaseProblemDialog", "UnionOffice database (*.db)"),
                                  "backup", start=folder if folder.is_dir() else target.parent)


def _restore(target: Path, failure: UnionOfficeError) -> bool:
    from unionoffice.services.core.recovery import restore_to_path

    backup = _pick_backup(target)
    if backup is None:
        return False
    outcome: list[bool] = []

    def failed(exc: BaseException, _trace: str) -> None:
        outcome.append(False)
        messages.error(None, exc.message if isinstance(exc, UnionOfficeError) else translate("DatabaseProblemDialog",
            "The backup could not be restored; nothing was changed."))

    task = tasks.run_in_background(lambda: restore_to_path(target, backup, failure.message),
                                   lambda _aside: outcome.append(True), failed, write=True)
    tasks.wait(task)
    return outcome == [True]


def resolve(url: str, failure: UnionOfficeError, *, first_start: bool = False) -> tuple[str, bool] | None:
    """Ask until the user picks a way that may work: (URL to open, create it) or None to quit."""
    target = sqlite_path(url)
    while True:
        choice = ask(failure, isinstance(failure, MissingDatabaseError) and target is not None, first_start)
        if choice == QUIT:
            return None
        if choice == CREATE:
            return url, True
        if choice == OPEN:
            picked = _pick_database()
            if picked is not None:
                return picked, False
        elif choice == RESTORE and target is not None and _restore(target, failure):
            return url, False
        elif choice == RESTORE and target is None:
            messages.info(None, translate("DatabaseProblemDialog",
                "A server database is restored by its administrator on the server (pg_restore)."))
