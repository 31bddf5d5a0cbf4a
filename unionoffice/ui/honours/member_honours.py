"""A member's honours (the member editor's tab): year, honour, who granted it, 文号, basis, status, certificate."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from unionoffice.services.honours.listing import GRANTED, MemberHonour, member_honours
from unionoffice.ui.honours.honours_models import RowsModel, member_honour_columns
from unionoffice.ui.shell import style, tasks
from unionoffice.ui.shell.context import AppContext


class MemberHonoursWidget(QWidget):
    """`MemberHonoursWidget(ctx, member_id)`, registered in unionoffice.ui.members.member_tabs."""

    def __init__(self, ctx: AppContext, member_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.summary = QLabel(self)
        self.model = RowsModel(member_honour_columns(), self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        style.dense_table(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self._task: tasks.Task | None = None
        self.set_member(member_id)

    def set_member(self, member_id: int | None) -> None:
        if member_id is None:
            self.show_rows([])
            return
        db, actor = self.ctx.db, self.ctx.actor
        self._task = tasks.run_read(self, lambda: member_honours(db, actor, member_id), self.show_rows,
                                    replacing=self._task)

    def show_rows(self, rows: list[MemberHonour]) -> None:
        self.model.set_rows(rows)
        for column, width in enumerate((50, 170, 60, 130, 150, 260, 60)):
            self.view.setColumnWidth(column, width)
        granted = sum(1 for r in rows if r.status == GRANTED)
        text = self.tr("%1 honour(s) granted · %2 on a draft list or revoked")
        self.summary.setText(text.replace("%1", str(granted)).replace("%2", str(len(rows) - granted)))
