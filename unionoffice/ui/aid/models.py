"""Table models of the aid page: short lists held whole, and the applications of a programme in windows."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from unionoffice.db.engine import Database
from unionoffice.domain.aid.money import format_yuan
from unionoffice.services.aid.listing import ApplicationFilter, ApplicationRow, application_page, count_applications
from unionoffice.services.core.context import Actor
from unionoffice.ui.shell.i18n import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ID_ROLE = Qt.ItemDataRole.UserRole
PAGE_SIZE = 200
CACHED_PAGES = 30
MUTED = QColor("#808080")
ACCENT = QColor("#C8102E")


def tr(text: str) -> str:
    return QCoreApplication.translate("AidModels", text)


def money(fen: int | None) -> str:
    return "" if fen is None else format_yuan(fen)


def day(value: date | None) -> str:
    return value.isoformat() if value else ""


@dataclass(frozen=True)
class Col(Generic[R]):
    title: str  # English, translated in the "AidModels" context
    text: Callable[[R], str]
    right: bool = False
    colour: Callable[[R], QColor | None] | None = None


class RowsModel(QAbstractTableModel, Generic[R]):
    """A read-only table over a short list (a year's programmes, a batch's nominees, a loan's years)."""

    def __init__(self, columns: Sequence[Col[R]], parent: Any = None, key: Callable[[R], int] | None = None) -> None:
        super().__init__(parent)
        self.columns, self.key = list(columns), key
        self.rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, col = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(row)
        if role == ID_ROLE and self.key is not None:
            return self.key(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.right:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and col.colour is not None:
            colour = col.colour(row)
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a cell that elides
            return col.text(row) or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.columns[section].title)
        return None

    def row_at(self, row: int) -> R | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None


STATE_COLOURS = {"已驳回": MUTED, "公示中": ACCENT}
_APP_COLUMNS: tuple[Col[ApplicationRow], ...] = (
    Col(QT_TRANSLATE_NOOP("AidModels", "No."), lambda r: str(r.id), right=True),
    Col(QT_TRANSLATE_NOOP("AidModels", "Applicant"), lambda r: r.member_name),
    Col(QT_TRANSLATE_NOOP("AidModels", "ID number"), lambda r: r.member_id_number),
    Col(QT_TRANSLATE_NOOP("AidModels", "Grassroots union"), lambda r: r.union),
    Col(QT_TRANSLATE_NOOP("AidModels", "Aid type"), lambda r: r.aid_type),
    Col(QT_TRANSLATE_NOOP("AidModels", "State"), lambda r: r.state, colour=lambda r: STATE_COLOURS.get(r.state)),
    Col(QT_TRANSLATE_NOOP("AidModels", "Amount (yuan)"), lambda r: money(r.amount_fen), right=True),
    Col(QT_TRANSLATE_NOOP("AidModels", "Child"), lambda r: r.child_name),
    Col(QT_TRANSLATE_NOOP("AidModels", "Child's ID number"), lambda r: r.child_id_number),
    Col(QT_TRANSLATE_NOOP("AidModels", "School"), lambda r: r.school),
    Col(QT_TRANSLATE_NOOP("AidModels", "Level"), lambda r: r.school_level),
    Col(QT_TRANSLATE_NOOP("AidModels", "Tier"), lambda r: r.tier),
    Col(QT_TRANSLATE_NOOP("AidModels", "Submitted"), lambda r: day(r.submitted_on), right=True),
    Col(QT_TRANSLATE_NOOP("AidModels", "Paid"), lambda r: day(r.paid_on), right=True),
)
# Usual contents of the columns (ui/widgets/columns.py); the union takes the rest and elides. The aid type (the
# programme's), the child's ID number, school, level and tier are hidden at first on a 1024-pixel screen: the
# header's menu shows them, the application form and the printed and exported lists have them all.
APP_SAMPLES = {0: "99999", 1: "欧阳建国", 2: "220102********002X", 4: "金秋助学", 5: "区总审核", 6: "50,000.00",
               7: "欧阳小明", 8: "220102********002X", 9: "吉林大学", 10: "研究生", 11: "建档", 12: "2024-09-30",
               13: "2024-09-30"}
APP_STRETCH, APP_HIDDEN = 3, (4, 8, 9, 10, 11)


class ApplicationTableModel(QAbstractTableModel):
    """A programme's applications by count and windows of 200 rows fetched by number from the (programme, state,
    id) index (docs/architecture.md "Big tables"): 10,000 applications paint as fast as 10."""

    def __init__(self, db: Database, actor: Actor, parent: Any = None) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self._filter: ApplicationFilter | None = None
        self._count = 0
        self._pages: OrderedDict[int, list[ApplicationRow]] = OrderedDict()

    @property
    def application_filter(self) -> ApplicationFilter | None:
        return self._filter

    def set_filter(self, flt: ApplicationFilter | None) -> None:
        self.beginResetModel()
        self._filter = flt
        self._pages.clear()
        self._count = count_applications(self._db, self._actor, flt) if flt else 0
        self.endResetModel()

    def refresh(self) -> None:
        self.set_filter(self._filter)

    def loaded_row_count(self) -> int:
        return sum(len(p) for p in self._pages.values())

    def row_at(self, row: int) -> ApplicationRow | None:
        if self._filter is None or not 0 <= row < self._count:
            return None
        page = self._page(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def _page(self, number: int) -> list[ApplicationRow]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        assert self._filter is not None
        page = application_page(self._db, self._actor, self._filter, number * PAGE_SIZE, PAGE_SIZE)
        self._pages[number] = page
        if len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        return page

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(_APP_COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        col = _APP_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(row)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and col.right:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and col.colour is not None:
            colour = col.colour(row)
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a cell that elides
            return col.text(row) or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(_APP_COLUMNS[section].title)
        return None
