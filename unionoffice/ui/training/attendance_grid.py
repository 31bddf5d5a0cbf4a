"""The attendance grid: trainees × sessions, marked from the keyboard (P/L/E/A or 1–4, Space cycles)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from unionoffice.domain.common.errors import UnionOfficeError
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.training.rules import MARK_KEYS, Completion, Mark, format_hours, next_mark
from unionoffice.services.training.attendance import AttendanceGrid, load_grid, set_mark, set_marks
from unionoffice.ui.shell import messages, style
from unionoffice.ui.shell.context import AppContext

Index = QModelIndex | QPersistentModelIndex
COL_NAME = 0
FIRST_SESSION = 1
MARK_COLOURS = {Mark.PRESENT: QColor("#E3F1E3"), Mark.LATE: QColor("#FFF1CC"), Mark.EXCUSED: QColor("#E3EAF4"),
                Mark.ABSENT: QColor("#F8DCDC")}
NOT_DONE = QColor(style.ACCENT)
_CELL_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # asked per painted cell: built once


class AttendanceModel(QAbstractTableModel):
    """Columns: name, one per session, hours credited, completion. Reads straight from the compact grid."""

    marksChanged = Signal()  # noqa: N815 - Qt naming

    def __init__(self, grid: AttendanceGrid, parent: Any = None) -> None:
        super().__init__(parent)
        self.grid = grid
        self.sessions = len(grid.sessions)
        self.col_hours = FIRST_SESSION + self.sessions
        self.col_done = self.col_hours + 1
        # Cell texts are looked up per paint: build them once, in the UI language.
        # P/L/E/A; the Chinese translation uses 出/迟/假/缺, as the legend above the grid says. Literal tr() calls:
        # lupdate does not extract tr(m.value), so the letters stayed untranslated.
        self._short = {Mark.PRESENT: self.tr("P"), Mark.LATE: self.tr("L"), Mark.EXCUSED: self.tr("E"),
                       Mark.ABSENT: self.tr("A")}
        self._long = {Mark.PRESENT: self.tr("Present"), Mark.LATE: self.tr("Late"),
                      Mark.EXCUSED: self.tr("Excused"), Mark.ABSENT: self.tr("Absent")}
        self._done: dict[int, Completion] = {}  # per row, dropped when a mark of the row changes

    def completion(self, row: int) -> Completion:
        done = self._done.get(row)
        if done is None:
            done = self._done[row] = self.grid.completion(row)
        return done

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.grid.enrolment_ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.sessions + 3

    def session_column(self, column: int) -> int | None:
        index = column - FIRST_SESSION
        return index if 0 <= index < self.sessions else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        session = self.session_column(column)
        if session is not None:
            return self._mark_data(self.grid.mark(row, session), role)
        if column == COL_NAME:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.grid.names[row]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.grid.units[row]
            return None
        if column == self.col_hours:
            if role == Qt.ItemDataRole.DisplayRole:
                return format_hours(self.completion(row).credited_tenths)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        return self._completion_data(row, role)

    def _mark_data(self, mark: Mark | None, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._short[mark] if mark else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(MARK_COLOURS[mark]) if mark else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._long[mark] if mark else self.tr("Not marked")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.UserRole:
            return mark
        return None

    def _completion_data(self, row: int, role: int) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole):
            return None
        done = self.completion(row)
        if role == Qt.ItemDataRole.DisplayRole:
            text = self.tr("Completed") if done.completed else self.tr("Not completed")
            return text + (self.tr(" (overridden)") if done.overridden else "")
        if role == Qt.ItemDataRole.ForegroundRole:
            return None if done.completed else QBrush(NOT_DONE)
        return done.reason

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        session = self.session_column(section)
        if session is not None:
            s = self.grid.sessions[session]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{s.seq}\n{s.day:%m-%d}\n{s.period}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{s.module}\n{s.day:%Y-%m-%d} {s.period}\n" + self.tr("%s hours") % format_hours(s.hours_tenths)
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == COL_NAME:
            return self.tr("Name")
        if section == self.col_hours:
            return self.tr("Hours\n/ %s") % format_hours(self.grid.total_tenths)
        return self.tr("Completion")

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _CELL_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def apply(self, cells: list[tuple[int, int, Mark | None]]) -> None:
        """Show new marks (row, session, mark) and refresh the row totals."""
        for row, session, mark in cells:
            self.grid.set_mark(row, session, mark)
        rows = {r for r, _, _ in cells}
        for row in rows:
            self._done.pop(row, None)
        if len(cells) > 50:  # a whole session: one repaint of the view is cheaper than many small ones
            self.dataChanged.emit(self.index(0, FIRST_SESSION), self.index(self.rowCount() - 1, self.col_done))
        else:
            # One cell per signal: for a range QAbstractItemView repaints its whole viewport (~800 cells).
            changed = [(r, FIRST_SESSION + s) for r, s, _ in cells]
            changed += [(r, c) for r in rows for c in (self.col_hours, self.col_done)]
            for row, column in changed:
                index = self.index(row, column)
                self.dataChanged.emit(index, index)
        self.marksChanged.emit()


class AttendanceView(QTableView):
    """Keys: P/L/E/A or 1–4 mark the selected cells (then move down), Space cycles, Delete clears."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.may_edit = ctx.actor.may(Permission.MANAGE_TRAINING)
        self.saving = False  # while its own marks are written: the page then keeps this grid as it is
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 6)
        vertical.setVisible(True)
        horizontal = self.horizontalHeader()
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        horizontal.setDefaultSectionSize(46)
        horizontal.setMinimumHeight(self.fontMetrics().height() * 3 + 10)

    def attendance_model(self) -> AttendanceModel | None:
        model = self.model()
        return model if isinstance(model, AttendanceModel) else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.attendance_model()
        text = event.text().upper()
        if model is None or not self.may_edit or event.modifiers() & (Qt.KeyboardModifier.ControlModifier
                                                                       | Qt.KeyboardModifier.AltModifier):
            super().keyPressEvent(event)
            return
        if text in MARK_KEYS:
            self.mark_selection(MARK_KEYS[text])
        elif event.key() == Qt.Key.Key_Space:
            self.cycle_current()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.mark_selection(None, advance=False)
        else:
            super().keyPressEvent(event)

    def _selected_cells(self, model: AttendanceModel) -> list[tuple[int, int]]:
        cells = {(i.row(), s) for i in self.selectedIndexes() if (s := model.session_column(i.column())) is not None}
        current = self.currentIndex()
        session = model.session_column(current.column()) if current.isValid() else None
        if not cells and session is not None:
            cells = {(current.row(), session)}
        return sorted(cells)

    def mark_selection(self, mark: Mark | None, *, advance: bool = True) -> None:
        model = self.attendance_model()
        if model is None:
            return
        cells = self._selected_cells(model)
        if not cells:
            return
        if self._save(model, [(r, s, mark) for r, s in cells]) and advance and len(cells) == 1:
            current = self.currentIndex()
            if current.row() + 1 < model.rowCount():
                self.setCurrentIndex(model.index(current.row() + 1, current.column()))

    def cycle_current(self) -> None:
        model = self.attendance_model()
        current = self.currentIndex()
        session = model.session_column(current.column()) if model and current.isValid() else None
        if model is None or session is None:
            return
        self._save(model, [(current.row(), session, next_mark(model.grid.mark(current.row(), session)))])

    def _save(self, model: AttendanceModel, cells: list[tuple[int, int, Mark | None]]) -> bool:
        grid = model.grid
        changed = [(r, s, m) for r, s, m in cells if grid.mark(r, s) != m]
        if not changed:
            return True
        self.saving = True
        try:
            if len(changed) == 1:
                r, s, m = changed[0]
                set_mark(self.ctx.db, self.ctx.actor, grid.enrolment_ids[r], grid.sessions[s].id, m)
            else:
                set_marks(self.ctx.db, self.ctx.actor, grid.class_id,
                          [(grid.enrolment_ids[r], grid.sessions[s].id, m) for r, s, m in changed])
        except UnionOfficeError as exc:
            messages.error(self, exc.message)
            return False
        finally:
            self.saving = False
        model.apply(changed)
        return True


class AttendancePanel(QWidget):
    """The grid with its legend, a "whole session present" action and a live count for the current session."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.model: AttendanceModel | None = None
        self.view = AttendanceView(ctx, self)
        may_mark = ctx.actor.may(Permission.MANAGE_TRAINING)
        # Says that a mark moves on to the next trainee: in the trial, marking along a row overwrote the marks of
        # the trainees below.
        self.legend = QLabel(self.tr("Keys: P present · L late · E excused · A absent (or 1–4), then down to the "
                                     "next trainee · Space cycles · Delete clears · arrows move"), self)
        self.legend.setWordWrap(True)
        self.legend.setVisible(may_mark)  # keys that only mark mean nothing to a role that cannot mark
        self.all_present_button = QPushButton(self.tr("Mark this session's unmarked as present"), self)
        self.all_present_button.setToolTip(self.tr("Marks every blank cell of the current session (the column of "
                                                   "the selected cell) as present; other sessions stay as they are"))
        self.all_present_button.setVisible(may_mark)
        self.all_present_button.clicked.connect(self.mark_session_present)
        self.count_label = QLabel(self)
        top = QHBoxLayout()
        top.addWidget(self.legend, 1)
        top.addWidget(self.all_present_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

    @property
    def saving(self) -> bool:
        return self.view.saving

    def load(self, class_id: int) -> None:
        """Read the class's grid (one service call) and show it."""
        grid = load_grid(self.ctx.db, self.ctx.actor, class_id)
        self.set_grid(grid)

    def set_grid(self, grid: AttendanceGrid) -> None:
        old = self.model
        self.model = AttendanceModel(grid, self)
        self.view.setModel(self.model)
        self.view.setColumnWidth(COL_NAME, 110)
        self.view.setColumnWidth(self.model.col_hours, 64)
        self.view.setColumnWidth(self.model.col_done, 120)
        self.model.marksChanged.connect(self._count)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._count())
        if old is not None:
            old.deleteLater()
        if grid.enrolment_ids and grid.sessions:
            self.view.setCurrentIndex(self.model.index(0, FIRST_SESSION))
        self._count()

    def _count(self) -> None:
        model = self.model
        if model is None:
            return
        grid = model.grid
        done = sum(model.completion(r).completed for r in range(len(grid.enrolment_ids)))
        text = self.tr("%n trainee(s)", "", len(grid.enrolment_ids)) + " · " + self.tr("%1 completed").replace(
            "%1", str(done))
        current = self.view.currentIndex()
        session = model.session_column(current.column()) if current.isValid() else None
        if session is not None:
            marks = [grid.mark(r, session) for r in range(len(grid.enrolment_ids))]
            s = grid.sessions[session]
            text += " · " + self.tr("Session %1: %2 present, %3 late, %4 excused, %5 absent, %6 unmarked")\
                .replace("%1", f"{s.seq}（{s.day:%m-%d} {s.period}）").replace("%2", str(marks.count(Mark.PRESENT)))\
                .replace("%3", str(marks.count(Mark.LATE))).replace("%4", str(marks.count(Mark.EXCUSED)))\
                .replace("%5", str(marks.count(Mark.ABSENT))).replace("%6", str(marks.count(None)))
        self.count_label.setText(text)

    def mark_session_present(self) -> None:
        model = self.model
        if model is None:
            return
        current = self.view.currentIndex()
        session = model.session_column(current.column()) if current.isValid() else None
        if session is None:
            messages.info(self, self.tr("Select a cell in the session column first."))
            self.view.setFocus()
            return
        grid = model.grid
        cells: list[tuple[int, int, Mark | None]] = [(r, session, Mark.PRESENT) for r in range(len(grid.enrolment_ids))
                                                     if grid.mark(r, session) is None]
        if cells:
            self.view._save(model, cells)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)  # back to marking from the keyboard
