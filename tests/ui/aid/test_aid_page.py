"""The 帮扶救助 page driven as the office would: an application from draft to paid, batch steps, rules, files."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.helpers.aid import ADMIN, CLERK, REVIEWER, VIEWER, AidWorld, bulk_applications, make_aid_world
from tests.helpers.messages import MessageLog
from tests.helpers.modal import when_modal
from unionoffice.db.engine import Database
from unionoffice.domain.aid.workflow import Step
from unionoffice.services.aid import rules as ru
from unionoffice.services.core.context import Actor
from unionoffice.ui.aid.aid_page import AidPage
from unionoffice.ui.aid.application_editor import ApplicationEditor
from unionoffice.ui.aid.member_aid import MemberAidWidget
from unionoffice.ui.aid.models import ApplicationTableModel
from unionoffice.ui.aid.programme_dialogs import RulesDialog
from unionoffice.ui.aid.widgets import StepDialog
from unionoffice.ui.shell.context import AppContext


@pytest.fixture
def world(db: Database) -> AidWorld:
    return make_aid_world(db)


def open_page(qtbot: QtBot, world: AidWorld, actor: Actor) -> AidPage:
    page = AidPage(AppContext(world.db, actor))
    qtbot.addWidget(page)
    page.resize(1024, 768)
    page.show()
    qtbot.waitExposed(page)
    page.tabs.setCurrentWidget(page.applications)
    page.applications.show_programme(world.golden)
    return page


def step(qtbot: QtBot, page: AidPage, which: Step, on: date, comment: str = "") -> None:
    """Select every row shown and take `which` through the menu's action and the step dialog."""
    tab = page.applications
    tab.view.selectAll()

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, StepDialog)
        dialog.comment.setText(comment)
        dialog.on.setDate(on)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    for _ in when_modal(qtbot, fill):
        tab.step_actions[which].trigger()


def states(page: AidPage) -> list[str]:
    model = page.applications.model
    return [model.index(r, 5).data() for r in range(model.rowCount())]


def test_an_application_from_draft_to_paid_through_the_gui(qtbot: QtBot, world: AidWorld, gui: MessageLog) -> None:
    clerk = open_page(qtbot, world, CLERK)

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ApplicationEditor)
        dialog.member.query.setText("王建国")
        dialog.member.search()
        assert dialog.member.member_id() == world.parents[0]
        dialog.child_name.setText("王小明")
        dialog.child_id.setText("220102200609014329")
        dialog.school.setText("吉林大学")
        dialog.level.setCurrentIndex(dialog.level.findData("本科"))
        dialog.tier.setCurrentIndex(dialog.tier.findData("建档"))
        dialog.bank_card.setText("6222020200112233445")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    for _ in when_modal(qtbot, fill):
        clerk.applications.new_button.click()
    assert states(clerk) == ["草稿"]
    assert clerk.applications.model.index(0, 6).data() == "5,000.00"  # Tianmen: 本科, on file
    step(qtbot, clerk, Step.SUBMIT, date(2024, 9, 20))
    step(qtbot, clerk, Step.FIRST_REVIEW, date(2024, 9, 23))
    assert states(clerk) == ["基层初审"]
    assert not clerk.applications.step_actions[Step.APPROVE].isVisible()
    reviewer = open_page(qtbot, world, REVIEWER)
    step(qtbot, reviewer, Step.REVIEW, date(2024, 9, 26))
    step(qtbot, reviewer, Step.PUBLICISE, date(2024, 9, 30))
    step(qtbot, reviewer, Step.APPROVE, date(2024, 10, 11))
    assert "公示期至 2024-10-11 结束，2024-10-12 起方可批准" in gui.texts("warning")[-1]
    step(qtbot, reviewer, Step.APPROVE, date(2024, 10, 12))
    assert states(reviewer) == ["已批准"]
    clerk.applications.reload()
    step(qtbot, clerk, Step.PAY, date(2024, 10, 20))
    assert states(clerk) == ["已发放"]
    # a confirmation that needs no answer: the tab's status line, naming the application (issue 14)
    assert clerk.applications.status_text() == "发放 1 件，金额 5,000.00 元; application #1 (王建国) is now “已发放”."
    clerk.tabs.setCurrentWidget(clerk.programmes)
    programme = clerk.programmes.current()
    assert programme is not None
    assert (programme.approved_fen, programme.paid_fen) == (500_000, 500_000)
    assert clerk.programmes.bar.paid == 500_000
    assert "受助 1 人" in clerk.programmes.summary.text()

    def history(dialog: QDialog) -> None:
        assert isinstance(dialog, ApplicationEditor)
        steps = [dialog.steps.item(r, 0).text() for r in range(dialog.steps.rowCount())]
        assert steps == ["登记", "提交", "基层初审通过", "区总审核通过", "开始公示", "批准", "发放"]
        assert not dialog.child_name.isEnabled()  # decided: read-only

    clerk.tabs.setCurrentWidget(clerk.applications)
    clerk.applications.view.selectRow(0)
    for _ in when_modal(qtbot, history):
        clerk.applications.open_selected()


def test_a_rejection_asks_for_the_reason(qtbot: QtBot, world: AidWorld, gui: MessageLog) -> None:
    bulk_applications(world.db, world, 3)
    reviewer = open_page(qtbot, world, REVIEWER)

    def empty(dialog: QDialog) -> None:
        assert isinstance(dialog, StepDialog)
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.isVisible()
        assert dialog.error.text() == "Please give a reason."  # the tests run with the English source texts

    reviewer.applications.view.selectAll()
    for _ in when_modal(qtbot, empty):
        reviewer.applications.step_actions[Step.REJECT].trigger()
    step(qtbot, reviewer, Step.REJECT, date(2024, 9, 1), "材料不全")
    assert states(reviewer) == ["已驳回"] * 3


def test_the_applications_list_fetches_windows(qtbot: QtBot, world: AidWorld, gui: MessageLog,
                                               qtmodeltester: Any) -> None:
    bulk_applications(world.db, world, 1_050)
    page = open_page(qtbot, world, VIEWER)
    model = page.applications.model
    assert model.rowCount() == 1_050
    assert model.loaded_row_count() <= 400
    page.applications.view.scrollToBottom()
    assert model.index(1_049, 0).data() == "1050"
    assert model.loaded_row_count() < 1_050
    assert model.index(0, 8).data() == ""  # no child ID entered; a viewer would see it hidden
    assert not page.applications.new_button.isVisible()
    small = ApplicationTableModel(world.db, VIEWER)
    small.set_filter(page.applications.current_filter())
    qtmodeltester.check(small, force_py=True)


def test_the_administrator_edits_rules_with_their_policy_text(qtbot: QtBot, world: AidWorld, gui: MessageLog) -> None:
    page = open_page(qtbot, world, ADMIN)
    page.tabs.setCurrentWidget(page.programmes)
    page.programmes.view.selectRow(0)
    programme = page.programmes.current()
    assert programme is not None

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, RulesDialog)
        dialog.add_row(ru.Rule(ru.RuleKind.CAP_PER_HOUSEHOLD_YEAR, ""))
        last = dialog.grid.rowCount() - 1
        dialog.grid.item(last, 1).setText("同一家庭每年资助合计不超过6000元")
        dialog.grid.item(last, 2).setText("6,000")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    for _ in when_modal(qtbot, edit):
        page.programmes.rules()
    rules = ru.programme_rules(world.db, ADMIN, programme.id)
    assert rules[-1].policy == "同一家庭每年资助合计不超过6000元"
    assert rules[-1].amount_fen == 600_000


def test_every_tab_of_the_page_opens_for_every_role(qtbot: QtBot, world: AidWorld, gui: MessageLog) -> None:
    for actor in (ADMIN, CLERK, REVIEWER, VIEWER):
        page = open_page(qtbot, world, actor)
        for index in range(page.tabs.count()):
            page.tabs.setCurrentIndex(index)
        assert page.programmes.model.rowCount() == 2
        assert page.files.model.rowCount() == 0
        assert all(b.isHidden() == (actor is not ADMIN) for b in page.programmes.admin_buttons)
    assert not gui.texts("error")


def test_the_members_aid_tab(qtbot: QtBot, world: AidWorld, gui: MessageLog) -> None:
    bulk_applications(world.db, world, 2)
    widget = MemberAidWidget(AppContext(world.db, VIEWER), world.parents[0])
    qtbot.addWidget(widget)
    assert widget.model.rowCount() == 1
    assert widget.file.text() == "No household file."


def test_quotas_and_a_household_file_through_the_dialogs(qtbot: QtBot, world: AidWorld, gui: MessageLog) -> None:
    from unionoffice.services.aid import hardship_files as hf
    from unionoffice.services.aid import programmes as pg
    from unionoffice.ui.aid.files_tab import FileEditor
    from unionoffice.ui.aid.programme_dialogs import QuotasDialog

    admin = open_page(qtbot, world, ADMIN)
    admin.tabs.setCurrentWidget(admin.programmes)
    admin.programmes.view.selectRow(0)

    def places(dialog: QDialog) -> None:
        assert isinstance(dialog, QuotasDialog)
        dialog.grid.item(0, 1).setText("12")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    for _ in when_modal(qtbot, places):
        admin.programmes.quotas()
    programme = admin.programmes.current()
    assert programme is not None
    assert [q.places for q in pg.programme_quotas(world.db, ADMIN, programme.id)] == [12]

    clerk = open_page(qtbot, world, CLERK)
    clerk.tabs.setCurrentWidget(clerk.files)

    def new_file(dialog: QDialog) -> None:
        assert isinstance(dialog, FileEditor)
        dialog.member.query.setText("李春梅")
        dialog.member.search()
        dialog.year.setValue(2024)  # the year whose 低保 the world has
        dialog.income.setText("3,000")
        dialog.costs.setText("500")
        dialog.people.setValue(2)
        dialog.preview()
        assert dialog.verdict.text().startswith("深度困难")
        dialog.add_person(hf.HouseholdPerson("李小红", "子女", "220102200609014329", schooling="高中"))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()

    for _ in when_modal(qtbot, new_file):
        FileEditor(clerk.ctx, None, clerk.files).exec()
    clerk.files.reload()
    assert clerk.files.model.rowCount() == 1
    row = clerk.files.model.rows[0]
    detail = hf.file_detail(world.db, CLERK, row.id)
    assert detail.draft.household[0].id_number == "220102********4329"
    hf.update_file(world.db, CLERK, row.id, detail.draft)  # the masked ID comes back: the stored one stays
    with world.db.read() as session:
        from unionoffice.db.models.aid import HouseholdMember

        assert session.query(HouseholdMember.id_number).scalar() == "220102200609014329"
