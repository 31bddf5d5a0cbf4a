"""The honours page on a 1024 × 768 screen: the lists and the honours fit without a horizontal scrollbar, the list's
name and the unit elide with the whole text as tooltip, the split is remembered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.fits import assert_fits, open_window, show_page
from tests.helpers.honours import YEAR, may_day_list, office
from tests.helpers.messages import MessageLog
from unionoffice.db.engine import Database
from unionoffice.services.core.context import Actor
from unionoffice.ui.honours.honours_page import HonoursPage


def test_the_honours_page_fits_1024_pixels(qtbot: QtBot, db: Database, clerk: Actor, gui: MessageLog,
        chinese_ui: None) -> None:
    place = office(db)
    may_day_list(db, clerk, place, winners=2, deeds=30)
    window = open_window(qtbot, db, clerk)
    page = show_page(qtbot, window, "honours")
    assert isinstance(page, HonoursPage)
    page.ui.yearCombo.setCurrentIndex(page.ui.yearCombo.findData(YEAR))
    qtbot.waitUntil(lambda: page.honours.rowCount() == 32)
    assert_fits(qtbot, window, page)
    header = page.ui.honourView.horizontalHeader()
    assert header.sectionResizeMode(2) == header.ResizeMode.Stretch  # the unit takes the rest and elides
    unit = page.honours.index(0, 2)
    assert unit.data(Qt.ItemDataRole.ToolTipRole) == unit.data()
    name = page.lists.index(0, 0)
    assert str(name.data(Qt.ItemDataRole.ToolTipRole)).startswith(name.data())
    basis = page.honours.index(5, 3)
    assert basis.data(Qt.ItemDataRole.ToolTipRole)  # the hidden details column's text


def test_the_split_is_remembered(qtbot: QtBot, db: Database, clerk: Actor, gui: MessageLog,
        chinese_ui: None) -> None:
    window = open_window(qtbot, db, clerk)
    page = show_page(qtbot, window, "honours")
    assert isinstance(page, HonoursPage)
    page.ui.splitter.setSizes([200, 700])
    wanted = page.ui.splitter.sizes()
    window.save_state()
    again = HonoursPage(page.ctx)
    qtbot.addWidget(again)
    again.resize(page.size())
    again.show()
    assert abs(again.ui.splitter.sizes()[0] - wanted[0]) <= 4  # not the default 300: the one left
