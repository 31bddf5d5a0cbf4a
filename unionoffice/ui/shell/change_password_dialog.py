"""A user changes their own password (forced after an administrator created or reset the account)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from unionoffice.db.engine import Database
from unionoffice.domain.common.errors import UnionOfficeError
from unionoffice.services.core import accounts
from unionoffice.services.core.context import Actor
from unionoffice.ui.forms.ui_change_password_dialog import Ui_ChangePasswordDialog
from unionoffice.ui.shell import messages, password_policy
from unionoffice.ui.shell.tasks import run_long


class ChangePasswordDialog(QDialog):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None, *, forced: bool = False) -> None:
        super().__init__(parent)
        self.db, self.actor = db, actor
        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        self.ui.errorLabel.setStyleSheet("color: #C8102E;")
        if forced:
            self.ui.reasonLabel.setText(self.tr("Your password was set by the administrator. Choose your own "
                                                "password before you continue."))
        else:
            self.ui.reasonLabel.setText(self.tr("Signed in as %s.") % (actor.display_name or actor.username))
        self.ui.newPasswordEdit.setPlaceholderText(password_policy.placeholder())
        self._ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        for edit in (self.ui.oldPasswordEdit, self.ui.newPasswordEdit, self.ui.confirmEdit):
            edit.textChanged.connect(self._validate)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._validate()

    def _validate(self) -> bool:
        old, new, confirm = self.ui.oldPasswordEdit.text(), self.ui.newPasswordEdit.text(), self.ui.confirmEdit.text()
        problem = password_policy.password_problem(new, self.actor.username, old_password=old)
        if not problem and confirm and new != confirm:
            problem = self.tr("The two new passwords differ.")
        self.ui.errorLabel.setText(problem)
        ok = bool(old and new and new == confirm and not problem)
        self._ok.setEnabled(ok)
        return ok

    def save(self) -> None:
        if not self._validate():
            return
        old, new = self.ui.oldPasswordEdit.text(), self.ui.newPasswordEdit.text()
        self._ok.setEnabled(False)
        run_long(self, self.tr("Saving the new password…"),
                 lambda progress, cancel: accounts.change_password(self.db, self.actor, old, new),
                 self._saved, self._failed, write=True)

    def _saved(self, _result: Any) -> None:
        messages.info(self, self.tr("Your password has been changed."))
        self.accept()

    def _failed(self, exc: BaseException, trace: str) -> None:
        self._ok.setEnabled(True)
        if isinstance(exc, UnionOfficeError):
            self.ui.errorLabel.setText(exc.message)
        else:
            messages.error(self, self.tr("The password could not be changed."), details=trace)
