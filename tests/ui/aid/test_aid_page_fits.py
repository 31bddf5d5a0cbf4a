"""The aid page on a 1024 × 768 screen: every tab's tables fit without a horizontal scrollbar, the wide columns elide
with the whole text as tooltip, and the application columns hidden at first come back from the header's menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.aid import CLERK, bulk_applications, make_aid_world
from tests.helpers.fits import assert_fits, open_window, show_page
from tests.helpers.messages import MessageLog
from unionoffice.db.engine import Database
from unionoffice.ui.aid.aid_page import AidPage
from unionoffice.ui.aid.models import APP_HIDDEN


def test_the_aid_page_fits_1024_pixels(qtbot: QtBot, db: Database, gui: MessageLog,
        chinese_ui: None) -> None:
    world = make_aid_world(db)
    bulk_applications(db, world, 40)
    window = open_window(qtbot, db, CLERK)
    page = show_page(qtbot, window, "aid")
    assert isinstance(page, AidPage)
    page.tabs.setCurrentWidget(page.applications)
    page.applications.show_programme(world.golden)
    qtbot.waitUntil(lambda: page.applications.model.rowCount() == 40)
    assert_fits(qtbot, window, page)
    view = page.applications.view
    header = view.horizontalHeader()
    assert all(header.isSectionHidden(c) for c in APP_HIDDEN)
    union = page.applications.model.index(0, 3)
    assert union.data(Qt.ItemDataRole.ToolTipRole) == union.data()
    assert header.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu  # show/hide columns
