"""A clerk's day on 帮扶救助 without dead ends (issue 14, the new-user trial docs/trial-2026-12-07.md task 4): the
eligibility said before 提交, the programme carried from 帮扶项目, the member found as you type, the new draft and a
moved application kept selected and in view, only the steps the selection allows, and save dialogs that start in
the clerk's folder with a name that says what the file is."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from tests.helpers.aid import CLERK, AidWorld, bulk_applications, child_id, make_aid_world
from tests.helpers.messages import MessageLog
from tests.helpers.modal import when_modal
from tests.ui.aid.test_aid_page import open_page, step
from unionoffice.db.engine import Database
from unionoffice.domain.aid.kinds import ApplicationState
from unionoffice.domain.aid.workflow import Step
from unionoffice.services.aid.programmes import ProgrammeRow, list_programmes
from unionoffice.ui.aid.aid_page import AidPage
from unionoffice.ui.aid.application_editor import ApplicationEditor
from unionoffice.ui.shell import file_dialogs
from unionoffice.ui.shell.context import AppContext


@pytest.fixture
def world(db: Database) -> AidWorld:
    return make_aid_world(db)


def programme(world: AidWorld, programme_id: int) -> ProgrammeRow:
    return next(p for p in list_programmes(world.db, CLERK) if p.id == programme_id)


def editor_for(qtbot: QtBot, world: AidWorld, programme_id: int) -> ApplicationEditor:
    editor = ApplicationEditor(AppContext(world.db, CLERK), programme(world, programme_id))
    qtbot.addWidget(editor)
    return editor


def in_view(page: AidPage, row: int) -> bool:
    view = page.applications.view
    return view.viewport().rect().intersects(view.visualRect(page.applications.model.index(row, 1)))


def test_the_editor_says_at_once_that_submitting_will_be_refused(qtbot: QtBot, world: AidWorld,
                                                                  gui: MessageLog) -> None:
    editor = editor_for(qtbot, world, world.hardship)
    assert editor.eligibility.isHidden()
    editor.member.query.setText("王建国")
    editor.member.search()
    assert editor.member.member_id() == world.parents[0]
    # 生活救助 (the first type) is for families on file; this member has no household file.
    assert editor.eligibility.isVisibleTo(editor)
    text = editor.eligibility.text()
    assert "“生活、医疗、助学救助限在档困难职工家庭”" in text
    assert "申请人没有在档的困难职工档案" in text
    assert text.startswith("Submitting will be refused")
    # 临时救助 is not bound to a file: the line goes once the check after the change has run.
    editor.aid_type.setCurrentIndex(editor.aid_type.findData("临时救助"))
    qtbot.waitUntil(lambda: editor.eligibility.isHidden())
    editor.aid_type.setCurrentIndex(editor.aid_type.findData("生活救助"))
    qtbot.waitUntil(lambda: editor.eligibility.isVisibleTo(editor))
    # The draft may still be saved while the clerk collects the papers.
    editor.amount.setText("2000")
    editor.reason.setText("因病致困")
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert editor.app_id is not None
    assert editor.result() == QDialog.DialogCode.Accepted


def test_an_existing_draft_shows_the_refusal_too(qtbot: QtBot, world: AidWorld, gui: MessageLog) -> None:
    from unionoffice.services.aid import applications as ap

    app_id = ap.create_application(world.db, CLERK, ap.ApplicationDraft(
        programme_id=world.hardship, member_id=world.parents[1], aid_type="医疗救助", amount_asked_fen=100_000))
    editor = ApplicationEditor(AppContext(world.db, CLERK), programme(world, world.hardship), app_id)
    qtbot.addWidget(editor)
    assert editor.eligibility.isVisibleTo(editor)
    assert "在档困难职工" in editor.eligibility.text()


def test_the_member_is_found_as_the_clerk_types(qtbot: QtBot, world: AidWorld, gui: MessageLog) -> None:
    editor = editor_for(qtbot, world, world.golden)
    placeholder = editor.member.query.placeholderText()
    assert "pinyin initials" in placeholder
    assert "last 4 digits of the ID" in placeholder
    assert "mobile" in placeholder
    qtbot.keyClicks(editor.member.query, "lcm")  # 李春梅 by her initials, no Return
    qtbot.waitUntil(lambda: editor.member.member_id() == world.parents[1])
    assert editor.member.hits.currentText().startswith("李春梅")


def test_the_programme_picked_on_the_programmes_tab_is_shown_on_the_applications_tab(
        qtbot: QtBot, world: AidWorld, gui: MessageLog) -> None:
    page = open_page(qtbot, world, CLERK)
    assert page.applications.programme_combo.currentData() == world.golden
    page.tabs.setCurrentWidget(page.programmes)
    rows = [r.id for r in page.programmes.model.rows]
    page.programmes.view.selectRow(rows.index(world.hardship))
    page.tabs.setCurrentWidget(page.applications)
    assert page.applications.programme_combo.currentData() == world.hardship
    # Picked again on the applications tab itself, it stays after a look at another tab.
    page.applications.show_programme(world.golden)
    page.tabs.setCurrentWidget(page.files)
    page.tabs.setCurrentWidget(page.applications)
    assert page.applications.programme_combo.currentData() == world.golden


def test_the_saved_draft_is_selected_and_in_view(qtbot: QtBot, world: AidWorld, gui: MessageLog) -> None:
    bulk_applications(world.db, world, 1_100)  # submitted
    page = open_page(qtbot, world, CLERK)
    tab = page.applications
    tab.state_combo.setCurrentIndex(tab.state_combo.findData("已提交"))

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ApplicationEditor)
        dialog.member.query.setText("赵国庆")
        dialog.member.search()
        dialog.child_name.setText("赵小明")
        dialog.child_id.setText(child_id(1))
        dialog.school.setText("吉林大学")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    for _ in when_modal(qtbot, fill):
        tab.new_button.click()
    assert tab.selected_ids() == [1_101]
    assert tab.state_combo.currentData() == "草稿"  # the filter followed, or the draft would not be listed
    assert tab.status_text() == ("Application #1101 (赵国庆) saved as a draft. The state filter now shows “草稿”.")
    row = tab.view.currentIndex().row()
    assert in_view(page, row)

    tab.state_combo.setCurrentIndex(0)  # all states: the draft is the 1,101st row, scrolled to
    for _ in when_modal(qtbot, lambda d: fill_child(d, "孙志强", child_id(2))):
        tab.new_button.click()
    assert tab.selected_ids() == [1_102]
    assert tab.view.currentIndex().row() == 1_101
    assert in_view(page, 1_101)


def fill_child(dialog: QDialog, parent: str, child_id: str) -> None:
    assert isinstance(dialog, ApplicationEditor)
    dialog.member.query.setText(parent)
    dialog.member.search()
    dialog.child_name.setText("孙小明")
    dialog.child_id.setText(child_id)
    dialog.school.setText("吉林大学")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_an_application_moved_by_a_step_stays_selected(qtbot: QtBot, world: AidWorld, gui: MessageLog) -> None:
    bulk_applications(world.db, world, 300)
    page = open_page(qtbot, world, CLERK)
    tab = page.applications
    tab.state_combo.setCurrentIndex(tab.state_combo.findData("已提交"))
    tab.view.selectRow(250)

    def ok(dialog: QDialog) -> None:
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    for _ in when_modal(qtbot, ok):
        tab.step_actions[Step.FIRST_REVIEW].trigger()
    # One application: the filter follows it, it is selected and shown, and the line offers the way back.
    assert tab.state_combo.currentData() == "基层初审"
    assert tab.selected_ids() == [251]
    assert tab.status_text() == ("Application #251 (赵国庆) is now “基层初审”. The state filter now shows “基层初审”.")
    assert 'href="back"' in tab.status.text()
    tab.status.linkActivated.emit("back")
    assert tab.state_combo.currentData() == "已提交"

    # A batch: the line says how many moved and where, and its link shows them selected.
    tab.view.selectRow(0)
    tab.view.selectionModel().select(tab.model.index(1, 0), tab.view.selectionModel().SelectionFlag.Select
                                     | tab.view.selectionModel().SelectionFlag.Rows)
    for _ in when_modal(qtbot, ok):
        tab.step_actions[Step.FIRST_REVIEW].trigger()
    assert tab.state_combo.currentData() == "已提交"
    assert tab.status_text() == "基层初审通过 2 件, now “基层初审”."
    tab.status.linkActivated.emit("follow")
    assert tab.state_combo.currentData() == "基层初审"
    assert tab.selected_ids() == [1, 2]


def test_the_step_menu_offers_only_what_the_selection_allows(qtbot: QtBot, world: AidWorld,
                                                             gui: MessageLog) -> None:
    bulk_applications(world.db, world, 3)  # submitted
    page = open_page(qtbot, world, CLERK)
    tab = page.applications
    actions = tab.step_actions
    assert not actions[Step.FIRST_REVIEW].isEnabled()  # nothing selected yet
    assert actions[Step.FIRST_REVIEW].toolTip() == "Select the applications first."
    tab.view.selectRow(0)
    assert actions[Step.FIRST_REVIEW].isEnabled()
    assert actions[Step.RECALL].isEnabled()
    assert not actions[Step.SUBMIT].isEnabled()
    assert actions[Step.SUBMIT].toolTip() == "The selected applications are “已提交”; “提交” is taken from “草稿”."
    assert not actions[Step.PAY].isEnabled()
    for _ in when_modal(qtbot, lambda d: d.findChild(QDialogButtonBox).button(
            QDialogButtonBox.StandardButton.Ok).click()):
        actions[Step.FIRST_REVIEW].trigger()
    assert tab.selected_ids() == [1]  # all states shown: still in its row, selected
    tab.view.selectAll()
    assert actions[Step.FIRST_REVIEW].isEnabled()  # two of the three are still 已提交
    assert not actions[Step.SUBMIT].isEnabled()


def test_the_menu_follows_a_select_all_of_thousands(qtbot: QtBot, world: AidWorld, gui: MessageLog) -> None:
    bulk_applications(world.db, world, 1_000)
    page = open_page(qtbot, world, CLERK)
    tab = page.applications
    tab.view.selectAll()
    assert tab.model.loaded_row_count() <= 400  # the states come from the list's filter, not its rows
    assert tab.step_actions[Step.FIRST_REVIEW].isEnabled()
    assert not tab.step_actions[Step.SUBMIT].isEnabled()


def test_save_dialogs_start_in_the_clerks_folder_with_a_telling_name(
        qtbot: QtBot, world: AidWorld, gui: MessageLog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def cancelled(_parent: object, _title: str, start: str, _filters: str) -> tuple[str, str]:
        asked.append(start)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(cancelled))
    page = open_page(qtbot, world, CLERK)
    tab = page.applications
    tab.publicity_list()
    assert asked[-1] == str(file_dialogs.documents_folder() / "2024年金秋助学_公示名单.pdf")
    folder = tmp_path / "帮扶材料"
    folder.mkdir()
    file_dialogs.remember("aid-documents", folder / "earlier.pdf")
    tab.payment_roster(True)
    assert asked[-1] == str(folder / "2024年金秋助学_发放花名册（已发放）.xlsx")
    bulk_applications(world.db, world, 1)
    tab.reload()
    tab.view.selectRow(0)
    tab.approval_form()
    assert asked[-1] == str(folder / "2024年金秋助学_审批表_申请1.pdf")


def test_every_file_dialog_of_the_aid_pages_goes_through_the_shell_helper() -> None:
    import unionoffice.ui.aid as package

    sources = {p.name: p.read_text(encoding="utf-8") for p in Path(package.__file__).parent.glob("*.py")}
    assert [name for name, text in sources.items() if "QFileDialog" in text] == []


def test_a_whole_day_reaches_paid(qtbot: QtBot, world: AidWorld, gui: MessageLog) -> None:
    """The steps the trial took, one after another on one application, without touching the filter."""
    from tests.helpers.aid import REVIEWER

    bulk_applications(world.db, world, 1)
    clerk = open_page(qtbot, world, CLERK)
    step(qtbot, clerk, Step.FIRST_REVIEW, date(2024, 9, 23))
    assert clerk.applications.selected_ids() == [1]
    reviewer = open_page(qtbot, world, REVIEWER)
    reviewer.applications.state_combo.setCurrentIndex(reviewer.applications.state_combo.findData("基层初审"))
    for which, on in ((Step.REVIEW, date(2024, 9, 26)), (Step.PUBLICISE, date(2024, 9, 30)),
                      (Step.APPROVE, date(2024, 10, 12))):
        step(qtbot, reviewer, which, on)
        assert reviewer.applications.selected_ids() == [1]
    assert reviewer.applications.state_combo.currentData() == ApplicationState.APPROVED.value


def test_a_newer_search_replaces_an_older_one_off_the_gui_thread(qtbot: QtBot, world: AidWorld, gui: MessageLog,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from unionoffice.ui.shell import tasks

    editor = editor_for(qtbot, world, world.golden)
    monkeypatch.setattr(tasks, "synchronous", False)  # the real worker threads
    qtbot.keyClicks(editor.member.query, "w")
    qtbot.keyClicks(editor.member.query, "jg")  # 王建国's initials, typed on before the first hits came
    qtbot.waitUntil(lambda: editor.member.member_id() == world.parents[0])
    assert editor.member.hits.count() == 1
    assert editor.member.hits.currentText().startswith("王建国")
