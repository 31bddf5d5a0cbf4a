"""Signing in at start: the first-start administrator dialog on a new database, otherwise the login dialog."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from unionoffice.db.engine import Database
from unionoffice.domain.common.errors import DatabaseStateError, UnionOfficeError
from unionoffice.services.core import accounts
from unionoffice.services.core.context import Actor
from unionoffice.ui.forms.ui_login_dialog import Ui_LoginDialog
from unionoffice.ui.shell import messages
from unionoffice.ui.shell.tasks import run_long

LAST_USER_KEY = "login/last_user"


class LoginDialog(QDialog):
    """`actor` is the signed-in user after the dialog is accepted."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.ui.errorLabel.setStyleSheet("color: #C8102E;")
        self.ui.databaseLabel.setStyleSheet("color: #666;")
        self.ui.databaseLabel.setText(self.tr("Database: %s") % (db.path or db.url))
        if accounts.is_demo_database(db):
            self.ui.demoLabel.setText(
                self.tr("Demo database: users admin (administrator), clerk, reviewer and viewer; password demo"))
            self.ui.demoLabel.setStyleSheet("color: #8A5A00; font-weight: 600;")
        elif db.read_only_reason:
            self.ui.demoLabel.setText(db.read_only_reason)
            self.ui.demoLabel.setStyleSheet("color: #8A5A00;")
        else:
            self.ui.demoLabel.hide()
        self._ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("Sign in"))
        last = str(QSettings().value(LAST_USER_KEY, "") or "")
        self.ui.usernameEdit.setText(last)
        (self.ui.passwordEdit if last else self.ui.usernameEdit).setFocus()
        self.ui.buttonBox.accepted.connect(self.sign_in)
        self.ui.buttonBox.rejected.connect(self.reject)

    def sign_in(self) -> None:
        username, password = self.ui.usernameEdit.text().strip(), self.ui.passwordEdit.text()
        if not username or not password:
            self.ui.errorLabel.setText(self.tr("Enter your user name and password."))
            return
        self._ok.setEnabled(False)
        self.ui.errorLabel.clear()
        run_long(self, self.tr("Signing in…"),
                 lambda progress, cancel: accounts.authenticate(self.db, username, password),
                 self._signed_in, self._failed, write=True)

    def _signed_in(self, actor: Actor) -> None:
        self.actor = actor
        QSettings().setValue(LAST_USER_KEY, actor.username)
        self.accept()

    def _failed(self, exc: BaseException, trace: str) -> None:
        self._ok.setEnabled(True)
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()
        if isinstance(exc, UnionOfficeError):
            self.ui.errorLabel.setText(exc.message)
        else:
            messages.error(self, self.tr("Signing in failed unexpectedly."), details=trace)


def _office_settings_at_first_start(db: Database, actor: Actor, parent: QWidget | None) -> None:
    """The new office's name (from the district), 负责人 and seal: documents print them (issue 13). The clerk may
    leave the seal for later; until it is imported only samples marked 样张 can be printed."""
    from unionoffice.services.certificates.office import load_office
    from unionoffice.ui.certificates.office_dialog import OfficeDialog
    from unionoffice.ui.shell.context import AppContext

    if not load_office(db).has_seal:
        OfficeDialog(AppContext(db, actor), parent).exec()


def sign_in(db: Database, parent: QWidget | None = None) -> Actor | None:
    """Who works in this session: creates the administrator on a new database, otherwise asks for a login, then
    makes a user with an administrator-set password choose their own. None when the user gives up."""
    from unionoffice.ui.shell.change_password_dialog import ChangePasswordDialog
    from unionoffice.ui.shell.first_admin_dialog import FirstAdminDialog

    try:
        first_start = not accounts.has_users(db)
    except DatabaseStateError as exc:
        from unionoffice.ui.admin.backup_actions import rescue_unreadable_database

        if rescue_unreadable_database(db, parent, exc.message):
            return sign_in(db, parent)
        return None
    if first_start:
        if db.read_only_reason:
            messages.error(parent, db.read_only_reason)
            return None
        first = FirstAdminDialog(db, parent)
        if first.exec() != QDialog.DialogCode.Accepted or first.actor is None:
            return None
        _office_settings_at_first_start(db, first.actor, parent)
        return first.actor
    login = LoginDialog(db, parent)
    if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
        return None
    actor = login.actor
    if not db.read_only_reason and accounts.must_change_password(db, actor):
        change = ChangePasswordDialog(db, actor, parent, forced=True)
        if change.exec() != QDialog.DialogCode.Accepted:
            return None
    return actor
