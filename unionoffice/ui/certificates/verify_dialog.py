"""Checking a certificate: type its code or scan its QR code (a USB scanner types the text and Enter)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from unionoffice.domain.common.permissions import Permission
from unionoffice.services.certificates.verifying import VerificationResult, verify_code
from unionoffice.ui.forms.ui_verify_dialog import Ui_VerifyDialog
from unionoffice.ui.shell import file_dialogs, messages, tasks
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
        # 补发: a lost certificate printed again with its number and code, marked as a reissue.
        self.reissue_button = QPushButton(self.tr("Reissue (补发)…"))
        self.reissue_button.clicked.connect(self.reissue)
        self.reissue_button.setVisible(ctx.actor.may(Permission.PRINT_DOCUMENTS))
        self.ui.mainLayout.addWidget(self.reissue_button)
        self._show_record(None)
        self.reissue_button.setEnabled(False)

    def verify(self) -> None:
        text = self.ui.codeEdit.text().strip()
        if not text:
            return
        self.outcome = verify_code(self.ctx.db, text)
        colour = GOOD if self.outcome.genuine else BAD
        self.ui.resultLabel.setStyleSheet(f"color: {colour}; font-size: 15px; font-weight: bold")
        self.ui.resultLabel.setText(self.outcome.message)
        self._show_record(self.outcome if self.outcome.number else None)
        self.reissue_button.setEnabled(self.outcome.genuine)
        self.ui.codeEdit.selectAll()  # the next scan replaces the code

    def reissue(self, target: Path | None = None) -> None:
        """Print the verified certificate again as a 补发 (audited), to a PDF the clerk chooses."""
        from unionoffice.services.certificates.issuing import find_certificate, reissue_certificates

        if self.outcome is None or not self.outcome.genuine:
            return
        number = self.outcome.number
        if target is None:
            chosen = file_dialogs.save_file(self, self.tr("Save the reissued certificate"),
                                            file_dialogs.file_name(f"证书{number}（补发）") + ".pdf", "PDF (*.pdf)",
                                            "certificates", ".pdf")
            if chosen is None:
                return
            target = chosen[0]
        db, actor = self.ctx.db, self.ctx.actor

        def job() -> list[Path]:
            cert = find_certificate(db, actor, number)
            return reissue_certificates(db, actor, [cert.id], target)

        tasks.run_write(self, job, lambda _paths: self._reissued(target))

    def _reissued(self, target: Path) -> None:
        messages.info(self, self.tr("Reissued and saved to %1").replace("%1", str(target)))
        self.verify()

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
