"""The competitions page follows the change hub: entrants and scores written elsewhere show at once (the tree's
counts, the score grid, the results), and scores typed into the grid leave the grid as it is while the results
follow."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.competitions import CLERK, Contest, active_members, contest, score
from tests.helpers.messages import MessageLog
from unionoffice.db.engine import Database
from unionoffice.services.competitions.entries import register_entrants
from unionoffice.services.competitions.events import StageDraft
from unionoffice.services.competitions.scoring import ScoreField
from unionoffice.ui.competitions.competitions_page import CompetitionsPage
from unionoffice.ui.shell import tasks
from unionoffice.ui.shell.context import AppContext


@pytest.fixture
def people(db: Database) -> list[int]:
    return active_members(db, 40)


@pytest.fixture
def final(db: Database, people: list[int]) -> Contest:
    return contest(db, people[:6], stages=(StageDraft("决赛"),))


def open_page(qtbot: QtBot, db: Database) -> CompetitionsPage:
    page = CompetitionsPage(AppContext(db, CLERK))
    qtbot.addWidget(page)
    page.resize(1024, 768)
    page.show()
    qtbot.waitExposed(page)
    tree = page.ui.competitionTree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1)
    tree.setCurrentItem(tree.topLevelItem(0).child(0))
    qtbot.waitUntil(lambda: page.scores.model is not None)
    return page


def test_an_entrant_registered_elsewhere_shows_in_the_tree_and_the_grid(
        qtbot: QtBot, db: Database, gui: MessageLog, people: list[int], final: Contest) -> None:
    page = open_page(qtbot, db)
    assert page.ui.competitionTree.topLevelItem(0).child(0).text(1) == "6"
    tasks.run_write(None, lambda: register_entrants(db, CLERK, final.event_id, people[6:8],
                                                    registered_on=date(2024, 9, 2)), lambda _r: None)
    qtbot.waitUntil(lambda: page.ui.competitionTree.topLevelItem(0).child(0).text(1) == "8")
    qtbot.waitUntil(lambda: page.scores.model is not None and len(page.scores.model.sheet) == 8)
    assert page.current_event is not None
    assert page.current_event.id == final.event_id


def test_scores_written_elsewhere_reach_the_grid_and_the_results(
        qtbot: QtBot, db: Database, gui: MessageLog, final: Contest) -> None:
    page = open_page(qtbot, db)
    page.ui.eventTabs.setCurrentWidget(page.ui.resultsTab)
    assert page.scores.model is not None
    assert page.scores.model.ranked_count == 0
    tasks.run_write(None, lambda: score(db, final.result_ids[0], 90.0, 80.0), lambda _r: None)
    qtbot.waitUntil(lambda: page.scores.model is not None and page.scores.model.ranked_count == 1)
    qtbot.waitUntil(lambda: page.results is not None and any(r.rank == 1 for r in page.results.rows))


def test_a_score_typed_into_the_grid_keeps_the_grid_and_moves_the_results(
        qtbot: QtBot, db: Database, gui: MessageLog, final: Contest) -> None:
    page = open_page(qtbot, db)
    page.ui.eventTabs.setCurrentWidget(page.ui.resultsTab)
    model = page.scores.model
    assert model is not None
    for field, value in ((ScoreField.THEORY, 9000), (ScoreField.PRACTICAL, 8000)):
        model.commit(0, field, None, value)
    last = page.scores.last_save
    assert last is not None
    tasks.wait(last)
    qtbot.waitUntil(lambda: page.results is not None and any(r.rank == 1 for r in page.results.rows))
    assert page.scores.model is model  # not reloaded under the clerk's cursor
    assert page.scores.saving == 0
