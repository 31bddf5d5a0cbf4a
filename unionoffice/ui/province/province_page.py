"""省级汇总: the districts' packages loaded for a year, one line of figures per district (filterable, printable,
exportable), consolidating packages, trusting a district's key, the conflict report and the upward reports."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from unionoffice.domain.common.permissions import Permission
from unionoffice.exchange.report_specs import REPORT_NAMES, ReportKind
from unionoffice.services.core.lists import ListDocument
from unionoffice.services.core.tasks import CancelToken, Progress
from unionoffice.services.province import conflicts, statistics
from unionoffice.ui.shell import file_dialogs, messages
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.shell.tasks import run_long, run_read, run_write
from unionoffice.ui.widgets.list_output import ListOutputButtons

ALL = ""


class ProvincePage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        # An office's own SQLite database never consolidates: the page says so in full instead of showing empty
        # controls (the page stays in the navigation: a clerk looking for it learns where it works).
        self.notice = QLabel(self.tr(
            "<h3>Provincial consolidation needs PostgreSQL</h3>"
            "<p>This page is for the provincial federation: it gathers the packages the districts send into the "
            "province's own PostgreSQL database. This is a district office's database (an SQLite file), so nothing "
            "can be consolidated here.</p>"
            "<p>To send this district's data to the province, use Data exchange → Provincial package → Make "
            "package…</p>"
            "<p>At the province, start the program on the provincial database: <tt>unionoffice --db "
            "postgresql://server/database</tt>.</p>"))
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.notice.setVisible(ctx.db.is_sqlite)
        layout.addWidget(self.notice)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        self.heading.setWordWrap(True)
        body.addWidget(self.heading)
        body.addLayout(self._filter_row())
        body.addLayout(self._action_row())
        self.table = QTableWidget(0, len(statistics.OVERVIEW_COLUMNS))
        self.table.setObjectName("overview")
        self.table.setHorizontalHeaderLabels([c.header for c in statistics.OVERVIEW_COLUMNS])
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        body.addWidget(self.table, 1)
        self.body.setVisible(not ctx.db.is_sqlite)
        layout.addWidget(self.body, 1)
        if ctx.db.is_sqlite:
            layout.addStretch(1)
        self.refresh()

    def _filter_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(1990, date.today().year)
        self.year.setValue(date.today().year - 1)
        self.district = QComboBox()
        self.district.setObjectName("district")
        self.district.setMinimumWidth(220)
        self.year.valueChanged.connect(self.refresh)
        self.district.currentIndexChanged.connect(self.show_overview)
        self.output = ListOutputButtons(self.ctx, self.describe, self.tr("District figures"))
        conflicts_list = ListOutputButtons(self.ctx, self.describe_conflicts, self.tr("Conflicts"))
        conflicts_list.export_button.setText(self.tr("Conflict report…"))
        conflicts_list.print_button.setText(self.tr("Print conflicts…"))
        self.conflicts_output = conflicts_list
        for widget in (QLabel(self.tr("Year:")), self.year, QLabel(self.tr("District:")), self.district):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.output)
        row.addWidget(conflicts_list)
        return row

    def _action_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        may = self.ctx.actor.may
        self.consolidate_button = self._button(row, "consolidate", self.tr("Consolidate packages…"), self.consolidate,
                                               may(Permission.IMPORT_DATA))
        self.trust_button = self._button(row, "trust", self.tr("Trust a district's key…"), self.trust,
                                         may(Permission.OFFICE_SETTINGS))
        row.addStretch(1)
        self.kind = QComboBox()
        self.kind.setObjectName("reportKind")
        for kind in sorted(statistics.SUPPORTED, key=list(REPORT_NAMES).index):
            self.kind.addItem(REPORT_NAMES[kind], kind.value)
        row.addWidget(self.kind)
        self.report_button = self._button(row, "exportReport", self.tr("Export report…"), self.export_report,
                                          may(Permission.EXPORT_DATA))
        return row

    def _button(self, row: QHBoxLayout, name: str, text: str, slot: object, visible: bool) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        button.setVisible(visible)
        row.addWidget(button)
        return button

    def districts(self) -> list[str] | None:
        code = self.district.currentData()
        return [code] if code else None

    def refresh(self) -> None:
        if self.ctx.db.is_sqlite:
            return
        from unionoffice.services.certificates.office import load_office

        run_read(self, lambda: load_office(self.ctx.db).name, self.show_office)
        run_read(self, lambda: statistics.loaded_packages(self.ctx.db, self.ctx.actor), self.show_packages)

    def show_office(self, name: str) -> None:
        """The province's own name (单位设置): the 填报单位 of every list and report printed from here."""
        if name:
            self.heading.setText(self.tr("<b>%1</b> — district figures consolidated for the province").replace(
                "%1", name))
        else:
            self.heading.setText(self.tr("<b>The office's name is not set.</b> An administrator sets it in Office "
                                         "settings; printed and exported lists name it as the reporting office."))

    def show_packages(self, packages: list[statistics.LoadedPackage]) -> None:
        chosen = self.district.currentData()
        self.district.blockSignals(True)
        self.district.clear()
        self.district.addItem(self.tr("All districts"), ALL)
        for p in packages:
            if p.year == self.year.value():
                self.district.addItem(f"{p.district_name}（{p.district_code}）", p.district_code)
        self.district.setCurrentIndex(max(0, self.district.findData(chosen)))
        self.district.blockSignals(False)
        self.show_overview()

    def show_overview(self) -> None:
        if self.ctx.db.is_sqlite:
            return
        year, districts = self.year.value(), self.districts()

        def read() -> list[list[object]]:
            self.ctx.actor.require(Permission.VIEW_RECORDS)
            with self.ctx.db.read() as session:
                return statistics.overview_rows(session, year, districts)

        run_read(self, read, self.fill)

    def fill(self, rows: list[list[object]]) -> None:
        money = {i for i, c in enumerate(statistics.OVERVIEW_COLUMNS) if c.kind == "money"}
        self.table.setRowCount(len(rows))
        for r, line in enumerate(rows):
            for c, value in enumerate(line):
                text = f"{int(str(value)) / 100:,.2f}" if c in money else (f"{value:,}" if isinstance(value, int)
                                                                          else str(value))
                item = QTableWidgetItem(text)
                if c >= 2:  # the figures: right-aligned, as every table of numbers (docs/architecture.md)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()

    def describe(self) -> ListDocument:
        return statistics.overview_document(self.ctx.db, self.ctx.actor, self.year.value(), self.districts())

    def describe_conflicts(self) -> ListDocument:
        return conflicts.conflicts_document(self.ctx.db, self.ctx.actor, self.year.value(), self.districts())

    def _password_for(self, paths: list[str]) -> str | None:
        encrypted = False
        for name in paths:
            try:
                with zipfile.ZipFile(name) as archive:
                    encrypted = encrypted or any(i.flag_bits & 0x1 for i in archive.infolist())
            except (OSError, zipfile.BadZipFile):
                continue  # the service says what is wrong with it
        if not encrypted:
            return None
        text, ok = QInputDialog.getText(self, self.tr("Package password"), self.tr("Password of the packages:"),
                                        QLineEdit.EchoMode.Password)
        return text if ok else ""

    def consolidate(self) -> None:
        from unionoffice.domain.province.rules import PackageError
        from unionoffice.services.province.consolidation import consolidate_package

        names = [str(p) for p in file_dialogs.open_files(self, self.tr("District packages"), "Zip (*.zip)",
                                                         "province-package")]
        if not names:
            return
        password = self._password_for(names)
        if password == "":
            return

        def job(progress: Progress | None, cancel: CancelToken | None) -> list[str]:
            lines = []
            for name in names:
                try:
                    lines.append(consolidate_package(self.ctx.db, self.ctx.actor, name, password=password,
                                                     progress=progress, cancel=cancel).summary)
                except PackageError as exc:
                    lines.append(self.tr("Not consolidated: %1: %2").replace("%1", Path(name).name)
                                 .replace("%2", exc.message))
            return lines

        run_long(self, self.tr("Consolidating…"), job, self.consolidated, write=True)

    def consolidated(self, lines: list[str]) -> None:
        messages.info(self, "\n".join(lines))
        self.refresh()

    def trust(self) -> None:
        from unionoffice.exchange.provincial.archive import read_manifest
        from unionoffice.exchange.provincial.signing import grouped
        from unionoffice.services.province.keys import KeyRow, trust_from_package

        chosen = file_dialogs.open_file(self, self.tr("A package of the district"), "Zip (*.zip)", "province-package")
        if chosen is None:
            return
        name = str(chosen)
        password = self._password_for([name])
        if password == "":
            return
        manifest, _digest, _encrypted = read_manifest(Path(name), password)
        typed, ok = QInputDialog.getText(
            self, self.tr("Trust a district's key"),
            self.tr("%1 (%2). Type the key fingerprint the district told you:").replace(
                "%1", manifest.district_name).replace("%2", manifest.district_code))
        if not ok or not typed.strip():
            return

        def done(row: KeyRow) -> None:
            messages.info(self, self.tr("Key of %1 trusted: %2").replace("%1", row.district_name)
                          .replace("%2", grouped(row.fingerprint)))

        run_write(self, lambda: trust_from_package(self.ctx.db, self.ctx.actor, Path(name), typed, password), done)

    def export_report(self) -> None:
        from unionoffice.services.members.exports import ExportResult
        from unionoffice.services.reporting.reports import export_report

        kind = ReportKind(self.kind.currentData())
        year, districts = self.year.value(), self.districts()
        chosen = file_dialogs.save_file(self, self.tr("Export report"), f"{year}年{REPORT_NAMES[kind]}.xlsx",
                                        "Excel (*.xlsx)", "export", ".xlsx")
        if chosen is None:
            return
        name = str(chosen[0])

        def done(result: ExportResult) -> None:
            messages.info(self, self.tr("Exported %1 row(s) to %2.").replace("%1", str(result.rows))
                          .replace("%2", str(result.path)))

        run_long(self, self.tr("Exporting…"), lambda progress, cancel: export_report(
            self.ctx.db, self.ctx.actor, kind, year, name, progress=progress, cancel=cancel, districts=districts),
            done, write=True)
