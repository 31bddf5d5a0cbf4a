"""The member editor's aid tab: the household file and every aid the member and their household received."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from unionoffice.services.aid.member_aid import AidHistoryRow, MemberAid, member_aid
from unionoffice.ui.aid.models import Col, RowsModel, day, money
from unionoffice.ui.aid.widgets import table
from unionoffice.ui.shell import tasks
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.shell.i18n import QT_TRANSLATE_NOOP

COLUMNS: tuple[Col[AidHistoryRow], ...] = (
    Col(QT_TRANSLATE_NOOP("AidModels", "Date"), lambda r: day(r.on), right=True),
    Col(QT_TRANSLATE_NOOP("AidModels", "Programme"), lambda r: r.what),
    Col(QT_TRANSLATE_NOOP("AidModels", "Aid type"), lambda r: r.kind),
    Col(QT_TRANSLATE_NOOP("AidModels", "For"), lambda r: r.recipient),
    Col(QT_TRANSLATE_NOOP("AidModels", "State"), lambda r: r.state),
    Col(QT_TRANSLATE_NOOP("AidModels", "Amount (yuan)"), lambda r: money(r.amount_fen), right=True),
)


class MemberAidWidget(QWidget):
    """Registered in unionoffice.ui.members.member_tabs."""

    def __init__(self, ctx: AppContext, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.file = QLabel(self)
        self.file.setWordWrap(True)
        self.model: RowsModel[AidHistoryRow] = RowsModel(COLUMNS, self)
        self.view = table(self)
        self.view.setModel(self.model)
        for column, width in enumerate((90, 220, 90, 100, 70)):
            self.view.setColumnWidth(column, width)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file)
        layout.addWidget(self.view, 1)
        tasks.run_read(self, lambda: member_aid(ctx.db, ctx.actor, member_id), self.show_aid)

    def show_aid(self, aid: MemberAid) -> None:
        if aid.file_no:
            checked = self.tr("; re-checked %1").replace("%1", day(aid.rechecked_on)) if aid.rechecked_on else ""
            self.file.setText(self.tr("Household file %1 (%2): %3 — %4").replace("%1", aid.file_no)
                              .replace("%2", aid.file_status).replace("%3", aid.category or "—")
                              .replace("%4", aid.category_reason) + checked)
        else:
            self.file.setText(self.tr("No household file."))
        self.model.set_rows(aid.history)
