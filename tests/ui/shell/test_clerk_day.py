"""Issue 14 (a clerk's day without dead ends): switch user, who can do what a role cannot, the user guide from the
Help menu and F1, Qt's own dialogs and message box titles in Chinese."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from tests.helpers.gui import District, context
from tests.helpers.messages import MessageLog
from unionoffice.domain.common.permissions import Permission
from unionoffice.services.core.context import Actor
from unionoffice.ui.members.members_page import MembersPage
from unionoffice.ui.shell import messages
from unionoffice.ui.shell.main_window import MainWindow
from unionoffice.ui.shell.translation import install_translators, remove_translators
from unionoffice.ui.widgets.role_note import who_can


@pytest.fixture
def chinese() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translators(app, None)
    yield
    remove_translators(app)


def make_window(qtbot: QtBot, district: District, actor: Actor) -> MainWindow:
    window = MainWindow(context(district.db, actor))
    qtbot.addWidget(window)
    return window


def test_switch_user_signs_out_without_quitting(qtbot: QtBot, district: District, clerk: Actor,
                                                gui: MessageLog) -> None:
    window = make_window(qtbot, district, clerk)
    action = window.findChild(QAction, "switchUser")
    assert action is not None
    with qtbot.waitSignal(window.restartRequested, timeout=1000):
        action.trigger()
    assert window.isVisible() is False or window.close  # the window stays until run_gui reopens and signs in


def test_the_administrator_is_told_who_enters_members(qtbot: QtBot, district: District, admin: Actor, clerk: Actor,
                                                      gui: MessageLog, chinese: None) -> None:
    admin_window = make_window(qtbot, district, admin)
    admin_window.show_page(admin_window.page_keys().index("members"))  # the window opens on the home page
    admin_page = admin_window.page("members")
    assert isinstance(admin_page, MembersPage)
    assert not admin_page.new_button.isVisibleTo(admin_page)
    assert admin_page.role_note.isVisibleTo(admin_page)
    assert admin_page.role_note.text() == "录入会员需经办人账户；您可以在“用户管理”中添加。"
    clerk_window = make_window(qtbot, district, clerk)
    clerk_window.show_page(clerk_window.page_keys().index("members"))
    clerk_page = clerk_window.page("members")
    assert isinstance(clerk_page, MembersPage)
    assert clerk_page.new_button.isVisibleTo(clerk_page)
    assert not clerk_page.role_note.isVisibleTo(clerk_page)


def test_who_can_names_the_roles_and_who_adds_accounts(viewer: Actor, chinese: None) -> None:
    assert who_can(viewer, Permission.EXPORT_DATA, "导出") == \
        "导出需管理员或经办人或审核人账户；管理员可在“用户管理”中添加。"
    assert who_can(viewer, Permission.VIEW_RECORDS, "查看") == ""


def test_qt_file_dialogs_are_in_chinese(qtbot: QtBot, chinese: None) -> None:
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Look in" not in labels
    assert "Files of" not in labels
    assert "查找范围" in labels
    assert "文件类型" in labels
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "查找范围(&L)："


def test_message_boxes_carry_the_chinese_program_name(chinese: None, gui: MessageLog) -> None:
    before = len(messages.log)
    messages.info(None, "好")
    messages.confirm(None, "好吗？")
    titles = [title for _kind, title, _text in messages.log[before:]]
    assert titles == ["工会业务管理", "工会业务管理"]


def test_the_guide_opens_from_the_help_menu_and_f1_at_the_page_in_front(qtbot: QtBot, district: District,
                                                                        admin: Actor, gui: MessageLog) -> None:
    from PySide6.QtCore import Qt

    from unionoffice.ui.shell.help_window import HelpWindow, guide_path, heading_position

    assert guide_path() is not None
    window = make_window(qtbot, district, admin)
    window.show()
    action = window.findChild(QAction, "userGuide")
    assert action is not None
    assert action.shortcut().toString() == "F1"
    window.nav.setCurrentRow(window.page_keys().index("audit"))
    guide = window.open_guide()
    assert isinstance(guide, HelpWindow)
    document = guide.browser.document()
    assert "查找会员" in document.toPlainText()
    position = heading_position(document, "五、审计记录")
    assert position is not None
    assert guide.browser.textCursor().position() == position
    assert guide.browser.verticalScrollBar().value() > 0
    guide.close()
    window.nav.setCurrentRow(window.page_keys().index("members"))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.nav, Qt.Key.Key_F1)
    assert guide.isVisible()
    assert guide.browser.textCursor().position() == heading_position(document, "1. 查找会员")
    guide.close()


def test_window_titles_name_the_program_in_chinese(qtbot: QtBot, district: District, admin: Actor,
                                                   gui: MessageLog, chinese: None) -> None:
    from unionoffice.ui.shell.login_dialog import LoginDialog

    window = make_window(qtbot, district, admin)
    assert window.windowTitle() == "工会业务管理（区县总工会）"
    login = LoginDialog(district.db)
    qtbot.addWidget(login)
    assert "UnionOffice" not in login.windowTitle()
    assert "工会业务管理" in login.windowTitle()


def test_a_c_locale_desktop_gets_chinese_dates_in_qt_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    from unionoffice import app as app_module

    monkeypatch.setattr(app_module.winapi, "is_windows", lambda: False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    app_module.chinese_system_locale(None)
    assert app_module.os.environ["LANG"] == "zh_CN.UTF-8"
    monkeypatch.setenv("LANG", "en_GB.UTF-8")  # somebody's real choice stays
    app_module.chinese_system_locale(None)
    assert app_module.os.environ["LANG"] == "en_GB.UTF-8"
    monkeypatch.setenv("LANG", "C")
    app_module.chinese_system_locale("en")
    assert app_module.os.environ["LANG"] == "C"
