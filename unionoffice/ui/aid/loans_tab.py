"""Subsidised startup loans (小额贴息贷款): the loans, each one's yearly subsidy periods by days, the interest
statement and the payment that only follows it, early repayment."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from unionoffice.domain.aid.kinds import BorrowerKind
from unionoffice.domain.aid.loans import format_rate, parse_rate
from unionoffice.domain.common.errors import UnionOfficeError, ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.services.aid import loans as ln
from unionoffice.services.core.lists import ListDocument
from unionoffice.services.members.organisations import organisation_tree
from unionoffice.ui.aid.models import Col, RowsModel, day, money
from unionoffice.ui.aid.programme_dialogs import _Editor
from unionoffice.ui.aid.widgets import MemberPicker, MoneyEdit, StepDialog, date_edit, pydate, table
from unionoffice.ui.shell import changes, messages, tasks
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.shell.i18n import QT_TRANSLATE_NOOP
from unionoffice.ui.widgets.columns import fit_columns
from unionoffice.ui.widgets.list_output import ListOutputButtons
from unionoffice.ui.widgets.role_note import RoleNote

LOAN_COLUMNS: tuple[Col[ln.LoanRow], ...] = (
    Col(QT_TRANSLATE_NOOP("AidModels", "No."), lambda r: str(r.id), right=True),
    Col(QT_TRANSLATE_NOOP("AidModels", "Borrower"), lambda r: r.borrower),
    Col(QT_TRANSLATE_NOOP("AidModels", "Kind"), lambda r: r.borrower_kind),
    Col(QT_TRANSLATE_NOOP("AidModels", "Bank"), lambda r: r.bank),
    Col(QT_TRANSLATE_NOOP("AidModels", "Principal (yuan)"), lambda r: money(r.principal_fen), right=True),
    Col(QT_TRANSLATE_NOOP("AidModels", "Lent"), lambda r: day(r.start_date), right=True),
    Col(QT_TRANSLATE_NOOP("AidModels", "Due"), lambda r: day(r.settled_on or r.due_date), right=True),
    Col(QT_TRANSLATE_NOOP("AidModels", "Rates"), lambda r: f"{format_rate(r.bank_rate_ppm)} / "
                                                           f"{format_rate(r.borrower_rate_ppm)}"),
    Col(QT_TRANSLATE_NOOP("AidModels", "Subsidy (yuan)"), lambda r: money(r.subsidy_fen), right=True),
    Col(QT_TRANSLATE_NOOP("AidModels", "Paid (yuan)"), lambda r: money(r.paid_fen), right=True),
    Col(QT_TRANSLATE_NOOP("AidModels", "State"), lambda r: r.state),
)
PERIOD_COLUMNS: tuple[Col[ln.PeriodRow], ...] = (
    Col(QT_TRANSLATE_NOOP("AidModels", "Year"), lambda r: str(r.year), right=True),
    Col(QT_TRANSLATE_NOOP("AidModels", "From"), lambda r: day(r.start), right=True),
    Col(QT_TRANSLATE_NOOP("AidModels", "To"), lambda r: day(r.end), right=True),
    Col(QT_TRANSLATE_NOOP("AidModels", "Days"), lambda r: str(r.days), right=True),
    Col(QT_TRANSLATE_NOOP("AidModels", "Interest (yuan)"), lambda r: money(r.interest_fen), right=True),
    Col(QT_TRANSLATE_NOOP("AidModels", "Subsidy (yuan)"), lambda r: money(r.subsidy_fen), right=True),
    Col(QT_TRANSLATE_NOOP("AidModels", "Statement"), lambda r: day(r.statement_on), right=True),
    Col(QT_TRANSLATE_NOOP("AidModels", "Paid"), lambda r: day(r.paid_on), right=True),
    Col(QT_TRANSLATE_NOOP("AidModels", "State"), lambda r: r.state),
)


class LoanDialog(_Editor):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Subsidised loan"), parent)
        self.ctx = ctx
        self.kind = QComboBox(self)
        for k in BorrowerKind:
            self.kind.addItem(k.value, k.value)
        self.member = MemberPicker(ctx, self)
        self.firm, self.firm_union = QLineEdit(self), QComboBox(self)
        for node in organisation_tree(ctx.db, ctx.actor):
            if node.kind == "grassroots":
                self.firm_union.addItem(node.name, node.id)
        self.bank, self.project = QLineEdit(self), QLineEdit(self)
        self.principal = MoneyEdit(None, self)
        self.start = date_edit(date.today(), self)
        self.term = QSpinBox(self)
        self.term.setRange(1, 120)
        self.term.setValue(12)
        self.term.setSuffix(self.tr(" months"))
        self.rate, self.own = QLineEdit("3.45", self), QLineEdit("2.15", self)
        form = QFormLayout()
        for label, widget in ((self.tr("Borrower:"), self.kind), (self.tr("Member:"), self.member),
                              (self.tr("Small firm:"), self.firm), (self.tr("Its grassroots union:"), self.firm_union),
                              (self.tr("Bank:"), self.bank), (self.tr("Project:"), self.project),
                              (self.tr("Principal (yuan):"), self.principal), (self.tr("Lent on:"), self.start),
                              (self.tr("Term:"), self.term), (self.tr("Bank's yearly rate (%):"), self.rate),
                              (self.tr("Rate the borrower pays (%):"), self.own)):
            form.addRow(label, widget)
        self.body.addLayout(form)
        self.finish()
        self.resize(560, self.sizeHint().height())

    def save(self) -> None:
        try:
            draft = ln.LoanDraft(str(self.kind.currentData()), self.bank.text(), self.principal.fen("本金"),
                                 pydate(self.start.date()), self.term.value(), parse_rate(self.rate.text()),
                                 parse_rate(self.own.text()), self.member.member_id(), self.firm.text(),
                                 self.firm_union.currentData(), self.project.text())
        except ValidationError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.run(lambda: ln.create_loan(self.ctx.db, self.ctx.actor, draft))


class LoansTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loans: RowsModel[ln.LoanRow] = RowsModel(LOAN_COLUMNS, self, key=lambda r: r.id)
        self.periods: RowsModel[ln.PeriodRow] = RowsModel(PERIOD_COLUMNS, self, key=lambda r: r.year)
        self.loan_view, self.period_view = table(self), table(self)
        self.loan_view.setModel(self.loans)
        self.period_view.setModel(self.periods)
        fit_columns(self.loan_view, {0: "999", 2: "小微企业", 3: "农业银行", 4: "100,000.00", 5: "2024-09-30",
                                     6: "2024-09-30", 7: "4.35% / 4.35%", 8: "99,999.00", 9: "99,999.00",
                                     10: "已结清"}, stretch=1)  # the borrower elides (whole in the tooltip)
        fit_columns(self.period_view, {0: "2024", 1: "2024-09-30", 2: "2024-09-30", 3: "366", 4: "99,999.00",
                                       5: "99,999.00", 6: "2024-09-30", 7: "2024-09-30"}, stretch=8)
        casework, pay = ctx.actor.may(Permission.MANAGE_AID), ctx.actor.may(Permission.PAY_AID)
        top = QHBoxLayout()
        for text, slot, allowed in ((self.tr("New loan…"), self.new_loan, casework),
                                    (self.tr("Interest statement…"), self.statement, casework),
                                    (self.tr("Pay the year's subsidy"), self.pay, pay),
                                    (self.tr("Repaid on…"), self.settle, casework)):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            button.setVisible(allowed)
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(ListOutputButtons(ctx, self.describe, self.tr("Subsidised loans"), self))
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.loan_view)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("Subsidy by year (by days; paid only after the interest statement):"),
                                      self))
        lower_layout.addWidget(self.period_view)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        # Where the role cannot do the casework: who can (issue 14).
        self.role_note = RoleNote(ctx.actor, Permission.MANAGE_AID, self.tr("Recording loans and subsidies"), self)
        layout.addWidget(self.role_note)
        layout.addWidget(splitter, 1)
        self.loan_view.selectionModel().currentRowChanged.connect(lambda _c, _p: self.show_periods())
        self.reload()
        changes.watch(self, ("aid_loan", "member"), self.reload)

    def loan(self) -> ln.LoanRow | None:
        return self.loans.row_at(self.loan_view.currentIndex().row())

    def period(self) -> ln.PeriodRow | None:
        return self.periods.row_at(self.period_view.currentIndex().row())

    def reload(self) -> None:
        current = self.loan()
        self.loans.set_rows(ln.list_loans(self.ctx.db, self.ctx.actor))
        ids = [r.id for r in self.loans.rows]
        if ids:
            self.loan_view.selectRow(ids.index(current.id) if current and current.id in ids else 0)
        self.show_periods()

    def show_periods(self) -> None:
        loan = self.loan()
        self.periods.set_rows(ln.loan_schedule(self.ctx.db, self.ctx.actor, loan.id) if loan else [])

    def describe(self) -> ListDocument:
        return ln.loan_list_document(self.ctx.db, self.ctx.actor)

    def new_loan(self) -> None:
        LoanDialog(self.ctx, self).exec()  # the tab follows the change hub

    def _selected(self) -> tuple[ln.LoanRow, ln.PeriodRow] | None:
        loan, period = self.loan(), self.period()
        if loan is None or period is None:
            messages.info(self, self.tr("Choose a loan and one of its years first."))
            return None
        return loan, period

    def statement(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        loan, period = chosen
        dialog = StepDialog(self.tr("Interest statement %1").replace("%1", str(period.year)), False, self,
                            day=date.today())
        amount = MoneyEdit(period.interest_fen, dialog)
        dialog.form.insertRow(0, self.tr("Interest paid (yuan):"), amount)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        _comment, on = dialog.values()
        try:
            fen = amount.fen("已付利息")
        except UnionOfficeError as exc:
            messages.error(self, exc.message)
            return
        tasks.run_write(self, lambda: ln.record_statement(self.ctx.db, self.ctx.actor, loan.id, period.year, on, fen),
                        lambda _r: None)  # the tab follows the change hub

    def pay(self) -> None:
        chosen = self._selected()
        if chosen is not None:
            loan, period = chosen
            tasks.run_write(self, lambda: ln.pay_subsidy(self.ctx.db, self.ctx.actor, loan.id, period.year,
                                                         date.today()), lambda _r: None)

    def settle(self) -> None:
        loan = self.loan()
        if loan is None:
            return
        dialog = StepDialog(self.tr("Loan %1 repaid").replace("%1", str(loan.id)), False, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            _comment, on = dialog.values()
            tasks.run_write(self, lambda: ln.settle_loan(self.ctx.db, self.ctx.actor, loan.id, on),
                            lambda _r: None)
