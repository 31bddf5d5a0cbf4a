"""Keyboard score entry: type, Enter, next entrant; totals and ranks follow each key; Esc undoes, Delete clears."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.helpers.competitions import CLERK, active_members, contest, score
from tests.helpers.messages import MessageLog
from unionoffice.db.engine import Database
from unionoffice.db.models import AuditEntry
from unionoffice.domain.common.permissions import Role
from unionoffice.services.competitions.events import StageDraft
from unionoffice.services.competitions.scoring import load_sheet
from unionoffice.services.core.context import Actor
from unionoffice.ui.competitions.score_grid import ScoreModel, ScorePanel
from unionoffice.ui.shell.context import AppContext


@pytest.fixture
def panel(qtbot: QtBot, db: Database, gui: MessageLog) -> ScorePanel:
    """Four entrants of a final: two scored (80/80 and 70/70), the third with only a practical score (90)."""
    c = contest(db, active_members(db, 40)[:4], stages=(StageDraft("决赛"),))
    score(db, c.result_ids[0], 80, 80)
    score(db, c.result_ids[1], 70, 70)
    from unionoffice.services.competitions.scoring import ScoreField, set_score

    set_score(db, CLERK, c.result_ids[2], ScoreField.PRACTICAL, 9000)
    widget = ScorePanel(AppContext(db, CLERK))
    qtbot.addWidget(widget)
    widget.resize(1000, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_sheet(load_sheet(db, CLERK, c.stage_ids[0]))
    return widget


def model_of(panel: ScorePanel) -> ScoreModel:
    assert panel.model is not None
    return panel.model


def rank(panel: ScorePanel, row: int) -> str:
    model = model_of(panel)
    return str(model.index(row, model.col_rank).data())


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_into(qtbot: QtBot, panel: ScorePanel, row: int, column: int, text: str) -> QLineEdit:
    """Put the cursor on a cell and type: the first key opens the editor, the rest go to it."""
    view, model = panel.view, model_of(panel)
    view.setCurrentIndex(model.index(row, column))
    qtbot.keyClick(view, text[0])
    editor = focus()
    assert isinstance(editor, QLineEdit)
    for char in text[1:]:
        qtbot.keyClick(editor, char)
    return editor


def test_ranks_follow_each_keystroke_and_enter_saves_and_moves_down(qtbot: QtBot, panel: ScorePanel,
                                                                    db: Database) -> None:
    model = model_of(panel)
    assert [rank(panel, r) for r in range(4)] == ["1", "2", "", ""]
    editor = type_into(qtbot, panel, 2, model.first_score, "9")
    assert rank(panel, 2) == "3"  # 9 and 90 at 30/70: 65.7, behind both
    assert model.index(2, model.col_total).data() == "65.7"
    qtbot.keyClick(editor, "0")
    assert [rank(panel, r) for r in range(3)] == ["2", "3", "1"]  # 90 and 90: first, before Enter
    assert load_sheet(db, CLERK, model.sheet.stage_id).theory[2] is None  # nothing saved yet
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on a queued call: wait for it
    qtbot.waitUntil(lambda: panel.view.currentIndex().row() == 3, timeout=2000)
    assert load_sheet(db, CLERK, model.sheet.stage_id).theory[2] == 9000
    with db.read() as session:
        summary = session.execute(select(AuditEntry.summary).order_by(AuditEntry.id.desc())).scalars().first()
    assert summary is not None
    assert "录入理论：空 → 90" in summary
    assert "3 of 4 competing scored" in panel.count_label.text()


def test_a_whole_column_from_the_keyboard_then_a_tie_appears(qtbot: QtBot, panel: ScorePanel, db: Database) -> None:
    model = model_of(panel)
    column = model.first_score + 1  # practical
    type_into(qtbot, panel, 3, model.first_score, "70")
    qtbot.keyClick(focus(), Qt.Key.Key_Tab)  # to the practical column of the same entrant
    qtbot.keyClicks(focus(), "70")
    qtbot.keyClick(focus(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.view.state() is not panel.view.State.EditingState, timeout=2000)
    assert [rank(panel, r) for r in (1, 3)] == ["2 (tie)", "2 (tie)"]
    sheet = load_sheet(db, CLERK, model.sheet.stage_id)
    assert (sheet.theory[3], sheet.practical[3]) == (7000, 7000)
    assert model.index(3, column).data() == "70"


def test_escape_undoes_the_typing_and_bad_keys_are_refused(qtbot: QtBot, panel: ScorePanel, db: Database) -> None:
    model = model_of(panel)
    editor = type_into(qtbot, panel, 0, model.first_score, "10")
    qtbot.keyClick(editor, "1")  # 101 is no score: the validator drops the key
    assert editor.text() == "10"
    assert rank(panel, 0) == "2"  # 10 and 80 rank behind 70/70
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert rank(panel, 0) == "1"
    assert model.sheet.theory[0] == 8000
    assert load_sheet(db, CLERK, model.sheet.stage_id).theory[0] == 8000


def test_delete_clears_a_score_and_the_entrant_leaves_the_ranking(qtbot: QtBot, panel: ScorePanel,
                                                                   db: Database) -> None:
    model = model_of(panel)
    panel.view.setCurrentIndex(model.index(1, model.first_score))
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert rank(panel, 1) == ""
    assert load_sheet(db, CLERK, model.sheet.stage_id).theory[1] is None


def test_a_viewer_sees_the_grid_but_cannot_edit(qtbot: QtBot, db: Database, gui: MessageLog) -> None:
    c = contest(db, active_members(db, 40)[:3], stages=(StageDraft("决赛"),))
    viewer = ScorePanel(AppContext(db, Actor("viewer", Role.VIEWER, user_id=4)))
    qtbot.addWidget(viewer)
    viewer.set_sheet(load_sheet(db, CLERK, c.stage_ids[0]))
    model = model_of(viewer)
    assert not model.flags(model.index(0, model.first_score)) & Qt.ItemFlag.ItemIsEditable
