"""Table models of the honours page and the member tab: short lists (a year's lists, one list), held whole."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from unionoffice.services.honours.listing import REVOKED, HonourRow, MemberHonour
from unionoffice.services.honours.register import ListRow
from unionoffice.ui.shell import style
from unionoffice.ui.shell.i18n import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
MUTED = QColor("#808080")
ACCENT = QColor(style.ACCENT)
CONTEXT = "HonoursModels"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


@dataclass(frozen=True)
class Col(Generic[R]):
    title: str  # English, translated in the HonoursModels context
    text: Callable[[R], str]
    right: bool = False
    colour: Callable[[R], QColor | None] | None = None
    tip: Callable[[R], str] | None = None


class RowsModel(QAbstractTableModel, Generic[R]):
    """Read-only rows; the page keeps its order (the decision's order), so there is no sorting to do."""

    def __init__(self, columns: Sequence[Col[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return col.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and col.right:
            return RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and col.colour:
            colour = col.colour(row)
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole and col.tip:
            return col.tip(row) or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.columns[section].title)
        return None


# Column titles, listed for lupdate: headerData translates them in the same context.
_TITLES = (
    QT_TRANSLATE_NOOP("HonoursModels", "List"),
    QT_TRANSLATE_NOOP("HonoursModels", "Status"),
    QT_TRANSLATE_NOOP("HonoursModels", "Honours"),
    QT_TRANSLATE_NOOP("HonoursModels", "Level"),
    QT_TRANSLATE_NOOP("HonoursModels", "Honour"),
    QT_TRANSLATE_NOOP("HonoursModels", "Recipient"),
    QT_TRANSLATE_NOOP("HonoursModels", "Unit"),
    QT_TRANSLATE_NOOP("HonoursModels", "Basis"),
    QT_TRANSLATE_NOOP("HonoursModels", "Details"),
    QT_TRANSLATE_NOOP("HonoursModels", "Competition event"),
    QT_TRANSLATE_NOOP("HonoursModels", "Certificate"),
    QT_TRANSLATE_NOOP("HonoursModels", "Year"),
    QT_TRANSLATE_NOOP("HonoursModels", "Document number"),
    QT_TRANSLATE_NOOP("HonoursModels", "Granted by"),
)


def list_columns() -> list[Col[ListRow]]:
    return [
        Col("List", lambda r: r.name,
            tip=lambda r: f"{r.name}\n{r.issuer}{'，' + r.doc_number if r.doc_number else ''}"),
        Col("Status", lambda r: r.status.value, colour=lambda r: ACCENT if r.is_draft else None),
        Col("Honours", lambda r: str(r.honours), right=True),
    ]


def _honour_colour(r: HonourRow) -> QColor | None:
    return MUTED if r.status == REVOKED else None


def _basis_tip(r: HonourRow) -> str:
    """The basis's details and competition event (their columns are hidden on a 1024-pixel screen)."""
    return "\n".join(part for part in (r.basis_text, r.basis_event) if part)


def honour_columns() -> list[Col[HonourRow]]:
    return [
        Col("Honour", lambda r: r.honour, colour=_honour_colour, tip=lambda r: r.honour),
        Col("Recipient", lambda r: r.name, colour=_honour_colour, tip=lambda r: r.name),
        Col("Unit", lambda r: r.unit, tip=lambda r: r.unit),
        Col("Basis", lambda r: r.basis_kind.value, tip=_basis_tip,
            colour=lambda r: ACCENT if r.basis_kind.is_winner and r.status != REVOKED else _honour_colour(r)),
        Col("Details", lambda r: r.basis_text, tip=lambda r: r.basis_text),
        Col("Competition event", lambda r: r.basis_event),
        Col("Status", lambda r: r.status, colour=_honour_colour,
            tip=lambda r: r.revoke_reason),
        Col("Certificate", lambda r: r.certificate),
    ]


def member_honour_columns() -> list[Col[MemberHonour]]:
    return [
        Col("Year", lambda r: str(r.year)),
        Col("Honour", lambda r: r.honour),
        Col("Level", lambda r: r.level),
        Col("Granted by", lambda r: r.issuer),
        Col("Document number", lambda r: r.doc_number),
        Col("Basis", lambda r: r.basis),
        Col("Status", lambda r: r.status, colour=lambda r: MUTED if r.status == REVOKED else None),
        Col("Certificate", lambda r: r.certificate),
    ]
