"""Bar charts drawn with pyqtgraph (docs/charts.md: chosen for its start-up and first-paint cost). This module is
the only one that imports pyqtgraph, and only the dashboard page imports it, when it is first shown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction, QColor, QFont
from PySide6.QtWidgets import QApplication, QFileDialog, QVBoxLayout, QWidget

from unionoffice.domain.dashboard.model import MONEY, Chart, Drill
from unionoffice.ui.shell import messages

COLOURS = ("#4472c4", "#ed7d31", "#70ad47", "#ffc000", "#5b9bd5", "#a5a5a5")
GROUP_WIDTH = 0.8
pg.setConfigOptions(antialias=True, background="w", foreground="#333333")


def shown(value: int, unit: str) -> float:
    """Money (fen) is drawn in 万元; everything else as counted."""
    return value / 1_000_000 if unit == MONEY else float(value)


class ChartWidget(QWidget):
    """One chart: grouped bars, category labels along the bottom, a legend for several series. A click on a bar
    calls `on_drill` with the list behind it; the context menu saves the chart as PNG or copies it."""

    def __init__(self, chart: Chart, on_drill: Callable[[Drill], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart, self.on_drill = chart, on_drill
        unit = "万元" if chart.unit == MONEY else chart.unit
        self.plot = pg.PlotWidget(self, title=f"{chart.title}（{unit}）")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setMinimumHeight(230)
        item = self.plot.getPlotItem()
        item.titleLabel.item.setFont(QFont(self.font().family(), 10))
        n = len(chart.series)
        self.bar_width = GROUP_WIDTH / max(n, 1)
        if n > 1:
            item.addLegend(offset=(-10, 10), labelTextSize="8pt")
        for j, series in enumerate(chart.series):
            xs = [i - GROUP_WIDTH / 2 + self.bar_width * (j + 0.5) for i in range(len(chart.categories))]
            heights = [shown(v, chart.unit) for v in series.values]
            bars = pg.BarGraphItem(x=xs, height=heights, width=self.bar_width * 0.9,
                                   brush=QColor(COLOURS[j % len(COLOURS)]), pen=pg.mkPen(None), name=series.name)
            self.plot.addItem(bars)
        axis = item.getAxis("bottom")
        limit = max(3, 40 // max(len(chart.categories), 1))
        axis.setTicks([[(i, _short(c, limit)) for i, c in enumerate(chart.categories)]])
        axis.setStyle(tickFont=QFont(self.font().family(), 8))
        item.getAxis("left").setStyle(tickFont=QFont(self.font().family(), 8))
        self.plot.setXRange(-0.6, len(chart.categories) - 0.4, padding=0)
        top = max((shown(v, chart.unit) for s in chart.series for v in s.values), default=0)
        self.plot.setYRange(0, top * 1.12 if top else 1, padding=0)
        self.plot.scene().sigMouseClicked.connect(self._clicked)
        self.setToolTip(self.tr("Click a bar to open the list behind it; right-click to save or copy the chart"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.plot.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        save = QAction(self.tr("Save as PNG…"), self)
        save.triggered.connect(self.save_png)
        copy = QAction(self.tr("Copy chart"), self)
        copy.triggered.connect(self.copy)
        self.addActions([save, copy])

    # -- where the bars are ---------------------------------------------------------------------------------------

    def bar_at(self, x: float, y: float) -> tuple[int, int] | None:
        """(series, category) of the bar under the point in the chart's own coordinates."""
        i = round(x)
        if not 0 <= i < len(self.chart.categories):
            return None
        j = int((x - (i - GROUP_WIDTH / 2)) // self.bar_width)
        if not 0 <= j < len(self.chart.series):
            return None
        height = shown(self.chart.series[j].values[i], self.chart.unit)
        return (j, i) if 0 <= y <= max(height, 0) else None

    def bar_centre(self, series: int, category: int) -> QPointF:
        """The middle of a bar in the plot widget's coordinates (tests click there)."""
        x = category - GROUP_WIDTH / 2 + self.bar_width * (series + 0.5)
        y = shown(self.chart.series[series].values[category], self.chart.unit) / 2
        scene = self.plot.getPlotItem().vb.mapViewToScene(QPointF(x, y))
        return QPointF(self.plot.mapFromScene(scene))

    def _clicked(self, event: object) -> None:
        pos = event.scenePos()  # type: ignore[attr-defined]
        point = self.plot.getPlotItem().vb.mapSceneToView(pos)
        hit = self.bar_at(point.x(), point.y())
        if hit is None:
            return
        drill = self.chart.series[hit[0]].drill(hit[1])
        if drill is not None:
            self.on_drill(drill)

    # -- saving and copying ---------------------------------------------------------------------------------------

    def save_png(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save chart"), f"{self.chart.title}.png",
                                              self.tr("PNG image (*.png)"))
        if not name:
            return None
        path = Path(name).with_suffix(".png")
        if not self.grab().save(str(path), "PNG"):
            messages.error(self, self.tr("The chart could not be saved to %1").replace("%1", str(path)))
            return None
        return path

    def copy(self) -> None:
        QApplication.clipboard().setPixmap(self.grab())


def _short(label: str, limit: int = 8) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
