"""Recuperation batches (疗休养): the batches of the year, their nominations ranked with merit first, the approved
list, who went, and the person-times with the border-area share."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from unionoffice.domain.aid.kinds import TargetGroup
from unionoffice.domain.common.errors import UnionOfficeError, ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.services.aid import recuperation as rc
from unionoffice.services.core.lists import ListDocument
from unionoffice.ui.aid.models import Col, RowsModel, day, money
from unionoffice.ui.aid.programme_dialogs import _Editor
from unionoffice.ui.aid.widgets import MemberPicker, MoneyEdit, date_edit, pydate, table
from unionoffice.ui.shell import changes, messages, tasks
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.shell.i18n import QT_TRANSLATE_NOOP
from unionoffice.ui.widgets.columns import fit_columns
from unionoffice.ui.widgets.list_output import ListOutputButtons
from unionoffice.ui.widgets.role_note import RoleNote

BATCH_COLUMNS: tuple[Col[rc.BatchRow], ...] = (
    Col(QT_TRANSLATE_NOOP("AidModels", "Batch"), lambda r: r.draft.name),
    Col(QT_TRANSLATE_NOOP("AidModels", "Destination"),
        lambda r: r.draft.destination + ("（边境）" if r.draft.border_area else "")),
    Col(QT_TRANSLATE_NOOP("AidModels", "From"), lambda r: day(r.draft.start_date), right=True),
    Col(QT_TRANSLATE_NOOP("AidModels", "Days"), lambda r: str(r.days), right=True),
    Col(QT_TRANSLATE_NOOP("AidModels", "Quota"), lambda r: str(r.draft.quota), right=True),
    Col(QT_TRANSLATE_NOOP("AidModels", "Subsidy (yuan)"), lambda r: money(r.draft.subsidy_fen), right=True),
    Col(QT_TRANSLATE_NOOP("AidModels", "Nominated"), lambda r: str(r.nominated), right=True),
    Col(QT_TRANSLATE_NOOP("AidModels", "Went"), lambda r: str(r.went), right=True),
    Col(QT_TRANSLATE_NOOP("AidModels", "State"), lambda r: r.state),
)
NOMINEE_COLUMNS: tuple[Col[rc.NominationRow], ...] = (
    Col(QT_TRANSLATE_NOOP("AidModels", "Rank"), lambda r: str(r.rank), right=True),
    Col(QT_TRANSLATE_NOOP("AidModels", "Name"), lambda r: r.name),
    Col(QT_TRANSLATE_NOOP("AidModels", "ID number"), lambda r: r.id_number),
    Col(QT_TRANSLATE_NOOP("AidModels", "Grassroots union"), lambda r: r.union),
    Col(QT_TRANSLATE_NOOP("AidModels", "Merit"), lambda r: r.merit),
    Col(QT_TRANSLATE_NOOP("AidModels", "State"), lambda r: r.state),
)


class BatchDialog(_Editor):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Recuperation batch"), parent)
        self.ctx = ctx
        self.name, self.place = QLineEdit(self), QLineEdit(self)
        self.border = QCheckBox(self.tr("Border area"), self)
        self.start, self.end = date_edit(date.today() + timedelta(days=30), self), date_edit(
            date.today() + timedelta(days=34), self)
        self.quota = QSpinBox(self)
        self.quota.setRange(1, 5000)
        self.quota.setValue(40)
        self.subsidy = MoneyEdit(None, self)
        self.group = QComboBox(self)
        for g in TargetGroup:
            self.group.addItem(g.value, g.value)
        form = QFormLayout()
        for label, widget in ((self.tr("Batch:"), self.name), (self.tr("Destination:"), self.place),
                              (self.tr("From:"), self.start), (self.tr("To:"), self.end),
                              (self.tr("Quota (people):"), self.quota), (self.tr("Subsidy per person (yuan):"),
                                                                         self.subsidy),
                              (self.tr("Target group:"), self.group)):
            form.addRow(label, widget)
        form.addRow("", self.border)
        self.body.addLayout(form)
        self.finish()

    def save(self) -> None:
        try:
            draft = rc.BatchDraft(pydate(self.start.date()).year, self.name.text(), self.place.text(),
                                  pydate(self.start.date()), pydate(self.end.date()), self.quota.value(),
                                  self.subsidy.fen("补助"), str(self.group.currentData()), self.border.isChecked())
        except ValidationError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.run(lambda: rc.create_batch(self.ctx.db, self.ctx.actor, draft))


class RecuperationTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.batches: RowsModel[rc.BatchRow] = RowsModel(BATCH_COLUMNS, self, key=lambda r: r.id)
        self.nominees: RowsModel[rc.NominationRow] = RowsModel(NOMINEE_COLUMNS, self, key=lambda r: r.id)
        self.batch_view, self.nominee_view = table(self), table(self)
        self.batch_view.setModel(self.batches)
        self.nominee_view.setModel(self.nominees)
        self.nominee_view.setSelectionMode(self.nominee_view.SelectionMode.ExtendedSelection)
        fit_columns(self.batch_view, {1: "北戴河疗休养基地", 2: "2024-09-30", 3: "99", 4: "999", 5: "9,999.00",
                                      6: "999", 7: "999", 8: "已批准"}, stretch=0)  # the batch's name elides
        fit_columns(self.nominee_view, {0: "999", 1: "欧阳建国", 2: "220102********002X", 4: "省部级劳模",
                                        5: "已推荐"}, stretch=3)  # the union elides
        self.times = QLabel(self)
        self.member = MemberPicker(ctx, self)
        casework, review = ctx.actor.may(Permission.MANAGE_AID), ctx.actor.may(Permission.REVIEW)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:"), self))
        top.addWidget(self.year)
        for text, slot, allowed in ((self.tr("New batch…"), self.new_batch, casework),
                                    (self.tr("Approve the list"), self.approve, review),
                                    (self.tr("Selected went, others absent"), self.attendance, casework)):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            button.setVisible(allowed)
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.times)
        nominate = QHBoxLayout()
        nominate.addWidget(QLabel(self.tr("Nominate:"), self))
        nominate.addWidget(self.member, 1)
        add = QPushButton(self.tr("Add nomination"), self)
        add.clicked.connect(self.nominate)
        nominate.addWidget(add)
        nominate.addWidget(ListOutputButtons(ctx, self.describe, self.tr("Recuperation nominations"), self))
        for widget in (add, self.member):
            widget.setVisible(casework)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(nominate)
        lower_layout.addWidget(self.nominee_view)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.batch_view)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        # Where the role cannot do the casework: who can (issue 14).
        self.role_note = RoleNote(ctx.actor, Permission.MANAGE_AID, self.tr("Recuperation batches and nominations"),
                                  self)
        layout.addWidget(self.role_note)
        layout.addWidget(splitter, 1)
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.batch_view.selectionModel().currentRowChanged.connect(lambda _c, _p: self.show_nominees())
        self.reload()
        changes.watch(self, ("aid_recuperation_batch", "member"), self.reload)

    def batch(self) -> rc.BatchRow | None:
        return self.batches.row_at(self.batch_view.currentIndex().row())

    def reload(self) -> None:
        current = self.batch()
        self.batches.set_rows(rc.list_batches(self.ctx.db, self.ctx.actor, year=self.year.value()))
        ids = [b.id for b in self.batches.rows]
        if ids:
            self.batch_view.selectRow(ids.index(current.id) if current and current.id in ids else 0)
        self.show_nominees()
        times = rc.person_times(self.ctx.db, self.ctx.actor, self.year.value())
        self.times.setText(self.tr("%1 person-times, %2 to border areas (%3)").replace("%1", str(times.total))
                           .replace("%2", str(times.border)).replace("%3", times.border_percent))

    def show_nominees(self) -> None:
        batch = self.batch()
        self.nominees.set_rows(rc.nominations(self.ctx.db, self.ctx.actor, batch.id) if batch else [])

    def describe(self) -> ListDocument:
        batch = self.batch()
        if batch is None:
            raise UnionOfficeError("请先选择疗休养批次")
        return rc.nomination_list_document(self.ctx.db, self.ctx.actor, batch.id)

    def _write(self, job: object, done_text: str) -> None:
        def done(_result: object) -> None:  # the tab has followed the change hub already
            messages.info(self, done_text)

        tasks.run_write(self, job, done)  # type: ignore[arg-type]

    def new_batch(self) -> None:
        BatchDialog(self.ctx, self).exec()  # the tab follows the change hub

    def nominate(self) -> None:
        batch, member = self.batch(), self.member.member_id()
        if batch is None or member is None:
            messages.info(self, self.tr("Choose a batch and a member first."))
            return
        self._write(lambda: rc.nominate(self.ctx.db, self.ctx.actor, batch.id, [member]), self.tr("Nominated."))

    def approve(self) -> None:
        if (batch := self.batch()) is not None:
            self._write(lambda: rc.approve_list(self.ctx.db, self.ctx.actor, batch.id),
                        self.tr("The list is approved: the first ones within the quota go."))

    def attendance(self) -> None:
        batch = self.batch()
        if batch is None:
            return
        rows = sorted({i.row() for i in self.nominee_view.selectionModel().selectedRows()})
        went = [r.id for i in rows if (r := self.nominees.row_at(i)) is not None]
        self._write(lambda: rc.record_attendance(self.ctx.db, self.ctx.actor, batch.id, went),
                    self.tr("Attendance recorded."))
