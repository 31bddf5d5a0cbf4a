"""A member's competition entries and prizes, for the member editor's tab."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from unionoffice.services.competitions.history import MemberEntryRow, member_competitions
from unionoffice.ui.competitions.models import RowsModel, history_columns
from unionoffice.ui.shell import style, tasks
from unionoffice.ui.shell.context import AppContext


class CompetitionHistoryWidget(QWidget):
    """`CompetitionHistoryWidget(ctx, member_id)`: every entry, the stage reached and the prize in force."""

    def __init__(self, ctx: AppContext, member_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.summary = QLabel(self)
        self.model: RowsModel[MemberEntryRow] = RowsModel(history_columns(), self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        style.dense_table(self.view)
        for column, width in enumerate(self.model.widths()):
            self.view.setColumnWidth(column, width)
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
        self._task = tasks.run_read(self, lambda: member_competitions(db, actor, member_id), self.show_rows,
                                    replacing=self._task)

    def show_rows(self, rows: list[MemberEntryRow]) -> None:
        self.model.set_rows(rows)
        prizes = [r for r in rows if r.prize]
        text = self.tr("%1 entry(ies) · %2 prize(s)").replace("%1", str(len(rows))).replace("%2", str(len(prizes)))
        if prizes:
            text += "：" + "、".join(f"{r.year} {r.event}{r.prize}" for r in prizes[:3])
        self.summary.setText(text)
