"""Opening the dashboard paints the stored figures without counting anything; after a write the stored figures are
shown with the time they date from and the stale section is recounted in the background, ending equal to a direct
computation; the first opening counts section by section and stores what it counted."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.helpers.dashboard import YEAR
from tests.helpers.gui import context
from tests.helpers.messages import MessageLog
from tests.helpers.people import member_draft, valid_id
from unionoffice.db.engine import Database
from unionoffice.db.models import Organisation
from unionoffice.domain.dashboard.model import Period, Section
from unionoffice.services.core.context import SYSTEM, Actor
from unionoffice.services.dashboard import snapshot
from unionoffice.services.dashboard.figures import year_dashboard
from unionoffice.services.dashboard.scope import SECTION_KEYS
from unionoffice.services.members.records import create_member
from unionoffice.ui.dashboard import dashboard_page
from unionoffice.ui.dashboard.dashboard_page import DashboardPage


def as_of(page: DashboardPage, when: str) -> str:
    return page.tr("%1 %2 · as of %3").split("%2")[1].replace("%3", when)


def updating(page: DashboardPage) -> str:
    return page.tr("%1 %2 · figures as of %3, updating…").split("%3")[1]


def open_page(qtbot: QtBot, db: Database, actor: Actor) -> DashboardPage:
    page = DashboardPage(context(db, actor))
    qtbot.addWidget(page)
    page.year.setValue(YEAR)
    page.load()
    return page


def test_the_first_opening_counts_every_section_and_stores_it(qtbot: QtBot, gui: MessageLog, demo: Database,
                                                             clerk: Actor) -> None:
    assert snapshot.stored_dashboard(demo, clerk, Period(YEAR)).dashboard is None
    page = open_page(qtbot, demo, clerk)
    assert page.dashboard == year_dashboard(demo, clerk, Period(YEAR))
    assert list(page.section_boxes) == [k for k in SECTION_KEYS if k in page.section_boxes]
    assert set(page.section_boxes) == set(SECTION_KEYS)
    stored = snapshot.stored_dashboard(demo, clerk, Period(YEAR))
    assert stored.fresh
    assert stored.dashboard == page.dashboard


def test_a_fresh_snapshot_is_painted_without_counting(qtbot: QtBot, gui: MessageLog, demo: Database, clerk: Actor,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    snapshot.refresh(demo, SYSTEM, Period(YEAR))

    def no_counting(*_args: object) -> None:
        raise AssertionError("a fresh snapshot must not be recounted")

    monkeypatch.setattr(dashboard_page, "compute_sections", no_counting)
    page = open_page(qtbot, demo, clerk)
    assert page.dashboard == year_dashboard(demo, clerk, Period(YEAR))
    stored = snapshot.stored_dashboard(demo, clerk, Period(YEAR))
    assert stored.computed_at is not None
    assert page.status.text().endswith(as_of(page, f"{stored.computed_at.astimezone():%H:%M}"))
    assert updating(page) not in page.status.text()
    assert page.chart("members", "age") is not None


def test_a_stale_snapshot_says_so_and_is_recounted(qtbot: QtBot, gui: MessageLog, demo: Database, clerk: Actor,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    snapshot.refresh(demo, SYSTEM, Period(YEAR))
    with demo.read() as session:
        union = session.execute(select(Organisation.id).where(Organisation.kind != "district").limit(1)).scalar_one()
    create_member(demo, clerk, member_draft(union, seq=905, id_number=valid_id(905, date(1990, 7, 7)),
                                            join_date=date(YEAR, 1, 2)))
    seen: list[str] = []
    counted: list[tuple[str, ...]] = []
    real_put = DashboardPage.put_section
    real_compute = dashboard_page.compute_sections

    def put(page: DashboardPage, section: Section) -> None:
        seen.append(page.status.text())
        real_put(page, section)

    def compute(*args: object) -> object:
        counted.append(tuple(args[-1]))  # type: ignore[arg-type]
        return real_compute(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(DashboardPage, "put_section", put)
    monkeypatch.setattr(dashboard_page, "compute_sections", compute)
    page = open_page(qtbot, demo, clerk)
    assert counted == [("members",), ("training",)]  # only the sections a new member touches
    stale_status = seen[len(SECTION_KEYS)]  # the first section recounted, while the stored figures were shown
    assert stale_status.endswith(updating(page))  # "截至 HH:MM 的数字，正在更新……"
    assert page.dashboard == year_dashboard(demo, clerk, Period(YEAR))
    assert updating(page) not in page.status.text()
    assert snapshot.stored_dashboard(demo, clerk, Period(YEAR)).fresh


def test_the_list_behind_a_figure_pages_by_key_through_the_task_runner(qtbot: QtBot, gui: MessageLog,
                                                                       demo: Database, clerk: Actor) -> None:
    from PySide6.QtCore import QModelIndex

    from unionoffice.services.dashboard import drill as drills
    from unionoffice.ui.dashboard.drill_dialog import PAGE, DrillDialog

    everyone = year_dashboard(demo, clerk, Period(YEAR)).sections[0].figures[0].drill
    assert everyone is not None
    dialog = DrillDialog(context(demo, clerk), everyone)
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model is not None
    assert model.total > PAGE
    assert model.rowCount(QModelIndex()) == PAGE
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    with demo.read() as session:
        expected = [list(r) for r in drills.document(demo, clerk, everyone).rows(session)]
    assert model.rows == expected
    assert model.rowCount(QModelIndex()) == model.total


def test_charts_are_made_when_they_scroll_into_view(qtbot: QtBot, gui: MessageLog, demo: Database,
                                                    clerk: Actor) -> None:
    snapshot.refresh(demo, SYSTEM, Period(YEAR))
    page = open_page(qtbot, demo, clerk)
    page.resize(1024, 768)
    page.show()
    qtbot.waitExposed(page)
    in_view = page.charts_in_view()
    assert in_view
    qtbot.waitUntil(lambda: all(place.real is not None for place in in_view))
    below = [place for place in page.charts if place not in in_view]
    assert below
    assert all(place.real is None for place in below)  # not drawn until seen
    page.scroll_area.ensureWidgetVisible(below[-1])
    qtbot.waitUntil(lambda: below[-1].real is not None)


def test_the_charts_in_view_are_made_in_one_go_when_the_figures_arrive(qtbot: QtBot, gui: MessageLog,
                                                                      demo: Database, clerk: Actor) -> None:
    snapshot.refresh(demo, SYSTEM, Period(YEAR))
    page = open_page(qtbot, demo, clerk)
    page.resize(1024, 768)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.first_painted)
    page.load()  # the figures arrive (tasks run inline here) while the page is on screen
    in_view = page.charts_in_view()
    assert len(in_view) >= 2
    assert all(place.real is not None for place in in_view)  # made before the window paints, not a turn later
    assert all(place.real is None for place in page.charts if place not in in_view)


def test_the_kept_figures_are_drawn_before_the_chart_library_loads(qtbot: QtBot, gui: MessageLog, demo: Database,
                                                                    clerk: Actor) -> None:
    """At start the first screen shows the kept figures at once; its charts are made right after that paint."""
    snapshot.refresh(demo, SYSTEM, Period(YEAR))
    page = open_page(qtbot, demo, clerk)
    page.resize(1024, 768)
    made_when_painted: list[int] = []
    page.firstPainted.connect(lambda: made_when_painted.append(sum(p.real is not None for p in page.charts)))
    page.show()
    qtbot.waitUntil(lambda: bool(made_when_painted))
    assert made_when_painted == [0]
    assert any(b.text() for b in page.figure_buttons.values())  # the figures were on the page at that paint
    qtbot.waitUntil(lambda: all(place.real is not None for place in page.charts_in_view()))


def test_a_fault_while_counting_is_a_sentence_not_the_query(qtbot: QtBot, gui: MessageLog, demo: Database,
                                                            clerk: Actor, monkeypatch: pytest.MonkeyPatch,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    """On a server the trial showed PostgreSQL's GroupingError with its SQL in the status line."""
    def broken(*_args: object, **_kwargs: object) -> tuple[Section, ...]:
        raise RuntimeError("(psycopg.errors.GroupingError) column must appear in the GROUP BY clause [SQL: SELECT …]")

    monkeypatch.setattr(dashboard_page, "compute_sections", broken)
    page = open_page(qtbot, demo, clerk)
    qtbot.waitUntil(lambda: "程序出错" in page.status.text() or "error in the program" in page.status.text())
    assert "SELECT" not in page.status.text()
    assert "GroupingError" in caplog.text  # the task runner logged the fault
