"""The member import wizard: file → preview and column mapping → check of every row → commit with progress."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from unionoffice.domain.common.errors import ValidationError
from unionoffice.exchange.cells import plain_text
from unionoffice.exchange.fields import MEMBER_FIELDS
from unionoffice.exchange.headers import auto_map, refuse_duplicate_columns
from unionoffice.exchange.safe_write import WrittenFile
from unionoffice.exchange.textfile import ENCODING_LABELS
from unionoffice.services.members import importing as mi
from unionoffice.ui.shell import file_dialogs, messages, style
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.shell.tasks import run_long, run_read

PREVIEW_ROWS = 15
TYPED_PATH_PAUSE_MS = 400  # a typed path is read when typing pauses: "名册.xls" is not read on the way to ".xlsx"
SHOWN_PROBLEMS = 500
ENCODINGS = ("", "utf-8", "gb18030", "utf-16")


class ImportState:
    """What the pages share: the opened file, the plan, the options and the result."""

    def __init__(self) -> None:
        self.source: mi.ImportSource | None = None
        self.plan: mi.ImportPlan | None = None
        self.options = mi.ImportOptions()
        self.result: mi.ImportResult | None = None


def _readable_file(text: str) -> bool:
    path = Path(text)
    return bool(text) and path.is_file() and os.access(path, os.R_OK)


class FilePage(QWizardPage):
    """The file is read as soon as it is chosen in the dialog or a readable file's path is typed (the new-user trial
    found 读取文件 an extra step nobody expected); 重新读取 reads it again, e.g. after another encoding or sheet."""

    def __init__(self, ctx: AppContext, state: ImportState) -> None:
        super().__init__()
        self.ctx, self.state = ctx, state
        self.read_path = ""  # the path last read (or being read): typing it again does not read it twice
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("Members from an Excel workbook (xlsx, xls) or a CSV/text file."))
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(self.tr("Type the path or click Browse…; the file is read at once"))
        self.typed = QTimer(self)
        self.typed.setSingleShot(True)
        self.typed.setInterval(TYPED_PATH_PAUSE_MS)
        self.typed.timeout.connect(self.read_if_file)
        self.path_edit.textEdited.connect(lambda _text: self.typed.start())
        self.path_edit.editingFinished.connect(self.read_if_file)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        self.encoding = QComboBox()
        self.encoding.addItem(self.tr("Automatic"), "")
        for code in ENCODINGS[1:]:
            self.encoding.addItem(ENCODING_LABELS[code], code)
        self.sheet = QComboBox()
        self.info = QLabel()
        self.info.setWordWrap(True)
        load = QPushButton(self.tr("Read again"))
        load.setObjectName("readFile")
        load.setToolTip(self.tr("Read the file again, e.g. after choosing another encoding or sheet"))
        load.clicked.connect(lambda: self.load())
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Encoding (CSV):"), self.encoding)
        form.addRow(self.tr("Sheet:"), self.sheet)
        form.addRow("", load)
        form.addRow(self.info)

    def file_filter(self) -> str:
        """The file dialog's type filter, in the user's language (a literal tr(): lupdate skips tr(CONSTANT), which
        left “Spreadsheets” in English in the Chinese dialog)."""
        return self.tr("Spreadsheets (*.xlsx *.xls *.csv *.txt)")

    def browse(self) -> None:
        chosen = file_dialogs.open_file(self, self.tr("Import members"), self.file_filter(), "import")
        if chosen is not None:
            self.typed.stop()
            self.path_edit.setText(str(chosen))
            self.load()

    def read_if_file(self) -> None:
        """The typed path, once it names a readable file not read already."""
        self.typed.stop()
        path = self.path_edit.text().strip()
        if path != self.read_path and _readable_file(path):
            self.load()

    def load(self) -> None:
        path = self.path_edit.text().strip()
        if not path:
            return
        self.read_path = path
        encoding = self.encoding.currentData() or None
        source = self.state.source
        # the sheet chosen for this file (重新读取 after picking another); a newly typed or chosen file: its first
        same_file = source is not None and Path(path) == Path(source.table.path)
        sheet = self.sheet.currentText() or None if same_file and self.sheet.count() > 1 else None
        self.state.source = None
        self.completeChanged.emit()
        run_long(self, self.tr("Reading the file…"),
                 lambda progress, cancel: mi.open_member_file(self.ctx.db, self.ctx.actor, path, encoding=encoding,
                                                              sheet=sheet),
                 self.loaded, write=False)

    def loaded(self, source: mi.ImportSource) -> None:
        self.state.source = source
        table = source.table
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(table.sheet_names)
        self.sheet.setCurrentText(table.sheet_name)
        self.sheet.blockSignals(False)
        lines = [self.tr("%n row(s) read.", "", source.data_rows)]
        if not table.rows:
            lines = [self.tr("The file holds no rows: choose another file or sheet.")]
        elif source.header_row is None:
            lines.append(self.tr("No row with column names (such as 姓名, 身份证号) was found: on the next page, "
                                 "say which row holds them."))
        if table.encoding:
            lines.append(self.tr("Encoding: %1").replace("%1", ENCODING_LABELS.get(table.encoding, table.encoding)))
        lines += table.notes
        self.info.setText("\n".join(lines))
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.state.source is not None and bool(self.state.source.table.rows)


class MappingPage(QWizardPage):
    """A preview of the first rows under a row of field choices, one per column; every choice is adjustable."""

    def __init__(self, ctx: AppContext, state: ImportState) -> None:
        super().__init__()
        self.ctx, self.state = ctx, state
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(self.tr("Each column was matched to a field by its header; change any that is wrong."))
        self.header_row = QSpinBox()
        self.header_row.setMinimum(1)
        self.header_row.valueChanged.connect(self.header_moved)
        self.table = QTableWidget()
        self.table.setObjectName("mappingTable")
        self.union = QComboBox()
        self.union.setEditable(True)
        self.create_unions = QCheckBox(self.tr("Create grassroots unions that do not exist yet"))
        self.combos: list[QComboBox] = []
        # A file without a join-date column: one date for all rows, or the day of the import (a lawful default).
        self.join_default = QWidget()
        self.join_default.setObjectName("joinDateDefault")
        self.join_none = QRadioButton(self.tr("Choose a column above"))
        self.join_fixed = QRadioButton(self.tr("The same date for all rows:"))
        self.join_fixed.setObjectName("joinDateFixed")
        self.join_today = QRadioButton(self.tr("The day of the import (%1)").replace(
            "%1", date.today().strftime("%Y-%m-%d")))
        self.join_today.setObjectName("joinDateToday")
        self.join_none.setChecked(True)
        self.join_date = QDateEdit(QDate.currentDate())
        self.join_date.setObjectName("joinDate")
        self.join_date.setCalendarPopup(True)
        self.join_date.setDisplayFormat("yyyy-MM-dd")
        self.join_date.setMaximumDate(QDate.currentDate())
        join_row = QHBoxLayout(self.join_default)
        join_row.setContentsMargins(0, 0, 0, 0)
        join_row.addWidget(QLabel(self.tr("The file has no column for the join date (入会时间). Use:")))
        for widget in (self.join_none, self.join_fixed, self.join_date, self.join_today):
            join_row.addWidget(widget)
        join_row.addStretch(1)
        for button in (self.join_none, self.join_fixed, self.join_today):
            button.toggled.connect(self.defaults_changed)
        self.join_date.dateChanged.connect(self.defaults_changed)
        self.missing = QLabel()
        self.missing.setObjectName("missingFields")
        self.missing.setWordWrap(True)
        self.missing.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        style.mark_error(self.missing)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Header row:")))
        top.addWidget(self.header_row)
        top.addStretch(1)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        form.addRow(self.tr("Union for rows that name none:"), self.union)
        form.addRow("", self.create_unions)
        layout.addWidget(self.join_default)
        layout.addLayout(form)
        layout.addWidget(self.missing)  # just above 下一步: why it is not enabled

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        from unionoffice.services.members.organisations import organisation_tree

        source = self.state.source
        assert source is not None
        if source.header_row is None:  # no row looked like column names: the first, until the clerk picks another
            source.header_row = 0
            remembered = mi.remembered_choices(self.ctx.db, mi.KIND)
            source.mapping = auto_map(source.table.rows[0], MEMBER_FIELDS, remembered)
        self.header_row.blockSignals(True)
        self.header_row.setMaximum(max(1, min(len(source.table.rows), 30)))
        self.header_row.setValue((source.header_row or 0) + 1)
        self.header_row.blockSignals(False)
        self.union.clear()
        self.union.addItem("")
        self.union.addItems([n.name for n in organisation_tree(self.ctx.db, self.ctx.actor) if n.parent_id])
        self.fill()

    def header_moved(self, value: int) -> None:
        source = self.state.source
        assert source is not None
        source.header_row = value - 1
        remembered = mi.remembered_choices(self.ctx.db, mi.KIND)
        source.mapping = auto_map(source.table.rows[source.header_row], MEMBER_FIELDS, remembered)
        self.fill()

    def fill(self) -> None:
        source = self.state.source
        assert source is not None
        assert source.header_row is not None
        rows = source.table.rows
        width = max((len(r) for r in rows[source.header_row:source.header_row + PREVIEW_ROWS + 1]), default=0)
        preview = rows[source.header_row:source.header_row + PREVIEW_ROWS + 1]
        self.table.clear()
        self.table.setColumnCount(width)
        self.table.setRowCount(len(preview) + 1)
        self.combos = []
        for column in range(width):
            combo = QComboBox()
            combo.addItem(self.tr("(ignore)"), "")
            for spec in MEMBER_FIELDS:
                combo.addItem(spec.label + (" *" if spec.required else ""), spec.key)
            combo.setCurrentIndex(max(0, combo.findData(source.mapping.get(column, ""))))
            combo.currentIndexChanged.connect(self.mapping_changed)
            self.table.setCellWidget(0, column, combo)
            self.combos.append(combo)
        for r, row in enumerate(preview, start=1):
            for c, value in enumerate(row):
                item = QTableWidgetItem(plain_text(value))
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if r == 1:
                    item.setBackground(Qt.GlobalColor.lightGray)
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.update_missing()

    def mapping_changed(self) -> None:
        source = self.state.source
        assert source is not None
        mapping: dict[int, str] = {}
        for column, combo in enumerate(self.combos):
            key = combo.currentData()
            if key:  # two columns for one field are kept, and refused by name when the page is left
                mapping[column] = key
        source.mapping = mapping
        self.update_missing()

    def defaults(self) -> dict[str, object]:
        """The value for all rows of a field the file has no column for (only the join date may have one)."""
        source = self.state.source
        if source is None or "join_date" in source.mapping.values():
            return {}
        if self.join_fixed.isChecked():
            return {"join_date": self.join_date.date().toPython()}
        if self.join_today.isChecked():
            return {"join_date": date.today()}
        return {}

    def defaults_changed(self) -> None:
        self.join_date.setEnabled(self.join_fixed.isChecked())
        self.update_missing()

    def update_missing(self) -> None:
        """Say next to 下一步 which required fields still have no column (and what can be done about each)."""
        source = self.state.source
        mapping = source.mapping if source is not None else {}
        self.join_default.setVisible(source is not None and "join_date" not in mapping.values())
        self.join_date.setEnabled(self.join_fixed.isChecked())
        missing = mi.missing_fields(mapping, self.defaults())
        if missing:
            names = "、".join(spec.label for spec in missing)
            text = self.tr("Required fields without a column: %1. Choose their columns in the first row of the "
                           "table").replace("%1", names)
            if any(spec.key in mi.DEFAULTABLE for spec in missing):
                text += self.tr(", or choose a date for all rows below the table")
            style.set_visible_text(self.missing, text + self.tr("."))
        else:
            style.set_visible_text(self.missing, "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        source = self.state.source
        return source is not None and not mi.missing_fields(source.mapping, self.defaults())

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        source = self.state.source
        assert source is not None
        assert source.header_row is not None
        try:
            refuse_duplicate_columns(source.table.rows[source.header_row], source.mapping, MEMBER_FIELDS)
        except ValidationError as exc:
            messages.warning(self, exc.message)
            return False
        self.state.options.default_union = self.union.currentText().strip()
        self.state.options.create_unions = self.create_unions.isChecked()
        self.state.options.defaults = self.defaults()
        mi.remember_mapping(self.ctx.db, self.ctx.actor, source)
        return True


class CheckPage(QWizardPage):
    """Every row checked: counts, the problems row by row, the differences for existing members, and the choices."""

    def __init__(self, ctx: AppContext, state: ImportState) -> None:
        super().__init__()
        self.ctx, self.state = ctx, state
        self.setTitle(self.tr("Check every row"))
        self.summary = QLabel()
        self.summary.setObjectName("checkSummary")
        self.problems = QTableWidget(0, 4)
        self.problems.setObjectName("problemsTable")
        self.problems.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Name"), self.tr("Field"),
                                                 self.tr("Reason")])
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.changes = QTableWidget(0, 4)
        self.changes.setObjectName("changesTable")
        self.changes.setHorizontalHeaderLabels([self.tr("Member"), self.tr("Field"), self.tr("Now"), self.tr("File")])
        self.changes.horizontalHeader().setStretchLastSection(True)
        self.policy = QButtonGroup(self)
        self.mode = QButtonGroup(self)
        policies = QHBoxLayout()
        policy_label = QLabel(self.tr("Existing members whose data differ:"))
        policy_label.setObjectName("policyLabel")
        policies.addWidget(policy_label)
        for index, (text, value) in enumerate(((self.tr("Update"), mi.ExistingPolicy.UPDATE),
                                               (self.tr("Skip"), mi.ExistingPolicy.SKIP),
                                               (self.tr("Ask (tick below)"), mi.ExistingPolicy.ASK))):
            button = QRadioButton(text)
            button.setChecked(index == 0)
            button.setProperty("policy", value.value)
            self.policy.addButton(button, index)
            policies.addWidget(button)
        self.all_or_nothing = QRadioButton(self.tr("All or nothing"))
        self.all_or_nothing.setChecked(True)
        self.valid_only = QRadioButton(self.tr("Import the valid rows, leave out the rest"))
        self.valid_only.setObjectName("validOnly")
        self.mode.addButton(self.all_or_nothing)
        self.mode.addButton(self.valid_only)
        save = QPushButton(self.tr("Save rejected rows…"))
        save.setObjectName("saveErrors")
        save.clicked.connect(self.save_errors)
        grid = QGridLayout(self)
        grid.addWidget(self.summary, 0, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Rows that cannot be imported:")), 1, 0)
        grid.addWidget(save, 1, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.problems, 2, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("Existing members (matched by ID number) whose data differ:")), 3, 0, 1, 2)
        grid.addWidget(self.changes, 4, 0, 1, 2)
        grid.addLayout(policies, 5, 0, 1, 2)
        modes = QHBoxLayout()
        modes.addWidget(self.all_or_nothing)
        modes.addWidget(self.valid_only)
        grid.addLayout(modes, 6, 0, 1, 2)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        source = self.state.source
        assert source is not None
        self.state.plan = None
        self.summary.setText(self.tr("Checking…"))
        run_long(self, self.tr("Checking every row…"),
                 lambda progress, cancel: mi.plan_member_import(self.ctx.db, self.ctx.actor, source, self.state.options,
                                                                progress=progress, cancel=cancel),
                 self.checked, self.failed, write=False)

    def failed(self, exc: BaseException, trace: str) -> None:
        self.summary.setText(str(exc))
        messages.error(self, str(exc))

    def checked(self, plan: mi.ImportPlan) -> None:
        self.state.plan = plan
        counts = plan.counts
        text = "　".join(f"{status.value} {counts[status]}" for status in mi.RowStatus)
        if plan.new_unions:
            text += "\n" + self.tr("New unions: %1").replace("%1", "、".join(plan.new_unions))
        if plan.earlier_imports:
            text += "\n" + self.tr("This file was imported before: %1").replace("%1", "；".join(plan.earlier_imports))
        self.summary.setText(text)
        problems = [(r.row_number, _row_name(r, plan), f, why)
                    for r in plan.rejected for f, why in r.errors][:SHOWN_PROBLEMS]
        _fill(self.problems, problems)
        updates = [r for r in plan.rows if r.status in (mi.RowStatus.UPDATE, mi.RowStatus.SKIPPED)]
        rows: list[tuple[Any, ...]] = [(r.values["name"], f, plain_text(old), plain_text(new))
                                       for r in updates[:SHOWN_PROBLEMS] for f, (old, new) in r.changes.items()]
        _fill(self.changes, rows, checkable_column=0)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.state.plan is not None

    def save_errors(self) -> None:
        from unionoffice.exchange.error_report import RejectedRow, write_error_workbook

        plan = self.state.plan
        if plan is None or not plan.rejected:
            messages.info(self, self.tr("No row was rejected."))
            return
        suggested = f"{plan.source.table.path.stem}-未导入的行.xlsx"
        chosen = file_dialogs.save_file(self, self.tr("Save rejected rows"), suggested, "Excel (*.xlsx)", "import",
                                        ".xlsx")
        if chosen is None:
            return
        name = chosen[0]
        header = plan.source.table.rows[plan.source.header_row or 0]
        rejected = [RejectedRow(r.row_number, r.raw, r.errors) for r in plan.rejected]
        count, source_name = len(rejected), plan.source.table.path.name

        def saved(written: WrittenFile) -> None:
            messages.info(self, self.tr("Saved %1 rejected row(s) to %2.").replace("%1", str(count))
                          .replace("%2", str(written.path)))

        # Tens of thousands of rejected rows take seconds to write: off the GUI thread (it reads no database).
        run_read(self, lambda: write_error_workbook(name, header, rejected, source_name=source_name), saved)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        button = self.policy.checkedButton()
        options = self.state.options
        options.existing = mi.ExistingPolicy(button.property("policy") if button else "update")
        options.valid_only = self.valid_only.isChecked()
        if options.existing == mi.ExistingPolicy.ASK:
            items = [self.changes.item(r, 0) for r in range(self.changes.rowCount())]
            names = {i.text() for i in items if i is not None and i.checkState() == Qt.CheckState.Checked}
            plan = self.state.plan
            assert plan is not None
            options.approved = frozenset(r.values["id_number"] for r in plan.rows
                                         if r.status == mi.RowStatus.UPDATE and r.values["name"] in names)
        return True


def _row_name(row: mi.PlannedRow, plan: mi.ImportPlan) -> str:
    """The name on a rejected row, from its checked values or else straight from the name column's cell."""
    name = row.values.get("name")
    if name:
        return str(name)
    column = next((c for c, key in plan.source.mapping.items() if key == "name"), None)
    return plain_text(row.raw[column]) if column is not None and column < len(row.raw) else ""


def _fill(table: QTableWidget, rows: list[tuple[Any, ...]], checkable_column: int | None = None) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(str(value))
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if c == checkable_column:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            table.setItem(r, c, item)


class CommitPage(QWizardPage):
    def __init__(self, ctx: AppContext, state: ImportState) -> None:
        super().__init__()
        self.ctx, self.state = ctx, state
        self.setTitle(self.tr("Import"))
        self.result_label = QLabel()
        self.result_label.setObjectName("resultLabel")
        self.result_label.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.result_label)
        self.setFinalPage(True)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        plan = self.state.plan
        assert plan is not None
        self.state.result = None
        self.result_label.setText(self.tr("Importing…"))
        run_long(self, self.tr("Importing members…"),
                 lambda progress, cancel: mi.commit_member_import(self.ctx.db, self.ctx.actor, plan,
                                                                  self.state.options, progress=progress,
                                                                  cancel=cancel),
                 self.done, self.failed, write=True)

    def done(self, result: mi.ImportResult) -> None:
        self.state.result = result
        self.result_label.setText(self.tr("Import finished: %1").replace("%1", result.summary))
        wizard = self.wizard()
        if wizard is not None:  # nothing is left to cancel: 完成 alone closes it (not 完成 and 关闭 side by side)
            wizard.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.completeChanged.emit()

    def failed(self, exc: BaseException, trace: str) -> None:
        from unionoffice.domain.common.errors import UnionOfficeError

        text = str(exc) if isinstance(exc, UnionOfficeError) else self.tr("Unexpected error; nothing was changed.")
        self.result_label.setText(text + "\n" + self.tr("Nothing was written to the database."))
        messages.error(self, text, details="" if isinstance(exc, UnionOfficeError) else trace)

    def isComplete(self) -> bool:  # noqa: N802 - Qt override
        return self.state.result is not None


class ImportWizard(QWizard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import members"))
        self.state = ImportState()
        self.file_page = FilePage(ctx, self.state)
        self.mapping_page = MappingPage(ctx, self.state)
        self.check_page = CheckPage(ctx, self.state)
        self.commit_page = CommitPage(ctx, self.state)
        for page in (self.file_page, self.mapping_page, self.check_page, self.commit_page):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.resize(960, 640)
