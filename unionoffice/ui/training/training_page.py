"""The training page: classes with their trainees and attendance grid, statistics, and the hours ledger."""

from __future__ import annotations

import functools
import html
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QMenu, QTableView, QWidget

from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.training.rules import Assessment, EnrolmentStatus, format_hours
from unionoffice.services.core.lists import ListDocument
from unionoffice.services.training import attendance as at
from unionoffice.services.training import classes as tr
from unionoffice.services.training import enrolment as en
from unionoffice.services.training import statistics as st
from unionoffice.ui.forms.ui_training_page import Ui_TrainingPage
from unionoffice.ui.shell import changes, file_dialogs, messages, style, tasks
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.training.attendance_grid import AttendancePanel
from unionoffice.ui.training.class_editor import AcademyEditor, ClassEditor, ReasonDialog
from unionoffice.ui.training.enrol_dialog import EnrolDialog
from unionoffice.ui.training.training_models import (
    SORT_ROLE,
    RowsModel,
    class_columns,
    ledger_columns,
    stats_columns,
    trainee_columns,
)
from unionoffice.ui.training.training_print import ClassDocumentsMixin
from unionoffice.ui.widgets.columns import fit_columns, hide_columns
from unionoffice.ui.widgets.list_output import ListOutputButtons
from unionoffice.ui.widgets.role_note import RoleNote

ALL = -1
SETTINGS_GROUP = "training_page"
# What the page's figures (classes, trainees' hours and completion, certificates, statistics, ledger) derive from.
# Usual contents of the narrow columns (fit_columns); the class name and the trainee's unit take the rest and elide.
# Names whole up to six characters, as the member list; hours as a class of 32.5 hours gives them (the second trial
# saw “25.5…” under a sample of 32/32).
CLASS_SAMPLES = {2: "2024-01-01", 3: "30/30", 4: "9"}
TRAINEE_SAMPLES = {0: "阿不都热合曼", 1: "男", 2: "220102********002X", 4: "已报名", 5: "25.5/32.5",
                   6: "合格 100", 7: "未结业", 8: "2024-JY-00001"}
# Sex and the (masked) ID number are shown from the header's menu: with them the trainees' pane at 1024 px left the
# unit 26 pixels (“作单” over a column of “…”). The name and the unit stay.
TRAINEE_HIDDEN, TRAINEE_FIXED = (1, 2), (0, 3)
WATCHED = ("training_academy", "training_class", "training_enrolment", "training_attendance", "certificate", "member")
ENROLLED, WAITING, WITHDRAWN = (s.value for s in EnrolmentStatus)


def sorted_view(view: QTableView, model: RowsModel[Any], *, sortable: bool = True) -> QSortFilterProxyModel:
    """These lists are short (a year's classes, one class), so a proxy may sort them in memory."""
    proxy = QSortFilterProxyModel(view)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view.setModel(proxy)
    style.dense_table(view)
    view.setSortingEnabled(sortable)
    view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    return proxy


def set_widths(view: QTableView, widths: tuple[int, ...]) -> None:
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)


class TrainingPage(ClassDocumentsMixin, QWidget):
    """Registered in unionoffice.ui.shell.pages; `show_attendance()` switches to the selected class's grid."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        actor = ctx.actor
        self.may_edit = actor.may(Permission.MANAGE_TRAINING)
        self.may_override = actor.may(Permission.OVERRIDE_COMPLETION)
        self.may_print = actor.may(Permission.PRINT_DOCUMENTS)
        self.class_id: int | None = None
        self.class_name = ""  # the selected class's name, for the files printed from it
        self._grid_class: int | None = None
        self._stats_task: tasks.Task | None = None
        self._ledger_task: tasks.Task | None = None
        self.ui = Ui_TrainingPage()
        self.ui.setupUi(self)
        self.classes = RowsModel(class_columns(), self)
        self.trainees = RowsModel(trainee_columns(), self)
        self.stats = RowsModel(stats_columns(), self)
        self.ledger = RowsModel(ledger_columns(), self)
        self.class_proxy = sorted_view(self.ui.classView, self.classes)
        self.trainee_proxy = sorted_view(self.ui.traineeView, self.trainees)
        sorted_view(self.ui.statsView, self.stats, sortable=False)  # the 合计 row stays last
        sorted_view(self.ui.ledgerView, self.ledger)
        self.ledger_output = ListOutputButtons(ctx, self.describe_ledger, self.tr("Hours ledger"), self)
        self.ui.ledgerFilter.addWidget(self.ledger_output)
        self.ui.traineeView.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        hide_columns(self.ui.traineeView, TRAINEE_HIDDEN, fixed=TRAINEE_FIXED)
        self.attendance = AttendancePanel(ctx, self.ui.attendanceTab)
        self.ui.attendanceLayout.addWidget(self.attendance)
        self.ui.splitter.setSizes([280, 720])
        self.ui.splitter.setChildrenCollapsible(False)
        self.restore_state()
        self._menus()
        self._permissions()
        self._fill_filters()
        self._connect()
        self.reload_classes()
        changes.watch(self, WATCHED, self._records_changed)

    # -- set-up -------------------------------------------------------------------------------------------------

    def save_state(self) -> None:
        """The class list / class split as the user left it (the main window calls this on closing)."""
        settings = QSettings()
        settings.setValue(f"{SETTINGS_GROUP}/splitter", self.ui.splitter.saveState())

    def restore_state(self) -> None:
        state = QSettings().value(f"{SETTINGS_GROUP}/splitter")
        if state is not None:
            self.ui.splitter.restoreState(state)

    def _menus(self) -> None:
        assessment = QMenu(self)
        for result, text in ((Assessment.PASSED, self.tr("Passed")), (Assessment.FAILED, self.tr("Failed")),
                             (Assessment.PENDING, self.tr("Not yet assessed"))):
            action = assessment.addAction(text)
            action.triggered.connect(lambda _c=False, r=result: self.set_assessment(r))
        self.ui.assessmentButton.setMenu(assessment)
        prints = QMenu(self)
        prints.addAction(self.tr("Class roster…"), self.print_roster)
        prints.addAction(self.tr("Sign-in sheets, all sessions…"), lambda: self.print_sign_in(False))
        prints.addAction(self.tr("Sign-in sheet, selected session…"), lambda: self.print_sign_in(True))
        prints.addAction(self.tr("Attendance summary…"), self.print_summary)
        self.ui.printButton.setMenu(prints)
        self.academy_menu = QMenu(self)
        self.ui.academiesButton.setMenu(self.academy_menu)
        self.academy_menu.aboutToShow.connect(self._fill_academy_menu)
        self.ui.traineeView.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        delete = QAction(self.tr("Delete enrolment…"), self.ui.traineeView)
        delete.triggered.connect(self.delete_enrolments)
        delete.setVisible(self.may_edit)
        self.ui.traineeView.addAction(delete)

    def _permissions(self) -> None:
        ui = self.ui
        for widget in (ui.newClassButton, ui.editClassButton, ui.academiesButton, ui.enrolButton, ui.withdrawButton,
                       ui.assessmentButton):
            widget.setVisible(self.may_edit)
        ui.overrideButton.setVisible(self.may_override)
        ui.printButton.setVisible(self.may_print)
        ui.certificatesButton.setVisible(self.may_print)
        ui.exportStatsButton.setVisible(self.ctx.actor.may(Permission.EXPORT_DATA))
        style.mark_primary(ui.certificatesButton)
        # Where the role cannot run classes (the viewer, the reviewer, the administrator): who can (issue 14).
        self.role_note = RoleNote(self.ctx.actor, Permission.MANAGE_TRAINING,
                                  self.tr("Running classes, enrolments and attendance"), self)
        ui.classListLayout.addWidget(self.role_note)
        style.menu_button(ui.assessmentButton)
        style.menu_button(ui.printButton)

    def _fill_filters(self) -> None:
        this_year = date.today().year
        years = sorted({r.start_date.year for r in tr.list_classes(self.ctx.db, self.ctx.actor)} | {this_year},
                       reverse=True)
        for combo in (self.ui.yearCombo, self.ui.statsYearCombo, self.ui.ledgerYearCombo):
            combo.blockSignals(True)
            combo.clear()
            if combo is not self.ui.ledgerYearCombo:
                combo.addItem(self.tr("All years"), ALL)
            for year in years:
                combo.addItem(str(year), year)
            combo.setCurrentIndex(combo.findData(this_year))
            combo.blockSignals(False)
        self._fill_academies()
        self.ui.groupCombo.clear()
        for group, text in ((st.GroupBy.ACADEMY, self.tr("Academy")), (st.GroupBy.SECTOR, self.tr("Sector")),
                            (st.GroupBy.YEAR, self.tr("Year"))):
            self.ui.groupCombo.addItem(text, group)

    def _fill_academies(self) -> None:
        combo = self.ui.academyCombo
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All academies"), ALL)
        self.academies = tr.list_academies(self.ctx.db, self.ctx.actor)
        for a in self.academies:
            combo.addItem(a.name, a.id)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _connect(self) -> None:
        ui = self.ui
        ui.yearCombo.currentIndexChanged.connect(lambda _i: self.reload_classes())
        ui.academyCombo.currentIndexChanged.connect(lambda _i: self.reload_classes())
        ui.classView.selectionModel().currentRowChanged.connect(lambda *_: self._class_selected())
        ui.classView.doubleClicked.connect(lambda _i: self.edit_class())
        ui.classTabs.currentChanged.connect(lambda _i: self._load_attendance_if_shown())
        ui.tabs.currentChanged.connect(lambda _i: self._load_tab())
        ui.newClassButton.clicked.connect(self.new_class)
        ui.editClassButton.clicked.connect(self.edit_class)
        ui.enrolButton.clicked.connect(self.enrol)
        ui.withdrawButton.clicked.connect(self.withdraw)
        ui.overrideButton.clicked.connect(self.override)
        ui.certificatesButton.clicked.connect(self.issue_certificates)
        ui.statsYearCombo.currentIndexChanged.connect(lambda _i: self.reload_stats())
        ui.groupCombo.currentIndexChanged.connect(lambda _i: self.reload_stats())
        ui.ledgerYearCombo.currentIndexChanged.connect(lambda _i: self.reload_ledger())
        ui.exportStatsButton.clicked.connect(self.export_stats)
        if self.may_edit:
            QShortcut(QKeySequence.StandardKey.New, self, self.new_class)

    # -- classes ------------------------------------------------------------------------------------------------

    def reload_classes(self, select: int | None = None) -> None:
        year, academy = self.ui.yearCombo.currentData(), self.ui.academyCombo.currentData()
        rows = tr.list_classes(self.ctx.db, self.ctx.actor, year=None if year in (None, ALL) else year,
                               academy_id=None if academy in (None, ALL) else academy)
        keep = select if select is not None else self.class_id
        self.classes.set_rows(rows)
        fit_columns(self.ui.classView, CLASS_SAMPLES, stretch=0)
        for column in (1, 5):  # academy and hours: in the class's title above the tabs (and the name's tooltip)
            self.ui.classView.setColumnHidden(column, True)
        # Class names are long (储能电站运行与维护培训班（2026年第3期）) and the pane is narrow at 1024 px: two
        # lines of the name rather than “…” after four characters (the new-user trial); the whole name in the tooltip.
        view = self.ui.classView
        view.setWordWrap(True)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        view.verticalHeader().setDefaultSectionSize(2 * view.fontMetrics().lineSpacing() + 8)
        ids = [r.id for r in rows]
        row = ids.index(keep) if keep in ids else (0 if ids else -1)
        if row >= 0:
            self.ui.classView.setCurrentIndex(self.class_proxy.mapFromSource(self.classes.index(row, 0)))
        self._class_selected()

    def _class_selected(self) -> None:
        index = self.class_proxy.mapToSource(self.ui.classView.currentIndex())
        row = self.classes.rows[index.row()] if index.isValid() else None
        self.class_id = row.id if row else None
        self.class_name = row.name if row else ""
        has_class = row is not None
        for widget in (self.ui.editClassButton, self.ui.enrolButton, self.ui.withdrawButton,
                       self.ui.assessmentButton, self.ui.overrideButton, self.ui.printButton,
                       self.ui.certificatesButton):
            widget.setEnabled(has_class)
        if row is None:
            self.ui.classTitle.setText(self.tr("No class yet: create one with “New class…”."))
            self.trainees.set_rows([])
            return
        details = self.tr("%1 (%2) · %3 to %4 · %5 · %6 hours")
        for key, value in (("%1", row.academy), ("%2", row.sector), ("%3", f"{row.start_date:%Y-%m-%d}"),
                           ("%4", f"{row.end_date:%Y-%m-%d}"), ("%5", row.venue),
                           ("%6", format_hours(row.hours_tenths))):
            details = details.replace(key, value)
        self.ui.classTitle.setText(f"<b>{html.escape(row.name)}</b>　{html.escape(details)}")
        self.reload_trainees()
        self._load_attendance_if_shown()

    def _records_changed(self) -> None:
        """Records behind this page changed (here, elsewhere, or in a background job): every figure follows."""
        if self.attendance.saving:  # the grid already shows its own marks: only the figures derived from them move
            self.reload_trainees(keep_grid=True)
        else:
            self.reload_classes()
        self._load_tab()

    def reload_trainees(self, *, keep_grid: bool = False) -> None:
        if self.class_id is None:
            return
        rows = at.class_trainees(self.ctx.db, self.ctx.actor, self.class_id)
        self.trainees.set_rows(rows)
        fit_columns(self.ui.traineeView, TRAINEE_SAMPLES, stretch=3)
        enrolled = [r for r in rows if r.completion is not None]
        done = sum(1 for r in enrolled if r.completion and r.completion.completed)
        waiting = sum(1 for r in rows if r.status == WAITING)
        text = self.tr("Enrolled %1 · waiting %2 · completed %3 · certificates %4")
        for key, value in (("%1", len(enrolled)), ("%2", waiting), ("%3", done),
                           ("%4", sum(1 for r in rows if r.certificate))):
            text = text.replace(key, str(value))
        self.ui.traineeCount.setText(text)
        if keep_grid:
            return
        self._grid_class = None  # marks, assessments or enrolment changed: the grid reloads when next shown
        self._load_attendance_if_shown()

    def _load_attendance_if_shown(self) -> None:
        if self.class_id is None or self.ui.classTabs.currentWidget() is not self.ui.attendanceTab:
            return
        if self._grid_class != self.class_id:
            self.attendance.load(self.class_id)
            self._grid_class = self.class_id

    def show_attendance(self) -> None:
        self.ui.classTabs.setCurrentWidget(self.ui.attendanceTab)
        self._load_attendance_if_shown()

    def new_class(self) -> None:
        academy = self.ui.academyCombo.currentData()
        if not self.academies:
            messages.info(self, self.tr("First add an academy (Academies… → New academy…)."))
            return
        dialog = ClassEditor(self.ctx, None, self, academy_id=None if academy == ALL else academy)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._fill_filters()
            self.reload_classes(select=dialog.saved_id)

    def edit_class(self) -> None:
        if self.class_id is None or not self.may_edit:
            return
        ClassEditor(self.ctx, self.class_id, self).exec()  # the page follows the change (_records_changed)

    def _fill_academy_menu(self) -> None:
        menu = self.academy_menu
        menu.clear()
        menu.addAction(self.tr("New academy…"), lambda: self.edit_academy(None))
        menu.addSeparator()
        for academy in tr.list_academies(self.ctx.db, self.ctx.actor):
            menu.addAction(f"{academy.name}（{academy.sector}，{academy.classes}）",
                           functools.partial(self.edit_academy, academy))

    def edit_academy(self, academy: tr.AcademyRow | None) -> None:
        if AcademyEditor(self.ctx, academy, self).exec() == QDialog.DialogCode.Accepted:
            self._fill_academies()
            self.reload_classes()

    # -- trainees -----------------------------------------------------------------------------------------------

    def selected_trainees(self) -> list[at.TraineeRow]:
        rows = {self.trainee_proxy.mapToSource(i).row() for i in self.ui.traineeView.selectionModel().selectedRows()}
        return [self.trainees.rows[r] for r in sorted(rows)]

    def enrol(self) -> None:
        if self.class_id is None:
            return
        dialog = EnrolDialog(self.ctx, self.class_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.outcome is not None:
            result = dialog.outcome
            text = self.tr("Enrolled: %1. On the waiting list: %2.").replace("%1", str(len(result.enrolled)))
            messages.info(self, text.replace("%2", str(len(result.waiting))))

    def withdraw(self) -> None:
        people = [r for r in self.selected_trainees() if r.status != WITHDRAWN]
        if self.class_id is None or not people:
            messages.info(self, self.tr("Select the trainees who withdraw."))
            return
        names = "、".join(r.name for r in people)
        dialog = ReasonDialog(self.tr("Withdraw"), self.tr("Withdraw %s from the class?") % names, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        class_id = self.class_id
        promoted: list[str] = []

        def run() -> None:
            promoted.extend(en.withdraw(self.ctx.db, self.ctx.actor, class_id, [r.enrolment_id for r in people],
                                        dialog.reason))

        if self._run(run) and promoted:
            messages.info(self, self.tr("Moved up from the waiting list: %s") % "、".join(promoted))

    def delete_enrolments(self) -> None:
        people = self.selected_trainees()
        if self.class_id is None or not people:
            return
        if not messages.confirm(self, self.tr("Delete the enrolment records of %n member(s), with their attendance? "
                                              "This cannot be undone.", "", len(people))):
            return
        class_id = self.class_id
        self._run(lambda: en.delete_enrolments(self.ctx.db, self.ctx.actor, class_id,
                                               [r.enrolment_id for r in people]))

    def set_assessment(self, result: Assessment) -> None:
        people = [r for r in self.selected_trainees() if r.status == ENROLLED]
        if self.class_id is None or not people:
            messages.info(self, self.tr("Select enrolled trainees first."))
            return
        class_id = self.class_id
        self._run(lambda: at.set_assessment(self.ctx.db, self.ctx.actor, class_id,
                                            [r.enrolment_id for r in people], result))

    def override(self) -> None:
        people = self.selected_trainees()
        completion = people[0].completion if len(people) == 1 else None
        if completion is None:
            messages.info(self, self.tr("Select one enrolled trainee."))
            return
        person = people[0]
        choices: list[tuple[str, object]] = [(self.tr("Completed"), True), (self.tr("Not completed"), False),
                                             (self.tr("Back to the rule"), None)]
        prompt = self.tr("%1: by the class rule, %2.").replace("%1", person.name)
        dialog = ReasonDialog(self.tr("Override completion"), prompt.replace("%2", completion.reason),
                              choices, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        decision = dialog.choice if isinstance(dialog.choice, bool) else None
        self._run(lambda: at.override_completion(self.ctx.db, self.ctx.actor, person.enrolment_id, decision,
                                                 dialog.reason))

    # -- statistics and ledger ----------------------------------------------------------------------------------

    def _load_tab(self) -> None:
        current = self.ui.tabs.currentWidget()
        if current is self.ui.statsTab:
            self.reload_stats()
        elif current is self.ui.ledgerTab:
            self.reload_ledger()

    def _stats_job(self) -> functools.partial[st.Statistics]:
        """The statistics as the filters now stand, to compute off the GUI thread."""
        year = self.ui.statsYearCombo.currentData()
        # The combo hands the enum back as a plain str: made an enum again, the export can name its grouping.
        group = st.GroupBy(self.ui.groupCombo.currentData() or st.GroupBy.ACADEMY)
        return functools.partial(st.training_statistics, self.ctx.db, self.ctx.actor,
                                 year=None if year in (None, ALL) else year, group_by=group)

    def reload_stats(self) -> None:
        def show(stats: st.Statistics) -> None:
            self.stats.set_rows([*stats.rows, stats.total])
            set_widths(self.ui.statsView, (240, 90, 100, 90, 110, 120))

        # A filter changed twice in a row: only the newest statistics are shown.
        self._stats_task = tasks.run_read(self, self._stats_job(), show, replacing=self._stats_task)

    def describe_ledger(self) -> ListDocument:
        year = self.ui.ledgerYearCombo.currentData() or date.today().year
        return st.hours_ledger_document(self.ctx.db, self.ctx.actor, year)

    def reload_ledger(self) -> None:
        year = self.ui.ledgerYearCombo.currentData() or date.today().year

        def show(rows: list[st.LedgerRow]) -> None:
            self.ledger.set_rows(rows)
            set_widths(self.ui.ledgerView, (90, 160, 260, 70, 80))
            self.ui.ledgerCount.setText(self.tr("%n member(s)", "", len(rows)))

        self._ledger_task = tasks.run_read(self, functools.partial(st.hours_ledger, self.ctx.db, self.ctx.actor, year),
                                           show, replacing=self._ledger_task)

    def export_stats(self) -> None:
        year = self.ui.statsYearCombo.currentData()
        suggested = f"{year}年培训统计.xlsx" if isinstance(year, int) else "培训统计.xlsx"
        chosen = file_dialogs.save_file(self, self.tr("Export statistics"), suggested,
                                        self.tr("Excel workbooks (*.xlsx)"), "training", ".xlsx")
        if chosen is None:
            return
        path = str(chosen[0])
        compute, db, actor = self._stats_job(), self.ctx.db, self.ctx.actor
        # Computed afresh with the export: the figures sent upward are those of the moment they are written.
        tasks.run_write(self, lambda: st.export_statistics(db, actor, compute(), Path(path)),
                        lambda _written: messages.info(self, self.tr("Saved to %s") % path))
