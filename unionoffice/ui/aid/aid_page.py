"""The aid page (帮扶救助): programmes with their budgets, applications, household files, recuperation, loans."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from unionoffice.domain.aid.kinds import APPLICATION_PROGRAMMES
from unionoffice.ui.aid.applications_tab import ApplicationsTab
from unionoffice.ui.aid.files_tab import FilesTab
from unionoffice.ui.aid.loans_tab import LoansTab
from unionoffice.ui.aid.programmes_tab import ProgrammesTab
from unionoffice.ui.aid.recuperation_tab import RecuperationTab
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.shell.database_settings import database_group

SETTINGS_PAGE = "aid"


def _number(value: object) -> int | None:
    try:
        return int(str(value))
    except ValueError:
        return None


class AidPage(QWidget):
    """Registered in unionoffice.ui.shell.pages; a tab per area, each following the change hub for its records
    (a hidden tab catches up when shown again)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget(self)
        self.programmes = ProgrammesTab(ctx, self.open_applications, self)
        self.applications = ApplicationsTab(ctx, self)
        self.files = FilesTab(ctx, self)
        self.recuperation = RecuperationTab(ctx, self)
        self.loans = LoansTab(ctx, self)
        for widget, title in ((self.programmes, self.tr("Programmes")), (self.applications, self.tr("Applications")),
                              (self.files, self.tr("Household files")), (self.recuperation, self.tr("Recuperation")),
                              (self.loans, self.tr("Loans"))):
            self.tabs.addTab(widget, title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)
        # The programme picked on 帮扶项目 is the one 申请审批 shows next (issue 14: the clerk picked it twice).
        self._picked: int | None = self._programme_with_applications()
        self._carried: int | None = None
        self.programmes.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self._programme_picked())
        self.tabs.currentChanged.connect(lambda _i: self._tab_shown())
        self.restore_state()

    def _programme_with_applications(self) -> int | None:
        programme = self.programmes.current()
        return programme.id if programme is not None and programme.type in APPLICATION_PROGRAMMES else None

    def _programme_picked(self) -> None:
        picked = self._programme_with_applications()
        if picked is not None and picked != self._picked:  # not a reload selecting the same row again
            self._picked = self._carried = picked

    def _tab_shown(self) -> None:
        if self.tabs.currentWidget() is self.applications and self._carried is not None:
            self.applications.show_programme(self._carried)
            self._carried = None

    def open_applications(self, programme_id: int) -> None:
        self.applications.show_programme(programme_id)
        self.tabs.setCurrentWidget(self.applications)

    # -- remembered for the next person on this database --------------------------------------------------------

    def save_state(self) -> None:
        """The tab, programme, state filter and selected applications (the main window calls this at 切换用户 and on
        closing): in the trial, each role following one application picked all four again after every switch."""
        settings = QSettings()
        settings.beginGroup(database_group(self.ctx.db, SETTINGS_PAGE))
        settings.setValue("tab", self.tabs.currentIndex())
        programme, state, selected = self.applications.choices()
        settings.setValue("programme", programme or 0)
        settings.setValue("state", state or "")
        settings.setValue("selected", ",".join(str(i) for i in selected))
        settings.endGroup()

    def restore_state(self) -> None:
        settings = QSettings()
        settings.beginGroup(database_group(self.ctx.db, SETTINGS_PAGE))
        tab, programme = _number(settings.value("tab", "")), _number(settings.value("programme", ""))
        state = str(settings.value("state", "") or "")
        selected = [i for i in (_number(v) for v in str(settings.value("selected", "") or "").split(",")) if i]
        settings.endGroup()
        if programme:
            self.applications.restore_choices(programme, state, selected)
        if tab is not None and 0 <= tab < self.tabs.count():
            self.tabs.setCurrentIndex(tab)
