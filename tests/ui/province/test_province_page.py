"""The province page on a provincial PostgreSQL database: consolidate packages through the page, the figures per
district, the district filter, the conflict list exported, a refused package reported by name."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.helpers.gui import context
from tests.helpers.messages import MessageLog
from tests.helpers.province import ADMIN, CLERK, NAMES, YEAR, district, package, trust
from unionoffice.db.engine import Database
from unionoffice.ui.province.province_page import ProvincePage


@pytest.mark.postgres
def test_consolidating_through_the_page_fills_one_line_per_district(
        qtbot: QtBot, gui: MessageLog, province: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths = [package(district(tmp_path, code), tmp_path / f"{code}.zip") for code in ("220104", "220105")]
    trust(province, paths[0])
    page = ProvincePage(context(province, CLERK))
    qtbot.addWidget(page)
    page.year.setValue(YEAR)
    assert page.trust_button.isHidden()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(p) for p in paths], "")))
    page.consolidate()
    summary = gui.texts("info")[-1]
    assert f"{NAMES['220104']}（220104）{YEAR} 年已汇总" in summary
    assert "Not consolidated: 220105.zip: " in summary  # the page's own words (English without a translator)
    assert "未登记的密钥" in summary
    trust(province, paths[1])
    page.consolidate()
    assert page.table.rowCount() == 2
    assert [page.table.item(r, 1).text() for r in range(2)] == [NAMES["220104"], NAMES["220105"]]
    assert page.district.count() == 3
    page.district.setCurrentIndex(page.district.findData("220105"))
    assert page.table.rowCount() == 1
    assert page.table.item(0, 0).text() == "220105"
    out = tmp_path / "conflicts.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    page.conflicts_output.export_list()
    assert out.exists()


@pytest.mark.postgres
def test_an_admin_sees_the_trust_button_and_the_province_s_name(
        qtbot: QtBot, gui: MessageLog, province: Database) -> None:
    page = ProvincePage(context(province, ADMIN))
    qtbot.addWidget(page)
    page.show()
    assert page.trust_button.isVisible()
    assert not page.notice.isVisible()
    assert not page.consolidate_button.isVisible()
    assert "office's name is not set" in page.heading.text()  # said, not left blank
    from dataclasses import replace

    from unionoffice.services.certificates.office import load_office, save_office

    save_office(province, ADMIN, replace(load_office(province), name="吉林省总工会"))
    page.refresh()
    assert "<b>吉林省总工会</b>" in page.heading.text()


@pytest.mark.sqlite_only
def test_a_district_s_sqlite_database_says_plainly_that_consolidation_needs_postgresql(
        qtbot: QtBot, gui: MessageLog, db: Database) -> None:
    page = ProvincePage(context(db, ADMIN))
    qtbot.addWidget(page)
    page.show()
    assert page.notice.isVisible()
    assert "needs PostgreSQL" in page.notice.text()
    assert "Provincial package" in page.notice.text()  # where a district sends its data instead
    assert not page.body.isVisible()  # no empty table, no buttons that cannot work here
    assert not page.trust_button.isVisible()
