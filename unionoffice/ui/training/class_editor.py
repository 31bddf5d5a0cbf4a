"""Dialogs for setting up training: a class with its modules and sessions, an academy, a reason to give."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from unionoffice.domain.common.errors import UnionOfficeError
from unionoffice.domain.training.rules import (
    ALL_SECTORS,
    MODULE_KINDS,
    PERIODS,
    CompletionRule,
    format_hours,
    split_hours,
)
from unionoffice.services.training import classes as tr
from unionoffice.ui.forms.ui_academy_editor import Ui_AcademyEditor
from unionoffice.ui.forms.ui_class_editor import Ui_ClassEditor
from unionoffice.ui.forms.ui_reason_dialog import Ui_ReasonDialog
from unionoffice.ui.shell import messages, style
from unionoffice.ui.shell.context import AppContext

M_KIND, M_TITLE, M_TEACHER, M_HOURS, M_SESSIONS = range(5)
S_SEQ, S_MODULE, S_DAY, S_PERIOD, S_HOURS = range(5)


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ClassEditor(QDialog):
    """New class (`class_id` None) or edit; `saved_id` is set after a successful save."""

    def __init__(self, ctx: AppContext, class_id: int | None = None, parent: QWidget | None = None, *,
                 academy_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.class_id = ctx, class_id
        self.saved_id: int | None = None
        self.version: int | None = None
        self.marked: frozenset[int] = frozenset()
        self.module_ids: list[int | None] = []
        self.ui = Ui_ClassEditor()
        self.ui.setupUi(self)
        style.mark_error(self.ui.errorLabel)
        self._save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        style.mark_primary(self._save)
        for academy in tr.list_academies(ctx.db, ctx.actor):
            self.ui.academyCombo.addItem(f"{academy.name}（{academy.sector}）", academy.id)
        self._setup_tables()
        if class_id is None:
            self.setWindowTitle(self.tr("New training class"))
            today = date.today()
            self.ui.startEdit.setDate(qdate(today))
            self.ui.endEdit.setDate(qdate(today))
            if academy_id is not None:
                self.ui.academyCombo.setCurrentIndex(max(0, self.ui.academyCombo.findData(academy_id)))
            self._add_module_row(tr.ModuleDraft("理论", "", 160, 4))
            self._add_module_row(tr.ModuleDraft("实操", "", 160, 4))
            self.reschedule()
        else:
            self._load(class_id)
        self.ui.addModuleButton.clicked.connect(lambda: self._add_module_row(tr.ModuleDraft("理论", "", 40, 1)))
        self.ui.removeModuleButton.clicked.connect(self._remove_module)
        self.ui.rescheduleButton.clicked.connect(self.reschedule)
        self.ui.modulesTable.itemChanged.connect(self._module_changed)
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def _setup_tables(self) -> None:
        modules, sessions = self.ui.modulesTable, self.ui.sessionsTable
        modules.setColumnCount(5)
        modules.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Course"), self.tr("Teacher"), self.tr("Hours"),
                                           self.tr("Sessions")])
        sessions.setColumnCount(5)
        sessions.setHorizontalHeaderLabels([self.tr("No."), self.tr("Module"), self.tr("Date"), self.tr("Period"),
                                            self.tr("Hours")])
        for table in (modules, sessions):
            table.verticalHeader().setVisible(False)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        modules.setColumnWidth(M_KIND, 120)
        modules.setColumnWidth(M_TEACHER, 110)
        modules.setColumnWidth(M_HOURS, 60)
        modules.setColumnWidth(M_SESSIONS, 60)
        sessions.setColumnWidth(S_SEQ, 40)
        sessions.setColumnWidth(S_DAY, 120)
        sessions.setColumnWidth(S_PERIOD, 80)

    # -- modules ------------------------------------------------------------------------------------------------

    def _add_module_row(self, module: tr.ModuleDraft) -> None:
        table = self.ui.modulesTable
        table.blockSignals(True)
        row = table.rowCount()
        table.insertRow(row)
        kind = QComboBox(table)
        kind.setEditable(True)
        kind.addItems(list(MODULE_KINDS))
        kind.setCurrentText(module.kind)
        table.setCellWidget(row, M_KIND, kind)
        table.setItem(row, M_TITLE, QTableWidgetItem(module.title))
        table.setItem(row, M_TEACHER, QTableWidgetItem(module.teacher))
        hours = QTableWidgetItem(format_hours(module.hours_tenths))
        hours.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, M_HOURS, hours)
        count = QSpinBox(table)
        count.setRange(1, 60)
        count.setValue(max(1, module.sessions))
        count.valueChanged.connect(lambda _v: self.reschedule())
        table.setCellWidget(row, M_SESSIONS, count)
        self.module_ids.append(module.id)
        table.blockSignals(False)

    def _remove_module(self) -> None:
        row = self.ui.modulesTable.currentRow()
        if row < 0 or self.ui.modulesTable.rowCount() <= 1:
            return
        self.ui.modulesTable.removeRow(row)
        del self.module_ids[row]
        self.reschedule()

    def _module_changed(self, item: QTableWidgetItem) -> None:
        if item.column() in (M_TITLE, M_HOURS):
            self._refresh_session_texts()

    def modules(self) -> list[tr.ModuleDraft]:
        from unionoffice.domain.training.rules import parse_hours

        table, out = self.ui.modulesTable, []
        for row in range(table.rowCount()):
            kind = table.cellWidget(row, M_KIND)
            count = table.cellWidget(row, M_SESSIONS)
            assert isinstance(kind, QComboBox)
            assert isinstance(count, QSpinBox)
            title = table.item(row, M_TITLE)
            teacher = table.item(row, M_TEACHER)
            hours = table.item(row, M_HOURS)
            out.append(tr.ModuleDraft(kind.currentText().strip(), title.text().strip() if title else "",
                                      parse_hours(hours.text() if hours else "0", field=f"第 {row + 1} 个模块的学时"),
                                      count.value(), teacher.text().strip() if teacher else "", self.module_ids[row]))
        return out

    # -- sessions -----------------------------------------------------------------------------------------------

    def _session_rows(self) -> list[tr.SessionDraft]:
        table, out = self.ui.sessionsTable, []
        for row in range(table.rowCount()):
            seq = table.item(row, S_SEQ)
            day = table.cellWidget(row, S_DAY)
            period = table.cellWidget(row, S_PERIOD)
            assert seq is not None
            assert isinstance(day, QDateEdit)
            assert isinstance(period, QComboBox)
            module_index, session_id = seq.data(Qt.ItemDataRole.UserRole)
            out.append(tr.SessionDraft(module_index, pydate(day.date()), period.currentText(), session_id))
        return out

    def reschedule(self) -> None:
        """Spread each module's sessions over the class dates, keeping the ids of sessions already saved."""
        try:
            modules = self.modules()
        except UnionOfficeError as exc:
            style.set_visible_text(self.ui.errorLabel, exc.message)
            return
        old: dict[int, list[int | None]] = {}
        for s in self._session_rows():
            old.setdefault(s.module_index, []).append(s.id)
        draft = self._draft(modules, None)
        try:
            planned = tr.scheduled_sessions(draft)
        except UnionOfficeError as exc:
            style.set_visible_text(self.ui.errorLabel, exc.message)
            return
        taken: dict[int, int] = {}
        sessions = []
        for s in planned:
            ids = old.get(s.module_index, [])
            n = taken.get(s.module_index, 0)
            taken[s.module_index] = n + 1
            sessions.append(tr.SessionDraft(s.module_index, s.day, s.period, ids[n] if n < len(ids) else None))
        self._show_sessions(sessions)

    def _show_sessions(self, sessions: list[tr.SessionDraft]) -> None:
        table = self.ui.sessionsTable
        table.setRowCount(0)
        table.setRowCount(len(sessions))
        start, end = qdate(pydate(self.ui.startEdit.date())), qdate(pydate(self.ui.endEdit.date()))
        for row, s in enumerate(sessions):
            seq = QTableWidgetItem(str(row + 1))
            seq.setData(Qt.ItemDataRole.UserRole, (s.module_index, s.id))
            seq.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            if s.id is not None and s.id in self.marked:
                seq.setToolTip(self.tr("Attendance has been taken for this session"))
                seq.setText(f"{row + 1} ✓")
            table.setItem(row, S_SEQ, seq)
            day = QDateEdit(qdate(s.day), table)
            day.setCalendarPopup(True)
            day.setDisplayFormat("yyyy-MM-dd")
            day.setDateRange(start, end)
            table.setCellWidget(row, S_DAY, day)
            period = QComboBox(table)
            period.addItems(list(PERIODS))
            period.setCurrentText(s.period)
            table.setCellWidget(row, S_PERIOD, period)
            for column in (S_MODULE, S_HOURS):
                item = QTableWidgetItem()
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if column == S_HOURS:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        self._refresh_session_texts()

    def _refresh_session_texts(self) -> None:
        """Module names and each session's share of its module's hours."""
        try:
            modules = self.modules()
        except UnionOfficeError:
            return
        table = self.ui.sessionsTable
        rows = self._session_rows()
        shares: dict[int, list[int]] = {}
        for index, module in enumerate(modules):
            count = sum(1 for s in rows if s.module_index == index)
            shares[index] = split_hours(module.hours_tenths, count) if count else []
        for row, s in enumerate(rows):
            owner = modules[s.module_index] if s.module_index < len(modules) else None
            name_item, hours_item = table.item(row, S_MODULE), table.item(row, S_HOURS)
            if name_item is not None:
                name_item.setText(f"{owner.kind}·{owner.title}" if owner else "")
            if hours_item is not None and shares.get(s.module_index):
                hours_item.setText(format_hours(shares[s.module_index].pop(0)))

    # -- load and save ------------------------------------------------------------------------------------------

    def _load(self, class_id: int) -> None:
        detail = tr.class_detail(self.ctx.db, self.ctx.actor, class_id)
        d = detail.draft
        self.version, self.marked = detail.version, detail.marked_session_ids
        self.setWindowTitle(self.tr("Training class: %s") % d.name)
        ui = self.ui
        ui.academyCombo.setCurrentIndex(max(0, ui.academyCombo.findData(d.academy_id)))
        ui.nameEdit.setText(d.name)
        ui.startEdit.setDate(qdate(d.start_date))
        ui.endEdit.setDate(qdate(d.end_date))
        ui.venueEdit.setText(d.venue)
        ui.organiserEdit.setText(d.organiser)
        ui.teachersEdit.setText(d.teachers)
        ui.capacitySpin.setValue(d.capacity)
        ui.attendanceSpin.setValue(d.rule.min_attendance_pct)
        ui.assessmentCheck.setChecked(d.rule.require_assessment)
        ui.lateSpin.setValue(d.rule.late_credit_pct)
        ui.noteEdit.setText(d.note)
        for module in d.modules:
            self._add_module_row(module)
        self._show_sessions(d.sessions or [])

    def _draft(self, modules: list[tr.ModuleDraft], sessions: list[tr.SessionDraft] | None) -> tr.ClassDraft:
        ui = self.ui
        return tr.ClassDraft(
            academy_id=int(ui.academyCombo.currentData() or 0), name=ui.nameEdit.text(),
            start_date=pydate(ui.startEdit.date()), end_date=pydate(ui.endEdit.date()),
            capacity=ui.capacitySpin.value(), modules=modules, sessions=sessions, venue=ui.venueEdit.text(),
            organiser=ui.organiserEdit.text(), teachers=ui.teachersEdit.text(),
            rule=CompletionRule(ui.attendanceSpin.value(), ui.assessmentCheck.isChecked(), ui.lateSpin.value()),
            note=ui.noteEdit.text())

    def save(self) -> None:
        try:
            draft = self._draft(self.modules(), self._session_rows())
            if self.class_id is None:
                self.saved_id = tr.create_class(self.ctx.db, self.ctx.actor, draft)
            else:
                promoted = tr.update_class(self.ctx.db, self.ctx.actor, self.class_id, draft,
                                           expected_version=self.version)
                self.saved_id = self.class_id
                if promoted:
                    messages.info(self, self.tr("Moved up from the waiting list: %s") % "、".join(promoted))
        except UnionOfficeError as exc:
            style.set_visible_text(self.ui.errorLabel, exc.message)
            return
        self.accept()


class AcademyEditor(QDialog):
    """New academy or edit one; `saved_id` after a successful save."""

    def __init__(self, ctx: AppContext, academy: tr.AcademyRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.academy = ctx, academy
        self.saved_id: int | None = None
        self.ui = Ui_AcademyEditor()
        self.ui.setupUi(self)
        style.mark_error(self.ui.errorLabel)
        style.mark_primary(self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save))
        self.ui.sectorCombo.addItems(list(ALL_SECTORS))
        self.ui.openedEdit.setDate(qdate(date.today()))
        if academy is not None:
            self.setWindowTitle(self.tr("Academy: %s") % academy.name)
            self.ui.nameEdit.setText(academy.name)
            self.ui.sectorCombo.setCurrentText(academy.sector)
            self.ui.partnerEdit.setText(academy.partner)
            if academy.opened_on:
                self.ui.openedEdit.setDate(qdate(academy.opened_on))
        else:
            self.setWindowTitle(self.tr("New academy"))
        self.ui.buttonBox.accepted.connect(self.save)
        self.ui.buttonBox.rejected.connect(self.reject)

    def save(self) -> None:
        ui = self.ui
        draft = tr.AcademyDraft(ui.nameEdit.text(), ui.sectorCombo.currentText(), ui.partnerEdit.text(),
                                pydate(ui.openedEdit.date()), ui.noteEdit.text())
        try:
            if self.academy is None:
                self.saved_id = tr.create_academy(self.ctx.db, self.ctx.actor, draft)
            else:
                tr.update_academy(self.ctx.db, self.ctx.actor, self.academy.id, draft)
                self.saved_id = self.academy.id
        except UnionOfficeError as exc:
            style.set_visible_text(ui.errorLabel, exc.message)
            return
        self.accept()


class ReasonDialog(QDialog):
    """Asks for a reason (and optionally one of a few decisions); `reason` and `choice` after OK."""

    def __init__(self, title: str, prompt: str, choices: list[tuple[str, object]] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ReasonDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.promptLabel.setText(prompt)
        style.mark_error(self.ui.errorLabel)
        for text, value in choices or []:
            self.ui.choiceCombo.addItem(text, value)
        self.ui.choiceCombo.setVisible(bool(choices))
        self.ui.choiceLabel.setVisible(bool(choices))
        self.ui.buttonBox.accepted.connect(self._accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.reason = ""
        self.choice: object = None

    def _accept(self) -> None:
        self.reason = self.ui.reasonEdit.text().strip()
        self.choice = self.ui.choiceCombo.currentData()
        # Only "back to the rule" needs no reason; every decision and every withdrawal does.
        needs_reason = self.ui.choiceCombo.count() == 0 or self.choice is not None
        if not self.reason and needs_reason:
            style.set_visible_text(self.ui.errorLabel, self.tr("Please give a reason."))
            return
        self.accept()
