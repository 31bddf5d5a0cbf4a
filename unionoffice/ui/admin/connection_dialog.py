"""数据库服务器连接: the saved server connection of this PC (docs/server-mode.md), with 测试连接.

Saving writes `connection.json` (no password) and puts the password into the system keyring; where the PC has no
keyring backend the dialog says the password was not kept. The program uses the connection from its next start."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from unionoffice.domain.common.errors import ValidationError
from unionoffice.services.core import connection
from unionoffice.ui.forms.ui_connection_dialog import Ui_ConnectionDialog
from unionoffice.ui.shell import messages, tasks


class ConnectionDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConnectionDialog()
        self.ui.setupUi(self)
        saved = connection.load_saved_connection()
        if saved is not None:
            self.ui.hostEdit.setText(saved.host)
            self.ui.portEdit.setText(str(saved.port))
            self.ui.databaseEdit.setText(saved.database)
            self.ui.userEdit.setText(saved.user)
            self.ui.pgDumpEdit.setText(saved.pg_dump)
            if connection.saved_password(saved):
                self.ui.passwordEdit.setPlaceholderText(self.tr("(kept in the system keyring)"))
        self.ui.forgetButton.setEnabled(saved is not None)
        self.ui.testButton.clicked.connect(self.test)
        self.ui.forgetButton.clicked.connect(self.forget)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        if not connection.keyring_available():
            self.ui.resultLabel.setText(connection.NO_KEYRING)

    def entered(self) -> connection.SavedConnection | None:
        """The fields as a connection, or None with the problem shown (it names the field)."""
        try:
            return connection.check_connection(self.ui.hostEdit.text(), self.ui.portEdit.text(),
                                               self.ui.databaseEdit.text(), self.ui.userEdit.text(),
                                               self.ui.pgDumpEdit.text())
        except ValidationError as exc:
            self.ui.resultLabel.setText(exc.message)
            return None

    def _password(self, entered: connection.SavedConnection) -> str | None:
        typed = self.ui.passwordEdit.text()
        return typed or connection.saved_password(entered)

    def test(self) -> None:
        """测试连接: in the read lane (a server that does not answer takes its few seconds there, not here)."""
        entered = self.entered()
        if entered is None:
            return
        password = self._password(entered)
        self.ui.resultLabel.setText(self.tr("Connecting…"))
        tasks.run_read(self, lambda: connection.try_connection(entered, password),
                       lambda outcome: self.ui.resultLabel.setText(outcome[1]))

    def save(self) -> None:
        entered = self.entered()
        if entered is None:
            return
        note = connection.save_connection(entered, self.ui.passwordEdit.text() or None)
        text = self.tr("Saved. UnionOffice connects to %1 from its next start.").replace("%1", entered.shown())
        messages.info(self, text + (("\n" + note) if note else ""))
        self.accept()

    def forget(self) -> None:
        if not messages.confirm(self, self.tr("Forget the saved server connection and its password? UnionOffice then "
                                              "opens the database file on this PC from its next start.")):
            return
        connection.forget_connection()
        self.accept()
