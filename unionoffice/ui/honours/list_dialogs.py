"""Dialogs for a whole list: its editor (year, name, who grants it, the decision's words), finalising, revoking."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from unionoffice.domain.common.errors import UnionOfficeError
from unionoffice.domain.honours.rules import LEVELS, QuotaFigures
from unionoffice.services.honours import documents as hd
from unionoffice.services.honours import granting as gr
from unionoffice.services.honours import register as rg
from unionoffice.ui.forms.ui_honour_finalise_dialog import Ui_HonourFinaliseDialog
from unionoffice.ui.forms.ui_honour_list_dialog import Ui_HonourListDialog
from unionoffice.ui.forms.ui_reason_dialog import Ui_ReasonDialog
from unionoffice.ui.shell import style, tasks
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.shell.task_feedback import report_failure


def _error_beside(dialog: QDialog, show: Callable[[str], None]) -> tasks.Failed:
    """A refusal goes beside the form, which stays open; anything else is reported as usual."""

    def failed(exc: BaseException, trace: str) -> None:
        if isinstance(exc, UnionOfficeError):
            show(exc.message)
        else:
            report_failure(dialog, exc, trace)

    return failed


def quota_html(quota: QuotaFigures) -> str:
    """The figures, green when the share is kept and red with the shortfall when it is not."""
    colour = "#2E7D32" if quota.met else style.ACCENT
    verdict = "" if quota.met else f"，还差 {quota.short} 个"
    return f'<span style="color:{colour}">{html.escape(quota.summary() + verdict)}。</span>'


class ListDialog(QDialog):
    """New list (`list_id` None) or a draft list's details; `saved_id` after Save."""

    def __init__(self, ctx: AppContext, list_id: int | None, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.list_id = ctx, list_id
        self.saved_id: int | None = list_id
        self.ui = Ui_HonourListDialog()
        self.ui.setupUi(self)
        style.mark_error(self.ui.errorLabel)
        style.mark_primary(self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
        self.ui.levelCombo.addItems(list(LEVELS))
        draft = rg.list_draft(ctx.db, ctx.actor, list_id) if list_id is not None else rg.ListDraft(year)
        self._fill(draft)
        self.ui.ownCheck.toggled.connect(lambda _on: self._own_changed())
        self.ui.defaultTextButton.clicked.connect(self.fill_default_text)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._own_changed()

    def _fill(self, draft: rg.ListDraft) -> None:
        ui = self.ui
        ui.yearSpin.setValue(draft.year)
        ui.ownCheck.setChecked(draft.own)
        ui.nameEdit.setText(draft.name)
        ui.levelCombo.setCurrentIndex(max(0, ui.levelCombo.findText(draft.level)))
        ui.issuerEdit.setText(draft.issuer)
        ui.regionEdit.setText(draft.region)
        ui.titleEdit.setText(draft.decision_title)
        ui.bodyEdit.setPlainText(draft.decision_body)

    def _own_changed(self) -> None:
        own = self.ui.ownCheck.isChecked()
        for widget in (self.ui.titleLabel, self.ui.titleEdit, self.ui.bodyLabel, self.ui.bodyEdit,
                       self.ui.defaultTextButton):
            widget.setVisible(own)
        self.ui.defaultTextButton.setEnabled(self.list_id is not None)
        self.ui.issuerEdit.setPlaceholderText(self.tr("Blank: this office") if own
                                              else self.tr("The body that granted these honours"))

    def fill_default_text(self) -> None:
        """The default title and body with the honours now on the list, to edit from."""
        if self.list_id is None:
            return
        title, body = hd.default_decision_texts(self.ctx.db, self.ctx.actor, self.list_id)
        self.ui.titleEdit.setText(title)
        self.ui.bodyEdit.setPlainText(body)

    def draft(self) -> rg.ListDraft:
        ui = self.ui
        own = ui.ownCheck.isChecked()
        return rg.ListDraft(ui.yearSpin.value(), ui.nameEdit.text(), ui.levelCombo.currentText(), ui.issuerEdit.text(),
                            ui.regionEdit.text(), own, ui.titleEdit.text() if own else "",
                            ui.bodyEdit.toPlainText() if own else "")

    def save(self) -> None:
        draft, db, actor, list_id = self.draft(), self.ctx.db, self.ctx.actor, self.list_id

        def job() -> int:
            if list_id is None:
                return rg.create_list(db, actor, draft)
            rg.update_list(db, actor, list_id, draft)
            return list_id

        def done(saved: int) -> None:
            self.saved_id = saved
            self.accept()

        tasks.run_write(self, job, done, _error_beside(self, lambda t: style.set_visible_text(self.ui.errorLabel, t)))


class FinaliseDialog(QDialog):
    """The decision's date and 文号, the year's quota figures; OK grants the list (`result` after OK)."""

    def __init__(self, ctx: AppContext, honour_list: rg.ListRow, quota: QuotaFigures | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.honour_list = ctx, honour_list
        self.result_: gr.FinaliseResult | None = None
        self.ui = Ui_HonourFinaliseDialog()
        self.ui.setupUi(self)
        style.mark_error(self.ui.errorLabel)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Finalise"))
        style.mark_primary(ok)
        prompt = self.tr("Grant the %1 honour(s) on “%2” as of the decision's date? The list cannot be changed "
                         "afterwards; an honour granted in error is revoked with a reason.")
        self.ui.promptLabel.setText(prompt.replace("%1", str(honour_list.honours)).replace("%2", honour_list.name))
        self.ui.dateEdit.setDate(QDate.currentDate())
        own = honour_list.own
        for widget in (self.ui.serialLabel, self.ui.serialSpin):
            widget.setVisible(own)
        for widget in (self.ui.numberLabel, self.ui.numberEdit):
            widget.setVisible(not own)
        self.ui.quotaLabel.setText(quota_html(quota) if quota is not None else "")
        self.ui.quotaLabel.setVisible(quota is not None)
        self.ui.buttonBox.accepted.connect(self.finalise)
        self.ui.buttonBox.rejected.connect(self.reject)

    def decision_date(self) -> date:
        return self.ui.dateEdit.date().toPython()  # type: ignore[no-any-return]

    def finalise(self) -> None:
        db, actor, list_id = self.ctx.db, self.ctx.actor, self.honour_list.id
        when, serial, number = self.decision_date(), self.ui.serialSpin.value(), self.ui.numberEdit.text()
        own = self.honour_list.own

        def job() -> gr.FinaliseResult:
            return gr.finalise_list(db, actor, list_id, when, doc_serial=serial if own else None, doc_number=number)

        def done(result: gr.FinaliseResult) -> None:
            self.result_ = result
            self.accept()

        tasks.run_write(self, job, done, _error_beside(self, lambda t: style.set_visible_text(self.ui.errorLabel, t)))


class RevokeDialog(QDialog):
    """Asks for the reason an honour is withdrawn; `reason` after OK."""

    def __init__(self, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReasonDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(self.tr("Revoke an honour"))
        self.ui.promptLabel.setText(prompt)
        style.mark_error(self.ui.errorLabel)
        self.ui.choiceCombo.setVisible(False)
        self.ui.choiceLabel.setVisible(False)
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.reason = ""

    def _accept(self) -> None:
        self.reason = self.ui.reasonEdit.text().strip()
        if not self.reason:
            style.set_visible_text(self.ui.errorLabel, self.tr("Please give the reason."))
            return
        self.accept()
