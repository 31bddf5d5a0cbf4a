"""First start on a new database: the district federation (if missing) and the administrator account."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from unionoffice.db.engine import Database
from unionoffice.domain.common.errors import UnionOfficeError
from unionoffice.services.core.context import Actor
from unionoffice.services.members import first_start
from unionoffice.ui.forms.ui_first_admin_dialog import Ui_FirstAdminDialog
from unionoffice.ui.shell import messages, password_policy
from unionoffice.ui.shell.tasks import run_long


class FirstAdminDialog(QDialog):
    """`actor` holds the new administrator after the dialog is accepted."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.ui = Ui_FirstAdminDialog()
        self.ui.setupUi(self)
        self.ui.errorLabel.setStyleSheet("color: #C8102E;")
        self.ask_district = first_start.needs_district(db)
        self.ui.districtGroup.setVisible(self.ask_district)
        self.ui.passwordEdit.setPlaceholderText(password_policy.placeholder())
        self._ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        for edit in (self.ui.districtNameEdit, self.ui.districtCodeEdit, self.ui.usernameEdit,
                     self.ui.passwordEdit, self.ui.confirmEdit):
            edit.textChanged.connect(self._validate)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        (self.ui.districtNameEdit if self.ask_district else self.ui.usernameEdit).setFocus()
        self._validate()

    def _problem(self) -> str:
        ui = self.ui
        if self.ask_district:
            code = ui.districtCodeEdit.text().strip()
            if code and (len(code) != 6 or not code.isdigit()):
                return self.tr("The area code has 6 digits (GB/T 2260), e.g. 220102.")
        password, confirm = ui.passwordEdit.text(), ui.confirmEdit.text()
        problem = password_policy.password_problem(password, ui.usernameEdit.text())
        if problem:
            return problem
        if confirm and password != confirm:
            return self.tr("The two passwords differ.")
        return ""

    def _complete(self) -> bool:
        ui = self.ui
        district_ok = not self.ask_district or bool(ui.districtNameEdit.text().strip()
                                                    and ui.districtCodeEdit.text().strip())
        return district_ok and bool(ui.usernameEdit.text().strip() and ui.passwordEdit.text()
                                    and ui.passwordEdit.text() == ui.confirmEdit.text())

    def _validate(self) -> bool:
        problem = self._problem()
        self.ui.errorLabel.setText(problem)
        ok = not problem and self._complete()
        self._ok.setEnabled(ok)
        return ok

    def save(self) -> None:
        if not self._validate():
            return
        ui = self.ui
        username, password, display = ui.usernameEdit.text(), ui.passwordEdit.text(), ui.displayNameEdit.text()
        district = (ui.districtNameEdit.text(), ui.districtCodeEdit.text()) if self.ask_district else (None, None)
        self._ok.setEnabled(False)

        def job(progress: object, cancel: object) -> Actor:
            return first_start.set_up_office(self.db, username, password, display_name=display,
                                               district_name=district[0], admin_code=district[1])

        run_long(self, self.tr("Creating the administrator…"), job, self._created, self._failed, write=True)

    def _created(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()

    def _failed(self, exc: BaseException, trace: str) -> None:
        self._ok.setEnabled(True)
        if isinstance(exc, UnionOfficeError):
            self.ui.errorLabel.setText(exc.message)
            self.ask_district = first_start.needs_district(self.db)  # the district may exist now
            self.ui.districtGroup.setVisible(self.ask_district)
        else:
            messages.error(self, self.tr("The administrator could not be created."), details=trace)
