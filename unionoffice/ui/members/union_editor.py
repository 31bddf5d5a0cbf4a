"""Add or edit a grassroots union (基层工会); the credit code's check character is tested as it is typed."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QWidget

from unionoffice.domain.common.credit_code import parse_credit_code
from unionoffice.domain.common.errors import UnionOfficeError, ValidationError
from unionoffice.domain.members import dictionaries as d
from unionoffice.services.members.organisations import UnionDraft, create_union, get_union, update_union
from unionoffice.ui.forms.ui_union_editor import Ui_UnionEditor
from unionoffice.ui.shell import style
from unionoffice.ui.shell.context import AppContext


def _fill(combo: QComboBox, choices: tuple[str, ...], current: str | None) -> None:
    combo.addItem("")
    combo.addItems([c for c in choices if c])
    combo.setCurrentText(current or "")


class UnionEditor(QDialog):
    """`union_id` None creates a union under the district; `saved_id` is set after a successful save."""

    def __init__(self, ctx: AppContext, union_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.union_id = ctx, union_id
        self.saved_id: int | None = None
        self.ui = Ui_UnionEditor()
        self.ui.setupUi(self)
        for label in (self.ui.nameError, self.ui.creditCodeError, self.ui.generalError):
            style.mark_error(label)
            label.hide()
        self._save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        style.mark_primary(self._save)
        existing = get_union(ctx.db, ctx.actor, union_id) if union_id is not None else None
        _fill(self.ui.unitNatureCombo, d.UNIT_NATURES, existing.unit_nature if existing else None)
        _fill(self.ui.economicTypeCombo, d.ECONOMIC_TYPES, existing.economic_type if existing else None)
        _fill(self.ui.industryCombo, d.INDUSTRIES, existing.industry if existing else None)
        if existing is not None:
            self.setWindowTitle(self.tr("Grassroots union: %s") % existing.name)
            self.ui.nameEdit.setText(existing.name)
            self.ui.employerEdit.setText(existing.employer or "")
            self.ui.creditCodeEdit.setText(existing.credit_code or "")
            self.ui.contactPersonEdit.setText(existing.contact_person or "")
            self.ui.contactPhoneEdit.setText(existing.contact_phone or "")
        else:
            self.setWindowTitle(self.tr("New grassroots union"))
        self.ui.nameEdit.textChanged.connect(self._validate)
        self.ui.creditCodeEdit.textChanged.connect(self._validate)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._validate()

    def draft(self) -> UnionDraft:
        ui = self.ui
        return UnionDraft(name=ui.nameEdit.text(), employer=ui.employerEdit.text(),
                          credit_code=ui.creditCodeEdit.text(), unit_nature=ui.unitNatureCombo.currentText(),
                          economic_type=ui.economicTypeCombo.currentText(), industry=ui.industryCombo.currentText(),
                          contact_person=ui.contactPersonEdit.text(), contact_phone=ui.contactPhoneEdit.text())

    def _validate(self) -> bool:
        name_error = "" if self.ui.nameEdit.text().strip() else "不能为空"
        code_error = ""
        if self.ui.creditCodeEdit.text().strip():
            try:
                parse_credit_code(self.ui.creditCodeEdit.text())
            except ValidationError as exc:
                code_error = exc.reason
        style.set_visible_text(self.ui.nameError, name_error)
        style.set_visible_text(self.ui.creditCodeError, code_error)
        ok = not name_error and not code_error
        self._save.setEnabled(ok)
        return ok

    def save(self) -> None:
        if not self._validate():
            return
        try:
            if self.union_id is None:
                self.saved_id = create_union(self.ctx.db, self.ctx.actor, self.draft())
            else:
                update_union(self.ctx.db, self.ctx.actor, self.union_id, self.draft())
                self.saved_id = self.union_id
        except UnionOfficeError as exc:
            style.set_visible_text(self.ui.generalError, exc.message)
            return
        self.accept()
