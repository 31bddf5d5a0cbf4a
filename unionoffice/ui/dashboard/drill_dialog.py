"""The list behind a figure or a bar, windowed (a page of rows at a time), with 打印 and 导出 like any list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from unionoffice.domain.dashboard.model import Drill
from unionoffice.services.dashboard import drill as drills
from unionoffice.ui.shell import tasks
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.widgets.list_output import ListOutputButtons

PAGE = 200
Index = QModelIndex | QPersistentModelIndex


class DrillModel(QAbstractTableModel):
    """Rows fetched a page at a time as the view scrolls; the total comes from one COUNT."""

    def __init__(self, ctx: AppContext, drill: Drill, total: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.drill, self.total = ctx, drill, total
        self.headers = [c.header for c in drills.columns(drill)]
        self.rows: list[list[object]] = []

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
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index) -> None:
        page = drills.page(self.ctx.db, self.ctx.actor, self.drill, len(self.rows), PAGE)
        if not page:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
        self.rows.extend(page)
        self.endInsertRows()


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
        if self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        self.table.resizeColumnsToContents()

    @property
    def total(self) -> int:
        return self.model.total if self.model is not None else 0
