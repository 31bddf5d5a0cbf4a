"""Sign-in at start: first administrator, login with errors and lockout, forced password change, demo hint."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.helpers.messages import MessageLog
from unionoffice.db.engine import Database
from unionoffice.domain.common.permissions import Role
from unionoffice.services.core import accounts
from unionoffice.services.core.context import SYSTEM, Actor
from unionoffice.services.members import first_start, organisations
from unionoffice.ui.shell.change_password_dialog import ChangePasswordDialog
from unionoffice.ui.shell.first_admin_dialog import FirstAdminDialog
from unionoffice.ui.shell.login_dialog import LoginDialog, sign_in

ADMIN_PW = "Gonghui-2024"


def press_ok(dialog: QDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Ok).click()


def when_modal(action: Callable[[QDialog], None]) -> None:
    """Act on the next modal dialog once its exec() loop runs."""
    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, run)
            return
        assert isinstance(dialog, QDialog)
        action(dialog)

    QTimer.singleShot(0, run)


def test_first_admin_dialog_asks_for_the_district_and_creates_the_admin(qtbot: QtBot, db: Database,
                                                                        gui: MessageLog) -> None:
    dialog = FirstAdminDialog(db)
    qtbot.addWidget(dialog)
    assert not dialog.ui.districtGroup.isHidden()
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.ui.districtNameEdit.setText("南关区总工会")  # QTest types ASCII only
    qtbot.keyClicks(dialog.ui.districtCodeEdit, "2201")
    assert "6 digits" in dialog.ui.errorLabel.text()
    qtbot.keyClicks(dialog.ui.districtCodeEdit, "02")
    qtbot.keyClicks(dialog.ui.usernameEdit, "zhang")
    qtbot.keyClicks(dialog.ui.passwordEdit, ADMIN_PW)
    qtbot.keyClicks(dialog.ui.confirmEdit, ADMIN_PW[:-1])
    assert not ok.isEnabled()
    assert "differ" in dialog.ui.errorLabel.text()
    qtbot.keyClicks(dialog.ui.confirmEdit, ADMIN_PW[-1])
    assert ok.isEnabled()
    dialog.grab().save("/tmp/uo_first_admin.png")
    ok.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None
    assert dialog.actor.role == Role.ADMIN
    assert not first_start.needs_district(db)


def test_login_shows_errors_and_accepts_the_right_password(qtbot: QtBot, db: Database,
                                                           gui: MessageLog) -> None:
    accounts.create_first_admin(db, "zhang", ADMIN_PW)
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.demoLabel.isHidden()
    qtbot.keyClicks(dialog.ui.usernameEdit, "zhang")
    qtbot.keyClicks(dialog.ui.passwordEdit, "wrong-password")
    press_ok(dialog)
    assert "用户名或密码不正确" in dialog.ui.errorLabel.text()
    assert dialog.ui.passwordEdit.text() == ""
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.grab().save("/tmp/uo_login_error.png")
    qtbot.keyClicks(dialog.ui.passwordEdit, ADMIN_PW)
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.actor is not None
    assert dialog.actor.username == "zhang"
    again = LoginDialog(db)
    qtbot.addWidget(again)
    assert again.ui.usernameEdit.text() == "zhang"  # remembered


def test_lockout_message_after_five_failures(qtbot: QtBot, db: Database, gui: MessageLog) -> None:
    accounts.create_first_admin(db, "zhang", ADMIN_PW)
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    dialog.ui.usernameEdit.setText("zhang")
    for _ in range(5):
        dialog.ui.passwordEdit.setText("guess")
        press_ok(dialog)
    assert "锁定" in dialog.ui.errorLabel.text()


def test_the_demo_database_says_its_password(qtbot: QtBot, db: Database, gui: MessageLog) -> None:
    with db.write() as session:
        accounts.ensure_demo_admin(session)
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    assert "admin" in dialog.ui.demoLabel.text()
    assert "demo" in dialog.ui.demoLabel.text()
    assert not dialog.ui.demoLabel.isHidden()
    dialog.grab().save("/tmp/uo_login_demo.png")


def test_change_password_dialog(qtbot: QtBot, db: Database, gui: MessageLog) -> None:
    actor = accounts.create_first_admin(db, "zhang", ADMIN_PW)
    dialog = ChangePasswordDialog(db, actor, forced=True)
    qtbot.addWidget(dialog)
    dialog.ui.oldPasswordEdit.setText("not-it-at-all")
    dialog.ui.newPasswordEdit.setText("Brand-new-22")
    dialog.ui.confirmEdit.setText("Brand-new-22")
    press_ok(dialog)
    assert "原密码不正确" in dialog.ui.errorLabel.text()
    dialog.ui.oldPasswordEdit.setText(ADMIN_PW)
    dialog.grab().save("/tmp/uo_change_password.png")
    press_ok(dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert accounts.authenticate(db, "zhang", "Brand-new-22").username == "zhang"


def test_change_password_dialog_previews_the_policy_with_the_old_password(qtbot: QtBot, db: Database,
                                                                         gui: MessageLog) -> None:
    actor = accounts.create_first_admin(db, "zhang", ADMIN_PW)
    dialog = ChangePasswordDialog(db, actor)
    qtbot.addWidget(dialog)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    dialog.ui.oldPasswordEdit.setText(ADMIN_PW)
    dialog.ui.newPasswordEdit.setText(ADMIN_PW)
    dialog.ui.confirmEdit.setText(ADMIN_PW)
    assert not ok.isEnabled()
    assert "current one" in dialog.ui.errorLabel.text()
    dialog.ui.newPasswordEdit.setText("ZHANG")
    assert "at least" in dialog.ui.errorLabel.text()
    assert "user name" in dialog.ui.errorLabel.text()


def test_first_admin_dialog_refuses_the_user_name_as_password(qtbot: QtBot, db: Database, gui: MessageLog) -> None:
    organisations.create_district(db, SYSTEM, "南关区总工会", "220102")
    dialog = FirstAdminDialog(db)
    qtbot.addWidget(dialog)
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.keyClicks(dialog.ui.usernameEdit, "zhang-2024")
    qtbot.keyClicks(dialog.ui.passwordEdit, "Zhang-2024")
    qtbot.keyClicks(dialog.ui.confirmEdit, "Zhang-2024")
    assert not ok.isEnabled()
    assert "user name" in dialog.ui.errorLabel.text()
    qtbot.keyClicks(dialog.ui.usernameEdit, "x")
    assert ok.isEnabled()


def test_sign_in_on_a_new_database_runs_the_first_start(qtbot: QtBot, db: Database,
                                                        gui: MessageLog) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, FirstAdminDialog)
        dialog.ui.districtNameEdit.setText("南关区总工会")
        dialog.ui.districtCodeEdit.setText("220102")
        dialog.ui.usernameEdit.setText("zhang")
        dialog.ui.passwordEdit.setText(ADMIN_PW)
        dialog.ui.confirmEdit.setText(ADMIN_PW)
        press_ok(dialog)

    when_modal(fill)
    actor = sign_in(db)
    assert actor is not None
    assert actor.username == "zhang"


def test_sign_in_forces_a_new_password_after_a_reset(qtbot: QtBot, db: Database,
                                                     gui: MessageLog) -> None:
    admin = accounts.create_first_admin(db, "zhang", ADMIN_PW)
    accounts.add_user(db, admin, "wang", Role.CLERK, "Temp-pass-1")
    steps: list[str] = []

    def login(dialog: QDialog) -> None:
        assert isinstance(dialog, LoginDialog)
        dialog.ui.usernameEdit.setText("wang")
        dialog.ui.passwordEdit.setText("Temp-pass-1")
        steps.append("login")
        when_modal(change)
        press_ok(dialog)

    def change(dialog: QDialog) -> None:
        if not isinstance(dialog, ChangePasswordDialog):
            QTimer.singleShot(10, lambda: when_modal(change))
            return
        dialog.ui.oldPasswordEdit.setText("Temp-pass-1")
        dialog.ui.newPasswordEdit.setText("Own-choice-33")
        dialog.ui.confirmEdit.setText("Own-choice-33")
        steps.append("change")
        press_ok(dialog)

    when_modal(login)
    actor: Actor | None = sign_in(db)
    assert steps == ["login", "change"]
    assert actor is not None
    assert actor.role == Role.CLERK
    assert not accounts.must_change_password(db, actor)


def test_cancelling_the_login_gives_no_actor(qtbot: QtBot, db: Database, gui: MessageLog) -> None:
    accounts.create_first_admin(db, "zhang", ADMIN_PW)
    when_modal(lambda dialog: dialog.reject())
    assert sign_in(db) is None


@pytest.mark.parametrize("reason", ["网络驱动器"])
def test_a_read_only_database_is_named_on_the_login_screen(qtbot: QtBot, db: Database, reason: str,
                                                           gui: MessageLog) -> None:
    accounts.create_first_admin(db, "zhang", ADMIN_PW)
    db.read_only_reason = f"数据库位于{reason}"
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    assert reason in dialog.ui.demoLabel.text()
    db.read_only_reason = None


def test_first_start_asks_for_the_office_settings_when_no_seal_exists(qtbot: QtBot, db: Database,
                                                                      gui: MessageLog) -> None:
    from tests.helpers.office import set_office
    from unionoffice.services.certificates.office import load_office
    from unionoffice.ui.certificates.office_dialog import OfficeDialog

    set_office(db, seal="", head="")
    steps: list[str] = []

    def office(dialog: QDialog) -> None:
        if not isinstance(dialog, OfficeDialog):
            QTimer.singleShot(10, lambda: when_modal(office))
            return
        steps.append("office")
        assert dialog.edits["name"].text() == "示例区总工会"
        dialog.edits["head"].setText("李华")
        dialog.save()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, FirstAdminDialog)
        dialog.ui.districtNameEdit.setText("南关区总工会")
        dialog.ui.districtCodeEdit.setText("220102")
        dialog.ui.usernameEdit.setText("zhang")
        dialog.ui.passwordEdit.setText(ADMIN_PW)
        dialog.ui.confirmEdit.setText(ADMIN_PW)
        steps.append("admin")
        when_modal(office)
        press_ok(dialog)

    when_modal(fill)
    assert sign_in(db) is not None
    assert steps == ["admin", "office"]
    assert load_office(db).head == "李华"
