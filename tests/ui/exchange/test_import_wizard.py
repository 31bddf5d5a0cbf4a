"""The import wizard driven like a clerk would: a real file, mapping, check, choices, commit; and the export dialog."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.helpers.messages import MessageLog
from tests.helpers.sheets import HEADER, PEOPLE, UNIONS, member_rows, write_xlsx
from unionoffice.db.engine import Database
from unionoffice.db.models import Member
from unionoffice.services.core.context import Actor
from unionoffice.services.members.organisations import UnionDraft, create_district, create_union
from unionoffice.ui.exchange.exchange_page import ExchangePage
from unionoffice.ui.exchange.export_dialog import ExportDialog
from unionoffice.ui.exchange.import_wizard import ImportWizard
from unionoffice.ui.shell.context import AppContext


@pytest.fixture
def unions(db: Database, admin: Actor) -> None:
    create_district(db, admin, "长春市南关区总工会", "220102")
    for name in UNIONS:
        create_union(db, admin, UnionDraft(name=name))


def members(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(select(func.count()).select_from(Member)).scalar_one())


def open_file(qtbot: QtBot, wizard: ImportWizard, path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.browse()
    assert wizard.file_page.isComplete()
    wizard.next()


def test_walk_the_wizard_with_damaged_rows_and_import_the_valid_ones(qtbot: QtBot, db: Database, clerk: Actor,
                                                                      unions: None, gui: MessageLog,
                                                                      tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    rows = member_rows()
    rows[1][4] = 2.20102198503140e17  # an ID Excel turned into a number
    path = write_xlsx(tmp_path / "名册.xlsx", [HEADER, *rows], title_rows=["会员名册"])
    wizard = ImportWizard(AppContext(db, clerk))
    open_file(qtbot, wizard, path, monkeypatch)
    # the 8 people: neither the title above the header nor the header itself (the second trial read 21 for 20)
    assert wizard.file_page.info.text().startswith("8 row(s) read.")
    page = wizard.mapping_page
    assert wizard.currentPage() is page
    assert page.header_row.value() == 2
    combo = page.table.cellWidget(0, 4)
    assert isinstance(combo, QComboBox)
    assert combo.currentData() == "id_number"
    wizard.grab().save(str(tmp_path / "mapping.png"))
    wizard.next()
    check = wizard.check_page
    assert check.summary.text().startswith("新增 7")
    assert check.state.plan is not None
    assert sum(check.state.plan.counts.values()) == 8  # as many as the first page said were read
    assert "拒绝 1" in check.summary.text()
    assert check.problems.rowCount() == 1
    assert check.problems.item(0, 0).text() == "4"
    assert check.problems.item(0, 1).text() == PEOPLE[1][0]  # the name beside the row number (issue 14)
    assert "存成了数字" in check.problems.item(0, 3).text()
    saved = tmp_path / "errors.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    check.save_errors()
    assert openpyxl.load_workbook(saved).active.max_row == 3
    wizard.grab().save(str(tmp_path / "check.png"))
    # All or nothing (the default) refuses; the clerk goes back and chooses to import the valid rows.
    wizard.next()
    assert "未导入任何数据" in wizard.commit_page.result_label.text()
    assert members(db) == 0
    wizard.back()
    check.valid_only.setChecked(True)
    wizard.next()
    assert wizard.commit_page.isComplete()
    assert "新增 7" in wizard.commit_page.result_label.text()
    assert members(db) == len(PEOPLE) - 1


def test_a_wrong_mapping_is_corrected_and_existing_members_are_asked_about(qtbot: QtBot, db: Database, clerk: Actor,
                                                                           unions: None,
                                                                           gui: MessageLog,
                                                                           tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    header = ["名字", "证件号码", "入会日期", "工会名称", "联系方式", "单位名称"]
    rows = [[r[1], r[4], r[8], r[7], r[5], r[6]] for r in member_rows()]
    path = write_xlsx(tmp_path / "a.xlsx", [header, *rows])
    wizard = ImportWizard(AppContext(db, clerk))
    open_file(qtbot, wizard, path, monkeypatch)
    combos = wizard.mapping_page.combos
    assert [c.currentData() for c in combos] == ["name", "id_number", "join_date", "union", "phone", "employer"]
    combos[5].setCurrentIndex(0)  # the clerk decides not to import the employer column
    assert wizard.mapping_page.isComplete()
    combos[1].setCurrentIndex(0)
    assert not wizard.mapping_page.isComplete()  # no ID column: cannot go on
    combos[1].setCurrentIndex(combos[1].findData("id_number"))
    wizard.next()
    wizard.next()
    assert members(db) == len(PEOPLE)
    # The same people again with new phones: ask, and accept only the first.
    rows = [[*r[:4], f"137{i:08d}", r[5]] for i, r in enumerate(rows)]
    wizard = ImportWizard(AppContext(db, clerk))
    open_file(qtbot, wizard, write_xlsx(tmp_path / "b.xlsx", [header, *rows]), monkeypatch)
    assert wizard.mapping_page.combos[5].currentData() == ""  # the choice was remembered
    wizard.next()
    check = wizard.check_page
    assert check.changes.rowCount() == len(PEOPLE)
    check.policy.button(2).setChecked(True)
    check.changes.item(0, 0).setCheckState(Qt.CheckState.Checked)
    wizard.next()
    assert "更新 1" in wizard.commit_page.result_label.text()


def test_exchange_page_and_export_dialog(qtbot: QtBot, db: Database, clerk: Actor, reviewer: Actor, unions: None,
                                         gui: MessageLog, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    page = ExchangePage(AppContext(db, clerk))
    qtbot.addWidget(page)
    assert page.import_button.isVisible() or not page.isVisible()
    dialog = ExportDialog(AppContext(db, clerk))
    qtbot.addWidget(dialog)
    assert not dialog.full_id.isEnabled()
    dialog.path.setText(str(tmp_path / "roster.xlsx"))
    dialog.export()
    assert (tmp_path / "roster.xlsx").exists()
    assert "Exported 0 member(s)" in gui.texts("info")[-1]
    dialog = ExportDialog(AppContext(db, reviewer))
    qtbot.addWidget(dialog)
    dialog.full_id.setChecked(True)
    assert dialog.reason.isEnabled()
    dialog.path.setText(str(tmp_path / "full.xlsx"))
    dialog.export()
    assert "理由" in gui.texts("error")[-1]
    assert not (tmp_path / "full.xlsx").exists()
    reviewer_page = ExchangePage(AppContext(db, reviewer))
    qtbot.addWidget(reviewer_page)
    assert reviewer_page.import_button.isHidden()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "g.xlsx"), ""))
    reviewer_page.kind.setCurrentIndex(reviewer_page.kind.findData("golden-autumn"))
    reviewer_page.export_report()
    assert (tmp_path / "g.xlsx").exists()  # the aid reports export since the aid module exists
    assert isinstance(QWizard.WizardOption.NoBackButtonOnLastPage, QWizard.WizardOption)


ROSTER = ["姓名", "性别", "身份证号", "手机号", "工作单位", "所在基层工会"]  # issue 14: no 入会时间 column


def test_a_roster_without_join_dates_says_what_is_missing_and_takes_a_date_for_all(
        qtbot: QtBot, db: Database, clerk: Actor, unions: None, gui: MessageLog, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date

    from PySide6.QtCore import QDate

    rows = [[name, sex, number, f"139{i:08d}", "长春第一机械厂", UNIONS[0]]
            for i, (name, sex, number) in enumerate(PEOPLE, start=1)]
    path = write_xlsx(tmp_path / "花名册.xlsx", [ROSTER, *rows])
    wizard = ImportWizard(AppContext(db, clerk))
    open_file(qtbot, wizard, path, monkeypatch)
    page = wizard.mapping_page
    assert wizard.currentPage() is page
    assert not page.isComplete()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()
    assert page.missing.isVisibleTo(page)
    assert "入会时间" in page.missing.text()
    assert page.join_default.isVisibleTo(page)
    page.join_fixed.setChecked(True)
    page.join_date.setDate(QDate(2024, 1, 1))
    assert page.isComplete()
    assert next_button.isEnabled()
    assert not page.missing.isVisibleTo(page)
    wizard.resize(1024, 768)
    wizard.grab().save(str(tmp_path / "roster-mapping.png"))
    wizard.next()
    check = wizard.check_page
    assert check.summary.text().startswith(f"新增 {len(PEOPLE)}")
    assert check.findChild(QLabel, "policyLabel").text()
    wizard.next()
    assert members(db) == len(PEOPLE)
    with db.read() as session:
        assert set(session.execute(select(Member.join_date)).scalars()) == {date(2024, 1, 1)}
    # one button closes the finished wizard: 完成, not 完成 and 关闭 side by side
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()


def test_the_import_date_is_offered_and_a_mapped_column_needs_no_default(
        qtbot: QtBot, db: Database, clerk: Actor, unions: None, gui: MessageLog, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import date

    rows = [[name, sex, number, f"139{i:08d}", "长春第一机械厂", UNIONS[0]]
            for i, (name, sex, number) in enumerate(PEOPLE, start=1)]
    path = write_xlsx(tmp_path / "花名册.xlsx", [ROSTER, *rows])
    wizard = ImportWizard(AppContext(db, clerk))
    open_file(qtbot, wizard, path, monkeypatch)
    page = wizard.mapping_page
    page.join_today.setChecked(True)
    assert page.defaults() == {"join_date": date.today()}
    assert page.isComplete()
    name_combo = page.table.cellWidget(0, 0)
    assert isinstance(name_combo, QComboBox)
    name_combo.setCurrentIndex(0)  # (ignore): the name is never optional
    assert not page.isComplete()
    assert "姓名" in page.missing.text()


def test_a_file_is_read_as_soon_as_it_is_chosen_or_its_path_typed(
        qtbot: QtBot, db: Database, clerk: Actor, unions: None, gui: MessageLog, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_xlsx(tmp_path / "roster.xlsx", [HEADER, *member_rows()])  # keyClicks types ASCII only
    wizard = ImportWizard(AppContext(db, clerk))
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    # typed: a folder or a file that is not there is not read; the file is, once the typing pauses
    qtbot.keyClicks(page.path_edit, str(tmp_path))
    page.typed.timeout.emit()
    assert not page.isComplete()
    page.path_edit.clear()
    qtbot.keyClicks(page.path_edit, str(path))
    assert page.typed.isActive()
    qtbot.waitUntil(page.isComplete)
    assert page.state.source is not None
    assert page.state.source.table.path == path
    assert "row(s) read." in page.info.text()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    # Return after the pause does not read it a second time
    reads: list[str] = []
    monkeypatch.setattr(page, "load", lambda: reads.append(page.path_edit.text()))
    qtbot.keyClick(page.path_edit, Qt.Key.Key_Return)
    assert reads == []



def test_recent_imports_name_the_person_and_have_no_row_numbers(
        qtbot: QtBot, db: Database, admin: Actor, clerk: Actor, unions: None, gui: MessageLog, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from unionoffice.domain.common.permissions import Role
    from unionoffice.services.core.accounts import add_user

    add_user(db, admin, "clerk", Role.CLERK, "a-long-password-2024", display_name="王芳")
    path = write_xlsx(tmp_path / "名册.xlsx", [HEADER, *member_rows()])
    wizard = ImportWizard(AppContext(db, clerk))
    open_file(qtbot, wizard, path, monkeypatch)
    wizard.next()
    wizard.next()
    assert members(db) > 0
    page = ExchangePage(AppContext(db, clerk))
    qtbot.addWidget(page)
    page.show()
    assert page.batches.rowCount() == 1
    assert page.batches.item(0, 2).text() == "王芳"  # the person, not the login name “clerk”
    assert page.batches.item(0, 1).text() == "名册.xlsx"
    assert not page.batches.verticalHeader().isVisible()


def test_a_second_file_is_read_from_its_own_first_sheet(
        qtbot: QtBot, db: Database, clerk: Actor, unions: None, gui: MessageLog, tmp_path: Path) -> None:
    """The sheet picked for one file is not asked of the next file typed or chosen (it has other sheets)."""
    first = openpyxl.Workbook()
    first.active.title = "说明"
    first.active.append(["本表为会员名册"])
    roster = first.create_sheet("花名册")
    for row in [HEADER, *member_rows()]:
        roster.append(row)
    first.save(tmp_path / "a.xlsx")
    second = write_xlsx(tmp_path / "b.xlsx", [HEADER, *member_rows()])
    wizard = ImportWizard(AppContext(db, clerk))
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    page.path_edit.setText(str(tmp_path / "a.xlsx"))
    page.read_if_file()
    page.sheet.setCurrentText("花名册")
    page.load()  # 重新读取 with the sheet picked
    assert page.state.source is not None
    assert page.state.source.table.sheet_name == "花名册"
    page.path_edit.setText(str(second))
    page.read_if_file()
    assert gui.texts("error") == []
    assert page.state.source is not None
    assert page.state.source.table.path == second


def test_a_file_without_column_names_says_so_and_the_header_row_is_chosen(
        qtbot: QtBot, db: Database, clerk: Actor, unions: None, gui: MessageLog, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """No row looks like column names (a header in a language nobody mapped): the wizard says so, opens the column
    page on row 1 instead of failing, and the clerk moves the header row."""
    rows = [["名单"], ["甲", "乙", "丙"], *[[name, sex, number] for name, sex, number in PEOPLE]]
    path = write_xlsx(tmp_path / "无表头.xlsx", rows)
    wizard = ImportWizard(AppContext(db, clerk))
    open_file(qtbot, wizard, path, monkeypatch)
    assert "No row with column names" in wizard.file_page.info.text()
    page = wizard.mapping_page
    assert wizard.currentPage() is page
    assert page.header_row.value() == 1
    assert page.table.columnCount() >= 1
    page.header_row.setValue(2)
    assert wizard.state.source is not None
    assert wizard.state.source.header_row == 1


def test_an_empty_file_cannot_go_on(qtbot: QtBot, db: Database, clerk: Actor, unions: None, gui: MessageLog,
                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "空.csv"
    path.write_text("", encoding="utf-8")
    wizard = ImportWizard(AppContext(db, clerk))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.browse()
    assert not wizard.file_page.isComplete()
    assert "no rows" in wizard.file_page.info.text() or gui.shown
