"""Exporting the member roster: file and format, the same filter as the list, full IDs only with a reason."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.members.membership import MemberStatus
from unionoffice.exchange.csv_export import CSV_ENCODINGS
from unionoffice.services.members.exports import ExportResult, MemberExport, export_members
from unionoffice.services.members.listing import MemberFilter
from unionoffice.ui.shell import file_dialogs, messages
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.shell.tasks import run_long


class ExportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, union_id: int | None = None) -> None:
        super().__init__(parent)
        from unionoffice.services.members.organisations import organisation_tree

        self.ctx = ctx
        self.result_: ExportResult | None = None
        self.setWindowTitle(self.tr("Export member roster"))
        self.path = QLineEdit(str(file_dialogs.start_folder("export") / "会员花名册.xlsx"))
        self.path.setObjectName("exportPath")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        self.encoding = QComboBox()
        for code, label in CSV_ENCODINGS.items():
            self.encoding.addItem(label, code)
        self.union = QComboBox()
        self.union.addItem(self.tr("All unions"), None)
        for node in organisation_tree(ctx.db, ctx.actor):
            if node.parent_id is not None:
                self.union.addItem(node.name, node.id)
        self.union.setCurrentIndex(max(0, self.union.findData(union_id)))
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for status in MemberStatus:
            self.status.addItem(status.value, status.value)
        self.all_fields = QCheckBox(self.tr("All fields (default: only what the province asks for)"))
        self.full_id = QCheckBox(self.tr("Full ID numbers"))
        self.full_id.setObjectName("fullId")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Why full ID numbers are needed (recorded in the audit trail)"))
        may_full = ctx.actor.may(Permission.EXPORT_FULL_ID)
        self.full_id.setEnabled(may_full)
        self.reason.setEnabled(False)
        self.full_id.toggled.connect(self.reason.setEnabled)
        if not may_full:
            self.full_id.setToolTip(self.tr("Your role may not export full ID numbers."))
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("File (.xlsx or .csv):"), row)
        form.addRow(self.tr("CSV encoding:"), self.encoding)
        form.addRow(self.tr("Union:"), self.union)
        form.addRow(self.tr("Status:"), self.status)
        form.addRow("", self.all_fields)
        form.addRow("", self.full_id)
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(buttons)

    def browse(self) -> None:
        suggested = Path(self.path.text().strip()).name or "会员花名册.xlsx"
        chosen = file_dialogs.save_file(self, self.tr("Export to"), suggested, "Excel (*.xlsx);;CSV (*.csv)", "export")
        if chosen is not None:
            self.path.setText(str(chosen[0]))

    def request(self) -> MemberExport:
        return MemberExport(Path(self.path.text().strip()),
                            MemberFilter(union_id=self.union.currentData(), status=self.status.currentData()),
                            full_id=self.full_id.isChecked(), reason=self.reason.text(),
                            all_fields=self.all_fields.isChecked(), encoding=self.encoding.currentData())

    def export(self) -> None:
        request = self.request()
        file_dialogs.remember("export", request.path)
        run_long(self, self.tr("Exporting…"),
                 lambda progress, cancel: export_members(self.ctx.db, self.ctx.actor, request, progress=progress,
                                                         cancel=cancel),
                 self.exported, write=True)

    def exported(self, result: ExportResult) -> None:
        self.result_ = result
        messages.info(self, self.tr("Exported %1 member(s) to %2.").replace("%1", str(result.rows))
                      .replace("%2", str(result.path)))
        self.accept()
