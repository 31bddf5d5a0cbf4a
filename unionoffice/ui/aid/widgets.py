"""Small widgets the aid tabs share: a member picker, the budget bar, the step dialog, a money field, a table."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from unionoffice.domain.aid.money import format_yuan, parse_yuan
from unionoffice.domain.common.errors import CancelledError, UnionOfficeError
from unionoffice.services.core.tasks import CancelToken
from unionoffice.services.members.listing import MemberRow, member_rows
from unionoffice.services.members.search import search_member_ids, search_reveals
from unionoffice.ui.shell import style, tasks
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.shell.task_feedback import report_quietly

# The member search in the pickers waits for typing to pause this long, as the member page does.
SEARCH_DELAY_MS = 100
HITS = 30


def _overtaken(exc: BaseException, trace: str) -> None:
    """A search stopped because newer text replaced it is no failure; anything else is reported as usual."""
    if not isinstance(exc, CancelledError):
        report_quietly(exc, trace)


def table(parent: QWidget | None = None) -> QTableView:
    view = QTableView(parent)
    style.dense_table(view)
    return view


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(value: date | None = None, parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(qdate(value or date.today()), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class MoneyEdit(QLineEdit):
    """元 with up to two decimals; `fen()` raises the service's Chinese message for anything else."""

    def __init__(self, fen: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setPlaceholderText("0.00")
        if fen is not None:
            self.set_fen(fen)

    def set_fen(self, fen: int | None) -> None:
        self.setText("" if fen is None else format_yuan(fen))

    def fen(self, label: str = "金额") -> int:
        return parse_yuan(self.text() or "0", field=label)


class MemberPicker(QWidget):
    """Type a name, pinyin initials, the last digits of an ID or a mobile number; the hits follow as you type (as on
    the member page: a pause of SEARCH_DELAY_MS, off the GUI thread, the newest text replacing older searches) and
    the best one is chosen, the others in the list beside (masked as in every list)."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.query = QLineEdit(self)
        self.query.setPlaceholderText(self.tr("Name, pinyin initials, last 4 digits of the ID or mobile number"))
        self.query.setClearButtonEnabled(True)
        self.hits = QComboBox(self)
        self.hits.setMinimumWidth(280)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.query, 1)  # wide enough for its placeholder
        layout.addWidget(self.hits, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self._task: tasks.Task | None = None
        self._cancel = CancelToken()
        self._searched = ""
        self.query.textEdited.connect(lambda _text: self._timer.start())
        self.query.returnPressed.connect(self.search)
        self.hits.currentIndexChanged.connect(lambda _i: self._chosen())

    def search(self) -> None:
        """Search for the text now (Return, or typing has paused); the hits arrive through the task runner."""
        self._timer.stop()
        text = self.query.text().strip()
        if not text or text == self._searched:
            return
        self._searched = text
        self._cancel.cancel()
        cancel = self._cancel = CancelToken()
        db, actor = self.ctx.db, self.ctx.actor

        def job() -> list[MemberRow]:
            return member_rows(db, actor, search_member_ids(db, actor, text, limit=HITS, cancel=cancel))

        def done(rows: list[MemberRow]) -> None:
            if text != self.query.text().strip():
                return  # the clerk has typed on; a newer search follows
            self.hits.blockSignals(True)
            self.hits.clear()
            for row in rows:
                self.hits.addItem(f"{row.name}　{row.union_name}　{row.id_number}", row.id)
            self.hits.blockSignals(False)
            if not rows:
                self.hits.setPlaceholderText(self.tr("No member found"))
            self._chosen()

        if search_reveals(db, actor, text):  # a hit through hidden ID digits records a reveal: the writers' lane
            if self._task is not None:
                self._task.drop()
            self._task = tasks.run_write(self, job, done)
        else:
            self._task = tasks.run_in_background(job, done, _overtaken, write=False, parent=self,
                                                 replacing=self._task)

    def _chosen(self) -> None:
        self.hits.setToolTip(self.hits.currentText())  # the whole line where the box elides it
        self.changed.emit()

    def set_member(self, member_id: int, label: str) -> None:
        self._timer.stop()
        if self._task is not None:
            self._task.drop()
        self._searched = ""
        self.hits.clear()
        self.hits.addItem(label, member_id)
        self.query.setText("")

    def member_id(self) -> int | None:
        value = self.hits.currentData()
        return int(value) if value is not None else None


class BudgetBar(QWidget):
    """Budget, approved and paid of a programme as one bar: paid dark, approved lighter, the rest empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.budget = self.approved = self.paid = 0
        self.setMinimumHeight(22)

    def set_figures(self, budget: int, approved: int, paid: int) -> None:
        self.budget, self.approved, self.paid = budget, approved, paid
        self.setToolTip(self.tr("Budget %1, approved %2, paid %3 yuan").replace("%1", format_yuan(budget))
                        .replace("%2", format_yuan(approved)).replace("%3", format_yuan(paid)))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QColor("#B0B0B0"))
        painter.setBrush(QColor("#F4F4F4"))
        painter.drawRect(rect)
        if self.budget > 0:
            for amount, colour in ((self.approved, QColor("#E8A0A8")), (self.paid, QColor(style.ACCENT))):
                share = min(1.0, amount / self.budget)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(colour)
                painter.drawRect(QRectF(rect.left(), rect.top(), rect.width() * share, rect.height()))
        painter.setPen(QColor("#202020"))
        used = self.approved / self.budget * 100 if self.budget else 0.0
        text = self.tr("Approved %1% of the budget").replace("%1", f"{used:.1f}")
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()


class StepDialog(QDialog):
    """The comment and the date of a workflow step (a reason where the step needs one)."""

    def __init__(self, title: str, needs_comment: bool, parent: QWidget | None = None, *,
                 day: date | None = None, about: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        # What the opinion is given on, in the body: a window title is not seen everywhere (no window manager).
        self.about = QLabel(about, self)
        self.about.setWordWrap(True)
        self.about.setVisible(bool(about))
        self.needs_comment = needs_comment
        self.comment = QLineEdit(self)
        self.comment.setPlaceholderText(self.tr("Required") if needs_comment else self.tr("Optional"))
        self.on = date_edit(day, self)
        self.error = QLabel(self)
        style.mark_error(self.error)
        self.error.hide()
        form = self.form = QFormLayout()
        form.addRow(self.tr("Comment or reason:"), self.comment)
        form.addRow(self.tr("Date:"), self.on)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(420, self.sizeHint().height())

    def _accept(self) -> None:
        if self.needs_comment and not self.comment.text().strip():
            style.set_visible_text(self.error, self.tr("Please give a reason."))
            return
        self.accept()

    def values(self) -> tuple[str, date]:
        return self.comment.text().strip(), pydate(self.on.date())


def show_error_in(label: QLabel, exc: UnionOfficeError) -> None:
    style.set_visible_text(label, exc.message)
