"""The data exchange page (数据交换): import members, export the roster, reports for the province, past imports."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionoffice.domain.common.permissions import Permission
from unionoffice.exchange.report_specs import NOT_YET, REPORT_NAMES, ReportKind
from unionoffice.services.members.exports import ExportResult
from unionoffice.ui.shell import file_dialogs, messages
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.shell.tasks import run_long
from unionoffice.ui.widgets.role_note import RoleNote

RECENT_BATCHES = 20


class ExchangePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        members = QGroupBox(self.tr("Members"))
        row = QHBoxLayout(members)
        self.import_button = QPushButton(self.tr("Import members…"))
        self.import_button.setObjectName("importMembers")
        self.import_button.clicked.connect(self.open_import)
        self.import_button.setVisible(ctx.actor.may(Permission.IMPORT_DATA))
        self.export_button = QPushButton(self.tr("Export member roster…"))
        self.export_button.setObjectName("exportMembers")
        self.export_button.clicked.connect(self.open_export)
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        # Where this role cannot import or make the package, say who can (issue 14: no silent missing buttons).
        self.import_note = RoleNote(ctx.actor, Permission.IMPORT_DATA, self.tr("Importing members"))
        row.addWidget(self.import_note)
        row.addStretch(1)
        layout.addWidget(members)
        province = QGroupBox(self.tr("Package for the province"))
        line = QHBoxLayout(province)
        self.package_button = QPushButton(self.tr("Make package for the province…"))
        self.package_button.setObjectName("provincialPackage")
        self.package_button.clicked.connect(self.open_package)
        line.addWidget(QLabel(self.tr("Members, hardship files, aid, training, competitions and honours of a year, "
                                      "signed with this office's key")), 1)
        line.addWidget(self.package_button)
        self.package_note = RoleNote(ctx.actor, Permission.EXPORT_FULL_ID, self.tr("Making the package"))
        line.addWidget(self.package_note)
        self.package_button.setVisible(ctx.actor.may(Permission.EXPORT_FULL_ID))
        layout.addWidget(province)
        reports = QGroupBox(self.tr("Reports for the province"))
        line = QHBoxLayout(reports)
        self.kind = QComboBox()
        self.kind.setObjectName("reportKind")
        for kind, name in REPORT_NAMES.items():
            self.kind.addItem(name + (self.tr(" (module not yet available)") if kind in NOT_YET else ""), kind.value)
        self.year = QSpinBox()
        self.year.setRange(1990, date.today().year)
        self.year.setValue(date.today().year - 1)
        export_report = QPushButton(self.tr("Export report…"))
        export_report.setObjectName("exportReport")
        export_report.clicked.connect(self.export_report)
        line.addWidget(self.kind, 1)
        line.addWidget(QLabel(self.tr("Year:")))
        line.addWidget(self.year)
        line.addWidget(export_report)
        layout.addWidget(reports)
        history = QGroupBox(self.tr("Recent imports"))
        self.batches = QTableWidget(0, 5)
        self.batches.setObjectName("importBatches")
        self.batches.setHorizontalHeaderLabels([self.tr("Time"), self.tr("File"), self.tr("User"), self.tr("Result"),
                                                self.tr("SHA-256")])
        self.batches.verticalHeader().setVisible(False)  # a row number says nothing here (the trial)
        self.batches.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.batches.horizontalHeader().setStretchLastSection(True)
        self.batches.horizontalHeader().setDefaultSectionSize(150)  # readable headers before the first import
        QVBoxLayout(history).addWidget(self.batches)
        layout.addWidget(history, 1)
        self.refresh()

    def refresh(self) -> None:
        from unionoffice.services.members.importing import recent_imports

        values = [(f"{r.batch.at.astimezone():%Y-%m-%d %H:%M}", r.batch.file_name, r.person,
                   self.tr("new %1, updated %2, rejected %3").replace("%1", str(r.batch.created))
                   .replace("%2", str(r.batch.updated)).replace("%3", str(r.batch.rejected)), r.batch.sha256[:16])
                  for r in recent_imports(self.ctx.db, self.ctx.actor, RECENT_BATCHES)]
        self.batches.setRowCount(len(values))
        for r, line in enumerate(values):
            for c, text in enumerate(line):
                self.batches.setItem(r, c, QTableWidgetItem(text))
        if values:
            self.batches.resizeColumnsToContents()

    def open_import(self) -> None:
        from unionoffice.ui.exchange.import_wizard import ImportWizard

        wizard = ImportWizard(self.ctx, self)
        wizard.exec()
        self.refresh()

    def open_export(self) -> None:
        from unionoffice.ui.exchange.export_dialog import ExportDialog

        ExportDialog(self.ctx, self).exec()

    def open_package(self) -> None:
        from unionoffice.ui.exchange.provincial_dialog import ProvincialPackageDialog

        ProvincialPackageDialog(self.ctx, self).exec()

    def export_report(self) -> None:
        from unionoffice.services.reporting.reports import export_report

        kind = ReportKind(self.kind.currentData())
        year = self.year.value()
        chosen = file_dialogs.save_file(self, self.tr("Export report"), f"{year}年{REPORT_NAMES[kind]}.xlsx",
                                        "Excel (*.xlsx)", "export", ".xlsx")
        if chosen is None:
            return
        name = str(chosen[0])
        run_long(self, self.tr("Exporting…"),
                 lambda progress, cancel: export_report(self.ctx.db, self.ctx.actor, kind, year, name,
                                                        progress=progress, cancel=cancel),
                 self.report_done, write=True)

    def report_done(self, result: ExportResult) -> None:
        messages.info(self, self.tr("Exported %1 row(s) to %2.").replace("%1", str(result.rows))
                      .replace("%2", str(result.path)))
