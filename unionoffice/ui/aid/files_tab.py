"""Household files (困难职工档案): the daily queries, the editor with the category and its reason as the clerk types,
filing by the reviewer, the yearly re-check and closing a file (脱困 or 注销)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionoffice.domain.aid.kinds import Cause, CloseReason, FilingLevel
from unionoffice.domain.common.errors import UnionOfficeError, ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.services.aid import hardship_files as hf
from unionoffice.services.core.lists import ListDocument
from unionoffice.ui.aid.models import Col, RowsModel, day, money
from unionoffice.ui.aid.programme_dialogs import _Editor
from unionoffice.ui.aid.widgets import MemberPicker, MoneyEdit, StepDialog, table
from unionoffice.ui.shell import changes, messages, tasks
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.shell.i18n import QT_TRANSLATE_NOOP
from unionoffice.ui.widgets.columns import fit_columns, hide_columns
from unionoffice.ui.widgets.list_output import ListOutputButtons
from unionoffice.ui.widgets.role_note import RoleNote

COLUMNS: tuple[Col[hf.FileRow], ...] = (
    Col(QT_TRANSLATE_NOOP("AidModels", "File no."), lambda r: r.file_no),
    Col(QT_TRANSLATE_NOOP("AidModels", "Name"), lambda r: r.member_name),
    Col(QT_TRANSLATE_NOOP("AidModels", "ID number"), lambda r: r.member_id_number),
    Col(QT_TRANSLATE_NOOP("AidModels", "Grassroots union"), lambda r: r.union),
    Col(QT_TRANSLATE_NOOP("AidModels", "State"), lambda r: r.status + ("（临时）" if r.temporary else "")),
    Col(QT_TRANSLATE_NOOP("AidModels", "Category"), lambda r: r.category),
    Col(QT_TRANSLATE_NOOP("AidModels", "Income per head (yuan/month)"), lambda r: money(r.per_capita_fen), right=True),
    Col(QT_TRANSLATE_NOOP("AidModels", "Main cause"), lambda r: r.main_cause),
    Col(QT_TRANSLATE_NOOP("AidModels", "Applied"), lambda r: day(r.applied_on), right=True),
    Col(QT_TRANSLATE_NOOP("AidModels", "Re-checked"), lambda r: day(r.rechecked_on), right=True),
)


class FileEditor(_Editor):
    """New file or the yearly re-check; the category and its reason follow the figures as they are typed."""

    def __init__(self, ctx: AppContext, detail: hf.FileDetail | None, parent: QWidget | None = None, *,
                 recheck: bool = False) -> None:
        super().__init__(self.tr("Household file") if not recheck else self.tr("Yearly re-check"), parent)
        self.ctx, self.detail, self.recheck = ctx, detail, recheck
        d = detail.draft if detail else None
        self.member = MemberPicker(ctx, self)
        if detail is not None:
            self.member.set_member(detail.row.member_id, f"{detail.row.member_name}　{detail.row.member_id_number}")
            self.member.setEnabled(False)
        self.year = QSpinBox(self)
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year if recheck or d is None else d.year)
        self.income, self.costs = MoneyEdit(d.household_income_fen if d else None, self), MoneyEdit(
            d.essential_costs_fen if d else None, self)
        self.people = QSpinBox(self)
        self.people.setRange(1, 20)
        self.people.setValue(d.household_size if d else 3)
        self.cause, self.second, self.level = QComboBox(self), QComboBox(self), QComboBox(self)
        for combo, values in ((self.cause, Cause), (self.second, Cause), (self.level, FilingLevel)):
            for v in values:
                combo.addItem(v.value, v.value)
        self.second.insertItem(0, self.tr("(none)"), "")
        if d is not None:
            self.cause.setCurrentIndex(self.cause.findData(d.main_cause))
            self.second.setCurrentIndex(max(0, self.second.findData(d.secondary_causes[0] if d.secondary_causes
                                                                    else "")))
            self.level.setCurrentIndex(self.level.findData(d.filing_level))
        else:
            self.second.setCurrentIndex(0)
            self.level.setCurrentIndex(self.level.findData(FilingLevel.DISTRICT.value))
        self.temporary = QCheckBox(self.tr("Temporary aid file (临时救助)"), self)
        self.temporary.setChecked(bool(d and d.temporary))
        self.bank, self.card = QLineEdit(d.bank_name if d else "", self), QLineEdit(d.bank_card if d else "", self)
        self.verdict = QLabel(self)
        self.verdict.setWordWrap(True)
        form = QFormLayout()
        for label, widget in ((self.tr("Member:"), self.member), (self.tr("Judged by the lines of year:"), self.year),
                              (self.tr("Household income (yuan/month):"), self.income),
                              (self.tr("Essential costs 刚性支出 (yuan/month):"), self.costs),
                              (self.tr("People in the household:"), self.people),
                              (self.tr("Main cause:"), self.cause), (self.tr("Secondary cause:"), self.second),
                              (self.tr("Filing level:"), self.level), (self.tr("Bank:"), self.bank),
                              (self.tr("Bank card (real-name payment):"), self.card)):
            form.addRow(label, widget)
        form.addRow("", self.temporary)
        form.addRow(self.tr("Category:"), self.verdict)
        self.body.addLayout(form)
        self.members = QTableWidget(0, 6, self)
        self.members.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Relation"), self.tr("ID number"),
                                                self.tr("Health"), self.tr("Schooling"), self.tr("Work")])
        self.members.horizontalHeader().setStretchLastSection(True)
        self.members.verticalHeader().setVisible(False)
        for person in (d.household if d else ()):
            self.add_person(person)
        add, remove = QPushButton(self.tr("Add household member"), self), QPushButton(self.tr("Remove"), self)
        add.clicked.connect(lambda: self.add_person(hf.HouseholdPerson("", "")))
        remove.clicked.connect(lambda: self.members.removeRow(self.members.currentRow()))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Other members of the household:"), self))
        row.addStretch(1)
        row.addWidget(add)
        row.addWidget(remove)
        self.body.addLayout(row)
        self.body.addWidget(self.members)
        for edit in (self.income, self.costs):
            edit.editingFinished.connect(self.preview)
        self.people.valueChanged.connect(lambda _v: self.preview())
        self.cause.currentIndexChanged.connect(lambda _i: self.preview())
        self.finish()
        self.resize(640, self.sizeHint().height())
        self.preview()

    def add_person(self, person: hf.HouseholdPerson) -> None:
        row = self.members.rowCount()
        self.members.insertRow(row)
        for column, text in enumerate((person.name, person.relation, person.id_number, person.health,
                                       person.schooling, person.work)):
            self.members.setItem(row, column, QTableWidgetItem(text))

    def draft(self) -> hf.FileDraft:
        member_id = self.member.member_id()
        if member_id is None:
            raise ValidationError("请先查找并选择会员", field="会员")
        second = self.second.currentData()
        return hf.FileDraft(member_id, self.year.value(), self.income.fen("家庭月收入"), self.costs.fen("刚性支出"),
                            self.people.value(), str(self.cause.currentData()), (second,) if second else (),
                            str(self.level.currentData()), self.temporary.isChecked(), self.bank.text(),
                            self.card.text(), household=self.household())

    def household(self) -> tuple[hf.HouseholdPerson, ...]:
        people = []
        for row in range(self.members.rowCount()):
            cells = [item.text().strip() if (item := self.members.item(row, c)) is not None else ""
                     for c in range(self.members.columnCount())]
            if any(cells):
                people.append(hf.HouseholdPerson(*cells))
        return tuple(people)

    def preview(self) -> None:
        try:
            verdict = hf.preview_category(self.ctx.db, self.ctx.actor, self.draft())
        except UnionOfficeError as exc:
            self.verdict.setText(exc.message)
            return
        self.verdict.setText(f"{verdict.category.value if verdict.category else '不符合建档条件'}：{verdict.reason}")

    def save(self) -> None:
        try:
            draft = self.draft()
        except UnionOfficeError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        db, actor = self.ctx.db, self.ctx.actor
        if self.detail is None:
            self.run(lambda: hf.create_file(db, actor, draft))
        elif self.recheck:
            fid = self.detail.row.id
            self.run(lambda: hf.recheck_file(db, actor, fid, draft))
        else:
            fid, version = self.detail.row.id, self.detail.version
            self.run(lambda: hf.update_file(db, actor, fid, draft, version=version))


class FilesTab(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.query = QComboBox(self)
        for q in hf.FileQuery:
            self.query.addItem(q.value, q.value)
        self.model: RowsModel[hf.FileRow] = RowsModel(COLUMNS, self, key=lambda r: r.id)
        self.view = table(self)
        self.view.setModel(self.model)
        fit_columns(self.view, {0: "2024-0001", 1: "欧阳建国", 2: "220102********002X", 4: "在档（临时）",
                                5: "深度困难", 6: "1,234.00", 7: "本人患重病", 8: "2024-09-30", 9: "2024-09-30"},
                    stretch=3)  # the union elides (whole in the tooltip)
        hide_columns(self.view, (5, 9), fixed=(1, 3))  # category and re-check date: the header's menu shows them
        self.count = QLabel(self)
        casework = ctx.actor.may(Permission.MANAGE_AID)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:"), self))
        top.addWidget(self.query)
        for text, slot, allowed in ((self.tr("New file…"), self.new_file, casework),
                                    (self.tr("Edit…"), self.edit_file, casework),
                                    (self.tr("File it (审批建档)"), self.approve, ctx.actor.may(Permission.REVIEW)),
                                    (self.tr("Yearly re-check…"), self.recheck, casework),
                                    (self.tr("Close file…"), self.close_file, casework)):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            button.setVisible(allowed)
            top.addWidget(button)
        top.addStretch(1)
        top.addWidget(self.count)
        top.addWidget(ListOutputButtons(ctx, self.describe, self.tr("Hardship files"), self))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        # Where the role cannot do the casework: who can (issue 14).
        self.role_note = RoleNote(ctx.actor, Permission.MANAGE_AID, self.tr("Keeping household files"), self)
        layout.addWidget(self.role_note)
        layout.addWidget(self.view, 1)
        self.query.currentIndexChanged.connect(lambda _i: self.reload())
        self.view.doubleClicked.connect(lambda _i: self.edit_file())
        self.reload()
        changes.watch(self, ("aid_hardship_file", "member"), self.reload)

    def reload(self) -> None:
        self.model.set_rows(hf.list_files(self.ctx.db, self.ctx.actor, hf.FileQuery(self.query.currentData())))
        self.count.setText(self.tr("%1 file(s)").replace("%1", str(len(self.model.rows))))

    def describe(self) -> ListDocument:
        return hf.file_list_document(self.ctx.db, self.ctx.actor, hf.FileQuery(self.query.currentData()))

    def current(self) -> hf.FileRow | None:
        return self.model.row_at(self.view.currentIndex().row())

    def new_file(self) -> None:
        FileEditor(self.ctx, None, self).exec()  # the tab follows the change hub

    def edit_file(self, *, recheck: bool = False) -> None:
        row = self.current()
        if row is None or not self.ctx.actor.may(Permission.MANAGE_AID):
            return
        detail = hf.file_detail(self.ctx.db, self.ctx.actor, row.id)
        FileEditor(self.ctx, detail, self, recheck=recheck).exec()  # the tab follows the change hub

    def recheck(self) -> None:
        self.edit_file(recheck=True)

    def approve(self) -> None:
        if (row := self.current()) is not None:
            tasks.run_write(self, lambda: hf.approve_file(self.ctx.db, self.ctx.actor, row.id), lambda _r: None)

    def close_file(self) -> None:
        row = self.current()
        if row is None:
            return
        dialog = StepDialog(self.tr("Close file %1").replace("%1", row.file_no), True, self)
        kind = QComboBox(dialog)
        for choice in CloseReason:
            kind.addItem(choice.value, choice.value)
        dialog.form.insertRow(0, self.tr("How:"), kind)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        reason, on = dialog.values()
        how = CloseReason(kind.currentData())
        tasks.run_write(self, lambda: hf.close_file(self.ctx.db, self.ctx.actor, row.id, how, reason, on=on),
                        lambda _r: self._closed())

    def _closed(self) -> None:
        messages.info(self, self.tr("The file was closed and archived."))
