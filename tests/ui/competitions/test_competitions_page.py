"""The competitions page as the clerk and the reviewer use it: an event, a score sheet, a tie decided, results made
final; the event editor's weight rule; a member's competition tab."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.helpers.competitions import CLERK, REVIEWER, Contest, active_members, contest, falling, score_all
from tests.helpers.messages import MessageLog
from tests.helpers.modal import when_modal
from tests.helpers.sheets import write_xlsx
from unionoffice.db.engine import Database
from unionoffice.db.models import MemberDistinction
from unionoffice.db.models.competitions import Entry
from unionoffice.domain.competitions.standings import StageState
from unionoffice.services.competitions import decisions as dc
from unionoffice.services.competitions.events import StageDraft, competition_info
from unionoffice.services.competitions.scoring import load_sheet
from unionoffice.services.core.context import Actor
from unionoffice.ui.competitions.competitions_page import CompetitionsPage
from unionoffice.ui.competitions.dialogs import TieDialog
from unionoffice.ui.competitions.editors import CompetitionEditor, EventEditor
from unionoffice.ui.competitions.member_tab import CompetitionHistoryWidget
from unionoffice.ui.shell.context import AppContext


@pytest.fixture
def tied(db: Database) -> Contest:
    """A final of 12, published, with places 10 and 11 tied across the third-prize and grade-step lines."""
    c = contest(db, active_members(db, 60)[:12], stages=(StageDraft("决赛"),))
    score_all(db, c.result_ids, falling(9) + [(70.0, 70.0), (70.0, 70.0), (50.0, 50.0)])
    dc.publish_notice(db, CLERK, c.stage_ids[0])
    return c


def open_page(qtbot: QtBot, db: Database, actor: Actor) -> CompetitionsPage:
    page = CompetitionsPage(AppContext(db, actor))
    qtbot.addWidget(page)
    page.resize(1024, 768)
    page.show()
    qtbot.waitExposed(page)
    tree = page.ui.competitionTree
    tree.setCurrentItem(tree.topLevelItem(0).child(0))
    return page


def test_the_reviewer_decides_the_tie_and_makes_the_results_final(qtbot: QtBot, db: Database, gui: MessageLog,
                                                                  tied: Contest) -> None:
    page = open_page(qtbot, db, REVIEWER)
    page.ui.eventTabs.setCurrentWidget(page.ui.resultsTab)
    assert page.ui.decideButton.isEnabled()
    assert "1 tie(s)" in page.ui.resultsSummary.text()
    page.ui.resultsView.setCurrentIndex(page.result_model.index(9, 0))

    def decide(dialog: QDialog) -> None:
        assert isinstance(dialog, TieDialog)
        assert dialog.ui.lineList.count() == 2  # the third-prize line and the grade-step line
        dialog.ui.reasonEdit.setText("理论、实操均相同，经组委会研究并列三等奖")
        dialog.ui.buttonBox.accepted.emit()

    for _ in when_modal(qtbot, decide):
        page.ui.decideButton.click()
    assert "0 tie(s)" in page.ui.resultsSummary.text()
    assert page.ui.decisionList.count() == 2
    assert [r.prize for r in page.result_model.rows[9:11]] == ["三等奖", "三等奖"]
    page.ui.finaliseButton.click()  # the confirmation is answered yes
    assert load_sheet(db, CLERK, tied.stage_ids[0]).state is StageState.FINAL
    assert page.ui.reopenButton.isEnabled()
    with db.read() as session:
        assert len(session.execute(select(MemberDistinction.id)).all()) == 12


def test_the_clerk_imports_a_score_sheet_and_publishes(qtbot: QtBot, db: Database, gui: MessageLog,
                                                      monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    c = contest(db, active_members(db, 60)[:3], stages=(StageDraft("决赛"),))
    numbers = load_sheet(db, CLERK, c.stage_ids[0]).entry_nos
    sheet = write_xlsx(tmp_path / "裁判成绩.xlsx", [["参赛编号", "理论", "实操"], [numbers[0], 90, 90],
                                                   [numbers[1], 80, 85], [numbers[2], 75, 95], ["888888", 1, 1]])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(sheet), ""))
    page = open_page(qtbot, db, CLERK)
    assert not page.ui.finaliseButton.isVisible()
    page.ui.importButton.click()
    assert any("1 row(s) have errors" in t for t in gui.texts("confirm"))
    assert any("新录入 3" in t for t in gui.texts("info"))
    assert (tmp_path / "裁判成绩_未导入的行.xlsx").exists()
    model = page.scores.model
    assert model is not None
    assert [model.index(r, model.col_rank).data() for r in range(3)] == ["1", "3", "2"]
    page.ui.publishButton.click()
    assert load_sheet(db, CLERK, c.stage_ids[0]).state is StageState.NOTICE
    assert page.ui.stateLabel.text().endswith("公示")


def test_the_event_editor_shows_the_housing_ministry_refusal(qtbot: QtBot, db: Database, gui: MessageLog) -> None:
    c = contest(db, active_members(db, 40)[:2], stages=(StageDraft("决赛"),))
    editor = EventEditor(AppContext(db, CLERK), c.competition_id, None)
    qtbot.addWidget(editor)
    editor.ui.tradeEdit.setText("砌筑工")
    editor.ui.housingCheck.setChecked(True)
    editor.ui.theorySpin.setValue(40)
    editor.ui.prelimCheck.setChecked(False)
    editor.save()
    assert "不得超过 30%（现为 40%）" in editor.ui.errorLabel.text()
    editor.ui.theorySpin.setValue(30)
    editor.save()
    assert editor.result() == QDialog.DialogCode.Accepted
    assert [e.name for e in competition_info(db, CLERK, c.competition_id).events] == ["焊工", "砌筑工"]


def test_a_member_page_tab_lists_entries_and_prizes(qtbot: QtBot, db: Database, gui: MessageLog,
                                                   tied: Contest) -> None:
    dc.decide_tie(db, REVIEWER, tied.stage_ids[0], tied.entry_ids[9:11], dc.DecisionMode.SHARE, "并列")
    dc.finalise_stage(db, REVIEWER, tied.stage_ids[0])
    with db.read() as session:
        member = session.execute(select(Entry.member_id).where(Entry.id == tied.entry_ids[0])).scalar_one()
    widget = CompetitionHistoryWidget(AppContext(db, CLERK), member)
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 1
    assert widget.model.index(0, 6).data() == "一等奖"
    assert "1 prize(s)" in widget.summary.text()
    assert widget.model.data(widget.model.index(0, 3), Qt.ItemDataRole.DisplayRole) == "焊工"


def test_a_new_competition_is_selected_for_its_first_event(qtbot: QtBot, db: Database, gui: MessageLog) -> None:
    active_members(db, 20)
    page = CompetitionsPage(AppContext(db, CLERK))
    qtbot.addWidget(page)
    assert not page.ui.newEventButton.isEnabled()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, CompetitionEditor)
        dialog.ui.nameEdit.setText("南关区第四届职工职业技能大赛")
        dialog.ui.buttonBox.accepted.emit()

    for _ in when_modal(qtbot, fill):
        page.ui.newCompetitionButton.click()
    assert page.ui.competitionTree.currentItem().text(0).startswith("南关区第四届")
    assert page.ui.newEventButton.isEnabled()
    assert page.competition_id is not None
