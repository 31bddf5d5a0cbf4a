"""The score grid: type a score, Enter, the next entrant; totals and ranks follow every keystroke.

The stage is held in memory (a ScoreSheet: parallel lists in entry-number order) and ranked by the same domain
function the services use, so what the grid shows is what the results will say. Each committed cell is saved off the
GUI thread, in order, by the writer lane; a refused save puts the old value back and says why.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from unionoffice.domain.common.errors import UnionOfficeError, ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.competitions.ranking import EntryState
from unionoffice.domain.competitions.scores import format_score, format_time, parse_score, parse_time
from unionoffice.domain.competitions.standings import StageState, Standing
from unionoffice.domain.competitions.weights import format_total
from unionoffice.services.competitions.scoring import ScoreField, ScoreSheet, set_score
from unionoffice.ui.competitions.models import rank_text
from unionoffice.ui.shell import messages, style, tasks
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.widgets.columns import fit_columns

Index = QModelIndex | QPersistentModelIndex
ACCENT = QColor(style.ACCENT)
MUTED = QColor("#808080")
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_DIGIT, _POINT = "[0-9０-９]", "[.．]"
SCORE_PATTERN = QRegularExpression(f"^(100({_POINT}0{{0,2}})?|{_DIGIT}{{1,2}}({_POINT}{_DIGIT}{{0,2}})?)$")
TIME_PATTERN = QRegularExpression(
    f"^({_DIGIT}{{1,5}}({_POINT}{_DIGIT}{{0,3}})?|({_DIGIT}{{1,2}}[:：])?{_DIGIT}{{1,3}}[:：]{_DIGIT}{{0,2}}"
    f"({_POINT}{_DIGIT}{{0,3}})?)$")
FLAGS_EDITABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable
FLAGS_READ = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
DISPLAY, EDIT, ALIGN = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.TextAlignmentRole
FOREGROUND, TOOLTIP = Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole
MUTED_BRUSH, ACCENT_BRUSH = QBrush(MUTED), QBrush(ACCENT)


def parse_cell(field: ScoreField, text: str) -> int | None:
    return parse_time(text, field.label) if field is ScoreField.TIME else parse_score(text, field.label)


def cell_text(field: ScoreField, value: int | None) -> str:
    return format_time(value) if field is ScoreField.TIME else format_score(value)


class ScoreModel(QAbstractTableModel):
    """Columns: entry number, name, unit, theory, practical, [time], total, rank, result."""

    scoreCommitted = Signal(int, str, object, object)  # noqa: N815 - Qt naming: row, field, old, new
    rankingChanged = Signal()  # noqa: N815

    def __init__(self, sheet: ScoreSheet, editable: bool, parent: Any = None) -> None:
        super().__init__(parent)
        self.sheet = sheet
        self.editable = editable and sheet.state is not StageState.FINAL
        self.fields = [ScoreField.THEORY, ScoreField.PRACTICAL] + ([ScoreField.TIME] if sheet.rules.uses_time else [])
        self.first_score = 3
        self.col_total = self.first_score + len(self.fields)
        self.col_rank, self.col_result = self.col_total + 1, self.col_total + 2
        self._titles = [self.tr("Entry no."), self.tr("Name"), self.tr("Unit"), self.tr("Theory"),
                        self.tr("Practical"), *([self.tr("Time")] if sheet.rules.uses_time else []), self.tr("Total"),
                        self.tr("Rank"), self.tr("Result")]
        self.standings: list[Standing | None] = []
        self.flag_count = 0
        self._row_of = {entry_id: row for row, entry_id in enumerate(sheet.entry_ids)}
        self.competing = sum(1 for state in sheet.states if state is EntryState.COMPETING)
        self.ranked_count = 0
        self.rerank()

    # -- ranking --------------------------------------------------------------------------------------------------

    def rerank(self) -> None:
        """Rank the whole stage again (a few milliseconds for 2,000 entrants) and keep each row's standing."""
        outcome = self.sheet.outcome()
        row_of = self._row_of
        standings: list[Standing | None] = [None] * len(self.sheet)
        for standing in outcome.standings:
            standings[row_of[standing.entry_id]] = standing
        self.standings = standings
        self.flag_count = len({f.entry_ids for f in outcome.flags})
        self.ranked_count = outcome.ranked_count

    def _ranking_changed(self) -> None:
        self.rerank()
        if self.rowCount():
            # One range for the computed columns: the view repaints the rows it shows, whatever moved.
            self.dataChanged.emit(self.index(0, self.col_total), self.index(self.rowCount() - 1, self.col_result))
        self.rankingChanged.emit()

    def field_of(self, column: int) -> ScoreField | None:
        index = column - self.first_score
        return self.fields[index] if 0 <= index < len(self.fields) else None

    def preview(self, row: int, field: ScoreField, value: int | None) -> None:
        """Show a value being typed: the cell, the total and every rank, without saving."""
        if self.sheet.value(row, field) == value:
            return
        self.sheet.set_value(row, field, value)
        cell = self.index(row, self.first_score + self.fields.index(field))
        self.dataChanged.emit(cell, cell)
        self._ranking_changed()

    def commit(self, row: int, field: ScoreField, old: int | None, value: int | None) -> None:
        """A value the clerk confirmed: shown (if not yet) and handed on to be saved."""
        self.preview(row, field, value)
        if old != value:
            self.scoreCommitted.emit(row, field.value, old, value)

    # -- Qt model -------------------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.sheet)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.col_result + 1

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.editable and self.field_of(index.column()) is not None and \
                self.sheet.states[index.row()] is EntryState.COMPETING:
            return FLAGS_EDITABLE
        return FLAGS_READ

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked for every role of every painted cell after each keystroke: the role decides first, cheaply.
        if role in (DISPLAY, EDIT):
            return self._text(index.row(), index.column())
        if role == ALIGN:
            return RIGHT if index.column() >= self.first_score else None
        if role == FOREGROUND:
            return self._colour(index.row(), index.column())
        if role == TOOLTIP and index.column() < self.first_score:  # the name and unit may elide
            return self._text(index.row(), index.column())
        if role == TOOLTIP and index.column() == self.col_result:
            standing = self.standings[index.row()]
            return "\n".join(standing.flags) if standing and standing.flags else None
        return None

    def _text(self, row: int, column: int) -> str:
        sheet = self.sheet
        if column < self.first_score:
            return (sheet.entry_nos, sheet.names, sheet.units)[column][row]
        field = self.field_of(column)
        if field is not None:
            return cell_text(field, sheet.value(row, field))
        standing = self.standings[row]
        if standing is None:
            return ""
        if column == self.col_total:
            return format_total(standing.ranked.total)
        if column == self.col_rank:
            return rank_text(standing.ranked.rank, len(standing.ranked.tie))
        return self._result(standing)

    def _result(self, standing: Standing) -> str:
        if standing.ranked.state is not EntryState.COMPETING:
            return standing.ranked.state.value
        if standing.flags:
            return self.tr("Tie to decide")
        if standing.ranked.rank is None:
            return ""
        if standing.advances is not None:
            return self.tr("Advances") if standing.advances else ""
        return standing.prize or ""

    def _colour(self, row: int, column: int) -> QBrush | None:
        standing = self.standings[row]
        if standing is not None and standing.ranked.state is not EntryState.COMPETING:
            return MUTED_BRUSH
        if column == self.col_result and standing is not None and standing.flags:
            return ACCENT_BRUSH
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._titles[section]
        return None


class ScoreDelegate(QStyledItemDelegate):
    """A line editor that accepts only a score (0–100, two decimals) or a time, and previews as it is typed."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        model = index.model()
        assert isinstance(model, ScoreModel)
        field = model.field_of(index.column())
        assert field is not None
        editor = QLineEdit(parent)
        editor.setValidator(QRegularExpressionValidator(TIME_PATTERN if field is ScoreField.TIME else SCORE_PATTERN,
                                                        editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        row = index.row()
        original = model.sheet.value(row, field)
        editor.setProperty("original", original)

        def typed(text: str) -> None:
            try:
                value = parse_cell(field, text)
            except ValidationError:
                return  # half-typed ("12:") — the last good value stays shown
            model.preview(row, field, value)

        editor.textEdited.connect(typed)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        if not editor.text():
            editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        assert isinstance(model, ScoreModel)
        field = model.field_of(index.column())
        assert field is not None
        try:
            value = parse_cell(field, editor.text())
        except ValidationError:
            return
        model.commit(index.row(), field, editor.property("original"), value)


class ScoreView(QTableView):
    """Enter saves and goes to the next entrant (same column); Tab to the next column; Delete clears; Esc undoes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(ScoreDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        style.dense_table(self)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)

    def score_model(self) -> ScoreModel | None:
        model = self.model()
        return model if isinstance(model, ScoreModel) else None

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802 - Qt
        if hint is QAbstractItemDelegate.EndEditHint.RevertModelCache:
            self._revert(editor)
        if hint is QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            self.move_down()
            return
        super().closeEditor(editor, hint)

    def _revert(self, editor: QWidget) -> None:
        model, current = self.score_model(), self.currentIndex()
        field = model.field_of(current.column()) if model and current.isValid() else None
        if model is not None and field is not None:
            model.preview(current.row(), field, editor.property("original"))

    def move_down(self) -> None:
        current = self.currentIndex()
        model = self.score_model()
        if model is not None and current.isValid() and current.row() + 1 < model.rowCount():
            self.setCurrentIndex(model.index(current.row() + 1, current.column()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model, current = self.score_model(), self.currentIndex()
        field = model.field_of(current.column()) if model and current.isValid() else None
        if model is not None and field is not None and self.state() is not QAbstractItemView.State.EditingState:
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and \
                    model.flags(current) & Qt.ItemFlag.ItemIsEditable:
                model.commit(current.row(), field, model.sheet.value(current.row(), field), None)
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.move_down()
                return
        super().keyPressEvent(event)


class ScorePanel(QWidget):
    """The grid with a live count: entrants, scored, ties to decide. `saved` after each score is written."""

    saved = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.may_edit = ctx.actor.may(Permission.MANAGE_COMPETITIONS)
        self.model: ScoreModel | None = None
        self.last_save: tasks.Task | None = None
        self.saving = 0  # scores of this grid being written: the page then keeps the grid as it is
        self.view = ScoreView(self)
        self.count_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

    def set_sheet(self, sheet: ScoreSheet) -> None:
        old = self.model
        self.model = ScoreModel(sheet, self.may_edit, self)
        self.view.setModel(self.model)
        model = self.model
        samples = {0: "010013", 1: "欧阳建国", **{model.first_score + i: "100.5" for i in range(len(model.fields))},
                   model.col_total: "100.00", model.col_rank: "999（并列）", model.col_result: "待裁定并列"}
        fit_columns(self.view, samples, stretch=2)  # the unit takes the rest and elides (whole in the tooltip)
        self.model.rankingChanged.connect(self._count)
        self.model.scoreCommitted.connect(self._save)
        if old is not None:
            old.deleteLater()
        if len(sheet):
            self.view.setCurrentIndex(self.model.index(0, self.model.first_score))
        self._count()

    def _count(self) -> None:
        model = self.model
        if model is None:
            return
        sheet = model.sheet
        scored, competing = model.ranked_count, model.competing
        text = self.tr("%1 entrants · %2 of %3 competing scored · %4 tie(s) at a line to decide · %5")
        for key, value in (("%1", len(sheet)), ("%2", scored), ("%3", competing), ("%4", model.flag_count),
                           ("%5", sheet.rules.weights.label)):
            text = text.replace(key, str(value))
        self.count_label.setText(text)

    def _save(self, row: int, field_name: str, old: int | None, new: int | None) -> None:
        model = self.model
        assert model is not None
        field, sheet = ScoreField(field_name), model.sheet
        db, actor, result_id = self.ctx.db, self.ctx.actor, sheet.result_ids[row]

        def written(_result: object) -> None:
            self.saving -= 1
            self.saved.emit()

        def failed(exc: BaseException, _trace: str) -> None:
            self.saving -= 1
            if self.model is model:
                model.preview(row, field, old)
            text = exc.message if isinstance(exc, UnionOfficeError) else self.tr("The score could not be saved.")
            messages.error(self, f"{sheet.entry_nos[row]} {sheet.names[row]}：{text}")

        # Nobody waits for a save: no cursor, in order on the writer; closing the program waits for it.
        self.saving += 1
        self.last_save = tasks.run_in_background(lambda: set_score(db, actor, result_id, field, new),
                                                 written, failed, write=True, parent=self, finish_on_exit=True)
