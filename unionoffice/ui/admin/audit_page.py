"""The audit trail page (administrator, reviewer): filters, newest-first list paged from SQL, chain check."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from unionoffice.services.core import audit_names, audit_trail
from unionoffice.services.core.audit_names import RecordRef
from unionoffice.services.core.audit_trail import ACTION_LABELS, AuditFilter, AuditRow, ChainReport
from unionoffice.ui.forms.ui_audit_page import Ui_AuditPage
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.shell.tasks import run_long
from unionoffice.ui.widgets.splitters import restore_splitters, save_splitters

COL_TIME, COL_USER, COL_ACTION, COL_RECORD, COL_SUMMARY = range(5)
PAGE_SIZE = 200
_Index = QModelIndex | QPersistentModelIndex
SETTINGS_GROUP = "audit_page"


class AuditTableModel(QAbstractTableModel):
    """Newest first; rows arrive a page at a time as the view scrolls (keyset on the id, never everything)."""

    HEADERS = (QT_TRANSLATE_NOOP("AuditTableModel", "Time"), QT_TRANSLATE_NOOP("AuditTableModel", "User"),
               QT_TRANSLATE_NOOP("AuditTableModel", "Action"), QT_TRANSLATE_NOOP("AuditTableModel", "Record"),
               QT_TRANSLATE_NOOP("AuditTableModel", "Summary"))

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filter = AuditFilter()
        self.rows: list[AuditRow] = []
        self.exhausted = True
        # Names of the records and users the fetched pages mention (services/core/audit_names: a query per kind).
        self.records: dict[RecordRef, str] = {}
        self.users: dict[str, str] = {}

    def _name(self, rows: list[AuditRow]) -> None:
        self.records.update(audit_names.describe_records(
            self.ctx.db, self.ctx.actor, [RecordRef(r.entity, r.entity_id) for r in rows]))
        self.users.update(audit_names.user_names(self.ctx.db, self.ctx.actor, (r.username for r in rows)))

    def record_text(self, row: AuditRow) -> str:
        return self.records.get(RecordRef(row.entity, row.entity_id), row.record)

    def set_filter(self, flt: AuditFilter) -> None:
        self.beginResetModel()
        self.filter = flt
        self.rows = audit_trail.list_entries(self.ctx.db, self.ctx.actor, flt, limit=PAGE_SIZE)
        self.records, self.users = {}, {}
        self._name(self.rows)
        self.exhausted = len(self.rows) < PAGE_SIZE
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and not self.exhausted

    def fetchMore(self, parent: _Index) -> None:
        if parent.isValid() or self.exhausted or not self.rows:
            return
        more = audit_trail.list_entries(self.ctx.db, self.ctx.actor, self.filter, before_id=self.rows[-1].id,
                                        limit=PAGE_SIZE)
        self.exhausted = len(more) < PAGE_SIZE
        self._name(more)
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("AuditTableModel", str(self.HEADERS[section]))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole and column != COL_RECORD:
            return "\n".join([row.summary, *row.change_lines()]) if column == COL_SUMMARY else None
        values = {COL_TIME: row.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                  COL_USER: self.users.get(row.username, row.username), COL_ACTION: row.action_label,
                  COL_RECORD: self.record_text(row), COL_SUMMARY: row.summary}
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_RECORD:
            return row.record
        return values[column]

    def row_at(self, index: _Index) -> AuditRow | None:
        return self.rows[index.row()] if index.isValid() and index.row() < len(self.rows) else None


def describe(row: AuditRow, record: str | None = None, user: str | None = None) -> str:
    """The entry in full; `record` and `user` are their names (audit_names) where the caller has them."""
    lines = [f"#{row.id}  {row.at.astimezone():%Y-%m-%d %H:%M:%S}  {user or row.username}  {row.action_label}",
             record or row.record, row.summary, *row.change_lines()]
    return "\n".join(line for line in lines if line)


class AuditPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_AuditPage()
        self.ui.setupUi(self)
        self._two_filter_rows()
        self.model = AuditTableModel(ctx, self)
        view = self.ui.entriesView
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)  # calm and dense
        view.horizontalHeader().setStretchLastSection(True)
        self.ui.recordEdit.setMinimumWidth(110)
        self.ui.textEdit.setMinimumWidth(150)
        view.selectionModel().currentRowChanged.connect(self._show_details)
        self.ui.splitter.setSizes([420, 120])
        restore_splitters(self, SETTINGS_GROUP)
        self.ui.userCombo.addItem(self.tr("Everyone"), "")
        for name in audit_trail.audit_usernames(ctx.db, ctx.actor):
            self.ui.userCombo.addItem(name, name)
        self.ui.actionCombo.addItem(self.tr("Any action"), "")
        for action, label in ACTION_LABELS.items():
            self.ui.actionCombo.addItem(label, action)
        today = QDate.currentDate()
        self.ui.sinceDate.setDate(today.addDays(-30))
        self.ui.untilDate.setDate(today)
        self.ui.sinceCheck.toggled.connect(self.ui.sinceDate.setEnabled)
        self.ui.untilCheck.toggled.connect(self.ui.untilDate.setEnabled)
        self.ui.sinceDate.setEnabled(False)
        self.ui.untilDate.setEnabled(False)
        self.ui.searchButton.clicked.connect(self.search)
        self.ui.clearButton.clicked.connect(self.clear)
        self.ui.recordEdit.returnPressed.connect(self.search)
        self.ui.textEdit.returnPressed.connect(self.search)
        self.ui.verifyButton.clicked.connect(self.verify_chain)
        self.search()



    def save_state(self) -> None:
        """The entries / details split as the user left it (the main window calls this on closing)."""
        save_splitters(self, SETTINGS_GROUP)
    def _two_filter_rows(self) -> None:
        """On a 1024-pixel screen the filters take two rows: who, what and when; then the record, the text and the
        buttons (in one row the page was 1,115 pixels at its narrowest)."""
        ui = self.ui
        second = QHBoxLayout()
        for widget in (ui.recordLabel, ui.recordEdit, ui.textEdit, ui.searchButton, ui.clearButton):
            ui.filterRow.removeWidget(widget)
            second.addWidget(widget)
        ui.filterRow.addStretch(1)
        ui.mainLayout.insertLayout(ui.mainLayout.indexOf(ui.filterRow) + 1, second)
    def current_filter(self) -> AuditFilter:
        ui = self.ui
        entity, _sep, entity_id = ui.recordEdit.text().strip().partition("#")

        def day(qdate: QDate) -> date:
            return date(qdate.year(), qdate.month(), qdate.day())

        return AuditFilter(username=ui.userCombo.currentData() or None, action=ui.actionCombo.currentData() or None,
                           entity=entity.strip() or None, entity_id=entity_id.strip() or None,
                           since=day(ui.sinceDate.date()) if ui.sinceCheck.isChecked() else None,
                           until=day(ui.untilDate.date()) if ui.untilCheck.isChecked() else None,
                           text=ui.textEdit.text().strip() or None)

    def search(self) -> None:
        flt = self.current_filter()
        self.model.set_filter(flt)
        total = audit_trail.count_entries(self.ctx.db, self.ctx.actor, flt)
        self.ui.countLabel.setText(self.tr("%d entries") % total)
        self.ui.detailsEdit.clear()
        self.ui.entriesView.resizeColumnsToContents()

    def clear(self) -> None:
        ui = self.ui
        for combo in (ui.userCombo, ui.actionCombo):
            combo.setCurrentIndex(0)
        for check in (ui.sinceCheck, ui.untilCheck):
            check.setChecked(False)
        ui.recordEdit.clear()
        ui.textEdit.clear()
        self.search()

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current)
        self.ui.detailsEdit.setPlainText(
            describe(row, self.model.record_text(row), self.model.users.get(row.username)) if row else "")

    def verify_chain(self) -> None:
        self.ui.verifyButton.setEnabled(False)

        def done(report: ChainReport) -> None:
            self.ui.verifyButton.setEnabled(True)
            if report.intact:
                self.ui.chainLabel.setStyleSheet("color: #2E7D32;")
                self.ui.chainLabel.setText(self.tr("Chain intact: %d entries checked") % report.checked
                                           + "；" + report.anchor_note)
            elif report.verdict == "unproven":  # nothing found wrong, but not everything could be proven here
                self.ui.chainLabel.setStyleSheet("color: #B26A00; font-weight: 600;")
                self.ui.chainLabel.setText(self.tr("Chain not proven: %s") % report.reason)
            else:
                self.ui.chainLabel.setStyleSheet("color: #C8102E; font-weight: 600;")
                self.ui.chainLabel.setText(self.tr("Chain broken: %s") % report.reason)

        def failed(exc: BaseException, trace: str) -> None:
            self.ui.verifyButton.setEnabled(True)
            self.ui.chainLabel.setText(str(exc))

        run_long(self, self.tr("Verifying the audit trail…"),
                 lambda progress, cancel: audit_trail.check_chain(self.ctx.db, self.ctx.actor, progress=progress,
                                                                  cancel=cancel), done, failed, write=False)


class RecordHistoryView(QPlainTextEdit):
    """A record's own history (who changed what, oldest first), read-only; any role that sees the record."""

    def __init__(self, ctx: AppContext, entity: str, entity_id: int | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        rows = audit_trail.history_of(ctx.db, ctx.actor, entity, entity_id)
        self.setPlainText("\n\n".join(describe(r) for r in rows) or self.tr("No changes recorded."))


class MemberChangeLog(RecordHistoryView):
    """The member editor's change-log tab."""

    def __init__(self, ctx: AppContext, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "member", member_id, parent)


class RecordHistoryDialog(QDialog):
    """The same history as a dialog, for pages that have no room for it."""

    def __init__(self, ctx: AppContext, entity: str, entity_id: int | str, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History: %s") % title)
        self.resize(640, 420)
        self.text = RecordHistoryView(ctx, entity, entity_id, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
