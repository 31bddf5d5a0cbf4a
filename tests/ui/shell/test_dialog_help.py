"""F1 inside a dialog opens the user guide at the section of the page the dialog belongs to (issue 14)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.gui import District, context
from tests.helpers.messages import MessageLog
from unionoffice.services.core.context import Actor
from unionoffice.ui.shell.help_window import HelpWindow, dialog_section, heading_position
from unionoffice.ui.shell.main_window import MainWindow


def dialog_from(module: str) -> type[QDialog]:
    """A dialog class as if defined in `module`."""
    return type("SomeDialog", (QDialog,), {"__module__": module})


def test_the_section_comes_from_the_page_the_module_or_the_page_in_front(qapp: QApplication) -> None:
    assert dialog_section(dialog_from("unionoffice.ui.honours.list_dialogs")()) == "10. 荣誉表彰"
    assert dialog_section(dialog_from("unionoffice.ui.aid.programme_dialogs")()) == "6. 帮扶救助"
    assert dialog_section(dialog_from("unionoffice.ui.admin.backup_dialog")()) == "7. 备份和恢复"
    assert dialog_section(dialog_from("unionoffice.ui.certificates.merge_dialog")()) == "单位设置、套打、补发和查验"
    assert dialog_section(dialog_from("unionoffice.ui.members.membership_dialog")()) == "3. 会籍变动"
    assert dialog_section(dialog_from("elsewhere")(), lambda: "1. 查找会员") == "1. 查找会员"
    own = dialog_from("elsewhere")()
    own.guide_section = "8. 删除和彻底清除会员"  # type: ignore[attr-defined]
    assert dialog_section(own) == "8. 删除和彻底清除会员"


def test_f1_in_a_modal_dialog_opens_the_section_of_its_page(qtbot: QtBot, district: District, admin: Actor,
                                                            gui: MessageLog) -> None:
    window = MainWindow(context(district.db, admin))
    qtbot.addWidget(window)
    window.show()
    window.install_dialog_filters()  # what the program does once the first page has been drawn
    window.nav.setCurrentRow(window.page_keys().index("competitions"))
    page = window.stack.currentWidget()
    assert isinstance(page, QWidget)
    dialog = QDialog(page)  # a dialog of no page package of its own: the page it was opened from decides
    field = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(field)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    dialog.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(field, Qt.Key.Key_F1)
    guide = dialog.findChild(HelpWindow)
    assert guide is not None  # the dialog's child: not blocked by the dialog's modality
    assert guide.isVisible()
    position = heading_position(guide.browser.document(), window.guide_section())
    assert position is not None
    assert guide.browser.textCursor().position() == position
    assert window.guide_section() == "9. 职工职业技能大赛"
    guide.close()
    dialog.close()


def test_the_dialog_filters_wait_for_the_first_paint_and_are_installed_once(qtbot: QtBot, district: District,
                                                                            admin: Actor, gui: MessageLog) -> None:
    """They see every event of the program: not while the first screen is built, then once."""
    window = MainWindow(context(district.db, admin))
    qtbot.addWidget(window)
    assert window.screen_fit is None
    assert window.dialog_help is None
    window.start_background_work()  # app.py calls it when the first page has been drawn
    fit, help_filter = window.screen_fit, window.dialog_help
    assert fit is not None
    assert help_filter is not None
    window.install_dialog_filters()
    assert (window.screen_fit, window.dialog_help) == (fit, help_filter)
