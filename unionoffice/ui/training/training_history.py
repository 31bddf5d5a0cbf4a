"""A member's training history (classes, hours, certificates), for the member page to place."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from unionoffice.domain.training.rules import format_hours
from unionoffice.services.training.statistics import member_training
from unionoffice.ui.shell import style
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.training.training_models import RowsModel, history_columns


class TrainingHistoryWidget(QWidget):
    """`TrainingHistoryWidget(ctx, member_id)`; `set_member(id)` shows another member without a new widget."""

    def __init__(self, ctx: AppContext, member_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.summary = QLabel(self)
        self.model = RowsModel(history_columns(), self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        style.dense_table(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.set_member(member_id)

    def set_member(self, member_id: int | None) -> None:
        rows = member_training(self.ctx.db, self.ctx.actor, member_id) if member_id is not None else []
        self.model.set_rows(rows)
        for column, width in enumerate((260, 150, 150, 60, 70, 90)):
            self.view.setColumnWidth(column, width)
        done = [r for r in rows if r.completed]
        hours = sum(r.credited_tenths for r in rows)
        text = self.tr("%1 class(es) · %2 hours · %3 completed · %4 certificate(s)")
        for key, value in (("%1", len(rows)), ("%2", format_hours(hours)), ("%3", len(done)),
                           ("%4", sum(1 for r in rows if r.certificate))):
            text = text.replace(key, str(value))
        self.summary.setText(text)
