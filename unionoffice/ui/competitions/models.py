"""Read-only table models of the competitions page: results, entrants, follow-ons, labour projects, a member's
entries."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from unionoffice.domain.competitions.ranking import EntryState
from unionoffice.domain.competitions.scores import format_score, format_time
from unionoffice.domain.competitions.weights import format_total
from unionoffice.services.competitions.entries import EntryRow
from unionoffice.services.competitions.followons import FollowOnRow
from unionoffice.services.competitions.history import MemberEntryRow
from unionoffice.services.competitions.labour import LabourRow
from unionoffice.services.competitions.results import ResultRow
from unionoffice.ui.shell import style
from unionoffice.ui.shell.i18n import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
ACCENT = QColor(style.ACCENT)
MUTED = QColor("#808080")


def tr(text: str) -> str:
    return QCoreApplication.translate("CompetitionModels", text)


@dataclass(frozen=True)
class Col(Generic[R]):
    title: str  # English, translated in the "CompetitionModels" context
    text: Callable[[R], str]
    right: bool = False
    colour: Callable[[R], QColor | None] | None = None
    tip: Callable[[R], str] | None = None
    width: int = 90
    stretch: bool = False  # takes the width the others leave and elides (give it the whole text as `tip`)


class RowsModel(QAbstractTableModel, Generic[R]):
    """A short list held whole (one event's final, one competition's follow-ons, a member's entries)."""

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

    def widths(self) -> list[int]:
        return [c.width for c in self.columns]

    def stretch_column(self) -> int | None:
        return next((i for i, c in enumerate(self.columns) if c.stretch), None)


# Column titles, listed for lupdate: headerData translates them in the same context.
_TITLES = (
    QT_TRANSLATE_NOOP("CompetitionModels", "Rank"), QT_TRANSLATE_NOOP("CompetitionModels", "Entry no."),
    QT_TRANSLATE_NOOP("CompetitionModels", "Name"), QT_TRANSLATE_NOOP("CompetitionModels", "Unit"),
    QT_TRANSLATE_NOOP("CompetitionModels", "Theory"), QT_TRANSLATE_NOOP("CompetitionModels", "Practical"),
    QT_TRANSLATE_NOOP("CompetitionModels", "Time"), QT_TRANSLATE_NOOP("CompetitionModels", "Total"),
    QT_TRANSLATE_NOOP("CompetitionModels", "Result"), QT_TRANSLATE_NOOP("CompetitionModels", "Sex"),
    QT_TRANSLATE_NOOP("CompetitionModels", "Union"), QT_TRANSLATE_NOOP("CompetitionModels", "Stage reached"),
    QT_TRANSLATE_NOOP("CompetitionModels", "State"), QT_TRANSLATE_NOOP("CompetitionModels", "Event"),
    QT_TRANSLATE_NOOP("CompetitionModels", "Prize"), QT_TRANSLATE_NOOP("CompetitionModels", "Results"),
    QT_TRANSLATE_NOOP("CompetitionModels", "Grade held"), QT_TRANSLATE_NOOP("CompetitionModels", "Proposed grade"),
    QT_TRANSLATE_NOOP("CompetitionModels", "Note"), QT_TRANSLATE_NOOP("CompetitionModels", "Project"),
    QT_TRANSLATE_NOOP("CompetitionModels", "Level"), QT_TRANSLATE_NOOP("CompetitionModels", "Years"),
    QT_TRANSLATE_NOOP("CompetitionModels", "Organisers"), QT_TRANSLATE_NOOP("CompetitionModels", "Enterprises"),
    QT_TRANSLATE_NOOP("CompetitionModels", "Workers covered"), QT_TRANSLATE_NOOP("CompetitionModels", "Competition"),
    QT_TRANSLATE_NOOP("CompetitionModels", "Year"),
)


def rank_text(rank: int | None, tie: int) -> str:
    if rank is None:
        return ""
    shared = QCoreApplication.translate("CompetitionModels", "%1 (tie)")
    return shared.replace("%1", str(rank)) if tie > 1 else str(rank)


def _result_colour(r: ResultRow) -> QColor | None:
    if r.flags:
        return ACCENT
    return MUTED if r.state is not EntryState.COMPETING or r.rank is None else None


def result_columns(timed: bool) -> list[Col[ResultRow]]:
    columns: list[Col[ResultRow]] = [
        Col("Rank", lambda r: rank_text(r.rank, len(r.tie)), right=True, width=84),
        Col("Entry no.", lambda r: r.entry_no, width=64),
        Col("Name", lambda r: r.name, width=72, tip=lambda r: r.name),
        Col("Unit", lambda r: r.unit, width=180, tip=lambda r: r.unit, stretch=True),
        Col("Theory", lambda r: format_score(r.theory), right=True, width=60),
        Col("Practical", lambda r: format_score(r.practical), right=True, width=60),
    ]
    if timed:
        columns.append(Col("Time", lambda r: format_time(r.time_ms), right=True, width=70))
    columns += [Col("Total", lambda r: format_total(r.total), right=True, width=70),
                Col("Result", lambda r: r.outcome, colour=_result_colour, tip=lambda r: "\n".join(r.flags),
                    width=90)]
    return columns


def entrant_columns() -> list[Col[EntryRow]]:
    return [
        Col("Entry no.", lambda r: r.entry_no, width=64),
        Col("Name", lambda r: r.name, width=72, tip=lambda r: r.name),
        Col("Sex", lambda r: r.sex, width=40),
        Col("Unit", lambda r: r.employer, width=200, tip=lambda r: r.employer, stretch=True),
        Col("Union", lambda r: r.union, width=150, tip=lambda r: r.union),
        Col("Stage reached", lambda r: r.stage, width=90),
        Col("State", lambda r: r.state, colour=lambda r: MUTED if r.state != EntryState.COMPETING.value else None,
            width=80),
    ]


def follow_columns(steps: bool) -> list[Col[FollowOnRow]]:
    columns: list[Col[FollowOnRow]] = [
        Col("Event", lambda r: r.event, width=90, tip=lambda r: r.event),
        Col("Entry no.", lambda r: r.entry_no, width=64),
        Col("Name", lambda r: r.name, width=72, tip=lambda r: r.name),
        Col("Unit", lambda r: r.unit, width=150, tip=lambda r: r.unit, stretch=not steps),
        Col("Rank", lambda r: str(r.rank or ""), right=True, width=44),
        Col("Prize", lambda r: r.prize, width=64),
        Col("Results", lambda r: r.stage_state.value, width=60),
    ]
    if steps:
        columns[3] = Col("Unit", lambda r: r.unit, width=90, tip=lambda r: r.unit)
        columns += [Col("Grade held", lambda r: r.current_grade, width=80, tip=lambda r: r.current_grade),
                    Col("Proposed grade", lambda r: r.proposed_grade, width=80, tip=lambda r: r.proposed_grade),
                    Col("Note", lambda r: r.note, colour=lambda r: ACCENT if "待裁定" in r.note else MUTED, width=200,
                        tip=lambda r: r.note, stretch=True)]
    return columns


def labour_columns() -> list[Col[LabourRow]]:
    return [
        Col("Project", lambda r: r.name, width=330, tip=lambda r: r.name, stretch=True),
        Col("Level", lambda r: r.level, width=70),
        Col("Years", lambda r: r.period, width=90),
        Col("Organisers", lambda r: r.organisers, width=180, tip=lambda r: r.organisers),
        Col("Enterprises", lambda r: f"{r.enterprises:,}", right=True, width=80),
        Col("Workers covered", lambda r: f"{r.workers:,}", right=True, width=100),
    ]


def history_columns() -> list[Col[MemberEntryRow]]:
    return [
        Col("Competition", lambda r: r.competition, width=220),
        Col("Year", lambda r: str(r.year), width=50),
        Col("Level", lambda r: r.level, width=60),
        Col("Event", lambda r: r.event, width=170),
        Col("Entry no.", lambda r: r.entry_no, width=80),
        Col("Total", lambda r: r.total, right=True, width=60),
        Col("Result", lambda r: r.result, colour=lambda r: None if r.prize else MUTED, width=140),
    ]
