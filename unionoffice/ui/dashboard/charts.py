"""Bar charts drawn with pyqtgraph (docs/charts.md: chosen for its start-up and first-paint cost). This module is
the only one that imports pyqtgraph, and only the dashboard page imports it, when it is first shown."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAction, QColor, QFont
from PySide6.QtWidgets import QApplication, QGraphicsGridLayout, QSizePolicy, QVBoxLayout, QWidget

from unionoffice.domain.dashboard.model import MONEY, Chart, Drill
from unionoffice.ui.dashboard.chart_layout import MIN_HEIGHT, chart_height, is_horizontal
from unionoffice.ui.shell import file_dialogs, messages

COLOURS = ("#4472c4", "#ed7d31", "#70ad47", "#ffc000", "#5b9bd5", "#a5a5a5")
GROUP_WIDTH = 0.8
pg.setConfigOptions(antialias=True, background="w", foreground="#333333")


def shown(value: int, unit: str) -> float:
    """Money (fen) is drawn in 万元; everything else as counted."""
    return value / 1_000_000 if unit == MONEY else float(value)



def sized(font: QFont, points: int) -> QFont:
    """The widget's font at `points`, with its fallback families: a font made from `family()` alone would lose the
    fallbacks that draw the rarer characters of a union's name."""
    out = QFont(font)
    out.setPointSize(points)
    return out

class ChartWidget(QWidget):
    """One chart: grouped bars, category labels along the bottom, a legend for several series. A click on a bar
    calls `on_drill` with the list behind it; the context menu saves the chart as PNG or copies it."""

    def __init__(self, chart: Chart, on_drill: Callable[[Drill], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart, self.on_drill = chart, on_drill
        unit = "万元" if chart.unit == MONEY else chart.unit
        n = len(chart.series)
        self.bar_width = GROUP_WIDTH / max(n, 1)
        self.horizontal = is_horizontal(chart)
        count = len(chart.categories)
        # A bare view, a view box and two axes, laid out as pyqtgraph's PlotItem lays them out; the PlotItem itself
        # is not used: it builds two context menus from Designer forms and four axes, most of each chart's cost.
        self.plot = pg.GraphicsView(self)
        self.plot.setMinimumHeight(MIN_HEIGHT)
        self.vb = pg.ViewBox(enableMenu=False, enableMouse=False)
        self.frame = frame = _Frame(f"{chart.title}（{unit}）", self.vb, sized(self.font(), 10))
        self.plot.setCentralItem(frame)
        if n > 1:
            legend = pg.LegendItem(offset=(-10, 10), labelTextSize="8pt")
            legend.setParentItem(self.vb)
        for j, series in enumerate(chart.series):
            places = [self.place(i, j) for i in range(count)]
            lengths = [shown(v, chart.unit) for v in series.values]
            brush, pen = QColor(COLOURS[j % len(COLOURS)]), pg.mkPen(None)
            if self.horizontal:
                bars = pg.BarGraphItem(x0=0, y=places, width=lengths, height=self.bar_width * 0.9, brush=brush,
                                       pen=pen, name=series.name)
            else:
                bars = pg.BarGraphItem(x=places, height=lengths, width=self.bar_width * 0.9, brush=brush, pen=pen,
                                       name=series.name)
            self.vb.addItem(bars)
            if n > 1:
                legend.addItem(bars, series.name)
        font = sized(self.font(), 8)
        names, values = (frame.left, frame.bottom) if self.horizontal else (frame.bottom, frame.left)
        limit = 10 if self.horizontal else max(3, 40 // max(count, 1))
        names.setTicks([[(self.slot(i), _short(c, limit)) for i, c in enumerate(chart.categories)]])
        names.setStyle(tickFont=font)
        values.setStyle(tickFont=font)
        frame.left.setWidth(130 if self.horizontal else 52)  # room for the names or for 300000
        top = max((shown(v, chart.unit) for s in chart.series for v in s.values), default=0)
        span, extent = (-0.6, count - 0.4), (0, top * 1.12 if top else 1)
        if self.horizontal:
            self.vb.setRange(xRange=extent, yRange=span, padding=0)
            self.plot.setMinimumHeight(chart_height(chart))
        else:
            self.vb.setRange(xRange=span, yRange=extent, padding=0)
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

    def slot(self, category: int) -> float:
        """Where a category sits along the names' axis: the first at the top when the bars run across."""
        return len(self.chart.categories) - 1 - category if self.horizontal else category

    def place(self, category: int, series: int) -> float:
        """The middle of a bar along the names' axis: series left to right, or top to bottom as the legend reads."""
        offset = self.bar_width * (series + 0.5)
        if self.horizontal:
            return self.slot(category) + GROUP_WIDTH / 2 - offset
        return self.slot(category) - GROUP_WIDTH / 2 + offset

    def bar_at(self, x: float, y: float) -> tuple[int, int] | None:
        """(series, category) of the bar under the point in the chart's own coordinates."""
        along, length = (y, x) if self.horizontal else (x, y)
        slot = round(along)
        count = len(self.chart.categories)
        if not 0 <= slot < count:
            return None
        i = count - 1 - slot if self.horizontal else slot
        j = int(((slot + GROUP_WIDTH / 2) - along if self.horizontal else along - (slot - GROUP_WIDTH / 2))
                // self.bar_width)
        if not 0 <= j < len(self.chart.series):
            return None
        size = shown(self.chart.series[j].values[i], self.chart.unit)
        return (j, i) if 0 <= length <= max(size, 0) else None

    def bar_centre(self, series: int, category: int) -> QPointF:
        """The middle of a bar in the plot widget's coordinates (tests click there)."""
        along = self.place(category, series)
        half = shown(self.chart.series[series].values[category], self.chart.unit) / 2
        point = QPointF(half, along) if self.horizontal else QPointF(along, half)
        scene = self.vb.mapViewToScene(point)
        return QPointF(self.plot.mapFromScene(scene))

    def _clicked(self, event: object) -> None:
        pos = event.scenePos()  # type: ignore[attr-defined]
        point = self.vb.mapSceneToView(pos)
        hit = self.bar_at(point.x(), point.y())
        if hit is None:
            return
        drill = self.chart.series[hit[0]].drill(hit[1])
        if drill is not None:
            self.on_drill(drill)

    # -- saving and copying ---------------------------------------------------------------------------------------

    def save_png(self) -> Path | None:
        chosen = file_dialogs.save_file(self, self.tr("Save chart"), file_dialogs.file_name(f"{self.chart.title}.png"),
                                        self.tr("PNG image (*.png)"), "images")
        if chosen is None:
            return None
        path = chosen[0].with_suffix(".png")
        if not self.grab().save(str(path), "PNG"):
            messages.error(self, self.tr("The chart could not be saved to %1").replace("%1", str(path)))
            return None
        return path

    def copy(self) -> None:
        QApplication.clipboard().setPixmap(self.grab())


class _Axis(pg.AxisItem):  # type: ignore[misc]  # pyqtgraph has no type hints
    """An axis whose own label (the unit under the ticks) is never shown: its HTML is not set again and again while
    it is hidden (pyqtgraph re-typesets it on every pen, range and style change, a dozen times while it is built)."""

    def _updateLabel(self) -> None:  # noqa: N802 - pyqtgraph override
        if self.label.isVisible():
            super()._updateLabel()
            return
        self._adjustSize()
        self.picture = None
        self.update()


class _Frame(pg.GraphicsWidget):  # type: ignore[misc]  # pyqtgraph has no type hints
    """The title above, the names' or values' axis to the left and below, the bars in the view box: PlotItem's grid
    (title row 30 px, no spacing, 1 px margins) without its menus, buttons and hidden top and right axes."""

    def __init__(self, title: str, vb: pg.ViewBox, font: QFont) -> None:
        super().__init__()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        grid = QGraphicsGridLayout()
        grid.setContentsMargins(1, 1, 1, 1)
        grid.setHorizontalSpacing(0)
        grid.setVerticalSpacing(0)
        self.setLayout(grid)
        self.title = pg.LabelItem(title, size="11pt", parent=self)
        self.title.item.setFont(font)
        self.title.setMaximumHeight(30)
        self.left, self.bottom = _Axis("left", parent=self), _Axis("bottom", parent=self)
        for axis in (self.left, self.bottom):
            axis.enableAutoSIPrefix(False)  # no unit label is shown; the prefix would only re-typeset a hidden one
            axis.linkToView(vb)
        grid.addItem(self.title, 0, 1)
        grid.addItem(self.left, 1, 0)
        grid.addItem(vb, 1, 1)
        grid.addItem(self.bottom, 2, 1)
        grid.setRowFixedHeight(0, 30)
        grid.setRowStretchFactor(1, 100)
        grid.setColumnStretchFactor(1, 100)


def _short(label: str, limit: int = 8) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
