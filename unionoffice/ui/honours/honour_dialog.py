"""Add or change one honour on a draft list: the honour, its recipient (a member, a unit, a team), its basis."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from unionoffice.domain.common.errors import UnionOfficeError
from unionoffice.domain.honours.rules import BasisKind, HonourType, RecipientKind, event_of
from unionoffice.services.honours import listing as hl
from unionoffice.services.honours import register as rg
from unionoffice.services.honours.recipients import competition_prizes
from unionoffice.services.members.distinctions import Distinction
from unionoffice.services.members.listing import MemberRow, member_rows
from unionoffice.services.members.organisations import organisation_tree
from unionoffice.services.members.search import search_member_ids
from unionoffice.ui.forms.ui_honour_dialog import Ui_HonourDialog
from unionoffice.ui.shell import style, tasks
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.shell.task_feedback import report_failure

SEARCH_DELAY_MS = 150
RESULT_LIMIT = 50
GRASSROOTS = "grassroots"


def source_key(source: tuple[str, int]) -> str:
    """A prize's source as combo-box data: a string compares reliably where a Python tuple would not."""
    return f"{source[0]}#{source[1]}"


def parse_source_key(key: str) -> tuple[str, int]:
    source_type, _sep, source_id = key.rpartition("#")
    return source_type, int(source_id)


class HonourDialog(QDialog):
    """`HonourDialog(ctx, honour_list, honour=None)`; after Save, `saved_id` is the honour's id."""

    def __init__(self, ctx: AppContext, honour_list: rg.ListRow, honour: hl.HonourRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.honour_list, self.honour = ctx, honour_list, honour
        self.saved_id: int | None = honour.id if honour else None
        self.member_id: int | None = honour.member_id if honour else None
        self._search_task: tasks.Task | None = None
        self._prize_task: tasks.Task | None = None
        self.ui = Ui_HonourDialog()
        self.ui.setupUi(self)
        style.mark_error(self.ui.errorLabel)
        self.save_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        style.mark_primary(self.save_button)
        self.ui.listLabel.setText(f"<b>{honour_list.name}</b>")
        for honour_type in HonourType:
            self.ui.typeCombo.addItem(f"{honour_type.value}（{honour_type.spec.recipient.value}）", honour_type.value)
        for basis in BasisKind:
            self.ui.basisCombo.addItem(basis.value, basis.value)
        for node in organisation_tree(ctx.db, ctx.actor):
            if node.kind == GRASSROOTS:
                self.ui.unionCombo.addItem(node.name, node.id)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self._connect()
        self._fill(honour)
        self._type_changed()

    def _connect(self) -> None:
        ui = self.ui
        ui.typeCombo.currentIndexChanged.connect(lambda _i: self._type_changed())
        ui.basisCombo.currentIndexChanged.connect(lambda _i: self._basis_changed())
        ui.prizeCombo.currentIndexChanged.connect(lambda _i: self._prize_changed())
        ui.memberEdit.textEdited.connect(lambda _t: self.timer.start())
        self.timer.timeout.connect(self.run_search)
        ui.memberList.currentItemChanged.connect(lambda item, _old: self._member_chosen(item))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

    def _fill(self, honour: hl.HonourRow | None) -> None:
        if honour is None:
            return
        ui = self.ui
        ui.typeCombo.setCurrentIndex(ui.typeCombo.findData(honour.honour_type.value))
        ui.basisCombo.setCurrentIndex(ui.basisCombo.findData(honour.basis_kind.value))
        if honour.organisation_id is not None:
            ui.unionCombo.setCurrentIndex(max(0, ui.unionCombo.findData(honour.organisation_id)))
        ui.teamEdit.setText(honour.team_name)
        if honour.member_id is not None:
            item = QListWidgetItem(f"{honour.name}　{honour.unit}")
            item.setData(Qt.ItemDataRole.UserRole, honour.member_id)
            ui.memberList.addItem(item)
            ui.memberList.setCurrentItem(item)
        ui.detailEdit.setText(honour.basis_text)
        ui.eventEdit.setText(honour.basis_event)

    # -- what the form shows follows the honour type and basis ---------------------------------------------------

    def honour_type(self) -> HonourType:
        return HonourType(self.ui.typeCombo.currentData())

    def basis(self) -> BasisKind:
        return BasisKind(self.ui.basisCombo.currentData())

    def _type_changed(self) -> None:
        recipient = self.honour_type().spec.recipient
        ui = self.ui
        person = recipient is RecipientKind.MEMBER
        for widget in (ui.memberLabel, ui.memberEdit, ui.memberList):
            widget.setVisible(person)
        for widget in (ui.unionLabel, ui.unionCombo):
            widget.setVisible(not person)
        for widget in (ui.teamLabel, ui.teamEdit):
            widget.setVisible(recipient is RecipientKind.TEAM)
        self._basis_changed()

    def _basis_changed(self) -> None:
        competition = self.basis() is BasisKind.COMPETITION
        person = self.honour_type().spec.recipient is RecipientKind.MEMBER
        for widget in (self.ui.prizeLabel, self.ui.prizeCombo):
            widget.setVisible(competition and person)
        for widget in (self.ui.eventLabel, self.ui.eventEdit):
            widget.setVisible(competition)
        placeholders = {BasisKind.COMPETITION: self.tr("The contest, the event and the prize won"),
                        BasisKind.INNOVATION: self.tr("The innovation and its recognition"),
                        BasisKind.DEED: self.tr("The deed in one sentence")}
        self.ui.detailEdit.setPlaceholderText(placeholders[self.basis()])
        self._prize_changed()

    def _prize_changed(self) -> None:
        source = self.ui.prizeCombo.currentData()
        chosen = bool(source) and self.ui.prizeCombo.isVisible()
        self.ui.detailEdit.setReadOnly(chosen)
        title = self.ui.prizeCombo.currentText() if chosen else self.ui.detailEdit.text()
        if chosen:
            self.ui.detailEdit.setText(title)
        self.ui.eventEdit.setPlaceholderText(event_of(title) if title else self.tr("Read from the prize's title"))

    # -- choosing the member -------------------------------------------------------------------------------------

    def run_search(self) -> None:
        text = self.ui.memberEdit.text().strip()
        db, actor = self.ctx.db, self.ctx.actor

        def find() -> list[MemberRow]:
            return member_rows(db, actor, search_member_ids(db, actor, text, limit=RESULT_LIMIT)) if text else []

        self._search_task = tasks.run_read(self, find, self._show_members, replacing=self._search_task)

    def _show_members(self, rows: list[MemberRow]) -> None:
        self.ui.memberList.clear()
        for row in rows:
            item = QListWidgetItem(f"{row.name}　{row.union_name}　{row.id_number}　{row.status}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.ui.memberList.addItem(item)
        if rows:
            self.ui.memberList.setCurrentRow(0)

    def _member_chosen(self, item: QListWidgetItem | None) -> None:
        self.member_id = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        member_id, db, actor = self.member_id, self.ctx.db, self.ctx.actor
        if member_id is None:
            self._fill_prizes([])
            return
        self._prize_task = tasks.run_read(self, lambda: competition_prizes(db, actor, member_id), self._fill_prizes,
                                          replacing=self._prize_task)

    def _fill_prizes(self, prizes: list[Distinction]) -> None:
        combo = self.ui.prizeCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("None recorded here: type it in below") if not prizes
                      else self.tr("Typed in below"), None)
        for prize in prizes:
            combo.addItem(prize.title, source_key((prize.source_type, prize.source_id)))
        if prizes and self.honour is None:
            combo.setCurrentIndex(1)
        if self.honour is not None and self.honour.basis_source is not None:
            combo.setCurrentIndex(max(0, combo.findData(source_key(self.honour.basis_source))))
        combo.blockSignals(False)
        self._prize_changed()

    # -- saving --------------------------------------------------------------------------------------------------

    def draft(self) -> rg.HonourDraft:
        ui = self.ui
        honour_type, basis = self.honour_type(), self.basis()
        person = honour_type.spec.recipient is RecipientKind.MEMBER
        key = ui.prizeCombo.currentData() if basis is BasisKind.COMPETITION and person else None
        source = parse_source_key(key) if key else None
        return rg.HonourDraft(
            honour_type, member_id=self.member_id if person else None,
            organisation_id=None if person else ui.unionCombo.currentData(),
            team_name=ui.teamEdit.text() if honour_type.spec.recipient is RecipientKind.TEAM else "",
            basis_kind=basis, basis_text="" if source else ui.detailEdit.text(),
            basis_event=ui.eventEdit.text() if basis is BasisKind.COMPETITION else "",
            basis_source=source)

    def save(self) -> None:
        draft = self.draft()
        db, actor, list_id, honour_id = self.ctx.db, self.ctx.actor, self.honour_list.id, self.saved_id

        def job() -> int:
            if honour_id is None:
                return rg.add_honour(db, actor, list_id, draft)
            rg.update_honour(db, actor, honour_id, draft)
            return honour_id

        def done(saved: int) -> None:
            self.saved_id = saved
            self.accept()

        def failed(exc: BaseException, trace: str) -> None:
            if isinstance(exc, UnionOfficeError):
                style.set_visible_text(self.ui.errorLabel, exc.message)  # beside the form, which stays open
            else:
                report_failure(self, exc, trace)

        tasks.run_write(self, job, done, failed)
