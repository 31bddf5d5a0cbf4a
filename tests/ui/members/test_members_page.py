"""The member page: typing in the real search box filters the table; the tree scopes it; keys open records."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.helpers.gui import District, context
from tests.helpers.messages import MessageLog
from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry
from unionoffice.services.core.context import SYSTEM, Actor
from unionoffice.services.demo.district import generate_demo
from unionoffice.ui.members import member_editor
from unionoffice.ui.members.member_table_model import COL_NAME
from unionoffice.ui.members.members_page import MembersPage
from unionoffice.ui.shell import tasks


def make_page(qtbot: QtBot, db: Database, actor: Actor) -> MembersPage:
    page = MembersPage(context(db, actor))
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_typing_filters_the_table_after_a_short_pause(qtbot: QtBot, district: District, clerk: Actor,
                                                      gui: MessageLog) -> None:
    generate_demo_extra(district.db)
    page = make_page(qtbot, district.db, clerk)
    everyone = page.model.rowCount()
    qtbot.keyClicks(page.search_edit, "zsf")
    assert not page.model.searching  # debounced: nothing ran yet
    qtbot.waitUntil(lambda: page.model.searching, timeout=2000)
    assert 0 < page.model.rowCount() < everyone
    assert page.model.index(0, COL_NAME).data() == "张三丰"  # exact initials first
    assert "match" in page.status_label.text()
    page.search_edit.clear()
    qtbot.waitUntil(lambda: not page.model.searching, timeout=2000)
    assert page.model.rowCount() == everyone


def generate_demo_extra(db: Database) -> None:
    """A few more people in the district fixture's unions (the demo generator needs an empty database)."""
    from datetime import date

    from tests.helpers.gui import CLERK, make_id
    from unionoffice.domain.members.rules import MemberDraft
    from unionoffice.services.members.organisations import organisation_tree
    from unionoffice.services.members.records import create_member
    union = next(n.id for n in organisation_tree(db, SYSTEM) if n.kind == "grassroots")
    for number, name in enumerate(("张三", "李四", "王五", "赵六", "张伟")):
        create_member(db, CLERK, MemberDraft(name=name, id_number=make_id("19850505", f"{number + 200}"),
                                              union_id=union, join_date=date(2010, 1, 1)))


def test_search_by_the_last_digits_of_the_id(qtbot: QtBot, district: District, clerk: Actor,
                                             gui: MessageLog) -> None:
    page = make_page(qtbot, district.db, clerk)
    from unionoffice.services.members.records import member_detail

    id_number = member_detail(district.db, SYSTEM, district.zhang).draft.id_number
    qtbot.keyClicks(page.search_edit, id_number[-6:])
    qtbot.waitUntil(lambda: page.model.searching, timeout=2000)
    assert page.model.member_id(0) == district.zhang


def test_ctrl_f_focuses_the_search_box(qtbot: QtBot, district: District, clerk: Actor,
                                       gui: MessageLog) -> None:
    page = make_page(qtbot, district.db, clerk)
    page.table.setFocus()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.search_edit.hasFocus(), timeout=1000)


def test_selecting_a_union_in_the_tree_scopes_the_table(qtbot: QtBot, district: District, clerk: Actor,
                                                        gui: MessageLog) -> None:
    page = make_page(qtbot, district.db, clerk)
    qtbot.waitUntil(lambda: page.tree.root.childCount() == 2, timeout=2000)  # loaded after the first paint
    assert page.tree.root.text(1) == "1"
    south = next(page.tree.root.child(i) for i in range(2) if page.tree.root.child(i).text(0) == "南湖医院工会")
    page.tree.tree.setCurrentItem(south)
    assert page.model.member_filter.union_id == district.south
    assert page.model.rowCount() == 0
    page.tree.tree.setCurrentItem(page.tree.root)
    assert page.model.member_filter.union_id is None
    assert page.model.rowCount() == 1


def test_enter_on_a_row_opens_the_member_and_ctrl_n_a_new_one(qtbot: QtBot, district: District,
                                                              clerk: Actor, gui: MessageLog,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[int | None] = []
    monkeypatch.setattr(member_editor.MemberEditor, "exec", lambda self: opened.append(self.member_id) or 0)
    page = make_page(qtbot, district.db, clerk)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, COL_NAME))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [district.zhang]
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened == [district.zhang, None]


@pytest.mark.parametrize("role", ["clerk", "viewer"])
def test_a_member_is_read_off_the_gui_thread_before_the_editor_opens(
        qtbot: QtBot, district: District, clerk: Actor, viewer: Actor, gui: MessageLog,
        monkeypatch: pytest.MonkeyPatch, role: str) -> None:
    actor = clerk if role == "clerk" else viewer
    shown: list[str] = []
    monkeypatch.setattr(member_editor.MemberEditor, "exec",
                        lambda self: shown.append(self.ui.idNumberEdit.text()) or 0)
    page = make_page(qtbot, district.db, actor)
    monkeypatch.setattr(tasks, "synchronous", False)
    page.open_member(district.zhang)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    with district.db.read() as session:
        reveals = session.execute(select(func.count()).where(AuditEntry.action == "reveal")).scalar_one()
    if role == "clerk":  # the full ID, and its reveal audited through the writers' queue
        assert "*" not in shown[0]
        assert reveals == 1
    else:
        assert "********" in shown[0]
        assert reveals == 0


def test_a_viewer_gets_no_editing_buttons(qtbot: QtBot, district: District, viewer: Actor,
                                          gui: MessageLog) -> None:
    page = make_page(qtbot, district.db, viewer)
    assert page.new_button.isHidden()
    assert page.membership_button.isHidden()
    assert page.new_union_button.isHidden()


def test_a_300_member_demo_pages_and_sorts(qtbot: QtBot, db: Database, admin: Actor,
                                           gui: MessageLog) -> None:
    generate_demo(db, SYSTEM, 300, seed=3)
    page = make_page(qtbot, db, admin)
    page.table.scrollToBottom()
    assert page.model.row_at(299) is not None
    page.table.horizontalHeader().setSortIndicator(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert page.model.sort_order == Qt.SortOrder.DescendingOrder
    page.save_state()
    again = make_page(qtbot, db, admin)
    assert again.model.sort_order == Qt.SortOrder.DescendingOrder  # the order is remembered


def test_the_search_box_matches_only_what_the_role_may_see(qtbot: QtBot, district: District, clerk: Actor,
                                                            viewer: Actor, gui: MessageLog) -> None:
    """docs/reliability.md §1b through the real search box: a viewer's full ID finds nobody; a clerk's finds the
    member through the writers' lane, and that reveal is in the trail."""
    from tests.helpers.gui import make_id

    generate_demo_extra(district.db)
    full = make_id("19850505", "204")  # 张伟
    seen = make_page(qtbot, district.db, viewer)
    seen.search_edit.setText(full)
    seen.run_search()
    assert seen.model.rowCount() == 0
    seen.search_edit.setText(full[-4:])
    seen.run_search()
    assert [seen.model.index(r, COL_NAME).data() for r in range(seen.model.rowCount())] == ["张伟"]
    page = make_page(qtbot, district.db, clerk)
    page.search_edit.setText(full)
    page.run_search()
    assert [page.model.index(r, COL_NAME).data() for r in range(page.model.rowCount())] == ["张伟"]
    with district.db.read() as session:
        summaries = list(session.execute(select(AuditEntry.summary).where(AuditEntry.action == "reveal")).scalars())
    assert len(summaries) == 1
    assert full not in summaries[0]
