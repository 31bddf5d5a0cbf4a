"""The administrator's users page: add, reset, change role, disable/enable, all through the services."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.helpers.messages import MessageLog
from unionoffice.db.engine import Database
from unionoffice.domain.common.permissions import Role
from unionoffice.services.core import accounts
from unionoffice.ui.admin.users_page import COL_STATE, UserDialog, UsersPage
from unionoffice.ui.shell.context import AppContext

ADMIN_PW = "Gonghui-2024"


def make_page(qtbot: QtBot, db: Database) -> UsersPage:
    admin = accounts.create_first_admin(db, "zhang", ADMIN_PW, display_name="张主任")
    page = UsersPage(AppContext(db, admin))
    qtbot.addWidget(page)
    return page


def answer_dialog(monkeypatch: object, fill: object) -> None:
    def fake_exec(self: UserDialog) -> int:
        fill(self)  # type: ignore[operator]
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
        return int(self.result())

    monkeypatch.setattr(UserDialog, "exec", fake_exec)  # type: ignore[attr-defined]


def test_add_user_then_reset_and_disable(qtbot: QtBot, db: Database, gui: MessageLog, monkeypatch) -> None:
    page = make_page(qtbot, db)

    def add(dialog: UserDialog) -> None:
        dialog.ui.usernameEdit.setText("wang")
        dialog.ui.displayNameEdit.setText("王会计")
        dialog.ui.roleCombo.setCurrentIndex(list(Role).index(Role.REVIEWER))
        dialog.ui.passwordEdit.setText("Temp-pass-1")
        dialog.ui.confirmEdit.setText("Temp-pass-1")

    answer_dialog(monkeypatch, add)
    page.add_user()
    assert [u.username for u in page.users] == ["wang", "zhang"]
    assert page.selected() is not None
    assert page.selected().role == Role.REVIEWER
    assert page.ui.usersTable.item(0, COL_STATE).text() == "Must change password"
    page.resize(760, 300)
    page.grab().save("/tmp/uo_users_page.png")

    page.set_active(False)
    assert gui.texts("confirm")
    assert "wang" in gui.texts("confirm")[0]
    assert page.ui.usersTable.item(0, COL_STATE).text() == "Disabled"
    assert page.ui.enableButton.isEnabled()
    assert not page.ui.disableButton.isEnabled()
    page.set_active(True)

    def reset(dialog: UserDialog) -> None:
        assert dialog.ui.roleCombo.isHidden()
        assert dialog.ui.usernameEdit.isReadOnly()
        dialog.ui.passwordEdit.setText("Fresh-pass-2")
        dialog.ui.confirmEdit.setText("Fresh-pass-2")

    answer_dialog(monkeypatch, reset)
    page.reset_password()
    assert accounts.authenticate(db, "wang", "Fresh-pass-2").role == Role.REVIEWER

    answer_dialog(monkeypatch, lambda d: d.ui.roleCombo.setCurrentIndex(list(Role).index(Role.VIEWER)))
    page.change_role()
    assert page.selected() is not None
    assert page.selected().role == Role.VIEWER


def test_service_errors_are_shown_not_raised(qtbot: QtBot, db: Database, gui: MessageLog, monkeypatch) -> None:
    page = make_page(qtbot, db)

    def duplicate(dialog: UserDialog) -> None:
        dialog.ui.usernameEdit.setText("zhang")
        dialog.ui.passwordEdit.setText("Temp-pass-1")
        dialog.ui.confirmEdit.setText("Temp-pass-1")

    answer_dialog(monkeypatch, duplicate)
    page.add_user()
    assert any("已被使用" in t for t in gui.texts("error"))


def test_the_own_account_cannot_be_disabled_from_the_page(qtbot: QtBot, db: Database, gui: MessageLog) -> None:
    page = make_page(qtbot, db)
    page.select_user("zhang")
    assert not page.ui.disableButton.isEnabled()
    assert page.ui.resetButton.isEnabled()


def test_user_dialog_checks_passwords(qtbot: QtBot, gui: MessageLog) -> None:
    dialog = UserDialog("add")
    qtbot.addWidget(dialog)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    dialog.ui.usernameEdit.setText("li")
    dialog.ui.passwordEdit.setText("short")
    assert not ok.isEnabled()
    assert "at least" in dialog.ui.errorLabel.text()
    dialog.ui.passwordEdit.setText("Long-enough-1")
    dialog.ui.confirmEdit.setText("Long-enough-2")
    assert not ok.isEnabled()
    assert "differ" in dialog.ui.errorLabel.text()
    dialog.ui.confirmEdit.setText("Long-enough-1")
    assert ok.isEnabled()
    dialog.grab().save("/tmp/uo_user_dialog.png")
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_user_dialog_previews_the_whole_password_policy(qtbot: QtBot, gui: MessageLog) -> None:
    dialog = UserDialog("add")
    qtbot.addWidget(dialog)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    dialog.ui.usernameEdit.setText("lisi-2024")
    dialog.ui.passwordEdit.setText("LISI-2024")
    dialog.ui.confirmEdit.setText("LISI-2024")
    assert not ok.isEnabled()
    assert "user name" in dialog.ui.errorLabel.text()
    dialog.ui.usernameEdit.setText("lisi")
    assert ok.isEnabled()
    assert dialog.ui.errorLabel.text() == ""
