"""The member page on a 1024 × 768 office screen: every shown column fits without a horizontal scrollbar (empty or
full), the 状态 column is whole, the wide union column elides with its whole name as tooltip, the tree shrinks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.gui import District, context
from tests.helpers.messages import MessageLog
from unionoffice.db.engine import Database
from unionoffice.services.core.context import SYSTEM, Actor
from unionoffice.services.demo.district import generate_demo
from unionoffice.ui.members.member_table_model import COL_STATUS, COL_UNION
from unionoffice.ui.shell.main_window import MainWindow


def open_window(qtbot: QtBot, db: Database, actor: Actor) -> MainWindow:
    window = MainWindow(context(db, actor))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(window.page_keys().index("members"))  # the window opens on the home page
    return window


def test_the_member_table_fits_1024_pixels(qtbot: QtBot, db: Database, admin: Actor, gui: MessageLog) -> None:
    generate_demo(db, SYSTEM, 200, seed=8)
    window = open_window(qtbot, db, admin)
    page = window.page("members")
    assert page is not None
    table = page.table  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    assert not table.horizontalScrollBar().isVisible()
    header = table.horizontalHeader()
    status_end = header.sectionViewportPosition(COL_STATUS) + header.sectionSize(COL_STATUS)
    assert status_end <= table.viewport().width()  # 状态 is whole
    assert header.sectionResizeMode(COL_UNION) == header.ResizeMode.Stretch
    index = table.model().index(0, COL_UNION)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()
    page.splitter.setSizes([120, 880])  # type: ignore[attr-defined]
    assert page.splitter.sizes()[0] <= 130  # type: ignore[attr-defined]


def test_the_empty_member_table_has_no_horizontal_scrollbar(qtbot: QtBot, district: District, admin: Actor,
                                                           gui: MessageLog) -> None:
    window = open_window(qtbot, district.db, admin)
    page = window.page("members")
    assert page is not None
    page.search_edit.setText("没有这个人")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: page.model.searching and page.model.rowCount() == 0)  # type: ignore[attr-defined]
    assert not page.table.horizontalScrollBar().isVisible()  # type: ignore[attr-defined]
