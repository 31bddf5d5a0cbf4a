"""The list behind a figure or a bar, windowed (a page of rows at a time), with 打印 and 导出 like any list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from unionoffice.domain.dashboard.model import Drill
from unionoffice.services.dashboard import drill as drills
from unionoffice.ui.shell import tasks
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.shell.task_feedback import report_failure
from unionoffice.ui.widgets.list_output import ListOutputButtons

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class DrillModel(QAbstractTableModel):
    """Rows fetched a page at a time as the view scrolls, through the task runner (never on the GUI thread) and by
    key (the rows after the last one shown: no OFFSET, as quick at row 100,000 as at row 1); the total comes from
    one COUNT."""

    def __init__(self, ctx: AppContext, drill: Drill, total: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.drill, self.total = ctx, drill, total
        self.headers = [c.header for c in drills.columns(drill)]
        self.rows: list[list[object]] = []
        self.last: tuple[object, ...] | None = None
        self.fetching = False  # a page is on its way

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return str(self.rows[index.row()][index.column()])
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self.rows) < self.total and not self.fetching

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self.fetching:
            return
        ctx, drill, after = self.ctx, self.drill, self.last if self.rows else None
        owner = self.parent()
        self.fetching = True
        tasks.run_in_background(
            lambda: drills.page_after(ctx.db, ctx.actor, drill, after, PAGE), self._arrived, write=False,
            parent=owner if isinstance(owner, QWidget) else None, on_error=self._failed)

    def _arrived(self, page: drills.Page) -> None:
        self.fetching = False
        if not page.rows:
            self.total = len(self.rows)  # the list shrank since it was counted
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page.rows) - 1)
        self.rows.extend(page.rows)
        self.last = page.last
        self.endInsertRows()

    def _failed(self, exc: BaseException, trace: str) -> None:
        self.fetching = False
        owner = self.parent()
        report_failure(owner if isinstance(owner, QWidget) else None, exc, trace)  # the Chinese message, no trace


class DrillDialog(QDialog):
    def __init__(self, ctx: AppContext, drill: Drill, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.drill = ctx, drill
        self.setWindowTitle(drills.title(drill))
        self.heading = QLabel(drills.title(drill), self)
        self.count_label = QLabel(self)
        self.table = QTableView(self)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.model: DrillModel | None = None
        self.output = ListOutputButtons(ctx, lambda: drills.document(ctx.db, ctx.actor, drill), drills.title(drill),
                                        self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.count_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.output)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.resize(900, 560)
        tasks.run_read(self, lambda: drills.count(ctx.db, ctx.actor, drill), self.show_count)

    def show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("%1 row(s)").replace("%1", f"{total:,}"))
        self.model = DrillModel(self.ctx, self.drill, total, self)
        self.table.setModel(self.model)
        self.model.rowsInserted.connect(self._first_rows)
        if self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())

    def _first_rows(self) -> None:
        """Columns fitted to the first page when it arrives (later pages keep the widths)."""
        if self.model is not None:
            self.model.rowsInserted.disconnect(self._first_rows)
        self.table.resizeColumnsToContents()

    @property
    def total(self) -> int:
        return self.model.total if self.model is not None else 0
