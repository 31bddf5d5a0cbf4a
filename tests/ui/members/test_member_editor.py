"""The member editor: rules checked as you type, errors beside the fields, nothing invalid saved."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.gui import CLERK, District, context, make_id
from tests.helpers.messages import MessageLog
from unionoffice.domain.common.idnumber import check_char
from unionoffice.domain.members.membership import EventKind
from unionoffice.services.core.context import SYSTEM, Actor
from unionoffice.services.members.listing import MemberFilter, count_members
from unionoffice.services.members.records import member_detail, record_event
from unionoffice.services.members.search import search_member_ids
from unionoffice.ui.members.member_editor import MemberEditor


def id_ending_in_x() -> str:
    for sequence in range(100, 1000):
        body = f"220102198811{sequence % 28 + 1:02d}{sequence}"
        if len(body) == 17 and check_char(body) == "X":
            return body + "X"
    raise AssertionError("no X found")


def open_editor(qtbot: QtBot, district: District, member_id: int | None = None,
                actor: Actor = CLERK) -> MemberEditor:
    editor = MemberEditor(context(district.db, actor), member_id, default_union_id=district.north)
    qtbot.addWidget(editor)
    editor.show()
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)  # shortcuts (Ctrl+S) only reach the active window
    return editor


def test_a_valid_member_is_saved_with_the_id_normalised(qtbot: QtBot, district: District,
                                                        gui: MessageLog) -> None:
    editor = open_editor(qtbot, district)
    assert not editor.ui.saveButton.isEnabled()  # empty name and ID
    editor.ui.nameEdit.setText("阿依古丽·买买提")
    number = id_ending_in_x()
    qtbot.keyClicks(editor.ui.idNumberEdit, number[:-1] + "x")  # lower-case x is accepted
    assert editor.ui.sexCombo.currentText() in ("男", "女")  # filled in from digit 17
    assert editor.ui.birthDateValue.text().startswith(f"{number[6:10]}-{number[10:12]}-{number[12:14]}")
    qtbot.keyClicks(editor.ui.phoneEdit, "13904315678")
    editor.ui.ethnicityCombo.setCurrentText("维吾尔族")
    editor.ui.joinDateEdit.setDate(QDate(2015, 6, 1))
    editor.ui.migrantCheck.setChecked(True)
    assert editor.ui.saveButton.isEnabled()
    saved: list[int] = []
    editor.saved.connect(saved.append)
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert saved
    assert editor.result() == editor.DialogCode.Accepted
    detail = member_detail(district.db, CLERK, saved[0])
    assert detail.draft.id_number == number
    assert detail.draft.name == "阿依古丽·买买提"
    assert detail.draft.ethnicity == "维吾尔族"
    assert detail.draft.is_migrant
    assert detail.draft.join_date == date(2015, 6, 1)
    assert detail.draft.union_id == district.north
    assert search_member_ids(district.db, CLERK, number) == [saved[0]]
    assert gui.shown == []


def test_a_wrong_check_character_shows_the_expected_one_and_nothing_is_saved(qtbot: QtBot,
                                                                            district: District,
                                                                            gui: MessageLog) -> None:
    before = count_members(district.db, SYSTEM, MemberFilter())
    editor = open_editor(qtbot, district)
    editor.ui.nameEdit.setText("李四")
    good = make_id("19920815", "234")
    wrong = "0" if good[-1] != "0" else "1"
    qtbot.keyClicks(editor.ui.idNumberEdit, good[:-1] + wrong)
    error = editor.ui.idNumberError
    assert error.isVisible()
    assert f"应为 {good[-1]}" in error.text()
    assert f"实际为 {wrong}" in error.text()
    assert not editor.ui.saveButton.isEnabled()
    editor.grab().save("/tmp/uo_editor_invalid_id.png")
    assert editor.save() is False
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert count_members(district.db, SYSTEM, MemberFilter()) == before
    editor.ui.idNumberEdit.setText(good)
    assert not error.isVisible()
    assert editor.ui.saveButton.isEnabled()


def test_sex_against_the_id_and_join_age_are_checked(qtbot: QtBot, district: District,
                                                     gui: MessageLog) -> None:
    editor = open_editor(qtbot, district)
    editor.ui.nameEdit.setText("王五")
    number = make_id("20000101", "135")  # digit 17 odd: male
    editor.ui.idNumberEdit.setText(number)
    editor.ui.sexCombo.setCurrentText("女")
    assert "男" in editor.ui.sexError.text()
    assert not editor.ui.saveButton.isEnabled()
    editor.ui.sexCombo.setCurrentText("男")
    editor.ui.joinDateEdit.setDate(QDate(2010, 1, 1))  # aged 10
    assert "16" in editor.ui.joinDateError.text()
    assert not editor.ui.saveButton.isEnabled()


def test_an_old_15_digit_number_is_converted_and_kept(qtbot: QtBot, district: District,
                                                      gui: MessageLog) -> None:
    editor = open_editor(qtbot, district)
    editor.ui.nameEdit.setText("赵六")
    qtbot.keyClicks(editor.ui.idNumberEdit, "220102750312153")
    assert "220102750312153" in editor.ui.birthDateValue.text()
    assert editor.save()
    assert editor.member_id is not None
    detail = member_detail(district.db, CLERK, editor.member_id)
    assert detail.draft.id_number.startswith("22010219750312153")
    assert detail.id_number_original == "220102750312153"


def test_a_duplicate_id_is_refused_naming_the_existing_member(qtbot: QtBot, district: District,
                                                              gui: MessageLog) -> None:
    existing = member_detail(district.db, CLERK, district.zhang).draft.id_number
    editor = open_editor(qtbot, district)
    editor.ui.nameEdit.setText("张三")
    editor.ui.idNumberEdit.setText(existing.lower())
    # Known as soon as the number is complete, beside the field: no modal, no waiting for Save.
    assert editor.ui.idNumberError.isVisible()
    assert "张三丰" in editor.ui.idNumberError.text()
    assert "一汽北厂工会" in editor.ui.idNumberError.text()
    assert not editor.ui.saveButton.isEnabled()
    assert editor.save() is False
    assert gui.shown == []
    assert editor.isVisible()
    editor.ui.idNumberEdit.setText(existing[:-2])  # no longer complete: the duplicate message goes
    assert "张三丰" not in editor.ui.idNumberError.text()
    assert count_members(district.db, SYSTEM, MemberFilter()) == 1


def test_a_rule_only_the_service_knows_is_shown_beside_its_field(qtbot: QtBot, district: District,
                                                                  gui: MessageLog) -> None:
    record_event(district.db, CLERK, district.zhang, EventKind.RETAIN, date(2020, 6, 1), reason="退休")
    editor = open_editor(qtbot, district, district.zhang)
    editor.ui.joinDateEdit.setDate(QDate(2021, 1, 1))  # after the later membership change
    assert editor.ui.saveButton.isEnabled()
    assert editor.save() is False
    assert "不能晚于之后的会籍变动" in editor.ui.joinDateError.text()
    assert editor.ui.generalError.isHidden()
    assert any("「入会时间」" in text for text in gui.texts("error"))


def test_an_existing_member_shows_the_full_id_and_history(qtbot: QtBot, district: District,
                                                          gui: MessageLog) -> None:
    editor = open_editor(qtbot, district, district.zhang)
    assert "*" not in editor.ui.idNumberEdit.text()
    assert not editor.ui.unionCombo.isEnabled()  # a union changes by transfer only
    assert editor.ui.historyTable.rowCount() == 1
    assert editor.ui.historyTable.item(0, 1).text() == "入会"
    editor.ui.phoneEdit.setText("13904319999")
    assert editor.save()
    assert member_detail(district.db, CLERK, district.zhang).draft.phone == "13904319999"


def test_a_viewer_sees_a_read_only_record_with_the_id_masked(qtbot: QtBot, district: District,
                                                             viewer: Actor, gui: MessageLog) -> None:
    editor = open_editor(qtbot, district, district.zhang, viewer)
    assert "********" in editor.ui.idNumberEdit.text()
    assert editor.ui.saveButton.isHidden()
    # Values as readable text in the fields' places, not greyed-out inputs.
    assert not editor.ui.nameEdit.isVisible()
    shown = {label.objectName(): label for label in editor.ui.detailsTab.findChildren(QLabel)}
    assert shown["nameEditText"].text() == "张三丰"
    assert shown["nameEditText"].isVisible()
    assert shown["nameEditText"].isEnabled()
    assert "********" in shown["idNumberEditText"].text()
    assert shown["unionComboText"].text() == "一汽北厂工会"
    assert shown["joinDateEditText"].text().count("-") == 2
    assert shown["migrantCheckText"].text() in ("Yes", "No")
    assert not [w for w in editor.ui.detailsTab.findChildren(QWidget) if w.isVisible() and not w.isEnabled()]
    editor.grab().save("/tmp/h14b/viewer_editor.png")


@pytest.mark.parametrize("answer", [False, True])
def test_escape_asks_before_dropping_changes(qtbot: QtBot, district: District, gui: MessageLog,
                                             answer: bool) -> None:
    gui.answer = answer
    editor = open_editor(qtbot, district)
    editor.ui.nameEdit.setText("改了")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert gui.texts("confirm")
    assert editor.isVisible() is not answer


def test_an_existing_member_has_a_training_tab(qtbot: QtBot, district: District,
                                               gui: MessageLog) -> None:
    from unionoffice.ui.training.training_history import TrainingHistoryWidget

    editor = open_editor(qtbot, district, district.zhang)
    tabs = editor.ui.tabs
    widgets = [tabs.widget(i) for i in range(tabs.count())]
    assert any(isinstance(w, TrainingHistoryWidget) for w in widgets)
    new_member = open_editor(qtbot, district)
    assert not any(isinstance(new_member.ui.tabs.widget(i), TrainingHistoryWidget)
                   for i in range(new_member.ui.tabs.count()))


def test_an_existing_member_shows_its_change_log(qtbot: QtBot, district: District,
                                                 gui: MessageLog) -> None:
    from unionoffice.ui.admin.audit_page import RecordHistoryView

    editor = open_editor(qtbot, district, district.zhang)
    tabs = editor.ui.tabs
    logs = [tabs.widget(i) for i in range(tabs.count()) if isinstance(tabs.widget(i), RecordHistoryView)]
    assert len(logs) == 1
    assert district.db is not None
    assert "登记会员" in logs[0].toPlainText()
