"""Table models of the training page: classes, trainees, statistics, hours ledger, a member's history."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from unionoffice.domain.training.rules import EnrolmentStatus, format_hours
from unionoffice.services.training.attendance import TraineeRow
from unionoffice.services.training.classes import ClassRow
from unionoffice.services.training.statistics import HistoryRow, LedgerRow, StatsRow
from unionoffice.ui.shell import style
from unionoffice.ui.shell.i18n import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ACCENT = QColor(style.ACCENT)
MUTED = QColor("#808080")


def tr(text: str) -> str:
    return QCoreApplication.translate("TrainingModels", text)


@dataclass(frozen=True)
class Col(Generic[R]):
    """One column: header (English, translated), text of a row, optional sort key, alignment and colour."""

    title: str
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    right: bool = False
    colour: Callable[[R], QColor | None] | None = None
    tip: Callable[[R], str] | None = None


class RowsModel(QAbstractTableModel, Generic[R]):
    """A read-only table over a short list of rows (a class, a year): small enough to hold whole."""

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
        if role == SORT_ROLE:
            return col.sort(row) if col.sort else col.text(row)
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
    QT_TRANSLATE_NOOP("TrainingModels", "Class"),
    QT_TRANSLATE_NOOP("TrainingModels", "Academy"),
    QT_TRANSLATE_NOOP("TrainingModels", "Start"),
    QT_TRANSLATE_NOOP("TrainingModels", "Enrolled"),
    QT_TRANSLATE_NOOP("TrainingModels", "Waiting"),
    QT_TRANSLATE_NOOP("TrainingModels", "Hours"),
    QT_TRANSLATE_NOOP("TrainingModels", "Name"),
    QT_TRANSLATE_NOOP("TrainingModels", "Sex"),
    QT_TRANSLATE_NOOP("TrainingModels", "ID number"),
    QT_TRANSLATE_NOOP("TrainingModels", "Unit"),
    QT_TRANSLATE_NOOP("TrainingModels", "Status"),
    QT_TRANSLATE_NOOP("TrainingModels", "Assessment"),
    QT_TRANSLATE_NOOP("TrainingModels", "Completion"),
    QT_TRANSLATE_NOOP("TrainingModels", "Certificate"),
    QT_TRANSLATE_NOOP("TrainingModels", "Group"),
    QT_TRANSLATE_NOOP("TrainingModels", "Classes"),
    QT_TRANSLATE_NOOP("TrainingModels", "Person-times"),
    QT_TRANSLATE_NOOP("TrainingModels", "Persons"),
    QT_TRANSLATE_NOOP("TrainingModels", "Course hours"),
    QT_TRANSLATE_NOOP("TrainingModels", "Trainee hours"),
    QT_TRANSLATE_NOOP("TrainingModels", "Completions"),
    QT_TRANSLATE_NOOP("TrainingModels", "Dates"),
)


def class_columns() -> list[Col[ClassRow]]:
    return [
        Col("Class", lambda r: r.name, tip=lambda r: f"{r.name}\n{r.academy}"),  # whole, where the column elides
        Col("Academy", lambda r: r.academy, tip=lambda r: f"{r.academy}（{r.sector}）"),
        Col("Start", lambda r: f"{r.start_date:%Y-%m-%d}", sort=lambda r: r.start_date),
        Col("Enrolled", lambda r: f"{r.enrolled}/{r.capacity}", sort=lambda r: r.enrolled, right=True),
        Col("Waiting", lambda r: str(r.waiting) if r.waiting else "", sort=lambda r: r.waiting, right=True),
        Col("Hours", lambda r: format_hours(r.hours_tenths), sort=lambda r: r.hours_tenths, right=True),
    ]


def _status(r: TraineeRow) -> str:
    return f"{r.status} {r.position}" if r.position else r.status


def _completion(r: TraineeRow) -> str:
    return r.completion.label if r.completion else ""


def _completion_colour(r: TraineeRow) -> QColor | None:
    if r.completion is None:
        return MUTED
    return None if r.completion.completed else ACCENT


def _completion_tip(r: TraineeRow) -> str:
    if r.completion is None:
        return ""
    if r.completion.overridden:
        return r.completion.reason + "\n" + tr("Overridden by %1: %2").replace("%1", r.override_by).replace(
            "%2", r.override_reason)
    return r.completion.reason


def trainee_columns() -> list[Col[TraineeRow]]:
    return [
        Col("Name", lambda r: r.name),
        Col("Sex", lambda r: r.sex),
        Col("ID number", lambda r: r.id_number),
        Col("Unit", lambda r: r.unit, tip=lambda r: r.unit),
        Col("Status", _status, colour=lambda r: MUTED if r.status != EnrolmentStatus.ENROLLED.value else None),
        Col("Hours", lambda r: f"{format_hours(r.credited_tenths)}/{format_hours(r.total_tenths)}",
            sort=lambda r: r.credited_tenths, right=True),
        Col("Assessment", lambda r: r.assessment + (f" {r.score}" if r.score is not None else "")),
        Col("Completion", _completion, colour=_completion_colour, tip=_completion_tip),
        Col("Certificate", lambda r: r.certificate),
    ]


def stats_columns() -> list[Col[StatsRow]]:
    return [
        Col("Group", lambda r: r.label),
        Col("Classes", lambda r: str(r.classes), sort=lambda r: r.classes, right=True),
        Col("Person-times", lambda r: str(r.person_times), sort=lambda r: r.person_times, right=True),
        Col("Persons", lambda r: str(r.persons), sort=lambda r: r.persons, right=True),
        Col("Course hours", lambda r: format_hours(r.course_tenths), sort=lambda r: r.course_tenths, right=True),
        Col("Trainee hours", lambda r: format_hours(r.trainee_tenths), sort=lambda r: r.trainee_tenths, right=True),
        Col("Completions", lambda r: str(r.completions), sort=lambda r: r.completions, right=True),
    ]


def ledger_columns() -> list[Col[LedgerRow]]:
    return [
        Col("Name", lambda r: r.name),
        Col("ID number", lambda r: r.id_number),
        Col("Unit", lambda r: r.unit),
        Col("Classes", lambda r: str(r.classes), sort=lambda r: r.classes, right=True),
        Col("Hours", lambda r: r.hours, sort=lambda r: r.credited_tenths, right=True),
        Col("Completions", lambda r: str(r.completions), sort=lambda r: r.completions, right=True),
    ]


def history_columns() -> list[Col[HistoryRow]]:
    return [
        Col("Class", lambda r: r.class_name),
        Col("Academy", lambda r: r.academy),
        Col("Dates", lambda r: f"{r.start_date:%Y-%m-%d} – {r.end_date:%m-%d}", sort=lambda r: r.start_date),
        Col("Status", lambda r: r.status),
        Col("Hours", lambda r: f"{format_hours(r.credited_tenths)}/{format_hours(r.total_tenths)}",
            sort=lambda r: r.credited_tenths, right=True),
        Col("Completion", lambda r: r.completion),
        Col("Certificate", lambda r: r.certificate),
    ]
