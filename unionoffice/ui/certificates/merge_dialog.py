"""Mail merge in the GUI: a template fed by the members selected on the members page or by a spreadsheet,
issued with numbers and verification codes and saved as one PDF or one file per person (services/certificates
/merge.py, off the GUI thread with progress and Cancel)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from unionoffice.services.certificates import merge
from unionoffice.services.core.tasks import CancelToken, Progress
from unionoffice.ui.shell import file_dialogs, messages, tasks
from unionoffice.ui.shell.context import AppContext


class MergeDialog(QDialog):
    """`member_ids` given: the selection is the data; otherwise the clerk chooses a spreadsheet."""

    def __init__(self, ctx: AppContext, member_ids: Sequence[int] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.member_ids = ctx, list(member_ids)
        self.setWindowTitle(self.tr("Issue documents"))
        self.catalogue = merge.template_catalogue(ctx.db)
        self.template = QComboBox()
        for info in self.catalogue:
            self.template.addItem(info.title, info.name)
        self.template.currentIndexChanged.connect(self._template_changed)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.per_person = QCheckBox(self.tr("One file per person (编号_姓名.pdf)"))
        self.sheet = QLineEdit()
        self.sheet.setReadOnly(True)
        self.values: dict[str, QLineEdit] = {}
        self.form = QFormLayout()
        self.form.addRow(self.tr("Template"), self.template)
        self.form.addRow(self.tr("Issue date"), self.day)
        if self.member_ids:
            self.form.addRow(self.tr("People"), QLabel(self.tr("%1 selected members").replace(
                "%1", str(len(self.member_ids)))))
        else:
            self.form.addRow(self.tr("Spreadsheet"), self.sheet)
        self.form.addRow(self.per_person)
        self.columns = QLabel()
        self.columns.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Issue and save…"))
        buttons.accepted.connect(self.issue)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.columns)
        layout.addWidget(buttons)
        self._template_changed()

    def _template_changed(self) -> None:
        for edit in self.values.values():
            self.form.removeRow(edit)
        self.values.clear()
        info = self.catalogue[self.template.currentIndex()]
        if self.member_ids:  # the same value for everyone, typed once; 姓名, 性别, 工作单位 come from the records
            for name in info.fields[1:]:
                if name not in merge.MEMBER_FIELDS:
                    self.values[name] = QLineEdit()
                    self.form.addRow(name, self.values[name])
        self.columns.setText(self.tr("The spreadsheet needs the columns: %1").replace("%1", "、".join(info.fields))
                             if not self.member_ids else "")

    def choose_sheet(self) -> bool:
        path = file_dialogs.open_file(self, self.tr("Choose the spreadsheet"),
                                      self.tr("Spreadsheets (*.xlsx *.xls *.csv)"), "import")
        if path is not None:
            self.sheet.setText(str(path))
        return path is not None

    def choose_target(self) -> Path | None:
        if self.per_person.isChecked():
            return file_dialogs.choose_folder(self, self.tr("Folder for the files"), "certificates")
        chosen = file_dialogs.save_file(self, self.tr("Save the documents"),
                                        file_dialogs.file_name(self.template.currentText()) + ".pdf", "PDF (*.pdf)",
                                        "certificates", ".pdf")
        return chosen[0] if chosen else None

    def issue(self, target: Path | None = None) -> None:
        if not self.member_ids and not self.sheet.text() and not self.choose_sheet():
            return
        target = target or self.choose_target()
        if target is None:
            return
        db, actor, name = self.ctx.db, self.ctx.actor, str(self.template.currentData())
        values = {k: e.text().strip() for k, e in self.values.items()}
        day, per_person, sheet, ids = self.day.date().toPython(), self.per_person.isChecked(), self.sheet.text(), \
            self.member_ids
        assert isinstance(day, date)

        def job(progress: Progress, cancel: CancelToken) -> merge.MergeResult:
            if ids:
                return merge.merge_members(db, actor, name, ids, values, target, per_person=per_person, issue_date=day,
                                           progress=progress, cancel=cancel)
            return merge.merge_spreadsheet(db, actor, name, Path(sheet), target, per_person=per_person,
                                           issue_date=day, progress=progress, cancel=cancel)

        tasks.run_long(self, self.tr("Issuing…"), job, lambda result: self._done(result, target), write=True)

    def _done(self, result: merge.MergeResult, target: Path) -> None:
        text = self.tr("%1 issued (%2 to %3), saved to %4").replace("%1", str(len(result.issued)))
        text = text.replace("%2", result.issued[0]).replace("%3", result.issued[-1]).replace("%4", str(target))
        messages.info(self, text)
        self.accept()
