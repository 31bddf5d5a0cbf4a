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
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from unionoffice.domain.common.errors import CancelledError, UnionOfficeError
from unionoffice.domain.common.permissions import Permission
from unionoffice.services.core.lists import ListDocument
from unionoffice.services.core.tasks import CancelToken
from unionoffice.services.members.listing import (
    MemberFilter,
    SortKey,
    count_members,
    member_list_document,
    member_position,
)
from unionoffice.services.members.search import (
    DEFAULT_LIMIT,
    SearchScope,
    search_hint,
    search_member_ids,
    search_reveals,
)
from unionoffice.ui.members.member_table_model import (
    COL_CARD,
    COL_HARDSHIP,
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
from unionoffice.ui.shell import changes, messages, style, tasks
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.shell.task_feedback import report_quietly
from unionoffice.ui.widgets.columns import fit_columns
from unionoffice.ui.widgets.list_output import ListOutputButtons
from unionoffice.ui.widgets.org_tree import OrgTree
from unionoffice.ui.widgets.role_note import RoleNote

if TYPE_CHECKING:
    from unionoffice.services.members.records import MemberDetail

# Keystrokes that arrive together (a paste, an input method committing a word, a fast typist) make one search; the
# search itself (~3–60 ms at 300,000 members) runs off the GUI thread, the newest query replacing older ones.
SEARCH_DELAY_MS = 25
# After the first page of hits is shown, all of them are counted and listed once typing pauses this long.
COUNT_DELAY_MS = 250
MAX_HITS = 100_000
# Each column as wide as its usual content (measured in the table's font, so at any scaling), the union's taking
# what is left and eliding; card number, migrant and hardship are shown from the header's menu (remembered).
# 姓名: room for a 6-character name (阿不都热合曼); longer ones elide, whole in the tooltip.
_SAMPLES = {COL_NUMBER: "300000", COL_NAME: "阿不都热合曼", COL_SEX: "性别", COL_ID_NUMBER: "220102********002X",
            COL_PHONE: "13999990001", COL_JOIN_DATE: "2024-01-01", COL_STATUS: "保留会籍", COL_CARD: "************0001",
            COL_MIGRANT: "农民工", COL_HARDSHIP: "困难职工"}
_HIDDEN_AT_FIRST = (COL_CARD, COL_MIGRANT, COL_HARDSHIP)
SETTINGS_GROUP = "members_page"


def _overtaken(exc: BaseException, trace: str) -> None:
    """A search stopped because newer text replaced it is no failure; anything else is reported as usual."""
    if not isinstance(exc, CancelledError):
        report_quietly(exc, trace)


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
        self._search_task: tasks.Task | None = None
        self._search_cancel = CancelToken()
        self._count_task: tasks.Task | None = None
        self._recount_task: tasks.Task | None = None
        self._all_counted = False
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._count_all)
        self._build()
        self.restore_state()  # before sorting is switched on, so a remembered order is applied once
        self._connect()
        self._show_count()
        # Members and unions changed anywhere (an editor, an import, a transfer, a restore of a deleted record).
        changes.watch(self, ("member", "organisation", "import_batch"), self._records_changed)

    # -- layout -----------------------------------------------------------------------------------------------------

    def _build(self) -> None:
        self.tree = OrgTree(self.ctx, self)
        self.new_union_button = QPushButton(self.tr("New…"), self)
        self.new_union_button.setToolTip(self.tr("New union…"))
        self.edit_union_button = QPushButton(self.tr("Edit…"), self)
        self.edit_union_button.setToolTip(self.tr("Edit union…"))
        for button in (self.new_union_button, self.edit_union_button):
            button.setVisible(self.may_edit_unions)
            button.setMinimumWidth(0)
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
        # Where the role cannot enter members (the administrator): who can (issue 14).
        self.role_note = RoleNote(self.ctx.actor, Permission.EDIT_MEMBERS, self.tr("Entering members"), self)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.membership_button)
        top.addWidget(self.new_button)

        self.table = QTableView(self)
        self.table.setObjectName("memberTable")
        style.dense_table(self.table)
        self.table.setModel(self.model)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._fit_columns()
        header = self.table.horizontalHeader()
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.status_label = QLabel(self)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(top)
        right_layout.addWidget(self.role_note)
        right_layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()  # what is done with the list as shown sits below it, so the search box keeps room
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(self.issue_button)
        bottom.addWidget(self.list_output)
        right_layout.addLayout(bottom)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        left.setMinimumWidth(120)  # the tree gives way on a 1024-pixel screen; drag it wider (remembered)
        self.splitter.setSizes([210, 900])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

    def _fit_columns(self) -> None:
        fit_columns(self.table, _SAMPLES, COL_UNION)
        for column in _HIDDEN_AT_FIRST:
            self.table.horizontalHeader().setSectionHidden(column, True)

    def _column_menu(self, position: QPoint) -> None:
        """Show or hide columns; the choice is kept with the column widths."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column in range(self.model.columnCount()):
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column not in (COL_NAME, COL_UNION))
            action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
        menu.exec(header.mapToGlobal(position))

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
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._search_timer.isActive() or (self._search_task is not None and not self._search_task.settled):
                    self.run_search(now=True)  # Enter before the hits came: find them at once
                if self.model.rowCount():
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

    def run_search(self, *, now: bool = False) -> None:
        """Search for the text in the box: the first page of hits off the GUI thread (or at once with `now`), then,
        once typing pauses, all of them (the count and the rows to scroll on to)."""
        self._search_timer.stop()
        self._count_timer.stop()
        text = self.search_edit.text().strip()
        self._search_cancel.cancel()
        if not text:
            if self._search_task is not None:
                self._search_task.drop()
            if self._count_task is not None:
                self._count_task.drop()
            self.model.set_search_results(None)
            self.table.horizontalHeader().setSortIndicatorShown(True)
            self._show_count()
            return
        db, actor, scope = self.ctx.db, self.ctx.actor, SearchScope(self.tree.union_id)
        if search_reveals(db, actor, text):
            # A hit through hidden ID digits writes its reveal entry first: that search goes to the writers' lane,
            # all hits at once (such numbers find few), so the reveal is recorded once.
            tasks.run_write(self, lambda: search_member_ids(db, actor, text, scope=scope, limit=MAX_HITS),
                            lambda ids: self._show_search_results(text, ids, complete=True))
            return
        if now:
            if self._search_task is not None:
                self._search_task.drop()
            self._search_cancel = CancelToken()
            self._show_search_results(text, search_member_ids(db, actor, text, scope=scope), complete=False)
            return
        cancel = self._fresh_token()
        self._search_task = tasks.run_in_background(
            lambda: search_member_ids(db, actor, text, scope=scope, cancel=cancel),
            lambda ids: self._show_search_results(text, ids, complete=False), _overtaken,
            write=False, parent=self, replacing=self._search_task)

    def _fresh_token(self) -> CancelToken:
        """A search of its own for the newest text: the one still running for older text stops at its next query."""
        self._search_cancel.cancel()
        self._search_cancel = CancelToken()
        return self._search_cancel

    def _show_search_results(self, text: str, ids: list[int], *, complete: bool) -> None:
        if text != self.search_edit.text().strip():
            return  # typed on meanwhile: a newer search is coming
        self.model.set_search_results(ids)
        self.table.horizontalHeader().setSortIndicatorShown(False)  # results are in the order of relevance
        self._all_counted = complete or len(ids) < DEFAULT_LIMIT
        if not self._all_counted:
            self._count_timer.start()
        self._show_count()

    def _count_all(self) -> None:
        """All the hits, beyond the first page: the list then scrolls on through them (fetched page by page)."""
        text = self.search_edit.text().strip()
        if not text or not self.model.searching:
            return
        db, actor, scope = self.ctx.db, self.ctx.actor, SearchScope(self.tree.union_id)

        def show(ids: list[int]) -> None:
            if text != self.search_edit.text().strip() or not self.model.searching:
                return
            self.model.extend_search_results(ids)
            self._all_counted = True
            self._show_count()

        cancel = self._search_cancel
        self._count_task = tasks.run_in_background(
            lambda: search_member_ids(db, actor, text, scope=scope, limit=MAX_HITS, cancel=cancel), show, _overtaken,
            write=False, parent=self, replacing=self._count_task)

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
        elif count >= MAX_HITS:
            text = self.tr("More than %1 matches, best first: type more to narrow the search").replace(
                "%1", f"{count:,}")
        elif count >= DEFAULT_LIMIT and not self._all_counted:
            text = self.tr("The first %1 matches, best first; counting all…").replace("%1", str(count))
        elif count >= DEFAULT_LIMIT:
            text = self.tr("%1 matches in all, best first: scroll on for the rest").replace("%1", f"{count:,}")
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
        if member_id is None:
            editor.saved.connect(self._new_member_saved)
        else:
            editor.saved.connect(self._select_member)
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
            self._select_member(member_id)

    def _records_changed(self) -> None:
        """Members changed here or on another client: the visible rows are read again at once; the counts (the list's
        and the tree's, over every member) follow off the GUI thread, so on a server with millions of members the
        change shows without waiting for them."""
        index = self.table.currentIndex()
        row = index.row() if index.isValid() else None
        current = self.model.member_id(row) if row is not None else None
        self.model.refresh(recount=False)
        self._recount()
        self.tree.reload_in_background()
        self._show_count()
        if current is not None and row is not None:
            if self.model.member_id(row) == current:  # still in its row (an edit that moved nothing): no position query
                self.table.setCurrentIndex(self.model.index(row, COL_NAME))
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, COL_NAME), QTableView.ScrollHint.EnsureVisible)
            else:
                self._select_member(current)

    def _recount(self) -> None:
        if self.model.searching:
            return
        db, actor, flt = self.ctx.db, self.ctx.actor, self.model.member_filter

        def show(count: int) -> None:
            self.model.set_count(flt, count)
            self._show_count()

        self._recount_task = tasks.run_in_background(lambda: count_members(db, actor, flt), show, write=False,
                                                     parent=self, replacing=self._recount_task)

    def _new_member_saved(self, member_id: int) -> None:
        """Say that it was saved, and show the new member selected in the list."""
        if self.model.searching:
            self.search_edit.clear()
            self.run_search()
        self._select_member(member_id)
        row = self.model.row_at(self.table.currentIndex().row()) if self.table.currentIndex().isValid() else None
        name = row.name if row is not None and row.id == member_id else ""
        self.notify(self.tr("Member %1 (No. %2) saved.").replace("%1", name).replace("%2", str(member_id)))

    def _select_member(self, member_id: int) -> None:
        """Select `member_id` where the list shows it now (its row is counted in SQL, not looked for)."""
        model = self.model
        ids = model.search_ids
        if ids is not None:
            row = ids.index(member_id) if member_id in ids else None
        else:
            sort = SORT_KEYS.get(model.sort_column, SortKey.NAME)
            row = member_position(self.ctx.db, self.ctx.actor, model.member_filter, sort,
                                  model.sort_order == Qt.SortOrder.DescendingOrder, member_id)
        if row is None or row >= model.rowCount():
            return
        index = model.index(row, COL_NAME)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index, QTableView.ScrollHint.PositionAtCenter)

    def notify(self, text: str) -> None:
        """A confirmation that needs no answer: the main window's status bar, or the page's own line."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 10_000)
        else:
            self.status_label.setText(text)

    def _edit_selected_union(self) -> None:
        if self.tree.union_id is None:
            messages.info(self, self.tr("Select a grassroots union in the tree first."))
            return
        self.edit_union(self.tree.union_id)

    def edit_union(self, union_id: int | None) -> None:
        if not self.may_edit_unions:
            return
        from unionoffice.ui.members.union_editor import UnionEditor

        UnionEditor(self.ctx, union_id, parent=self).exec()  # the page follows the change (_records_changed)

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
        settings.setValue("column_state", self.table.horizontalHeader().saveState())  # not "columns": fitted since
        settings.endGroup()

    def restore_state(self, settings: QSettings | None = None) -> None:
        settings = settings or QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        splitter, columns = settings.value("splitter"), settings.value("column_state")
        settings.endGroup()
        if splitter is not None:
            self.splitter.restoreState(splitter)
        if columns is not None:
            header = self.table.horizontalHeader()
            header.restoreState(columns)
            if header.sortIndicatorSection() not in SORT_KEYS:
                header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
