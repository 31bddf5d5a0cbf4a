"""The hand-painted bar chart: round value ticks, bars where a click finds them (upright and across), money in 万元,
a click opens the list only when it lands on a bar."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from unionoffice.domain.dashboard.model import MONEY, PERSONS, Chart, Drill, Series
from unionoffice.ui.dashboard.chart_layout import chart_height
from unionoffice.ui.dashboard.charts import ChartWidget, nice_step, value_ticks


def drills(name: str, count: int) -> tuple[Drill, ...]:
    return tuple(Drill("members", (("series", name), ("index", i))) for i in range(count))


def make(qtbot: QtBot, chart: Chart, opened: list[Drill]) -> ChartWidget:
    widget = ChartWidget(chart, opened.append)
    qtbot.addWidget(widget)
    widget.resize(480, widget.minimumHeight())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_value_ticks_are_round_and_reach_the_top() -> None:
    assert nice_step(11_200, 5) == 5000
    assert nice_step(560, 5) == 200
    assert nice_step(1.12, 4) == 0.5
    assert value_ticks(11_200, 5) == [(0, "0"), (5000, "5000"), (10_000, "10000")]
    assert [label for _, label in value_ticks(0.336, 4)] == ["0.0", "0.1", "0.2", "0.3"]


def test_a_grouped_upright_chart_finds_each_bar_and_opens_its_list(qtbot: QtBot) -> None:
    chart = Chart("flows", "转入转出", PERSONS, ("一月", "二月", "三月"),
                  (Series("转入", (5, 0, 9), drills("in", 3)), Series("转出", (2, 7, 1), drills("out", 3))))
    opened: list[Drill] = []
    widget = make(qtbot, chart, opened)
    assert not widget.horizontal
    assert widget.title == "转入转出（人）"
    for j, series in enumerate(chart.series):
        for i, value in enumerate(series.values):
            centre = widget.bar_centre(j, i)
            assert widget.bar_at(centre.x(), centre.y()) == ((j, i) if value else None)
    left, right = widget.bar_rect(0, 2), widget.bar_rect(1, 2)
    assert left.right() < right.left()  # the group's bars side by side, series in the legend's order
    assert widget.bar_rect(0, 2).height() > widget.bar_rect(1, 1).height() > widget.bar_rect(0, 0).height()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.bar_centre(1, 1).toPoint())
    assert opened == [chart.series[1].drill(1)]
    above = widget.bar_rect(1, 1).topLeft().toPoint() - QPoint(-2, 6)  # over the bar, in the white
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=above)
    assert opened == [chart.series[1].drill(1)]


def test_a_chart_of_long_names_runs_across_with_the_first_name_on_top(qtbot: QtBot) -> None:
    names = tuple(f"长春第{i}机械制造有限公司工会" for i in range(6))
    chart = Chart("aid", "帮扶金额", MONEY, names, (Series("金额", (1_500_000, 3_000_000, 0, 200_000, 50_000, 10),
                                                      drills("aid", 6)),))
    opened: list[Drill] = []
    widget = make(qtbot, chart, opened)
    assert widget.horizontal
    assert widget.minimumHeight() == chart_height(chart)
    assert widget.title == "帮扶金额（万元）"
    assert widget.extent == 3.0 * 1.12  # 3,000,000 fen = 3 万元
    first, second = widget.bar_rect(0, 0), widget.bar_rect(0, 1)
    assert first.bottom() < second.top()  # the first name at the top
    assert second.width() == 2 * first.width()
    assert widget.bar_rect(0, 2).isEmpty()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.bar_centre(0, 3).toPoint())
    assert opened == [chart.series[0].drill(3)]
    image = widget.grab().toImage()
    middle = widget.bar_centre(0, 1).toPoint()
    assert image.pixelColor(middle).name() == "#4472c4"
