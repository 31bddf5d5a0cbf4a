"""The competitions page on a 1024 × 768 screen: the tree, the score grid and every tab fit without a horizontal
scrollbar; the names and units elide with the whole text as tooltip."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.helpers.competitions import active_members, contest, falling, score_all
from tests.helpers.fits import assert_fits, open_window, show_page
from tests.helpers.messages import MessageLog
from unionoffice.db.engine import Database
from unionoffice.services.competitions.events import StageDraft
from unionoffice.services.core.context import Actor
from unionoffice.ui.competitions.competitions_page import CompetitionsPage


def test_the_competitions_page_fits_1024_pixels(qtbot: QtBot, db: Database, clerk: Actor, gui: MessageLog,
        chinese_ui: None) -> None:
    c = contest(db, active_members(db, 60)[:30], stages=(StageDraft("决赛"),))
    score_all(db, c.result_ids, falling(30, top=99.0, step=0.5))
    window = open_window(qtbot, db, clerk)
    page = show_page(qtbot, window, "competitions")
    assert isinstance(page, CompetitionsPage)
    tree = page.ui.competitionTree
    qtbot.waitUntil(lambda: tree.topLevelItemCount() == 1)
    tree.setCurrentItem(tree.topLevelItem(0).child(0))
    qtbot.waitUntil(lambda: page.scores.model is not None and len(page.scores.model.sheet) == 30)
    assert_fits(qtbot, window, page)
    top = tree.topLevelItem(0)
    assert top.toolTip(0) == top.text(0)
    model = page.scores.model
    assert model is not None
    unit = model.index(0, 2)
    assert unit.data(Qt.ItemDataRole.ToolTipRole) == unit.data()
    header = page.scores.view.horizontalHeader()
    assert header.sectionResizeMode(2) == header.ResizeMode.Stretch
