"""The grassroots-union dialog: the credit code's check character is tested as it is typed."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.helpers.gui import District, context
from tests.helpers.messages import MessageLog
from unionoffice.domain.common.credit_code import credit_check_char
from unionoffice.services.core.context import Actor
from unionoffice.services.members.organisations import get_union, organisation_tree
from unionoffice.ui.members.union_editor import UnionEditor

BODY = "91220102MA0Y3K4B2"


def test_a_union_is_created_once_its_credit_code_is_right(qtbot: QtBot, district: District, admin: Actor,
                                                          gui: MessageLog) -> None:
    dialog = UnionEditor(context(district.db, admin))
    qtbot.addWidget(dialog)
    dialog.show()
    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    assert dialog.ui.nameError.isVisible()
    dialog.ui.nameEdit.setText("长春轨道客车工会")
    right = credit_check_char(BODY)
    wrong = "0" if right != "0" else "1"
    qtbot.keyClicks(dialog.ui.creditCodeEdit, BODY.lower() + wrong)
    assert f"应为 {right}" in dialog.ui.creditCodeError.text()
    assert not save.isEnabled()
    dialog.ui.creditCodeEdit.setText(BODY + right)
    dialog.ui.industryCombo.setCurrentText("制造业")
    assert save.isEnabled()
    save.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.saved_id is not None
    union = get_union(district.db, admin, dialog.saved_id)
    assert union.credit_code == BODY + right
    assert union.industry == "制造业"
    assert "长春轨道客车工会" in [n.name for n in organisation_tree(district.db, admin)]


def test_editing_keeps_the_values_and_reports_duplicates(qtbot: QtBot, district: District,
                                                         admin: Actor, gui: MessageLog) -> None:
    dialog = UnionEditor(context(district.db, admin), district.south)
    qtbot.addWidget(dialog)
    assert dialog.ui.nameEdit.text() == "南湖医院工会"
    assert dialog.ui.unitNatureCombo.currentText() == "事业"
    dialog.ui.nameEdit.setText("一汽北厂工会")
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "同名" in dialog.ui.generalError.text()
