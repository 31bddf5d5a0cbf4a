"""Record one membership change (转出, 转入, 保留会籍, 退会, 自动退会, 去世 …) with its date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from unionoffice.domain.common.errors import UnionOfficeError
from unionoffice.domain.members.membership import TRANSITIONS, EventKind, MemberStatus
from unionoffice.services.members.listing import member_rows
from unionoffice.services.members.records import record_event
from unionoffice.ui.forms.ui_membership_dialog import Ui_MembershipDialog
from unionoffice.ui.members.member_editor import UnionChoice, chosen_union, fill_union_combo, from_qdate, union_choices
from unionoffice.ui.shell import style
from unionoffice.ui.shell.context import AppContext

# Source texts for the hint under the form, by event (translated in this class's context).
_HINTS = {
    EventKind.TRANSFER_OUT: QT_TRANSLATE_NOOP(
        "MembershipDialog", "The current union releases the member until another union accepts the transfer in."),
    EventKind.TRANSFER_IN: QT_TRANSLATE_NOOP(
        "MembershipDialog", "The new union accepts the member; both dates stay in the history."),
    EventKind.RETAIN: QT_TRANSLATE_NOOP(
        "MembershipDialog", "Retired, unemployed or employer closed: no dues, no vote."),
    EventKind.RESUME: QT_TRANSLATE_NOOP("MembershipDialog", "The member is active again."),
    EventKind.WITHDRAW: QT_TRANSLATE_NOOP(
        "MembershipDialog", "Withdrawal on written request, approved by the grassroots union."),
    EventKind.DEEMED_WITHDRAW: QT_TRANSLATE_NOOP(
        "MembershipDialog", "Six consecutive months without dues or union activity."),
    EventKind.EXPEL: QT_TRANSLATE_NOOP("MembershipDialog", "Expulsion decided by the grassroots union."),
    EventKind.DEATH: QT_TRANSLATE_NOOP("MembershipDialog", "The record is kept; the member no longer counts."),
}


def allowed_events(status: str) -> list[EventKind]:
    current = MemberStatus(status)
    return [kind for kind, (sources, _target) in TRANSITIONS.items() if current in sources]


class MembershipDialog(QDialog):
    def __init__(self, ctx: AppContext, member_id: int, *, unions: list[UnionChoice] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.member_id = ctx, member_id
        self.ui = Ui_MembershipDialog()
        self.ui.setupUi(self)
        style.mark_error(self.ui.errorLabel)
        self.ui.errorLabel.hide()
        rows = member_rows(ctx.db, ctx.actor, [member_id])
        if not rows:
            raise UnionOfficeError(f"找不到会员编号 {member_id}（可能已被删除）")
        member = rows[0]
        self.ui.memberValue.setText(f"{member.name}（{member.union_name}）")
        self.ui.statusValue.setText(member.status)
        self._ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("Record"))
        style.mark_primary(self._ok)
        for kind in allowed_events(member.status):
            self.ui.kindCombo.addItem(kind.value, kind)
        self._all_unions = unions if unions is not None else union_choices(ctx)
        self.ui.dateEdit.setMaximumDate(QDate.currentDate())
        self.ui.dateEdit.setDate(QDate.currentDate())
        self.ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self.ui.buttonBox.accepted.connect(self.record)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._kind_changed()
        if self.ui.kindCombo.count() == 0:
            style.set_visible_text(self.ui.errorLabel, f"当前状态为“{member.status}”，不能再办理会籍变动。")
            self._ok.setEnabled(False)

    def kind(self) -> EventKind | None:
        data = self.ui.kindCombo.currentData()
        return EventKind(data) if data is not None else None

    def _kind_changed(self) -> None:
        kind = self.kind()
        needs_union = kind in (EventKind.TRANSFER_OUT, EventKind.TRANSFER_IN)
        self.ui.unionCombo.setEnabled(needs_union)
        blank = {EventKind.TRANSFER_OUT: self.tr("(not known yet)"),
                 EventKind.TRANSFER_IN: self.tr("(the union named at transfer out)")}.get(kind) if kind else None
        choices: list[UnionChoice] = list(self._all_unions)
        fill_union_combo(self.ui.unionCombo, choices)
        if blank is not None:
            self.ui.unionCombo.insertItem(0, blank, None)
        self.ui.unionCombo.setCurrentIndex(0 if blank is not None else -1)
        self.ui.hintLabel.setText(self.tr(str(_HINTS[kind])) if kind else "")
        style.set_visible_text(self.ui.errorLabel, "")

    def record(self) -> None:
        kind = self.kind()
        if kind is None:
            return
        target = chosen_union(self.ui.unionCombo) if kind in (EventKind.TRANSFER_OUT, EventKind.TRANSFER_IN) else None
        when: date = from_qdate(self.ui.dateEdit.date())
        try:
            record_event(self.ctx.db, self.ctx.actor, self.member_id, kind, when,
                         reason=self.ui.reasonEdit.text(), to_union_id=target)
        except UnionOfficeError as exc:
            style.set_visible_text(self.ui.errorLabel, exc.message)
            return
        self.accept()
