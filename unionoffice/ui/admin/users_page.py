"""The administrator's user list: add users, reset passwords, change roles, disable and re-enable accounts."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidgetItem, QWidget

from unionoffice.domain.common.errors import UnionOfficeError
from unionoffice.domain.common.permissions import Role
from unionoffice.services.core import accounts
from unionoffice.services.core.accounts import UserInfo
from unionoffice.ui.forms.ui_user_dialog import Ui_UserDialog
from unionoffice.ui.forms.ui_users_page import Ui_UsersPage
from unionoffice.ui.shell import messages, password_policy
from unionoffice.ui.shell.change_password_dialog import ChangePasswordDialog
from unionoffice.ui.shell.context import AppContext

COL_USERNAME, COL_NAME, COL_ROLE, COL_STATE, COL_LAST_LOGIN = range(5)


class UserDialog(QDialog):
    """Add a user (mode "add"), set a temporary password ("reset") or change a role ("role")."""

    def __init__(self, mode: str, parent: QWidget | None = None, user: UserInfo | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.ui = Ui_UserDialog()
        self.ui.setupUi(self)
        self.ui.errorLabel.setStyleSheet("color: #C8102E;")
        for role in Role:
            self.ui.roleCombo.addItem(role.value, role)
        self.ui.roleCombo.setCurrentIndex(list(Role).index(user.role if user else Role.CLERK))
        self.ui.passwordEdit.setPlaceholderText(password_policy.placeholder())
        if user is not None:
            self.ui.usernameEdit.setText(user.username)
            self.ui.displayNameEdit.setText(user.display_name)
            self.ui.usernameEdit.setReadOnly(True)
            self.ui.displayNameEdit.setReadOnly(True)
        texts = {
            "add": (self.tr("Add user"), self.tr("The new user signs in with this temporary password and must then "
                                                 "choose their own.")),
            "reset": (self.tr("Reset password"), self.tr("Give the user this temporary password; they must choose "
                                                         "their own at the next sign-in. A lockout is lifted.")),
            "role": (self.tr("Change role"), self.tr("The new role applies from the user's next sign-in.")),
        }
        title, intro = texts[mode]
        self.setWindowTitle(title)
        self.ui.introLabel.setText(intro)
        for widget in (self.ui.passwordLabel, self.ui.passwordEdit, self.ui.confirmLabel, self.ui.confirmEdit):
            widget.setVisible(mode != "role")
        self.ui.roleLabel.setVisible(mode != "reset")
        self.ui.roleCombo.setVisible(mode != "reset")
        self._ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        for edit in (self.ui.usernameEdit, self.ui.passwordEdit, self.ui.confirmEdit):
            edit.textChanged.connect(self._validate)
        self.ui.buttonBox.accepted.connect(self._accept_if_valid)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._validate()

    def role(self) -> Role:
        return Role(self.ui.roleCombo.currentData())  # Qt hands the StrEnum back as a plain str

    def _validate(self) -> bool:
        if self.mode == "role":
            self._ok.setEnabled(True)
            return True
        password, confirm = self.ui.passwordEdit.text(), self.ui.confirmEdit.text()
        problem = password_policy.password_problem(password, self.ui.usernameEdit.text())
        if not problem and confirm and password != confirm:
            problem = self.tr("The two passwords differ.")
        self.ui.errorLabel.setText(problem)
        ok = not problem and bool(self.ui.usernameEdit.text().strip() and password and password == confirm)
        self._ok.setEnabled(ok)
        return ok

    def _accept_if_valid(self) -> None:
        if self._validate():
            self.accept()


class UsersPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.users: list[UserInfo] = []
        self.ui = Ui_UsersPage()
        self.ui.setupUi(self)
        table = self.ui.usersTable
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Full name"), self.tr("Role"),
                                         self.tr("Status"), self.tr("Last sign-in")])
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        table.itemSelectionChanged.connect(self._update_buttons)
        self.ui.addButton.clicked.connect(self.add_user)
        self.ui.resetButton.clicked.connect(self.reset_password)
        self.ui.roleButton.clicked.connect(self.change_role)
        self.ui.disableButton.clicked.connect(lambda: self.set_active(False))
        self.ui.enableButton.clicked.connect(lambda: self.set_active(True))
        self.ui.changeOwnButton.clicked.connect(self.change_own_password)
        self.refresh()

    def refresh(self) -> None:
        self.users = accounts.list_users(self.ctx.db, self.ctx.actor)
        table = self.ui.usersTable
        table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            state = (self.tr("Disabled") if not user.is_active else self.tr("Locked") if user.is_locked()
                     else self.tr("Must change password") if user.must_change_password else self.tr("Active"))
            last = user.last_login_at.astimezone().strftime("%Y-%m-%d %H:%M") if user.last_login_at else "—"
            for col, text in ((COL_USERNAME, user.username), (COL_NAME, user.display_name),
                              (COL_ROLE, user.role.value), (COL_STATE, state), (COL_LAST_LOGIN, last)):
                table.setItem(row, col, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        self._update_buttons()

    def selected(self) -> UserInfo | None:
        rows = self.ui.usersTable.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def select_user(self, username: str) -> None:
        for row, user in enumerate(self.users):
            if user.username == username:
                self.ui.usersTable.selectRow(row)

    def _update_buttons(self) -> None:
        user = self.selected()
        ui = self.ui
        ui.resetButton.setEnabled(user is not None)
        ui.roleButton.setEnabled(user is not None)
        ui.disableButton.setEnabled(user is not None and user.is_active and user.id != self.ctx.actor.user_id)
        ui.enableButton.setEnabled(user is not None and not user.is_active)

    def _apply(self, action: Callable[[], Any], select: str | None = None) -> bool:
        try:
            action()
        except UnionOfficeError as exc:
            messages.error(self, exc.message)
            return False
        self.refresh()
        if select:
            self.select_user(select)
        return True

    def add_user(self) -> None:
        dialog = UserDialog("add", self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        name = dialog.ui.usernameEdit.text().strip()
        self._apply(lambda: accounts.add_user(self.ctx.db, self.ctx.actor, name, dialog.role(),
                                              dialog.ui.passwordEdit.text(),
                                              display_name=dialog.ui.displayNameEdit.text()), name)

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = UserDialog("reset", self, user)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._apply(lambda: accounts.reset_password(self.ctx.db, self.ctx.actor, user.id,
                                                        dialog.ui.passwordEdit.text()), user.username)

    def change_role(self) -> None:
        user = self.selected()
        if user is None:
            return
        dialog = UserDialog("role", self, user)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._apply(lambda: accounts.change_role(self.ctx.db, self.ctx.actor, user.id, dialog.role()),
                        user.username)

    def set_active(self, active: bool) -> None:
        user = self.selected()
        if user is None:
            return
        if not active and not messages.confirm(self, self.tr("Disable the user “%s”? They can no longer sign in; "
                                                             "their records and history stay.") % user.username):
            return
        self._apply(lambda: accounts.set_user_active(self.ctx.db, self.ctx.actor, user.id, active), user.username)

    def change_own_password(self) -> None:
        ChangePasswordDialog(self.ctx.db, self.ctx.actor, self).exec()
