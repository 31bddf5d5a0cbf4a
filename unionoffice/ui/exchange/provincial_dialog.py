"""生成省级数据包: the year, an optional password, the office key's fingerprint to tell the province."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from unionoffice.exchange.provincial.signing import grouped
from unionoffice.services.province.export import PackageResult, export_provincial_package, office_fingerprint
from unionoffice.ui.shell import file_dialogs, messages
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.shell.tasks import run_long


class ProvincialPackageDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Package for the province"))
        form = QFormLayout(self)
        self.year = QSpinBox()
        self.year.setObjectName("packageYear")
        self.year.setRange(1990, date.today().year)
        self.year.setValue(date.today().year - 1)
        form.addRow(self.tr("Year:"), self.year)
        self.encrypt = QCheckBox(self.tr("Encrypt with a password (AES-256)"))
        self.encrypt.setObjectName("encrypt")
        self.encrypt.setChecked(True)
        form.addRow(self.encrypt)
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setObjectName("passwordAgain")
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("Repeat password:"), self.again)
        self.encrypt.toggled.connect(self.password.setEnabled)
        self.encrypt.toggled.connect(self.again.setEnabled)
        self.fingerprint = QLabel(grouped(office_fingerprint()))
        self.fingerprint.setObjectName("fingerprint")
        self.fingerprint.setWordWrap(True)
        form.addRow(self.tr("Key fingerprint:"), self.fingerprint)
        note = QLabel(self.tr("The package holds full ID numbers. Give the password and the key fingerprint to the "
                              "province by telephone or letter, never on the USB stick."))
        note.setWordWrap(True)
        form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.result_: PackageResult | None = None

    def chosen_password(self) -> str | None:
        if not self.encrypt.isChecked():
            return None
        if self.password.text() != self.again.text():
            messages.warning(self, self.tr("The two passwords differ."))
            return ""
        return self.password.text()

    def save(self) -> None:
        password = self.chosen_password()
        if password == "":
            return
        year = self.year.value()
        chosen = file_dialogs.save_file(self, self.tr("Save package"), f"{year}年省级数据包.zip", "Zip (*.zip)",
                                        "province-package", ".zip")
        if chosen is None:
            return
        name = chosen[0]
        run_long(self, self.tr("Making the package…"),
                 lambda progress, cancel: export_provincial_package(self.ctx.db, self.ctx.actor, year, name,
                                                                    password=password, progress=progress,
                                                                    cancel=cancel),
                 self.done_saving, write=True)

    def done_saving(self, result: PackageResult) -> None:
        """Close first, then tell the file and the fingerprint: the dialog's work is done (the trial found it left
        open behind the message)."""
        self.result_ = result
        members = result.rows.get("会员", 0)
        self.accept()
        messages.info(self.parentWidget(), self.tr("Package saved to %1 (%2 members). Key fingerprint: %3")
                      .replace("%1", str(result.path)).replace("%2", str(members))
                      .replace("%3", grouped(result.fingerprint)))
