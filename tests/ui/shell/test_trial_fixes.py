"""Dead ends met in the new-user trial of 2026-12-07 (docs/trial-2026-12-07.md), each pinned by a test: the attendance
cells in Chinese as the legend says, switch user opening an empty sign-in, who makes the provincial package and who
imports, the import file dialog's type filter in Chinese."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.gui import District, context
from tests.helpers.messages import MessageLog
from tests.helpers.province import ADMIN, CLERK, REVIEWER
from tests.helpers.training import academy, class_draft, enrolment_ids, members
from unionoffice.db.engine import Database
from unionoffice.domain.training.rules import Mark
from unionoffice.services.core.context import Actor
from unionoffice.services.training import attendance as at
from unionoffice.services.training import classes as tr
from unionoffice.services.training import enrolment as en
from unionoffice.ui.exchange.exchange_page import ExchangePage
from unionoffice.ui.exchange.import_wizard import FilePage, ImportWizard
from unionoffice.ui.shell.login_dialog import LAST_USER_KEY, LoginDialog
from unionoffice.ui.shell.main_window import MainWindow
from unionoffice.ui.shell.translation import install_translators, remove_translators
from unionoffice.ui.training.attendance_grid import FIRST_SESSION, AttendanceModel


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    app = qapp
    install_translators(app, None)
    yield
    remove_translators(app)


def test_attendance_cells_show_the_chinese_marks_the_legend_names(db: Database, clerk: Actor, chinese: None) -> None:
    """The legend says 格中“出”＝出勤…, but the cells showed P/L/E/A: tr(m.value) was never extracted."""
    people = members(db, 4)
    class_id = tr.create_class(db, clerk, class_draft(academy(db, clerk), capacity=4,
                                                      start_date=date(2024, 9, 2), end_date=date(2024, 9, 6)))
    en.enrol_members(db, clerk, class_id, people)
    ids = enrolment_ids(db, class_id)
    session = tr.class_detail(db, clerk, class_id).session_ids[0]
    marks = [Mark.PRESENT, Mark.LATE, Mark.EXCUSED, Mark.ABSENT]
    at.set_marks(db, clerk, class_id, [(ids[m], session, mark) for m, mark in zip(people, marks, strict=True)])
    model = AttendanceModel(at.load_grid(db, clerk, class_id))
    shown = {model.index(row, FIRST_SESSION).data(): model.grid.mark(row, 0) for row in range(4)}
    assert shown == {"出": Mark.PRESENT, "迟": Mark.LATE, "假": Mark.EXCUSED, "缺": Mark.ABSENT}


def test_the_attendance_legend_says_a_mark_moves_to_the_next_trainee(qtbot: QtBot, db: Database, clerk: Actor,
                                                                     chinese: None) -> None:
    """In the trial, marking along a row (P, P, L …) overwrote the first-session marks of the trainees below."""
    from unionoffice.ui.shell.context import AppContext
    from unionoffice.ui.training.attendance_grid import AttendancePanel

    panel = AttendancePanel(AppContext(db, clerk))
    qtbot.addWidget(panel)
    assert "记后移到下一位学员" in panel.legend.text()
    assert "“出”＝出勤" in panel.legend.text()


def test_switch_user_opens_an_empty_sign_in_on_the_user_name(qtbot: QtBot, district: District, clerk: Actor,
                                                             gui: MessageLog) -> None:
    """In the trial the sign-in after 切换用户 showed “clerk” with the cursor in the password field, so typing
    “reviewer” went into the password."""
    QSettings().setValue(LAST_USER_KEY, "clerk")
    before = LoginDialog(district.db)
    qtbot.addWidget(before)
    assert before.ui.usernameEdit.text() == "clerk"  # an ordinary start still offers the last user
    window = MainWindow(context(district.db, clerk))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.restartRequested, timeout=1000):
        window.switch_user()
    login = LoginDialog(district.db)
    qtbot.addWidget(login)
    login.show()
    qtbot.waitExposed(login)
    assert login.ui.usernameEdit.text() == ""
    qtbot.waitUntil(lambda: login.focusWidget() is login.ui.usernameEdit)


@pytest.mark.parametrize(("actor", "package_note", "import_note"), [
    (REVIEWER, "", "导入会员需经办人账户；管理员可在“用户管理”中添加。"),
    (CLERK, "生成省级数据包需审核人账户；管理员可在“用户管理”中添加。", ""),
])
def test_the_exchange_page_says_who_makes_the_package_and_who_imports(
        qtbot: QtBot, gui: MessageLog, district: District, chinese: None, actor: Actor, package_note: str,
        import_note: str) -> None:
    """The clerk's 导入导出 page had no 省级数据包 at all and nothing said the reviewer makes it."""
    page = ExchangePage(context(district.db, actor))
    qtbot.addWidget(page)
    page.show()
    assert page.package_note.text() == package_note
    assert page.package_note.isVisible() is bool(package_note)
    assert page.package_button.isVisible() is not bool(package_note)
    assert page.import_note.text() == import_note
    assert page.import_button.isVisible() is not bool(import_note)


def test_the_admin_is_told_who_makes_the_package(qtbot: QtBot, gui: MessageLog, district: District,
                                                 chinese: None) -> None:
    page = ExchangePage(context(district.db, ADMIN))
    qtbot.addWidget(page)
    assert page.package_note.text() == "生成省级数据包需审核人账户；您可以在“用户管理”中添加。"


def test_the_import_file_dialog_filter_is_chinese(qtbot: QtBot, district: District, clerk: Actor, gui: MessageLog,
                                                  chinese: None) -> None:
    wizard = ImportWizard(context(district.db, clerk))
    qtbot.addWidget(wizard)
    assert isinstance(wizard.file_page, FilePage)
    assert wizard.file_page.file_filter() == "表格文件 (*.xlsx *.xls *.csv *.txt)"


def test_the_first_window_fits_a_1024_by_768_screen() -> None:
    """A first start under Xvfb at 1024 × 768 opened the window at 1280 × 800, the right-hand buttons off screen."""
    from PySide6.QtCore import QSize

    from unionoffice.ui.shell.main_window import first_size

    assert first_size(QSize(1024, 740)) == QSize(1024, 740)
    assert first_size(QSize(1920, 1040)) == QSize(1280, 800)


def test_a_new_main_window_is_no_larger_than_the_screen(qtbot: QtBot, district: District, clerk: Actor,
                                                        gui: MessageLog) -> None:
    window = MainWindow(context(district.db, clerk))
    qtbot.addWidget(window)
    available = window.screen().availableGeometry().size()
    assert window.width() <= available.width()
    assert window.height() <= available.height()
