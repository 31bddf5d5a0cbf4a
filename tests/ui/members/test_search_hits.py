"""More than a page of hits: the status line says how many there are, and the list scrolls on through all of them;
mixed pinyin typed into the box finds the person."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.helpers.gui import District, context
from tests.helpers.messages import MessageLog
from unionoffice.db.engine import Database
from unionoffice.services.core.context import SYSTEM, Actor
from unionoffice.services.demo.district import generate_demo
from unionoffice.services.members.search import DEFAULT_LIMIT, search_member_ids
from unionoffice.ui.members.member_table_model import COL_NAME
from unionoffice.ui.members.members_page import MembersPage


def make_page(qtbot: QtBot, db: Database, actor: Actor) -> MembersPage:
    page = MembersPage(context(db, actor))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_more_than_a_page_of_hits_says_how_many_and_scrolls_on(qtbot: QtBot, db: Database, admin: Actor,
                                                               gui: MessageLog) -> None:
    generate_demo(db, SYSTEM, 2500, seed=4)
    query = next(q for q in ("z", "l", "w", "y") if len(search_member_ids(db, admin, q, limit=10_000)) > 300)
    every = search_member_ids(db, admin, query, limit=10_000)
    page = make_page(qtbot, db, admin)
    qtbot.keyClicks(page.search_edit, query)
    qtbot.waitUntil(lambda: page.model.searching, timeout=2000)
    assert page.model.rowCount() >= DEFAULT_LIMIT  # the first page at once
    qtbot.waitUntil(lambda: page.model.rowCount() == len(every), timeout=3000)  # then all of them
    total = f"{len(every):,}"
    assert total in page.status_label.text()
    assert "in all" in page.status_label.text()
    page.table.scrollToBottom()  # the list scrolls on past the first page, fetched page by page
    last = page.model.row_at(len(every) - 1)
    assert last is not None
    assert last.id == every[-1]
    assert page.model.loaded_row_count() < len(every) + DEFAULT_LIMIT


def test_mixed_pinyin_in_the_search_box(qtbot: QtBot, district: District, clerk: Actor, gui: MessageLog) -> None:
    page = make_page(qtbot, district.db, clerk)  # the district's member is 张三丰: zhang san feng
    for query in ("zhangsf", "zsfeng", "zhangsanf"):
        page.search_edit.clear()
        qtbot.keyClicks(page.search_edit, query)
        qtbot.waitUntil(lambda: page.model.searching, timeout=2000)
        assert page.model.index(0, COL_NAME).data() == "张三丰"
