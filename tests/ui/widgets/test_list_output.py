"""打印 and 导出 on a page's list: what is shown (search hits in their order) goes to the file or the printer."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.helpers.gui import District, context
from tests.helpers.messages import MessageLog
from unionoffice.services.core.context import Actor
from unionoffice.ui.members.members_page import MembersPage
from unionoffice.ui.widgets import list_output


def make_page(qtbot: QtBot, district: District, actor: Actor) -> MembersPage:
    page = MembersPage(context(district.db, actor))
    qtbot.addWidget(page)
    page.resize(1024, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_export_writes_the_search_hits_shown(qtbot: QtBot, district: District, clerk: Actor, gui: MessageLog,
                                             tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = make_page(qtbot, district, clerk)
    qtbot.keyClicks(page.search_edit, "zsf")
    qtbot.waitUntil(lambda: page.model.searching, timeout=2000)
    target = tmp_path / "hits.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "xlsx"))
    qtbot.mouseClick(page.list_output.export_button, Qt.MouseButton.LeftButton)
    sheet = load_workbook(target, read_only=True).active
    assert sheet is not None
    names = [row[1] for row in sheet.iter_rows(min_row=5, values_only=True) if row[0] != "合计"]
    assert names[0] == "张三丰"
    assert len(names) == page.model.rowCount()
    assert any("hits.xlsx" in text for text in gui.texts("info"))


def test_print_renders_the_list_and_opens_the_print_dialog(qtbot: QtBot, district: District, clerk: Actor,
                                                           gui: MessageLog, monkeypatch: pytest.MonkeyPatch) -> None:
    page = make_page(qtbot, district, clerk)
    printed: list[tuple[bytes, str]] = []
    monkeypatch.setattr(list_output, "print_pdf", lambda parent, pdf, title: printed.append((pdf, title)) or 1)
    qtbot.mouseClick(page.list_output.print_button, Qt.MouseButton.LeftButton)
    assert len(printed) == 1
    assert printed[0][0].startswith(b"%PDF")
    assert printed[0][1] == "会员名单"


def test_a_viewer_sees_neither_button(qtbot: QtBot, district: District, viewer: Actor, gui: MessageLog) -> None:
    page = make_page(qtbot, district, viewer)
    assert page.list_output.print_button.isHidden()
    assert page.list_output.export_button.isHidden()
