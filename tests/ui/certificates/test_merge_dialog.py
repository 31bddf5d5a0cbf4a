"""Mail merge in the GUI: members selected on the members page, or a spreadsheet, into a PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from tests.helpers.gui import District
from tests.helpers.messages import MessageLog
from tests.helpers.pdfcheck import page_count, pdftotext
from tests.helpers.sheets import write_xlsx
from unionoffice.db.engine import Database
from unionoffice.services.core.context import Actor
from unionoffice.ui.certificates.merge_dialog import MergeDialog
from unionoffice.ui.members.members_page import MembersPage
from unionoffice.ui.shell.context import AppContext


def test_selected_members_get_numbered_certificates(qtbot: QtBot, district: District, clerk: Actor, gui: MessageLog,
                                                    tmp_path: Path, monkeypatch: object) -> None:
    page = MembersPage(AppContext(district.db, clerk))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    selection = page.table.selectionModel()
    selection.select(page.model.index(0, 0), QItemSelectionModel.SelectionFlag.Select
                     | QItemSelectionModel.SelectionFlag.Rows)
    ids = page.selected_member_ids()
    assert len(ids) == 1
    dialog = MergeDialog(page.ctx, ids, page)
    qtbot.addWidget(dialog)
    dialog.template.setCurrentIndex(dialog.template.findData("honour"))
    dialog.values["年度"].setText("2024")
    dialog.values["荣誉称号"].setText("优秀工会积极分子")
    target = tmp_path / "证书.pdf"
    dialog.issue(target)
    assert page_count(target) == 1
    assert "优秀工会积极分子" in "".join(pdftotext(target).split())
    assert "1 issued" in gui.texts("info")[-1]


def test_a_spreadsheet_from_the_dialog(qtbot: QtBot, db: Database, clerk: Actor, gui: MessageLog,
                                       tmp_path: Path) -> None:
    sheet = write_xlsx(tmp_path / "名单.xlsx", [["姓名", "年度", "荣誉称号"], ["张堃", "2024", "先进个人"],
                                               ["王喆", "2024", "先进个人"]])
    dialog = MergeDialog(AppContext(db, clerk))
    qtbot.addWidget(dialog)
    dialog.template.setCurrentIndex(dialog.template.findData("honour"))
    assert "姓名、年度、荣誉称号" in dialog.columns.text()
    dialog.sheet.setText(str(sheet))
    target = tmp_path / "out.pdf"
    dialog.issue(target)
    assert page_count(target) == 2
