"""Checking a certificate: type its code or scan its QR code (a USB scanner types the text and Enter)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from unionoffice.services.certificates.verifying import VerificationResult, verify_code
from unionoffice.ui.forms.ui_verify_dialog import Ui_VerifyDialog
from unionoffice.ui.shell.context import AppContext

GOOD, BAD = "#1B7F3B", "#C8102E"


class VerifyDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_VerifyDialog()
        self.ui.setupUi(self)
        self.outcome: VerificationResult | None = None
        self.ui.verifyButton.clicked.connect(self.verify)
        self.ui.codeEdit.returnPressed.connect(self.verify)
        self._show_record(None)

    def verify(self) -> None:
        text = self.ui.codeEdit.text().strip()
        if not text:
            return
        self.outcome = verify_code(self.ctx.db, text)
        colour = GOOD if self.outcome.genuine else BAD
        self.ui.resultLabel.setStyleSheet(f"color: {colour}; font-size: 15px; font-weight: bold")
        self.ui.resultLabel.setText(self.outcome.message)
        self._show_record(self.outcome if self.outcome.number else None)
        self.ui.codeEdit.selectAll()  # the next scan replaces the code

    def _show_record(self, result: VerificationResult | None) -> None:
        values = ("", "", "", "", "", "")
        if result is not None:
            values = (result.number, result.kind_name, result.person_name, result.issuer,
                      result.issue_date.isoformat() if result.issue_date else "", str(result.reprint_count))
        labels = (self.ui.numberValue, self.ui.kindValue, self.ui.nameValue, self.ui.issuerValue,
                  self.ui.dateValue, self.ui.reprintValue)
        for label, value in zip(labels, values, strict=True):
            label.setText(value)


def open_verify_dialog(ctx: AppContext, parent: QWidget | None = None) -> None:
    """For the main window's menu: verification is open to every signed-in role."""
    VerifyDialog(ctx, parent).exec()
