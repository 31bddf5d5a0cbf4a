"""The dashboard page: the first page of the program; a click on a bar lands on the matching list with the same
count, which prints and exports like any list; a figure opens its list; charts save as PNG and copy; the charts are
painted by hand: no chart library (numpy, pyqtgraph) is imported at all."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from tests.helpers.dashboard import YEAR
from tests.helpers.gui import context
from tests.helpers.messages import MessageLog
from unionoffice.db.engine import Database
from unionoffice.domain.dashboard.model import MONEY
from unionoffice.services.core.context import Actor
from unionoffice.ui.dashboard.charts import ChartWidget
from unionoffice.ui.dashboard.dashboard_page import DashboardPage
from unionoffice.ui.dashboard.drill_dialog import DrillDialog
from unionoffice.ui.shell.pages import PAGES


def open_page(qtbot: QtBot, db: Database, actor: Actor) -> DashboardPage:
    page = DashboardPage(context(db, actor))
    qtbot.addWidget(page)
    page.year.setValue(YEAR)
    page.load()
    page.resize(1280, 900)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.first_painted)  # the figures first; the charts in view right after them
    return page


def test_the_dashboard_is_the_page_the_program_opens_on() -> None:
    assert PAGES[0].key == "dashboard"


def test_clicking_a_bar_opens_the_matching_list_with_the_same_count(qtbot: QtBot, gui: MessageLog, demo: Database,
                                                                    clerk: Actor, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    page = open_page(qtbot, demo, clerk)
    chart = page.chart("members", "age")
    assert chart is not None
    page.scroll_area.ensureWidgetVisible(chart)
    series = chart.chart.series[0]  # type: ignore[attr-defined]
    point = chart.bar_centre(0, 1)  # type: ignore[attr-defined]
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=point.toPoint())
    dialog = page.last_drill_dialog
    assert isinstance(dialog, DrillDialog)
    assert dialog.drill == series.drill(1)
    assert dialog.total == series.values[1] > 0
    assert dialog.count_label.text().startswith(f"{series.values[1]:,}")
    assert dialog.model is not None
    assert dialog.model.rowCount(QModelIndex()) == min(200, series.values[1])
    unions = page.chart("training", "academies")  # long names: the bars run across, names down the left
    assert unions is not None
    assert unions.horizontal  # type: ignore[attr-defined]
    page.scroll_area.ensureWidgetVisible(unions)
    point = unions.bar_centre(0, 2)  # type: ignore[attr-defined]
    qtbot.mouseClick(unions, Qt.MouseButton.LeftButton, pos=point.toPoint())
    third = page.last_drill_dialog
    assert isinstance(third, DrillDialog)
    assert third is not dialog
    assert third.drill == unions.chart.series[0].drill(2)  # type: ignore[attr-defined]
    assert third.total == unions.chart.series[0].values[2] > 0  # type: ignore[attr-defined]
    out = tmp_path / "list.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    dialog.output.export_list()
    assert out.exists()
    assert f"{series.values[1]:,} row(s) saved" in gui.texts("info")[-1]


def test_a_figure_opens_its_list_and_a_chart_saves_and_copies(qtbot: QtBot, gui: MessageLog, demo: Database,
                                                              clerk: Actor, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    page = open_page(qtbot, demo, clerk)
    assert page.dashboard is not None
    aid = page.dashboard.section("aid")
    assert aid is not None
    page.figure_buttons["aid.children_workers"].click()
    dialog = page.last_drill_dialog
    assert isinstance(dialog, DrillDialog)
    assert dialog.total == aid.value("children_workers") > 0
    chart = page.chart("aid", "programmes")
    assert chart is not None
    png = tmp_path / "chart.png"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(png), "")))
    assert chart.save_png() == png
    assert png.stat().st_size > 1000
    chart.copy()  # type: ignore[attr-defined]
    assert not QApplication.clipboard().pixmap().isNull()


def test_the_annual_report_action_writes_the_file(qtbot: QtBot, gui: MessageLog, demo: Database, clerk: Actor,
                                                  tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = open_page(qtbot, demo, clerk)
    out = tmp_path / "报告.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    page.write_report()
    assert out.exists()
    assert str(out) in gui.texts("info")[-1]


def test_neither_the_main_window_nor_the_charts_import_numpy_or_pyqtgraph() -> None:
    """The charts are painted by hand (docs/charts.md): the first screen loads no chart library at all."""
    code = ("import sys; import unionoffice.app, unionoffice.ui.shell.main_window, "
            "unionoffice.ui.dashboard.dashboard_page, unionoffice.ui.dashboard.charts; "
            "assert 'pyqtgraph' not in sys.modules and 'numpy' not in sys.modules, 'imported'")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_every_chart_has_its_titled_axes_and_bars(qtbot: QtBot, gui: MessageLog, demo: Database, clerk: Actor) -> None:
    page = open_page(qtbot, demo, clerk)
    assert page.dashboard is not None
    for section in page.dashboard.sections:
        for data in (c for c in section.charts if not c.empty):
            chart = page.chart(section.key, data.key)
            assert chart is not None
            unit = "万元" if data.unit == MONEY else data.unit
            assert isinstance(chart, ChartWidget)
            assert chart.title == f"{data.title}（{unit}）"
            bars = chart.bar_rects()
            assert [len(rects) for rects in bars] == [len(s.values) for s in data.series]
            area = chart.plot_area()
            for series, rects in zip(data.series, bars, strict=True):
                for value, rect in zip(series.values, rects, strict=True):
                    assert rect.isEmpty() == (value == 0)
                    assert rect.isEmpty() or area.adjusted(-1, -1, 1, 1).contains(rect)
            image = chart.grab().toImage()
            assert image.width() > 300
            assert len({image.pixel(x, image.height() // 2) for x in range(0, image.width(), 4)}) > 2  # not blank


def test_a_narrow_page_shows_one_chart_a_row_and_a_wide_one_two(qtbot: QtBot, gui: MessageLog, demo: Database,
                                                                 clerk: Actor) -> None:
    """At 150 % on a 1024 × 768 screen the page is about 540 pixels wide: two charts side by side would be cut."""
    page = open_page(qtbot, demo, clerk)
    qtbot.waitUntil(lambda: len(page.charts) > 1)
    members = [c for c in page.charts if c.objectName().startswith("chart_members_")]
    assert len(members) >= 2
    QApplication.processEvents()
    assert members[0].y() == members[1].y()  # side by side
    assert members[1].x() > members[0].x()
    page.resize(540, 450)
    QApplication.processEvents()
    assert members[1].y() > members[0].y()  # one under the other
    assert members[1].x() == members[0].x()
    assert not page.scroll_area.horizontalScrollBar().isVisible()
    page.resize(1280, 900)
    QApplication.processEvents()
    assert members[0].y() == members[1].y()
