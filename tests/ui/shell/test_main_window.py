"""The main window lists only the pages that exist and that the role may open, and builds them on first show."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.helpers.gui import District, context
from tests.helpers.messages import MessageLog
from unionoffice.domain.common.permissions import Permission
from unionoffice.services.core import backups, startup
from unionoffice.services.core.context import Actor
from unionoffice.ui.dashboard.dashboard_page import DashboardPage
from unionoffice.ui.members.members_page import MembersPage
from unionoffice.ui.shell import main_window, tasks
from unionoffice.ui.shell.main_window import MainWindow, visible_pages
from unionoffice.ui.shell.pages import PAGES, PageSpec


def make_window(qtbot: QtBot, district: District, actor: Actor) -> MainWindow:
    window = MainWindow(context(district.db, actor))
    qtbot.addWidget(window)
    return window


def test_a_viewer_sees_fewer_pages_than_an_admin(qtbot: QtBot, district: District, viewer: Actor,
                                                 admin: Actor, gui: MessageLog) -> None:
    viewer_keys = make_window(qtbot, district, viewer).page_keys()
    admin_keys = make_window(qtbot, district, admin).page_keys()
    assert viewer_keys[0] == "dashboard" == admin_keys[0]  # the program opens on the year at a glance
    for spec in PAGES:
        assert (spec.key in admin_keys) == (admin.may(spec.permission) and main_window.page_exists(spec))
        assert (spec.key in viewer_keys) == (viewer.may(spec.permission) and main_window.page_exists(spec))
    assert "users" in admin_keys
    assert "audit" in admin_keys
    assert "users" not in viewer_keys
    assert "audit" not in viewer_keys
    assert len(viewer_keys) < len(admin_keys)


def test_pages_that_are_not_written_yet_are_left_out(monkeypatch: pytest.MonkeyPatch, district: District,
                                                     admin: Actor) -> None:
    ghost = PageSpec("ghost", "Ghost", "unionoffice.ui.no_such_page:GhostPage", Permission.VIEW_RECORDS)
    monkeypatch.setattr(main_window, "PAGES", (*PAGES, ghost))
    keys = [spec.key for spec in visible_pages(context(district.db, admin))]
    assert "ghost" not in keys
    assert "members" in keys


def test_pages_are_built_on_first_show(qtbot: QtBot, district: District, admin: Actor,
                                       gui: MessageLog) -> None:
    window = make_window(qtbot, district, admin)
    assert list(window.pages) == ["dashboard"]
    assert isinstance(window.page("dashboard"), DashboardPage)
    members = window.page_keys().index("members")
    window.nav.setCurrentRow(members)
    assert isinstance(window.page("members"), MembersPage)
    assert window.stack.currentWidget() is window.page("members")
    window.nav.setCurrentRow(0)
    assert window.stack.currentWidget() is window.page("dashboard")


def test_geometry_and_splitter_are_remembered(qtbot: QtBot, district: District, admin: Actor,
                                              gui: MessageLog) -> None:
    window = make_window(qtbot, district, admin)
    window.resize(700, 500)  # the offscreen screen is 800×600
    window.show()
    window.save_state()
    again = make_window(qtbot, district, admin)
    again.show()
    assert again.size().width() == 700
    assert again.size().height() == 500


def test_a_read_only_database_says_why(qtbot: QtBot, district: District, admin: Actor,
                                       gui: MessageLog) -> None:
    district.db.read_only_reason = "数据库位于网络驱动器"
    window = make_window(qtbot, district, admin)
    window.show()
    assert window.read_only_label.isVisible()
    assert "网络驱动器" in window.read_only_label.text()
    district.db.read_only_reason = None


def test_help_menu_opens_certificate_verification(qtbot: QtBot, district: District, viewer: Actor,
                                                  gui: MessageLog, monkeypatch: pytest.MonkeyPatch) -> None:
    from unionoffice.ui.certificates import verify_dialog

    opened: list[object] = []
    monkeypatch.setattr(verify_dialog.VerifyDialog, "exec", lambda self: opened.append(self) or 0)
    window = make_window(qtbot, district, viewer)
    actions = [a for m in window.menuBar().actions() for a in m.menu().actions()]
    verify = next(a for a in actions if "erify" in a.text() or "验证" in a.text())
    verify.trigger()
    assert len(opened) == 1
    assert isinstance(opened[0], verify_dialog.VerifyDialog)


def test_after_the_first_paint_the_deferred_check_and_the_writes_held_for_it_run_in_the_background(
        qtbot: QtBot, district: District, admin: Actor, gui: MessageLog, monkeypatch: pytest.MonkeyPatch) -> None:
    assert district.db.path is not None
    db = startup.open_database(f"sqlite:///{district.db.path}", defer_check=True)
    held: list[str | None] = []
    startup.when_checked(db, lambda: held.append(db.read_only_reason))  # as a sign-in's audit row is
    window = MainWindow(context(db, admin))
    qtbot.addWidget(window)
    assert db.read_only_reason == startup.CHECK_PENDING
    monkeypatch.setattr(tasks, "synchronous", False)
    window.start_background_work()
    qtbot.waitUntil(lambda: bool(held), timeout=10_000)
    assert held == [None]
    qtbot.waitUntil(lambda: not window.read_only_label.isVisible(), timeout=10_000)
    tasks.shutdown()
    db.dispose()


def test_closing_waits_for_the_exit_backup(qtbot: QtBot, district: District, admin: Actor, gui: MessageLog,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    window = make_window(qtbot, district, admin)
    window.show()
    monkeypatch.setattr(tasks, "synchronous", False)
    folder = backups.backup_folder(district.db)
    window.close()
    assert len(list(folder.glob("*-exit-*"))) == 1  # made before close() returned
    assert QApplication.overrideCursor() is None
