"""The member registry page: organisation tree, instant search and the 300,000-row member table."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from unionoffice.domain.common.errors import UnionOfficeError
from unionoffice.domain.common.permissions import Permission
from unionoffice.services.core.lists import ListDocument
from unionoffice.services.members.listing import MemberFilter, SortKey, member_list_document
from unionoffice.services.members.search import (
    DEFAULT_LIMIT,
    SearchScope,
    search_hint,
    search_member_ids,
    search_reveals,
)
from unionoffice.ui.members.member_table_model import (
    COL_CARD,
    COL_ID_NUMBER,
    COL_JOIN_DATE,
    COL_MIGRANT,
    COL_NAME,
    COL_NUMBER,
    COL_PHONE,
    COL_SEX,
    COL_STATUS,
    COL_UNION,
    SORT_KEYS,
    MemberTableModel,
)
from unionoffice.ui.shell import messages, style, tasks
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.widgets.list_output import ListOutputButtons
from unionoffice.ui.widgets.org_tree import OrgTree

if TYPE_CHECKING:
    from unionoffice.services.members.records import MemberDetail

SEARCH_DELAY_MS = 150
_WIDTHS = {COL_NUMBER: 70, COL_NAME: 120, COL_SEX: 40, COL_ID_NUMBER: 165, COL_UNION: 230, COL_PHONE: 105,
           COL_JOIN_DATE: 90, COL_STATUS: 70, COL_CARD: 160, COL_MIGRANT: 50}
SETTINGS_GROUP = "members_page"


class MembersPage(QWidget):
    """`firstPainted` fires once, after the member table has been drawn for the first time."""

    firstPainted = Signal()  # noqa: N815 - Qt naming

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.may_edit = ctx.actor.may(Permission.EDIT_MEMBERS)
        self.may_edit_unions = ctx.actor.may(Permission.EDIT_ORGANISATIONS)
        self.model = MemberTableModel(ctx.db, ctx.actor, self)
        self._painted = False
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self._build()
        self.restore_state()  # before sorting is switched on, so a remembered order is applied once
        self._connect()
        self._show_count()

    # -- layout -----------------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.tree = OrgTree(self.ctx, self)
        self.new_union_button = QPushButton(self.tr("New union…"), self)
        self.edit_union_button = QPushButton(self.tr("Edit union…"), self)
        for button in (self.new_union_button, self.edit_union_button):
            button.setVisible(self.may_edit_unions)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree)
        union_buttons = QHBoxLayout()
        union_buttons.addWidget(self.new_union_button)
        union_buttons.addWidget(self.edit_union_button)
        left_layout.addLayout(union_buttons)

        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("memberSearch")
        self.search_edit.setPlaceholderText(
            self.tr("Search by name, pinyin, initials, last digits of the ID, mobile or card number (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("New member"), self)
        style.mark_primary(self.new_button)
        self.membership_button = QPushButton(self.tr("Membership change…"), self)
        for button in (self.new_button, self.membership_button):
            button.setVisible(self.may_edit)
        top = QHBoxLayout()
        self.list_output = ListOutputButtons(self.ctx, self.describe_list, self.tr("Member list"), self)
        # Mail merge for the selected members (honour certificates, letters …): services/certificates/merge.py.
        self.issue_button = QPushButton(self.tr("Issue documents…"), self)
        self.issue_button.setVisible(self.ctx.actor.may(Permission.PRINT_DOCUMENTS))
        self.issue_button.clicked.connect(self.issue_documents)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.membership_button)
        top.addWidget(self.new_button)
        top.addWidget(self.issue_button)
        top.addWidget(self.list_output)

        self.table = QTableView(self)
        self.table.setObjectName("memberTable")
        style.dense_table(self.table)
        self.table.setModel(self.model)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        for column, width in _WIDTHS.items():
            header.resizeSection(column, width)
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        self.status_label = QLabel(self)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(top)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.status_label)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.installEventFilter(self)
        self.table.viewport().installEventFilter(self)
        self.table.activated.connect(self._open_index)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.setSortingEnabled(True)
        self.model.sortRejected.connect(self._restore_sort_indicator)
        self.tree.unionSelected.connect(self._union_selected)
        self.tree.editRequested.connect(self.edit_union)
        self.new_button.clicked.connect(self.new_member)
        self.membership_button.clicked.connect(self.membership_change)
        self.new_union_button.clicked.connect(lambda: self.edit_union(None))
        self.edit_union_button.clicked.connect(self._edit_selected_union)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.focus_search)
        QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, self.new_member)

    def _restore_sort_indicator(self, column: int, order: Qt.SortOrder) -> None:
        self.table.horizontalHeader().setSortIndicator(column, order)

    # -- first paint and deferred work ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            # Runs after this paint has finished: the counts' GROUP BY must not delay the first frame.
            QTimer.singleShot(0, self._after_first_paint)
        elif watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.model.rowCount():
                self._search_timer.stop()
                if self.search_edit.text().strip() != "" and not self.model.searching:
                    self.run_search()
                self.table.setFocus()
                self.table.selectRow(0)
                return True
        return super().eventFilter(watched, event)

    def _after_first_paint(self) -> None:
        self.firstPainted.emit()
        self.tree.load()

    # -- search and filter ------------------------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def run_search(self) -> None:
        self._search_timer.stop()
        text = self.search_edit.text().strip()
        if not text:
            self.model.set_search_results(None)
            self.table.horizontalHeader().setSortIndicatorShown(True)
            self._show_count()
            return
        scope = SearchScope(self.tree.union_id)
        if search_reveals(self.ctx.db, self.ctx.actor, text):
            # A hit through hidden ID digits writes its reveal entry first: that search goes to the writers' lane.
            tasks.run_write(self, lambda: search_member_ids(self.ctx.db, self.ctx.actor, text, scope=scope),
                            self._show_search_results)
        else:
            self._show_search_results(search_member_ids(self.ctx.db, self.ctx.actor, text, scope=scope))

    def _show_search_results(self, ids: list[int]) -> None:
        self.model.set_search_results(ids)
        self.table.horizontalHeader().setSortIndicatorShown(False)  # results are in the order of relevance
        self._show_count()

    def describe_list(self) -> ListDocument:
        """The list as shown: the search's hits in their order, or the union filter in the table's order."""
        model = self.model
        sort = SORT_KEYS.get(model.sort_column, SortKey.NAME)
        descending = model.sort_order == Qt.SortOrder.DescendingOrder
        return member_list_document(self.ctx.db, self.ctx.actor, model.member_filter, sort, descending,
                                    ids=model.search_ids)

    def _union_selected(self, union_id: int | None) -> None:
        self.model.set_filter(MemberFilter(union_id=union_id))
        if self.search_edit.text().strip():
            self.run_search()
        self._show_count()

    def _show_count(self) -> None:
        count = self.model.rowCount()
        if not self.model.searching:
            text = self.tr("%1 members").replace("%1", f"{count:,}")
        elif count >= DEFAULT_LIMIT:
            text = self.tr("The first %1 matches, best first: type more to narrow the search").replace(
                "%1", str(count))
        elif count:
            text = self.tr("%1 matches, best first").replace("%1", str(count))
        else:
            query = self.search_edit.text().strip()
            text = self.tr("No member matches “%1”").replace("%1", query)
            hint = search_hint(self.ctx.db, self.ctx.actor, query)  # a number beyond what this role may search by
            if hint:
                text += "。" + hint
        self.status_label.setText(text)

    # -- records ----------------------------------------------------------------------------------------------------

    def selected_member_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        ids = [self.model.member_id(row) for row in rows]
        return [i for i in ids if i is not None]

    def issue_documents(self) -> None:
        from unionoffice.ui.certificates.merge_dialog import MergeDialog

        ids = self.selected_member_ids()
        if not ids:
            messages.info(self, self.tr("Select the members first (Ctrl or Shift for several)."))
            return
        MergeDialog(self.ctx, ids, self).exec()

    def selected_member_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.member_id(index.row()) if index.isValid() else None

    def _open_index(self, index: QModelIndex) -> None:
        member_id = self.model.member_id(index.row())
        if member_id is not None:
            self.open_member(member_id)

    def open_member(self, member_id: int | None) -> None:
        """The editor for a member (read off the GUI thread first), or for a new one."""
        from unionoffice.ui.members.member_editor import load_member

        if member_id is None:
            self._show_editor(None, None)
        else:
            load_member(self.ctx, member_id, self, lambda detail: self._show_editor(member_id, detail))

    def _show_editor(self, member_id: int | None, detail: MemberDetail | None) -> None:
        from unionoffice.ui.members.member_editor import MemberEditor

        try:
            editor = MemberEditor(self.ctx, member_id, detail=detail, unions=self.tree.unions() or None,
                                  default_union_id=self.tree.union_id, parent=self)
        except UnionOfficeError as exc:
            messages.error(self, exc.message)
            return
        editor.saved.connect(self._member_saved)
        editor.exec()

    def new_member(self) -> None:
        if self.may_edit:
            self.open_member(None)

    def membership_change(self) -> None:
        from unionoffice.ui.members.membership_dialog import MembershipDialog

        member_id = self.selected_member_id()
        if member_id is None:
            messages.info(self, self.tr("Select a member in the table first."))
            return
        try:
            dialog = MembershipDialog(self.ctx, member_id, unions=self.tree.unions() or None, parent=self)
        except UnionOfficeError as exc:
            messages.error(self, exc.message)
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._member_saved(member_id)

    def refresh_after_change(self, entities: frozenset[str]) -> None:
        """Another client saved members or unions (server mode, ui/shell/change_watch.py): show them."""
        if entities & {"member", "organisation"}:
            self._member_saved(0)

    def _member_saved(self, _member_id: int) -> None:
        self.model.refresh()
        self.tree.load()
        self._show_count()

    def _edit_selected_union(self) -> None:
        if self.tree.union_id is None:
            messages.info(self, self.tr("Select a grassroots union in the tree first."))
            return
        self.edit_union(self.tree.union_id)

    def edit_union(self, union_id: int | None) -> None:
        if not self.may_edit_unions:
            return
        from unionoffice.ui.members.union_editor import UnionEditor

        dialog = UnionEditor(self.ctx, union_id, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.tree.load()
            self.model.refresh()

    def _context_menu(self, position: QPoint) -> None:
        index = self.table.indexAt(position)  # a scroll area reports viewport coordinates
        if not index.isValid():
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self._open_index(index))
        if self.may_edit:
            menu.addAction(self.tr("Membership change…"), self.membership_change)
        menu.exec(self.table.viewport().mapToGlobal(position))

    # -- remembered state -------------------------------------------------------------------------------------------

    def save_state(self, settings: QSettings | None = None) -> None:
        settings = settings or QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        settings.setValue("splitter", self.splitter.saveState())
        settings.setValue("columns", self.table.horizontalHeader().saveState())
        settings.endGroup()

    def restore_state(self, settings: QSettings | None = None) -> None:
        settings = settings or QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        splitter, columns = settings.value("splitter"), settings.value("columns")
        settings.endGroup()
        if splitter is not None:
            self.splitter.restoreState(splitter)
        if columns is not None:
            header = self.table.horizontalHeader()
            header.restoreState(columns)
            if header.sortIndicatorSection() not in SORT_KEYS:
                header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
