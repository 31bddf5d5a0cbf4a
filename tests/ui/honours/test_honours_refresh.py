"""The honours page follows the change hub: a change made elsewhere (another window, a background job, a service
called on the GUI thread) shows at once, without the page reloading after its own writes."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.honours import YEAR, Office, may_day_list, medal, office
from tests.helpers.messages import MessageLog
from unionoffice.db.engine import Database
from unionoffice.services.core.context import Actor
from unionoffice.services.honours import register as rg
from unionoffice.ui.honours.honours_page import HonoursPage
from unionoffice.ui.shell import tasks
from unionoffice.ui.shell.context import AppContext


@pytest.fixture
def place(db: Database) -> Office:
    return office(db)


def open_page(qtbot: QtBot, db: Database, actor: Actor, list_id: int) -> HonoursPage:
    page = HonoursPage(AppContext(db, actor))
    qtbot.addWidget(page)
    page.resize(1024, 768)
    page.show()
    qtbot.waitExposed(page)
    page.ui.yearCombo.setCurrentIndex(page.ui.yearCombo.findData(YEAR))
    row = [r.id for r in page.lists.rows].index(list_id)
    page.ui.listView.setCurrentIndex(page.lists.index(row, 0))
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == list_id)
    return page


def test_an_honour_added_elsewhere_shows_with_the_quota_and_counts(
        qtbot: QtBot, gui: MessageLog, db: Database, clerk: Actor, place: Office) -> None:
    list_id = may_day_list(db, clerk, place, winners=1, deeds=9)
    page = open_page(qtbot, db, clerk, list_id)
    assert page.honours.rowCount() == 10
    assert "共 10 个" in page.ui.quotaLabel.text()
    tasks.run_write(None, lambda: rg.add_honour(db, clerk, list_id, medal(place.members[40])), lambda _r: None)
    qtbot.waitUntil(lambda: page.honours.rowCount() == 11)
    assert "共 11 个" in page.ui.quotaLabel.text()
    assert page.lists.rows[[r.id for r in page.lists.rows].index(list_id)].honours == 11
    assert page.current is not None
    assert page.current.id == list_id


def test_a_list_drafted_elsewhere_appears_and_a_removal_on_the_gui_thread_shows(
        qtbot: QtBot, gui: MessageLog, db: Database, clerk: Actor, place: Office) -> None:
    list_id = may_day_list(db, clerk, place, deeds=3)
    page = open_page(qtbot, db, clerk, list_id)
    assert len(page.lists.rows) == 1
    other = may_day_list(db, clerk, place, deeds=2, skip=10)  # services called straight on the GUI thread
    qtbot.waitUntil(lambda: len(page.lists.rows) == 2)
    assert other in [r.id for r in page.lists.rows]
    honour = page.honours.rows[0].id
    rg.remove_honours(db, clerk, [honour])
    qtbot.waitUntil(lambda: page.honours.rowCount() == 2)
