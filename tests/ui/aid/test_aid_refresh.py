"""The aid page follows the change hub: applications written elsewhere show at once on the tab in view, and a tab
out of view catches up when it is shown; the page no longer reloads after its own writes."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.aid import ADMIN, CLERK, AidWorld, bring_to, golden_draft, make_aid_world
from tests.helpers.messages import MessageLog
from unionoffice.db.engine import Database
from unionoffice.domain.aid.kinds import ApplicationState
from unionoffice.services.aid import applications as ap
from unionoffice.services.aid import programmes as pg
from unionoffice.ui.aid.aid_page import AidPage
from unionoffice.ui.shell import tasks
from unionoffice.ui.shell.context import AppContext


@pytest.fixture
def world(db: Database) -> AidWorld:
    return make_aid_world(db)


def open_page(qtbot: QtBot, world: AidWorld) -> AidPage:
    page = AidPage(AppContext(world.db, CLERK))
    qtbot.addWidget(page)
    page.resize(1024, 768)
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentWidget(page.applications)
    page.applications.show_programme(world.golden)
    return page


def states(page: AidPage) -> list[str]:
    model = page.applications.model
    return [model.index(r, 5).data() for r in range(model.rowCount())]


def test_an_application_entered_elsewhere_shows_on_the_applications_tab(
        qtbot: QtBot, world: AidWorld, gui: MessageLog) -> None:
    page = open_page(qtbot, world)
    assert states(page) == []
    tasks.run_write(None, lambda: ap.create_application(world.db, CLERK, golden_draft(world, 0, 1)), lambda _r: None)
    qtbot.waitUntil(lambda: states(page) == ["草稿"])
    assert page.applications.count_label.text().startswith("1")


def test_a_tab_out_of_view_catches_up_when_shown(qtbot: QtBot, world: AidWorld, gui: MessageLog) -> None:
    page = open_page(qtbot, world)
    app_id = ap.create_application(world.db, CLERK, golden_draft(world, 0, 1))
    bring_to(world.db, [app_id], ApplicationState.PAID)  # e.g. another clerk's window; the programmes tab is hidden
    qtbot.waitUntil(lambda: states(page) == ["已发放"])
    page.tabs.setCurrentWidget(page.programmes)
    programme = next(r for r in page.programmes.model.rows if r.id == world.golden)
    assert programme.paid_fen == 400_000
    renamed = pg.ProgrammeDraft(2024, programme.type, "2024年金秋助学（调整）", programme.budget_fen, 5)
    tasks.run_write(None, lambda: pg.update_programme(world.db, ADMIN, world.golden, renamed), lambda _r: None)
    page.tabs.setCurrentWidget(page.applications)
    assert page.applications.programme_combo.findText("2024年金秋助学（调整）") >= 0
