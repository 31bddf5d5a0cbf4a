"""MemberTableModel: a Qt-conformant model over paged SQL, sorted by indexed columns only, masked IDs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QSignalSpy
from pytestqt.modeltest import ModelTester

from unionoffice.db.engine import Database
from unionoffice.services.core.context import SYSTEM, Actor
from unionoffice.services.demo.district import generate_demo
from unionoffice.services.members.listing import MemberFilter, count_members
from unionoffice.services.members.search import search_member_ids
from unionoffice.ui.members import member_table_model as mtm
from unionoffice.ui.members.member_table_model import (
    COL_ID_NUMBER,
    COL_JOIN_DATE,
    COL_NAME,
    COL_NUMBER,
    COL_PHONE,
    MEMBER_ID_ROLE,
    SORT_ROLE,
    MemberTableModel,
)

MEMBERS = 300


@pytest.fixture
def demo_db(db: Database) -> Database:
    generate_demo(db, SYSTEM, MEMBERS, seed=7)
    return db


def test_passes_the_model_tester(qtmodeltester: ModelTester, demo_db: Database, admin: Actor) -> None:
    model = MemberTableModel(demo_db, admin)
    qtmodeltester.check(model)
    model.sort(COL_JOIN_DATE, Qt.SortOrder.DescendingOrder)
    model.set_search_results(search_member_ids(demo_db, admin, "王"))
    model.set_search_results(None)


def test_rows_come_in_pages_and_old_pages_are_dropped(monkeypatch: pytest.MonkeyPatch, demo_db: Database,
                                                       admin: Actor) -> None:
    monkeypatch.setattr(mtm, "PAGE_SIZE", 50)
    monkeypatch.setattr(mtm, "CACHED_PAGES", 3)
    model = MemberTableModel(demo_db, admin)
    assert model.rowCount() == MEMBERS == count_members(demo_db, admin, MemberFilter())
    names = [model.index(row, COL_NAME).data() for row in range(MEMBERS)]
    assert all(names)
    assert len(model._pages) == 3
    ids = {model.index(row, COL_NUMBER).data(MEMBER_ID_ROLE) for row in range(MEMBERS)}
    assert len(ids) == MEMBERS


def test_id_numbers_are_masked_and_dates_right_aligned(demo_db: Database, viewer: Actor) -> None:
    model = MemberTableModel(demo_db, viewer)
    shown = model.index(0, COL_ID_NUMBER).data()
    assert len(shown) == 18
    assert shown[6:14] == "********"
    assert "****" in model.index(0, COL_PHONE).data() or model.index(0, COL_PHONE).data() == ""
    alignment = Qt.AlignmentFlag(model.index(0, COL_JOIN_DATE).data(Qt.ItemDataRole.TextAlignmentRole))
    assert alignment & Qt.AlignmentFlag.AlignRight
    assert model.index(0, COL_NAME).data(SORT_ROLE) == model.index(0, COL_NAME).data()


def test_sorting_by_an_indexed_column_changes_the_layout_without_a_reset(demo_db: Database, admin: Actor) -> None:
    model = MemberTableModel(demo_db, admin)
    resets, layouts = QSignalSpy(model.modelReset), QSignalSpy(model.layoutChanged)
    model.sort(COL_JOIN_DATE, Qt.SortOrder.AscendingOrder)
    dates = [model.index(row, COL_JOIN_DATE).data() for row in range(MEMBERS)]
    assert dates == sorted(dates)
    model.sort(COL_JOIN_DATE, Qt.SortOrder.DescendingOrder)
    assert model.index(0, COL_JOIN_DATE).data() == max(dates)
    assert resets.count() == 0
    assert layouts.count() == 2
    model.sort(COL_JOIN_DATE, Qt.SortOrder.DescendingOrder)  # the same order again: nothing to do
    assert layouts.count() == 2


def test_a_column_without_an_index_is_not_sorted(demo_db: Database, admin: Actor) -> None:
    model = MemberTableModel(demo_db, admin)
    rejected = QSignalSpy(model.sortRejected)
    first = model.index(0, COL_NUMBER).data()
    model.sort(COL_PHONE, Qt.SortOrder.AscendingOrder)
    assert rejected.count() == 1
    assert model.sort_column == COL_NAME
    assert model.index(0, COL_NUMBER).data() == first


def test_search_mode_keeps_the_service_order_and_filtering_resets_once(demo_db: Database, admin: Actor) -> None:
    model = MemberTableModel(demo_db, admin)
    ids = search_member_ids(demo_db, admin, "李")
    assert ids
    resets = QSignalSpy(model.modelReset)
    model.set_search_results(ids)
    assert model.searching
    assert model.rowCount() == len(ids)
    assert [model.member_id(row) for row in range(len(ids))] == ids
    assert all("李" in model.index(row, COL_NAME).data() for row in range(len(ids)))
    model.set_search_results(None)
    assert not model.searching
    assert model.rowCount() == MEMBERS
    union_id = model.row_at(0).id if model.row_at(0) else None
    assert union_id is not None
    model.set_filter(MemberFilter(union_id=2))
    assert model.rowCount() == count_members(demo_db, SYSTEM, MemberFilter(union_id=2))
    assert resets.count() == 3


def test_a_count_made_elsewhere_adds_or_removes_rows_at_the_end(qtmodeltester: ModelTester, demo_db: Database,
                                                                admin: Actor) -> None:
    model = MemberTableModel(demo_db, admin)
    qtmodeltester.check(model)
    first = model.member_id(0)
    model.refresh(recount=False)  # after another client's save: rows read again, the count as it was
    assert model.rowCount() == MEMBERS
    assert model.member_id(0) == first
    inserted = QSignalSpy(model.rowsInserted)
    model.set_count(MemberFilter(), MEMBERS + 2)
    assert model.rowCount() == MEMBERS + 2
    assert inserted.count() == 1
    model.set_count(MemberFilter(), MEMBERS - 1)
    assert model.rowCount() == MEMBERS - 1
    model.set_count(MemberFilter(union_id=-1), 5)  # counted for a filter the list has left: ignored
    assert model.rowCount() == MEMBERS - 1
    model.set_search_results(search_member_ids(demo_db, admin, "王"))
    hits = model.rowCount()
    model.set_count(MemberFilter(), 7)  # search results are not a count of the filter
    assert model.rowCount() == hits
