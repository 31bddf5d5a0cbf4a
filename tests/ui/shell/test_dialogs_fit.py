"""Every dialog of the program fits a 1024 × 768 screen (issue 14): opened with data like the clerk's, in Chinese,
neither its size nor its smallest size is larger than the screen. (The same dialogs at 150 % scaling were looked at
in screenshots: QT_SCALE_FACTOR is read once per process; the tests at 150 % give every dialog the room Qt has
there, 683 × 485 pixels less the window frame.)"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.gui import District
from tests.helpers.messages import MessageLog
from tests.helpers.training import academy, class_draft
from unionoffice.db.engine import Database
from unionoffice.domain.common.permissions import Role
from unionoffice.services.core.context import Actor
from unionoffice.services.honours import register as rg
from unionoffice.services.training import classes as tr
from unionoffice.ui.shell.context import AppContext

SCREEN_WIDTH, SCREEN_HEIGHT = 1024, 768
ROOM_AT_150 = QSize(683 - 16, (768 - 40) * 2 // 3 - 40)  # 1024 × 768 at 150 %, taskbar and window frame off
ROOM_HEIGHT = SCREEN_HEIGHT - 40 - 32  # the taskbar and the dialog's own title bar
ADMIN = Actor(username="admin", role=Role.ADMIN, user_id=1, display_name="管理员")
CLERK = Actor(username="clerk", role=Role.CLERK, user_id=2, display_name="经办人")
Opener = Callable[[District], QWidget]


def ctx(district: District, actor: Actor = CLERK) -> AppContext:
    return AppContext(db=district.db, actor=actor)


def _verify(d: District) -> QWidget:
    from unionoffice.ui.certificates.verify_dialog import VerifyDialog
    return VerifyDialog(ctx(d))


def _merge(d: District) -> QWidget:
    from unionoffice.ui.certificates.merge_dialog import MergeDialog
    return MergeDialog(ctx(d), [d.zhang])


def _office(d: District) -> QWidget:
    from unionoffice.ui.certificates.office_dialog import OfficeDialog
    return OfficeDialog(ctx(d, ADMIN))


def _user(d: District) -> QWidget:
    from unionoffice.ui.admin.users_page import UserDialog
    return UserDialog("add")


def _backup(d: District) -> QWidget:
    from unionoffice.ui.admin.backup_dialog import BackupDialog
    return BackupDialog(ctx(d, ADMIN), None, lambda: None)


def _history(d: District) -> QWidget:
    from unionoffice.ui.admin.audit_page import RecordHistoryDialog
    return RecordHistoryDialog(ctx(d, ADMIN), "member", d.zhang, "张三丰")


def _honour_list(d: District) -> QWidget:
    from unionoffice.ui.honours.list_dialogs import ListDialog
    return ListDialog(ctx(d), None, 2024)


def _honour(d: District) -> QWidget:
    from unionoffice.ui.honours.honour_dialog import HonourDialog
    list_id = rg.create_list(d.db, CLERK, rg.ListDraft(2024))
    return HonourDialog(ctx(d), rg.list_row(d.db, CLERK, list_id), None)


def _revoke(d: District) -> QWidget:
    from unionoffice.ui.honours.list_dialogs import RevokeDialog
    return RevokeDialog("撤销张三丰的五一劳动奖章？撤销后其荣誉和证书一并作废。")


def _class(d: District) -> QWidget:
    from unionoffice.ui.training.class_editor import ClassEditor
    return ClassEditor(ctx(d), None)


def _class_existing(d: District) -> QWidget:
    from unionoffice.ui.training.class_editor import ClassEditor
    class_id = tr.create_class(d.db, CLERK, class_draft(academy(d.db, CLERK), capacity=30,
                                                          start_date=date(2024, 9, 2), end_date=date(2024, 9, 6)))
    return ClassEditor(ctx(d), class_id)


def _academy(d: District) -> QWidget:
    from unionoffice.ui.training.class_editor import AcademyEditor
    return AcademyEditor(ctx(d), None)


def _enrol(d: District) -> QWidget:
    from unionoffice.ui.training.enrol_dialog import EnrolDialog
    class_id = tr.create_class(d.db, CLERK, class_draft(academy(d.db, CLERK), capacity=30))
    return EnrolDialog(ctx(d), class_id)


def _training_reason(d: District) -> QWidget:
    from unionoffice.ui.training.class_editor import ReasonDialog
    return ReasonDialog("改判结业", "改判结业的理由（记入审计记录）：")


def _crash(d: District) -> QWidget:
    from unionoffice.ui.shell.crash_dialog import CrashDialog
    return CrashDialog("程序遇到意外错误", "Traceback (most recent call last):\n" + "  File \"x.py\", line 1\n" * 80)


def _first_admin(d: District) -> QWidget:
    from unionoffice.ui.shell.first_admin_dialog import FirstAdminDialog
    return FirstAdminDialog(d.db)


def _password(d: District) -> QWidget:
    from unionoffice.ui.shell.change_password_dialog import ChangePasswordDialog
    return ChangePasswordDialog(d.db, CLERK, forced=True)


def _login(d: District) -> QWidget:
    from unionoffice.ui.shell.login_dialog import LoginDialog
    return LoginDialog(d.db)


def _competition(d: District) -> QWidget:
    from unionoffice.ui.competitions.editors import CompetitionEditor
    return CompetitionEditor(ctx(d), None)


def _event(d: District) -> QWidget:
    from unionoffice.services.competitions import events as ev
    from unionoffice.ui.competitions.editors import EventEditor
    competition = ev.create_competition(d.db, CLERK, ev.CompetitionDraft(
        "南关区第三届职工职业技能大赛", "区县级", 2024, "南关区总工会、区人社局", "区职工服务中心", date(2024, 11, 15)))
    return EventEditor(ctx(d), competition, None)


def _competition_settings(d: District) -> QWidget:
    from unionoffice.ui.competitions.editors import SettingsDialog
    return SettingsDialog(ctx(d, ADMIN))


def _competition_reason(d: District) -> QWidget:
    from unionoffice.ui.competitions.dialogs import ReasonDialog
    return ReasonDialog("取消资格", "取消资格：焊工 决赛：张三丰")


def _labour(d: District) -> QWidget:
    from unionoffice.ui.competitions.dialogs import LabourEditor
    return LabourEditor(ctx(d), None)


def _programme(d: District) -> QWidget:
    from unionoffice.ui.aid.programme_dialogs import ProgrammeDialog
    return ProgrammeDialog(ctx(d, ADMIN), None)


def _standards(d: District) -> QWidget:
    from unionoffice.ui.aid.programme_dialogs import StandardsDialog
    return StandardsDialog(ctx(d, ADMIN))


def _hardship_file(d: District) -> QWidget:
    from unionoffice.ui.aid.files_tab import FileEditor
    return FileEditor(ctx(d), None)


def _loan(d: District) -> QWidget:
    from unionoffice.ui.aid.loans_tab import LoanDialog
    return LoanDialog(ctx(d))


def _batch(d: District) -> QWidget:
    from unionoffice.ui.aid.recuperation_tab import BatchDialog
    return BatchDialog(ctx(d))


def _step(d: District) -> QWidget:
    from unionoffice.ui.aid.widgets import StepDialog
    return StepDialog("驳回：3 件申请", True)


def _export(d: District) -> QWidget:
    from unionoffice.ui.exchange.export_dialog import ExportDialog
    return ExportDialog(ctx(d))


def _provincial(d: District) -> QWidget:
    from unionoffice.ui.exchange.provincial_dialog import ProvincialPackageDialog
    return ProvincialPackageDialog(ctx(d))


def _import(d: District) -> QWidget:
    from unionoffice.ui.exchange.import_wizard import ImportWizard
    return ImportWizard(ctx(d))


def _member(d: District) -> QWidget:
    from unionoffice.ui.members.member_editor import MemberEditor
    return MemberEditor(ctx(d), None)


def _member_existing(d: District) -> QWidget:
    from unionoffice.ui.members.member_editor import MemberEditor
    return MemberEditor(ctx(d), d.zhang)


def _membership(d: District) -> QWidget:
    from unionoffice.ui.members.membership_dialog import MembershipDialog
    return MembershipDialog(ctx(d), d.zhang)


def _union(d: District) -> QWidget:
    from unionoffice.ui.members.union_editor import UnionEditor
    return UnionEditor(ctx(d), d.north)


def _guide(d: District) -> QWidget:
    from unionoffice.ui.shell.help_window import HelpWindow
    return HelpWindow()


DIALOGS: dict[str, Opener] = {
    "VerifyDialog": _verify, "MergeDialog": _merge, "OfficeDialog": _office, "UserDialog": _user,
    "BackupDialog": _backup, "RecordHistoryDialog": _history, "ListDialog": _honour_list, "HonourDialog": _honour,
    "RevokeDialog": _revoke, "ClassEditor(new)": _class, "ClassEditor": _class_existing, "AcademyEditor": _academy,
    "EnrolDialog": _enrol, "ReasonDialog(training)": _training_reason, "CrashDialog": _crash,
    "FirstAdminDialog": _first_admin, "ChangePasswordDialog": _password, "LoginDialog": _login,
    "CompetitionEditor": _competition, "EventEditor": _event, "SettingsDialog(competitions)": _competition_settings,
    "ReasonDialog(competitions)": _competition_reason, "LabourEditor": _labour, "ProgrammeDialog": _programme,
    "StandardsDialog": _standards, "FileEditor": _hardship_file, "LoanDialog": _loan, "BatchDialog": _batch,
    "StepDialog": _step, "ExportDialog": _export, "ProvincialPackageDialog": _provincial, "ImportWizard": _import,
    "MemberEditor(new)": _member, "MemberEditor": _member_existing, "MembershipDialog": _membership,
    "UnionEditor": _union, "HelpWindow": _guide,
}


def shown(district: District, name: str, qtbot: QtBot) -> QDialog:
    dialog = DIALOGS[name](district)
    qtbot.addWidget(dialog)
    assert isinstance(dialog, QDialog)
    dialog.show()
    QApplication.processEvents()
    return dialog


def assert_within(dialog: QDialog, width: int, height: int) -> None:
    """Neither the dialog nor its smallest layout larger than the room."""
    smallest = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
    assert smallest.width() <= width, smallest
    assert smallest.height() <= height, smallest
    assert dialog.width() <= width, dialog.size()
    assert dialog.height() <= height, dialog.size()


@pytest.fixture
def at_150_percent(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The screen-fit filter installed, with the room Qt has at 150 % on a 1024 × 768 screen."""
    from unionoffice.ui.widgets import screen_fit

    monkeypatch.setattr(screen_fit, "room_on_screen", lambda window: ROOM_AT_150)
    fit = screen_fit.ScreenFit()
    yield
    app = QApplication.instance()
    assert app is not None
    app.removeEventFilter(fit)


@pytest.mark.parametrize("name", list(DIALOGS))
def test_the_dialog_fits_1024_by_768(qtbot: QtBot, district: District, db: Database, gui: MessageLog,
                                     chinese_ui: None, name: str) -> None:
    assert_within(shown(district, name, qtbot), SCREEN_WIDTH, ROOM_HEIGHT)


def test_a_dialog_larger_than_the_screen_is_made_to_fit(qtbot: QtBot) -> None:
    from unionoffice.ui.widgets.screen_fit import ScreenFit, room_on_screen

    fit = ScreenFit()
    try:
        dialog = QDialog()
        qtbot.addWidget(dialog)
        dialog.resize(3000, 2000)
        dialog.show()
        room = room_on_screen(dialog)
        assert dialog.width() <= room.width()
        assert dialog.height() <= room.height()
        small = QDialog()
        qtbot.addWidget(small)
        small.resize(300, 200)
        small.show()
        assert (small.width(), small.height()) == (300, 200)  # one that fits keeps its size
    finally:
        app = QApplication.instance()
        assert app is not None
        app.removeEventFilter(fit)


@pytest.mark.parametrize("name", list(DIALOGS))
def test_the_dialog_fits_1024_by_768_at_150_percent(qtbot: QtBot, district: District, db: Database, gui: MessageLog,
                                                    chinese_ui: None, at_150_percent: None, name: str) -> None:
    """A form taller than the room scrolls its body; its buttons stay in view and it still works."""
    from unionoffice.ui.widgets.screen_fit import FittingScrollArea

    dialog = shown(district, name, qtbot)
    assert_within(dialog, ROOM_AT_150.width(), ROOM_AT_150.height())
    area = dialog.findChild(FittingScrollArea)
    if area is not None:  # scrolled: the buttons are outside the scrolled body, in view
        for box in dialog.findChildren(QDialogButtonBox):
            assert not area.isAncestorOf(box)
            assert box.isVisible()


def test_a_scrolled_member_form_still_saves(qtbot: QtBot, district: District, db: Database, gui: MessageLog,
                                            at_150_percent: None) -> None:
    from unionoffice.ui.members.member_editor import MemberEditor
    from unionoffice.ui.widgets.screen_fit import FittingScrollArea

    editor = MemberEditor(ctx(district), district.zhang)
    qtbot.addWidget(editor)
    editor.show()
    QApplication.processEvents()
    area = editor.findChild(FittingScrollArea)
    assert area is not None
    assert area.isAncestorOf(editor.ui.phoneEdit)
    assert not area.isAncestorOf(editor.ui.saveButton)  # the buttons stay in view under the scrolled form
    assert editor.ui.saveButton.isVisible()
    assert not area.isAncestorOf(editor.ui.generalError)  # and the line saying what stops 保存 (second trial)
    editor.ui.phoneEdit.setText("13912345678")
    assert editor.ui.saveButton.isEnabled()
    editor.ui.saveButton.click()
    assert editor.result() == QDialog.DialogCode.Accepted


def test_the_member_form_shows_all_18_digits_of_an_id_at_150_percent(qtbot: QtBot, district: District, db: Database,
                                                                     gui: MessageLog, chinese_ui: None,
                                                                     at_150_percent: None) -> None:
    """The second trial read “02199103044621”, 14 of 18 digits: the narrow left column cut the field."""
    from PySide6.QtCore import QPoint

    from unionoffice.ui.members.member_editor import MemberEditor

    editor = MemberEditor(ctx(district), None)
    qtbot.addWidget(editor)
    editor.show()
    QApplication.processEvents()
    edit = editor.ui.idNumberEdit
    for number in ("220104198805123576", "11010519491231002X"):
        edit.setText(number)
        edit.setCursorPosition(len(number))  # typed to the end: a field too narrow has scrolled its head away
        QApplication.processEvents()
        # the first digit under the field's first pixels, and nothing cut at the end
        first = edit.cursorPositionAt(QPoint(edit.contentsRect().left() + edit.textMargins().left() + 2, 5))
        assert first == 0, (number, edit.width())
        needed = edit.fontMetrics().horizontalAdvance(number)
        assert edit.contentsRect().width() - edit.textMargins().left() - edit.textMargins().right() >= needed + 4
