"""Enrol members on a class: pick several from the instant search, or load a list matched by ID number."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QTableView,
    QTableWidgetItem,
    QWidget,
)

from unionoffice.domain.common.errors import UnionOfficeError
from unionoffice.domain.members.membership import COUNTS_AS_MEMBER
from unionoffice.domain.training.rules import EnrolmentStatus
from unionoffice.services.members.listing import MemberRow, member_rows
from unionoffice.services.members.search import search_member_ids
from unionoffice.services.training.classes import class_detail
from unionoffice.services.training.enrolment import (
    SOURCE_FILE,
    EnrolResult,
    FileMatch,
    class_member_statuses,
    enrol_members,
    match_file,
)
from unionoffice.ui.forms.ui_enrol_dialog import Ui_EnrolDialog
from unionoffice.ui.forms.ui_enrol_file_dialog import Ui_EnrolFileDialog
from unionoffice.ui.shell import file_dialogs, messages, style
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.widgets.columns import fit_columns, hide_columns

Index = QModelIndex | QPersistentModelIndex
MEMBER_STATUSES = frozenset(s.value for s in COUNTS_AS_MEMBER)
SEARCH_DELAY_MS = 150
RESULT_LIMIT = 100
# Two lists side by side in a dialog no wider than a 1024-pixel screen: name, ID and status whole, the union eliding
# (its whole name on hover), sex from the header's menu. With fixed widths both lists scrolled sideways and hid the
# status (the second trial).
PICK_SAMPLES = {0: "阿不都热合曼", 1: "男", 2: "220102********002X", 4: "保留会籍"}
PICK_STRETCH, PICK_HIDDEN = 3, (1,)


class MemberPickModel(QAbstractTableModel):
    """Members to pick from; those already on the class are shown greyed out with their status."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[MemberRow] = []
        self.blocked: dict[int, str] = {}
        self.headers = [self.tr("Name"), self.tr("Sex"), self.tr("ID number"), self.tr("Union"), self.tr("Status")]

    def set_rows(self, rows: list[MemberRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        r = self.rows[index.row()]
        on_class = self.blocked.get(r.id)
        if role == Qt.ItemDataRole.ToolTipRole:
            if on_class:
                return self.tr("Already on this class (%s)") % on_class
            return None if r.status in MEMBER_STATUSES else self.tr("Not a member at present (%s)") % r.status
        values = (r.name, r.sex, r.id_number, r.union_name, on_class or r.status)
        return values[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        row = self.rows[index.row()]
        if row.id in self.blocked or row.status not in MEMBER_STATUSES:
            return Qt.ItemFlag.NoItemFlags  # on the class already, or left the union: the service would refuse
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class EnrolDialog(QDialog):
    """`outcome` holds who got a place and who went on the waiting list after OK."""

    def __init__(self, ctx: AppContext, class_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.class_id = ctx, class_id
        self.outcome: EnrolResult | None = None
        self.ui = Ui_EnrolDialog()
        self.ui.setupUi(self)
        style.mark_error(self.ui.errorLabel)
        self.ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Enrol"))
        style.mark_primary(self.ok)
        detail = class_detail(ctx.db, ctx.actor, class_id)
        self.capacity = detail.draft.capacity
        self.statuses = class_member_statuses(ctx.db, ctx.actor, class_id)
        self.ui.classLabel.setText(f"{detail.draft.name}（{detail.academy}，{detail.draft.start_date:%Y-%m-%d}）")
        self.results, self.chosen = MemberPickModel(self), MemberPickModel(self)
        self.results.blocked = {m: s for m, s in self.statuses.items() if s != EnrolmentStatus.WITHDRAWN.value}
        for view, model in ((self.ui.resultsView, self.results), (self.ui.chosenView, self.chosen)):
            view.setModel(model)
            style.dense_table(view)
            view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            fit_columns(view, PICK_SAMPLES, stretch=PICK_STRETCH)
            hide_columns(view, PICK_HIDDEN, fixed=(0, PICK_STRETCH))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        self.ui.searchEdit.textChanged.connect(lambda _t: self.timer.start())
        self.ui.searchEdit.installEventFilter(self)  # Return: _search_now, never the dialog's OK
        self.ui.addButton.clicked.connect(self.add_selected)
        self.ui.removeButton.clicked.connect(self.remove_selected)
        self.ui.resultsView.doubleClicked.connect(lambda _i: self.add_selected())
        self.ui.chosenView.doubleClicked.connect(lambda _i: self.remove_selected())
        self.ui.resultsView.installEventFilter(self)
        self.ui.fileButton.clicked.connect(self.enrol_from_file)
        self.ui.buttonBox.accepted.connect(self.enrol)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._update_places()

    def eventFilter(self, watched: Any, event: Any) -> bool:
        # Enter in the results adds the selection, in the search box the member found (the dialog would otherwise
        # take it as OK).
        if isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if watched is self.ui.resultsView:
                self.add_selected()
                return True
            if watched is self.ui.searchEdit:
                self._search_now()
                return True
        return super().eventFilter(watched, event)

    def _search_now(self) -> None:
        """Return in the search box: the one member found is added (the box is cleared for the next name); when
        several are found, the first is selected in the results, where Return adds it."""
        self.timer.stop()
        self.run_search()
        addable = [r for r in range(self.results.rowCount())
                   if self.results.flags(self.results.index(r, 0)) & Qt.ItemFlag.ItemIsSelectable]
        if len(addable) == 1:
            self.ui.resultsView.selectRow(addable[0])
            self.add_selected()
            self.ui.searchEdit.clear()
            self.timer.stop()
            return
        if addable:
            self.ui.resultsView.setFocus()
            self.ui.resultsView.selectRow(addable[0])

    def run_search(self) -> None:
        try:
            ids = search_member_ids(self.ctx.db, self.ctx.actor, self.ui.searchEdit.text(), limit=RESULT_LIMIT)
            self.results.set_rows(member_rows(self.ctx.db, self.ctx.actor, ids))
        except UnionOfficeError as exc:
            style.set_visible_text(self.ui.errorLabel, exc.message)

    @staticmethod
    def _picked(view: QTableView, model: MemberPickModel) -> list[MemberRow]:
        rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
        return [model.rows[r] for r in rows if model.flags(model.index(r, 0)) & Qt.ItemFlag.ItemIsSelectable]

    def add_selected(self) -> None:
        have = {r.id for r in self.chosen.rows}
        new = [r for r in self._picked(self.ui.resultsView, self.results) if r.id not in have]
        if new:
            self.chosen.set_rows(self.chosen.rows + new)
            self._update_places()

    def remove_selected(self) -> None:
        drop = {r.id for r in self._picked(self.ui.chosenView, self.chosen)}
        self.chosen.set_rows([r for r in self.chosen.rows if r.id not in drop])
        self._update_places()

    def member_ids(self) -> list[int]:
        return [r.id for r in self.chosen.rows]

    def _update_places(self) -> None:
        enrolled = sum(1 for s in self.statuses.values() if s == EnrolmentStatus.ENROLLED.value)
        free = max(0, self.capacity - enrolled)
        count = len(self.chosen.rows)
        waiting = max(0, count - free)
        text = self.tr("%1 chosen: %2 get a place, %3 go on the waiting list (capacity %4, enrolled %5).")
        for key, value in (("%1", count), ("%2", count - waiting), ("%3", waiting), ("%4", self.capacity),
                           ("%5", enrolled)):
            text = text.replace(key, str(value))
        self.ui.placesLabel.setText(text)
        self.ok.setEnabled(count > 0)

    def enrol(self) -> None:
        try:
            self.outcome = enrol_members(self.ctx.db, self.ctx.actor, self.class_id, self.member_ids())
        except UnionOfficeError as exc:
            style.set_visible_text(self.ui.errorLabel, exc.message)
            return
        self.accept()

    def enrol_from_file(self) -> None:
        chosen = file_dialogs.open_file(self, self.tr("Enrolment list"),
                                        self.tr("Spreadsheets (*.xlsx *.xls *.csv *.txt)"), "import")
        if chosen is None:
            return
        path = str(chosen)
        try:
            match = match_file(self.ctx.db, self.ctx.actor, self.class_id, path)
        except UnionOfficeError as exc:
            messages.error(self, exc.message)
            return
        report = EnrolFileDialog(match, self)
        if report.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.outcome = enrol_members(self.ctx.db, self.ctx.actor, self.class_id, match.member_ids,
                                        source=SOURCE_FILE)
        except UnionOfficeError as exc:
            messages.error(self, exc.message)
            return
        self.accept()


class EnrolFileDialog(QDialog):
    """What a list file matched: the rows that could not be used, and a button to enrol the matched members."""

    def __init__(self, match: FileMatch, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EnrolFileDialog()
        self.ui.setupUi(self)
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Enrol %n matched member(s)", "", len(match.member_ids)))
        ok.setEnabled(bool(match.member_ids))
        style.mark_primary(ok)
        summary = self.tr("Matched %1 · not found or invalid %2 · ambiguous %3 · already on the class %4")
        for key, count in (("%1", len(match.member_ids)), ("%2", len(match.unmatched)), ("%3", len(match.ambiguous)),
                           ("%4", len(match.already))):
            summary = summary.replace(key, str(count))
        self.ui.summaryLabel.setText(summary)
        if not match.clean:
            self.ui.hintLabel.setText(self.tr("The rows listed are left out. Correct them in the file and load it "
                                              "again, or enrol only the matched members now."))
            style.mark_warning(self.ui.hintLabel)
        table = self.ui.problemsTable
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Problem"), self.tr("Name"), self.tr("ID number"),
                                         self.tr("Reason")])
        problems = [(self.tr("Not matched"), p) for p in match.unmatched] + \
                   [(self.tr("Ambiguous"), p) for p in match.ambiguous] + \
                   [(self.tr("Already on the class"), p) for p in match.already]
        table.setRowCount(len(problems))
        for row, (kind, p) in enumerate(sorted(problems, key=lambda kp: kp[1].row)):
            for column, text in enumerate((str(p.row), kind, p.name, p.id_number, p.reason)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        table.setColumnWidth(0, 50)
        table.setColumnWidth(1, 130)
        table.setColumnWidth(3, 160)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
