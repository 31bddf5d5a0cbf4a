"""The member page on a 1024 × 768 office screen: every shown column fits without a horizontal scrollbar (empty or
full), the 状态 column is whole, the wide union column elides with its whole name as tooltip, the tree shrinks."""

from __future__ import annotations

from datetime import date

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


def test_a_six_character_name_is_whole_and_an_elided_cell_tells_its_text(
        qtbot: QtBot, district: District, clerk: Actor, gui: MessageLog, chinese_ui: None) -> None:
    """The trial saw “阿不都热…” in 姓名 at 1024 px: room for 4–6 characters, the rest whole in a tooltip."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from tests.helpers.gui import make_id
    from unionoffice.domain.members.rules import MemberDraft
    from unionoffice.services.members.records import create_member
    from unionoffice.ui.members.member_table_model import COL_NAME, COL_PHONE
    from unionoffice.ui.widgets.columns import elided_text

    for n, name in enumerate(("阿不都热合曼", "阿不都热合曼·买买提艾力")):
        create_member(district.db, clerk, MemberDraft(name=name, id_number=make_id("19850101", f"10{n}"),
                                                     union_id=district.north, join_date=date(2010, 1, 1),
                                                     phone="18056296871"))
    window = open_window(qtbot, district.db, clerk)
    page = window.page("members")
    assert page is not None
    page.search_edit.setText("阿不都热合曼")  # type: ignore[attr-defined]
    table = page.table  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: table.model().rowCount() == 2)
    model = table.model()
    rows = {model.index(r, COL_NAME).data(): r for r in range(2)}
    assert elided_text(table, model.index(rows["阿不都热合曼"], COL_NAME)) == ""
    assert elided_text(table, model.index(rows["阿不都热合曼"], COL_PHONE)) == ""  # an 11-digit phone is whole
    long_name = model.index(rows["阿不都热合曼·买买提艾力"], COL_NAME)
    assert elided_text(table, long_name) == "阿不都热合曼·买买提艾力"
    # a cell without a tooltip of its own shows its whole text when elided: narrow the phone column to see it
    table.horizontalHeader().resizeSection(COL_PHONE, 40)
    phone = model.index(rows["阿不都热合曼"], COL_PHONE)
    assert elided_text(table, phone) == phone.data()
    centre = table.visualRect(phone).center()
    event = QHelpEvent(QEvent.Type.ToolTip, centre, table.viewport().mapToGlobal(centre))
    QApplication.sendEvent(table.viewport(), event)
    assert QToolTip.text() == phone.data()
    QToolTip.hideText()
