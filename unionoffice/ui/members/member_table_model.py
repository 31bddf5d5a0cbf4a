"""The member table: 300,000 rows by count and lazily fetched pages, sorted and searched in SQL."""

from __future__ import annotations

from collections import OrderedDict
from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from unionoffice.db.engine import Database
from unionoffice.domain.members.membership import MemberStatus
from unionoffice.services.core.context import Actor
from unionoffice.services.members.listing import (
    MemberFilter,
    MemberRow,
    SortKey,
    count_members,
    member_page,
    member_rows,
)

COL_NUMBER, COL_NAME, COL_SEX, COL_ID_NUMBER, COL_UNION, COL_PHONE, COL_JOIN_DATE, COL_STATUS, COL_CARD, \
    COL_MIGRANT, COL_HARDSHIP = range(11)
COLUMN_COUNT = 11

_HEADERS = (QT_TRANSLATE_NOOP("MemberTableModel", "No."), QT_TRANSLATE_NOOP("MemberTableModel", "Name"),
            QT_TRANSLATE_NOOP("MemberTableModel", "Sex"), QT_TRANSLATE_NOOP("MemberTableModel", "ID number"),
            QT_TRANSLATE_NOOP("MemberTableModel", "Grassroots union"), QT_TRANSLATE_NOOP("MemberTableModel", "Mobile"),
            QT_TRANSLATE_NOOP("MemberTableModel", "Joined"), QT_TRANSLATE_NOOP("MemberTableModel", "Status"),
            QT_TRANSLATE_NOOP("MemberTableModel", "Card number"), QT_TRANSLATE_NOOP("MemberTableModel", "Migrant"),
            QT_TRANSLATE_NOOP("MemberTableModel", "Hardship"))
# Only columns backed by an index sort: the rest would make SQLite sort 300,000 rows on every page.
SORT_KEYS: dict[int, SortKey] = {
    COL_NUMBER: SortKey.REGISTERED,
    COL_NAME: SortKey.NAME,
    COL_UNION: SortKey.UNION,
    COL_JOIN_DATE: SortKey.JOIN_DATE,
    COL_STATUS: SortKey.STATUS,
}
_RIGHT_ALIGNED = frozenset({COL_NUMBER, COL_JOIN_DATE})
_INACTIVE = frozenset({MemberStatus.WITHDRAWN.value, MemberStatus.DEEMED_WITHDRAWN.value, MemberStatus.EXPELLED.value,
                       MemberStatus.DECEASED.value})

MEMBER_ID_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 200
CACHED_PAGES = 40

_Index = QModelIndex | QPersistentModelIndex


class MemberTableModel(QAbstractTableModel):
    """Browse mode: `count_members` rows, pages of `member_page`. Search mode: the ids `search` found, in its order."""

    sortRejected = Signal(int, Qt.SortOrder)  # noqa: N815 - Qt signal naming; the key the view should show again

    def __init__(self, db: Database, actor: Actor, parent: Any = None) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self._filter = MemberFilter()
        self._sort_column, self._order = COL_NAME, Qt.SortOrder.AscendingOrder
        self._search_ids: list[int] | None = None
        self._pages: OrderedDict[int, list[MemberRow]] = OrderedDict()
        self._count = count_members(db, actor, self._filter)

    # -- what is shown ----------------------------------------------------------------------------------------------

    @property
    def member_filter(self) -> MemberFilter:
        return self._filter

    @property
    def searching(self) -> bool:
        return self._search_ids is not None

    @property
    def search_ids(self) -> list[int] | None:
        """The hits shown, in the order shown (a copy), or None while browsing."""
        ids = self._search_ids
        return list(ids) if ids is not None else None

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def sort_order(self) -> Qt.SortOrder:
        return self._order

    def set_filter(self, flt: MemberFilter) -> None:
        """Show another union (or all); leaves search mode."""
        self.beginResetModel()
        self._filter, self._search_ids = flt, None
        self._pages.clear()
        self._count = count_members(self._db, self._actor, flt)
        self.endResetModel()

    def set_search_results(self, ids: list[int] | None) -> None:
        """Show these member ids in the order given (None returns to browsing)."""
        if ids is None and self._search_ids is None:
            return
        self.beginResetModel()
        self._search_ids = list(ids) if ids is not None else None
        self._pages.clear()
        if ids is None:
            self._count = count_members(self._db, self._actor, self._filter)
        self.endResetModel()

    def extend_search_results(self, ids: list[int]) -> None:
        """All the hits of the search whose first page is shown: rows are added below (the view keeps its place and
        selection) when they continue what is shown, else the list is replaced."""
        shown = self._search_ids
        if shown is None or ids[:len(shown)] != shown:
            self.set_search_results(ids)
            return
        if len(ids) == len(shown):
            return
        self.beginInsertRows(QModelIndex(), len(shown), len(ids) - 1)
        self._search_ids = list(ids)
        self.endInsertRows()

    def refresh(self, *, recount: bool = True) -> None:
        """Re-read after an edit: the visible rows (fetched as the view asks for them) and, with `recount`, the count.
        Without it the count stays as it was until the caller, having counted off the GUI thread, hands the new one
        to `set_count` (on a server, counting millions of members takes about a second)."""
        self.beginResetModel()
        self._pages.clear()
        if self._search_ids is None and recount:
            self._count = count_members(self._db, self._actor, self._filter)
        self.endResetModel()

    def set_count(self, flt: MemberFilter, count: int) -> None:
        """A count of `flt`'s members made elsewhere: rows are added or removed at the end (the view keeps its place
        and selection). Ignored if the list has since moved on to another filter or to search results."""
        if self._search_ids is not None or flt != self._filter or count == self._count:
            return
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        else:
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self.endRemoveRows()

    def member_id(self, row: int) -> int | None:
        member = self.row_at(row)
        return member.id if member else None

    def row_at(self, row: int) -> MemberRow | None:
        if not 0 <= row < self.rowCount():
            return None
        page = self._page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    # -- Qt model interface -----------------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        if parent.isValid():
            return 0
        return len(self._search_ids) if self._search_ids is not None else self._count

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(str(_HEADERS[section]))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if section in _RIGHT_ALIGNED else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and section not in SORT_KEYS:
            return self.tr("This column cannot be sorted")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        member = self.row_at(index.row())
        if member is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(member, column)
        if role == SORT_ROLE:
            return _sort_value(member, column)
        if role == MEMBER_ID_ROLE:
            return member.id
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_NAME, COL_UNION):
            return self._display(member, column)  # the whole name where the column elides it
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column in _RIGHT_ALIGNED else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and member.status in _INACTIVE:
            return QColor(120, 120, 120)  # former members stay listed, but recede
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order by an indexed column in SQL; other columns are refused (the view restores its indicator)."""
        if column not in SORT_KEYS:
            self.sortRejected.emit(self._sort_column, self._order)
            return
        if (column, order) == (self._sort_column, self._order):
            return
        self._sort_column, self._order = column, order
        if self._search_ids is not None:
            return  # search results keep the service's ranking; the order applies when browsing again
        # Every row may move and we cannot say where to, so persistent indexes become invalid (not a reset:
        # the row count and the view's scroll position stay).
        self.layoutAboutToBeChanged.emit()
        self._pages.clear()
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(persistent, [QModelIndex()] * len(persistent))
        self.layoutChanged.emit()

    # -- paging -----------------------------------------------------------------------------------------------------

    def loaded_row_count(self) -> int:
        """Rows held in memory now (at most CACHED_PAGES pages): the benchmark's proof that nothing loads all rows."""
        return sum(len(page) for page in self._pages.values())

    def _page(self, number: int) -> list[MemberRow]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        start = number * PAGE_SIZE
        if self._search_ids is not None:
            page = member_rows(self._db, self._actor, self._search_ids[start:start + PAGE_SIZE])
        else:
            descending = self._order == Qt.SortOrder.DescendingOrder
            page = member_page(self._db, self._actor, self._filter, SORT_KEYS[self._sort_column], descending, start,
                               PAGE_SIZE)
        self._pages[number] = page
        if len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        return page

    def _display(self, member: MemberRow, column: int) -> str:
        if column == COL_NUMBER:
            return str(member.id)
        if column == COL_MIGRANT:
            return self.tr("Yes") if member.is_migrant else ""
        value = _FIELDS[column](member)
        return value.isoformat() if isinstance(value, date) else str(value)


_FIELDS: dict[int, Any] = {
    COL_NUMBER: lambda m: m.id,
    COL_NAME: lambda m: m.name,
    COL_SEX: lambda m: m.sex,
    COL_ID_NUMBER: lambda m: m.id_number,
    COL_UNION: lambda m: m.union_name,
    COL_PHONE: lambda m: m.phone,
    COL_JOIN_DATE: lambda m: m.join_date,
    COL_STATUS: lambda m: m.status,
    COL_CARD: lambda m: m.card_number,
    COL_MIGRANT: lambda m: m.is_migrant,
    COL_HARDSHIP: lambda m: m.hardship_category,
}


def _sort_value(member: MemberRow, column: int) -> Any:
    value = _FIELDS[column](member)
    return value.isoformat() if isinstance(value, date) else value
