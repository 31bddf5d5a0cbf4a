"""Programmes of the years with their budget bar (budget / approved / paid) and the programme summary; the
administrator edits programmes, tiers, rules and the local standards here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from unionoffice.domain.aid.kinds import ProgrammeType
from unionoffice.domain.common.permissions import Permission
from unionoffice.services.aid.programmes import ProgrammeRow, list_programmes, programme_list_document
from unionoffice.services.aid.statistics import ProgrammeSummary, programme_summary
from unionoffice.services.core.lists import ListDocument
from unionoffice.ui.aid.models import Col, RowsModel, money
from unionoffice.ui.aid.programme_dialogs import (
    ProgrammeDialog,
    QuotasDialog,
    RulesDialog,
    StandardsDialog,
    TiersDialog,
)
from unionoffice.ui.aid.widgets import BudgetBar, table
from unionoffice.ui.shell import changes, tasks
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.shell.i18n import QT_TRANSLATE_NOOP
from unionoffice.ui.widgets.columns import fit_columns
from unionoffice.ui.widgets.list_output import ListOutputButtons
from unionoffice.ui.widgets.role_note import RoleNote

COLUMNS: tuple[Col[ProgrammeRow], ...] = (
    Col(QT_TRANSLATE_NOOP("AidModels", "Year"), lambda r: str(r.year), right=True),
    Col(QT_TRANSLATE_NOOP("AidModels", "Type"), lambda r: r.type.value),
    Col(QT_TRANSLATE_NOOP("AidModels", "Programme"), lambda r: r.name),
    Col(QT_TRANSLATE_NOOP("AidModels", "Budget (yuan)"), lambda r: money(r.budget_fen), right=True),
    Col(QT_TRANSLATE_NOOP("AidModels", "Approved (yuan)"), lambda r: money(r.approved_fen), right=True),
    Col(QT_TRANSLATE_NOOP("AidModels", "Paid (yuan)"), lambda r: money(r.paid_fen), right=True),
    Col(QT_TRANSLATE_NOOP("AidModels", "Remaining (yuan)"), lambda r: money(r.remaining_fen), right=True),
    Col(QT_TRANSLATE_NOOP("AidModels", "Publicity (working days)"), lambda r: str(r.publicity_days), right=True),
)


class ProgrammesTab(QWidget):
    def __init__(self, ctx: AppContext, open_applications: Callable[[int], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.open_applications = ctx, open_applications
        self.model: RowsModel[ProgrammeRow] = RowsModel(COLUMNS, self, key=lambda r: r.id)
        self.view = table(self)
        self.view.setModel(self.model)
        money_sample = "10,000,000.00"
        fit_columns(self.view, {0: "2024", 1: "困难职工帮扶", 3: money_sample, 4: money_sample, 5: money_sample,
                                6: money_sample, 7: "99"}, stretch=2)  # the programme's name elides
        self.bar = BudgetBar(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        admin = ctx.actor.may(Permission.MANAGE_AID_PROGRAMMES)
        buttons = QHBoxLayout()
        self.admin_buttons: list[QPushButton] = []
        for text, slot in ((self.tr("New programme…"), self.new_programme), (self.tr("Edit…"), self.edit),
                           (self.tr("Amounts by tier…"), self.tiers), (self.tr("Rules…"), self.rules),
                           (self.tr("Quotas…"), self.quotas),
                           (self.tr("Local standards…"), self.standards)):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            button.setVisible(admin)
            buttons.addWidget(button)
            self.admin_buttons.append(button)
        show = QPushButton(self.tr("Show applications"), self)
        show.clicked.connect(self.show_applications)
        buttons.addWidget(show)
        buttons.addStretch(1)
        buttons.addWidget(ListOutputButtons(ctx, self.describe, self.tr("Aid programmes"), self))
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        # Where the role cannot set up programmes (everyone but the administrator): who can (issue 14).
        self.role_note = RoleNote(ctx.actor, Permission.MANAGE_AID_PROGRAMMES,
                                  self.tr("Setting up programmes, amounts and rules"), self)
        layout.addWidget(self.role_note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.summary)
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self.show_current())
        self.view.doubleClicked.connect(lambda _i: self.show_applications())
        self._summary_task: tasks.Task | None = None
        self.reload()
        changes.watch(self, ("aid_programme", "aid_application", "aid_standard", "aid_calendar_day"), self.reload)

    def reload(self) -> None:
        current = self.current()
        self.model.set_rows(list_programmes(self.ctx.db, self.ctx.actor))
        rows = [r.id for r in self.model.rows]
        self.view.selectRow(rows.index(current.id) if current and current.id in rows else 0)
        self.show_current()

    def current(self) -> ProgrammeRow | None:
        return self.model.row_at(self.view.currentIndex().row())

    def describe(self) -> ListDocument:
        return programme_list_document(self.ctx.db, self.ctx.actor)

    def show_current(self) -> None:
        programme = self.current()
        if programme is None:
            self.bar.set_figures(0, 0, 0)
            self.summary.setText(self.tr("No programme yet."))
            return
        self.bar.set_figures(programme.budget_fen, programme.approved_fen, programme.paid_fen)
        self._summary_task = tasks.run_read(self, lambda: programme_summary(self.ctx.db, self.ctx.actor, programme.id),
                                            self.show_summary, replacing=self._summary_task)
        for button in self.admin_buttons[2:3]:
            button.setEnabled(programme.type is ProgrammeType.GOLDEN_AUTUMN)

    def show_summary(self, summary: ProgrammeSummary) -> None:
        states = "；".join(f"{s} {n}" for s, n in summary.by_state.items() if n)
        self.summary.setText(summary.sentence() + ("\n" + states if states else ""))

    def _edit(self, dialog: QDialog) -> None:
        dialog.exec()  # what the dialog saved reaches the tab through the change hub

    def new_programme(self) -> None:
        self._edit(ProgrammeDialog(self.ctx, None, self))

    def edit(self) -> None:
        if (programme := self.current()) is not None:
            self._edit(ProgrammeDialog(self.ctx, programme, self))

    def tiers(self) -> None:
        if (programme := self.current()) is not None:
            self._edit(TiersDialog(self.ctx, programme, self))

    def rules(self) -> None:
        if (programme := self.current()) is not None:
            self._edit(RulesDialog(self.ctx, programme, self))

    def quotas(self) -> None:
        if (programme := self.current()) is not None:
            self._edit(QuotasDialog(self.ctx, programme, self))

    def standards(self) -> None:
        self._edit(StandardsDialog(self.ctx, self))

    def show_applications(self) -> None:
        if (programme := self.current()) is not None:
            self.open_applications(programme.id)
