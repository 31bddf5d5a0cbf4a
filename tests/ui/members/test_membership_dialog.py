"""Membership changes: transfer out then in keeps both dated steps; impossible changes are not offered."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.helpers.gui import CLERK, District, context
from tests.helpers.messages import MessageLog
from unionoffice.domain.members.membership import EventKind
from unionoffice.services.members.records import member_detail, member_history, record_event
from unionoffice.ui.members.member_editor import MemberEditor
from unionoffice.ui.members.membership_dialog import MembershipDialog


def open_dialog(qtbot: QtBot, district: District) -> MembershipDialog:
    dialog = MembershipDialog(context(district.db, CLERK), district.zhang)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def choose(dialog: MembershipDialog, kind: EventKind) -> None:
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData(kind))


def test_transfer_out_then_in(qtbot: QtBot, district: District, gui: MessageLog) -> None:
    out_day = date.today() - timedelta(days=10)
    dialog = open_dialog(qtbot, district)
    assert dialog.ui.statusValue.text() == "在会"
    choose(dialog, EventKind.TRANSFER_OUT)
    assert dialog.ui.unionCombo.isEnabled()
    dialog.ui.unionCombo.setCurrentText("南湖医院工会")
    dialog.ui.dateEdit.setDate(QDate(out_day.year, out_day.month, out_day.day))
    dialog.ui.reasonEdit.setText("调动")
    dialog.record()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert member_detail(district.db, CLERK, district.zhang).status == "转出中"

    second = open_dialog(qtbot, district)
    kinds = [second.ui.kindCombo.itemData(i) for i in range(second.ui.kindCombo.count())]
    assert EventKind.TRANSFER_IN in kinds
    assert EventKind.TRANSFER_OUT not in kinds
    choose(second, EventKind.TRANSFER_IN)
    assert second.ui.unionCombo.currentData() is None  # the union named at transfer out
    second.record()
    assert second.result() == QDialog.DialogCode.Accepted
    detail = member_detail(district.db, CLERK, district.zhang)
    assert detail.status == "在会"
    assert detail.draft.union_id == district.south
    history = member_history(district.db, CLERK, district.zhang)
    assert [(h.kind, h.from_union, h.to_union) for h in history] == [
        ("入会", None, "一汽北厂工会"),
        ("转出", "一汽北厂工会", "南湖医院工会"),
        ("转入", "一汽北厂工会", "南湖医院工会"),
    ]
    assert history[1].event_date == out_day
    assert history[2].event_date == date.today()

    editor = MemberEditor(context(district.db, CLERK), district.zhang)
    qtbot.addWidget(editor)
    assert editor.ui.historyTable.rowCount() == 3
    assert editor.ui.historyTable.item(1, 1).text() == "转出"
    assert editor.ui.historyTable.item(2, 1).text() == "转入"


def test_a_rule_violation_is_shown_and_the_dialog_stays(qtbot: QtBot, district: District,
                                                        gui: MessageLog) -> None:
    dialog = open_dialog(qtbot, district)
    choose(dialog, EventKind.RETAIN)
    dialog.ui.dateEdit.setDate(QDate(2001, 1, 1))  # before joining in 2005
    dialog.record()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "早于上一次会籍变动" in dialog.ui.errorLabel.text()
    assert dialog.ui.errorLabel.isVisible()


def test_nothing_is_offered_after_death(qtbot: QtBot, district: District, gui: MessageLog) -> None:
    record_event(district.db, CLERK, district.zhang, EventKind.DEATH, date.today())
    dialog = open_dialog(qtbot, district)
    assert dialog.ui.kindCombo.count() == 0
    assert "去世" in dialog.ui.errorLabel.text()
