"""The training page and the enrolment dialog on a 1024 × 768 screen (the second trial, open item 8): names and
hours whole, the trainee's long unit eliding with the whole text on hover, and no table scrolling sideways."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from tests.helpers.fits import horizontal_scrollbars, open_window, show_page
from tests.helpers.messages import MessageLog
from tests.helpers.training import academy, class_draft, enrolment_ids, members
from unionoffice.db.engine import Database
from unionoffice.db.models import Member
from unionoffice.domain.training.rules import Mark
from unionoffice.services.core.context import Actor
from unionoffice.services.members.listing import member_rows
from unionoffice.services.training import attendance as at
from unionoffice.services.training import classes as tr
from unionoffice.services.training import enrolment as en
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.training.enrol_dialog import EnrolDialog
from unionoffice.ui.training.training_page import TrainingPage
from unionoffice.ui.widgets.columns import elided_text

LONG_NAME = "阿不都热合曼"
LONG_UNIT = "长春轨道客车装备股份有限公司第二检修分公司"


def _column(view: QTableView, title: str) -> int:
    model = view.model()
    found = [c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == title]
    assert found, title
    return found[0]


def _a_class_of_32_and_a_half_hours(db: Database, clerk: Actor, people: list[int]) -> int:
    """Three theory sessions of 8.5 hours and a practical one of 7: everyone present at the theory has 25.5/32.5."""
    class_id = tr.create_class(db, clerk, class_draft(
        academy(db, clerk), capacity=20, start_date=date(2024, 9, 2), end_date=date(2024, 9, 6),
        modules=[tr.ModuleDraft("理论", "升压站设备原理", 255, 3), tr.ModuleDraft("实操", "设备巡视实操", 70, 1)]))
    with db.write() as session:
        session.execute(update(Member).where(Member.id == people[0]).values(name=LONG_NAME, employer=LONG_UNIT))
    en.enrol_members(db, clerk, class_id, people[:12])
    grid = at.load_grid(db, clerk, class_id)
    theory = [s.id for s in grid.sessions if s.module == "升压站设备原理"]
    at.set_marks(db, clerk, class_id, [(e, s, Mark.PRESENT) for e in enrolment_ids(db, class_id).values()
                                       for s in theory])
    return class_id


def test_the_trainees_fit_1024_pixels_with_names_and_hours_whole(qtbot: QtBot, db: Database, clerk: Actor,
                                                                 gui: MessageLog, chinese_ui: None) -> None:
    _a_class_of_32_and_a_half_hours(db, clerk, members(db, 60))
    window = open_window(qtbot, db, clerk)
    page = show_page(qtbot, window, "training")
    assert isinstance(page, TrainingPage)
    page.ui.yearCombo.setCurrentIndex(page.ui.yearCombo.findData(2024))
    qtbot.waitUntil(lambda: page.trainees.rowCount() == 12)
    view = page.ui.traineeView
    assert horizontal_scrollbars(page) == []
    name, unit, hours = (_column(view, title) for title in ("姓名", "工作单位", "学时"))
    model = view.model()
    rows = range(model.rowCount())
    assert LONG_NAME in [model.index(r, name).data() for r in rows]
    assert "25.5/32.5" in [model.index(r, hours).data() for r in rows]
    assert [r for r in rows if elided_text(view, model.index(r, name)) or elided_text(view, model.index(r, hours))] \
        == []
    # the unit takes the room left: at least eight characters of it (the trial saw “作单” over a column of “…”)
    assert view.columnWidth(unit) >= view.fontMetrics().horizontalAdvance(LONG_UNIT[:8])
    long_unit = next(model.index(r, unit) for r in rows if model.index(r, unit).data() == LONG_UNIT)
    assert elided_text(view, long_unit) == LONG_UNIT
    assert long_unit.data(Qt.ItemDataRole.ToolTipRole) == LONG_UNIT
    header = view.horizontalHeader()
    assert header.contextMenuPolicy() == Qt.ContextMenuPolicy.CustomContextMenu  # sex and ID from the menu
    assert header.isSectionHidden(_column(view, "身份证号"))


def test_the_enrolment_dialog_fits_1024_pixels_without_scrolling_sideways(
        qtbot: QtBot, db: Database, clerk: Actor, gui: MessageLog, chinese_ui: None) -> None:
    people = members(db, 60)
    class_id = tr.create_class(db, clerk, class_draft(academy(db, clerk), capacity=30))
    with db.write() as session:
        session.execute(update(Member).where(Member.id == people[0]).values(name=LONG_NAME))
    dialog = EnrolDialog(AppContext(db, clerk), class_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= 1024
    dialog.results.set_rows(member_rows(db, clerk, people))  # as a search with many hits fills it
    dialog.ui.resultsView.selectAll()
    dialog.add_selected()
    assert dialog.chosen.rowCount() > 20
    for view in (dialog.ui.resultsView, dialog.ui.chosenView):
        assert not view.horizontalScrollBar().isVisible(), view.objectName()
        model = view.model()
        status = _column(view, "状态")
        assert not view.isColumnHidden(status)
        number, name = _column(view, "身份证号"), _column(view, "姓名")
        assert [(r, c) for r in range(model.rowCount()) for c in (number, status)
                if elided_text(view, model.index(r, c))] == []
        # names whole up to six characters, as in the member list (longer ones elide, whole on hover)
        assert [r for r in range(model.rowCount()) if len(model.index(r, name).data()) <= len(LONG_NAME)
                and elided_text(view, model.index(r, name))] == []
