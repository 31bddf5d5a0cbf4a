"""Following one application across roles on 帮扶救助 (the second new-user trial, docs/trial-2026-12-07.md, "Still
open" 4 and 6): the page keeps its programme, state filter and selection across 切换用户; a step the workflow does
not allow yet is greyed with the service's reason before any dialog; one refusal reads as a sentence; the opinion
dialog names the step and the applicants."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.helpers.aid import CLERK, REVIEWER, AidWorld, bring_to, golden_draft, make_aid_world
from tests.helpers.messages import MessageLog
from tests.helpers.modal import when_modal
from tests.ui.aid.test_aid_page import open_page
from unionoffice.db.engine import Database
from unionoffice.domain.aid.kinds import ApplicationState
from unionoffice.domain.aid.workflow import Step
from unionoffice.services.aid import applications as ap
from unionoffice.services.aid import workflow as wf
from unionoffice.services.core.context import Actor
from unionoffice.ui.aid.aid_page import SETTINGS_PAGE, AidPage
from unionoffice.ui.aid.widgets import StepDialog
from unionoffice.ui.shell.context import AppContext
from unionoffice.ui.shell.database_settings import database_group
from unionoffice.ui.shell.main_window import MainWindow


@pytest.fixture
def world(db: Database) -> AidWorld:
    return make_aid_world(db)


def aid_page_of(qtbot: QtBot, world: AidWorld, actor: Actor) -> tuple[MainWindow, AidPage]:
    window = MainWindow(AppContext(world.db, actor))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    window.show_page(window.page_keys().index("aid"))  # the window opens on 首页
    page = window.page("aid")
    assert isinstance(page, AidPage)
    return window, page


def hardship_drafts(world: AidWorld, count: int) -> list[int]:
    return [ap.create_application(world.db, CLERK, ap.ApplicationDraft(
        programme_id=world.hardship, member_id=world.parents[i % 4], aid_type="临时救助", amount_asked_fen=100_000))
        for i in range(count)]


def test_the_page_keeps_its_programme_filter_and_selection_across_a_user_switch(
        qtbot: QtBot, world: AidWorld, gui: MessageLog) -> None:
    drafts = hardship_drafts(world, 3)
    clerk_window, clerk = aid_page_of(qtbot, world, CLERK)
    tab = clerk.applications
    assert tab.programme_combo.currentData() == world.golden  # the first programme, as before
    clerk.tabs.setCurrentWidget(tab)
    tab.show_programme(world.hardship)
    tab.state_combo.setCurrentIndex(tab.state_combo.findData("草稿"))
    tab.select_applications([drafts[1]])
    with qtbot.waitSignal(clerk_window.restartRequested, timeout=1000):
        clerk_window.switch_user()

    _window, reviewer = aid_page_of(qtbot, world, REVIEWER)
    assert reviewer.tabs.currentWidget() is reviewer.applications
    assert reviewer.applications.programme_combo.currentData() == world.hardship
    assert reviewer.applications.state_combo.currentData() == "草稿"
    assert reviewer.applications.selected_ids() == [drafts[1]]


def test_a_remembered_programme_that_is_gone_leaves_the_page_as_it_starts(
        qtbot: QtBot, world: AidWorld, gui: MessageLog) -> None:
    group = database_group(world.db, SETTINGS_PAGE)
    for key, value in (("tab", 1), ("programme", 999), ("state", "草稿"), ("selected", "1,2")):
        QSettings().setValue(f"{group}/{key}", value)
    _window, page = aid_page_of(qtbot, world, REVIEWER)
    assert page.applications.programme_combo.currentData() == world.golden
    assert page.applications.state_combo.currentData() is None  # 全部状态
    assert page.applications.selected_ids() == []
    assert gui.texts() == []  # quietly


def publicised_today(world: AidWorld) -> tuple[int, date]:
    """An application whose 公示 started today, so it runs on past today whatever day the test runs."""
    app = ap.create_application(world.db, CLERK, golden_draft(world, 0, 1))
    bring_to(world.db, [app], ApplicationState.REVIEWED)
    wf.batch_advance(world.db, REVIEWER, [app], Step.PUBLICISE, on=date.today())
    end = ap.application_detail(world.db, REVIEWER, app).publicity_end
    assert end is not None
    assert end >= date.today()
    return app, end


def test_approve_is_greyed_during_publicity_with_the_day_it_opens(qtbot: QtBot, world: AidWorld,
                                                                   gui: MessageLog) -> None:
    _app, end = publicised_today(world)
    page = open_page(qtbot, world, REVIEWER)
    tab = page.applications
    tab.view.selectRow(0)
    approve = tab.step_actions[Step.APPROVE]
    assert not approve.isEnabled()
    why = f"公示期至 {end.isoformat()} 结束，{date.fromordinal(end.toordinal() + 1).isoformat()} 起方可批准"
    assert approve.toolTip() == f"“批准” is not possible yet: {why}"
    assert approve.statusTip() == approve.toolTip()
    assert tab.step_actions[Step.REJECT].isEnabled()  # a rejection need not wait for the end of 公示


def test_one_refusal_says_plainly_why_and_several_keep_the_batch_report(qtbot: QtBot, world: AidWorld,
                                                                         gui: MessageLog) -> None:
    apps = [ap.create_application(world.db, CLERK, golden_draft(world, i, i + 1)) for i in range(2)]
    bring_to(world.db, apps, ApplicationState.PUBLICISED)  # 公示 2024-09-30 … 2024-10-11: over by today
    page = open_page(qtbot, world, REVIEWER)
    tab = page.applications
    tab.view.selectRow(0)

    def approve_on_last_day(dialog: QDialog) -> None:
        assert isinstance(dialog, StepDialog)
        dialog.on.setDate(date(2024, 10, 11))  # a date in the dialog still inside 公示: the service refuses
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    for _ in when_modal(qtbot, approve_on_last_day):
        tab.step_actions[Step.APPROVE].trigger()
    assert gui.texts("warning")[-1] == ("“批准” not done (application #1, 王建国): "
                                        "公示期至 2024-10-11 结束，2024-10-12 起方可批准")
    tab.view.selectAll()
    for _ in when_modal(qtbot, approve_on_last_day):
        tab.step_actions[Step.APPROVE].trigger()
    report = gui.texts("warning")[-1]
    assert report.startswith("批准 0 件，未办理 2 件")
    assert "申请 2：「公示」：公示期至 2024-10-11 结束" in report


def test_the_opinion_dialog_names_the_step_and_the_applicants(qtbot: QtBot, world: AidWorld,
                                                              gui: MessageLog) -> None:
    apps = [ap.create_application(world.db, CLERK, golden_draft(world, i, i + 1)) for i in range(3)]
    page = open_page(qtbot, world, CLERK)
    tab = page.applications
    seen: list[tuple[str, str]] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, StepDialog)
        seen.append((dialog.windowTitle(), dialog.about.text()))
        assert dialog.about.isVisibleTo(dialog)

    tab.view.selectRow(1)
    for _ in when_modal(qtbot, look):
        tab.step_actions[Step.SUBMIT].trigger()
    tab.view.selectAll()
    for _ in when_modal(qtbot, look):
        tab.step_actions[Step.SUBMIT].trigger()
    assert seen == [
        ("提交 — 李春梅 (application #2)", "“提交” (→ 已提交) for 李春梅 (application #2)."),
        ("提交 — 王建国 and others, 3 applications", "“提交” (→ 已提交) for 王建国 and others, 3 applications."),
    ]
    assert [ap.application_detail(world.db, CLERK, a).state for a in apps] == ["草稿"] * 3  # cancelled: nothing done


def test_in_chinese_the_reason_and_the_dialog_read_as_sentences(qtbot: QtBot, world: AidWorld, gui: MessageLog,
                                                               chinese_ui: None) -> None:
    _app, end = publicised_today(world)
    page = open_page(qtbot, world, REVIEWER)
    tab = page.applications
    tab.view.selectRow(0)
    assert tab.step_actions[Step.APPROVE].toolTip().startswith(f"暂不能批准：公示期至 {end.isoformat()} 结束，")
    seen: list[tuple[str, str]] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, StepDialog)
        seen.append((dialog.windowTitle(), dialog.about.text()))

    for _ in when_modal(qtbot, look):
        tab.step_actions[Step.REJECT].trigger()
    assert seen == [("驳回：王建国（申请 #1）", "为王建国（申请 #1）办理“驳回”（→ 已驳回）。")]
    earlier = ap.create_application(world.db, CLERK, golden_draft(world, 1, 2))
    bring_to(world.db, [earlier], ApplicationState.PUBLICISED)  # 公示 over by today
    tab.reload()
    tab.view.selectRow(1)

    def approve_on_last_day(dialog: QDialog) -> None:
        assert isinstance(dialog, StepDialog)
        dialog.on.setDate(date(2024, 10, 11))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    for _ in when_modal(qtbot, approve_on_last_day):
        tab.step_actions[Step.APPROVE].trigger()
    assert gui.texts("warning")[-1] == "未能批准（申请 #2，李春梅）：公示期至 2024-10-11 结束，2024-10-12 起方可批准"
