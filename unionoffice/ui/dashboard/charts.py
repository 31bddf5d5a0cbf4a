"""Bar charts drawn with QPainter (docs/charts.md: a chart library cost the first screen its import and memory).
Grouped bars, upright or across for long names (chart_layout.is_horizontal), a value axis with round ticks, a title
with the unit, a legend for several series; a click on a bar opens the list behind it."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from unionoffice.domain.dashboard.model import MONEY, Chart, Drill
from unionoffice.ui.dashboard.chart_layout import MIN_HEIGHT, chart_height, is_horizontal
from unionoffice.ui.shell import file_dialogs, messages

COLOURS = ("#4472c4", "#ed7d31", "#70ad47", "#ffc000", "#5b9bd5", "#a5a5a5")
GROUP_WIDTH = 0.8
BAR_FILL = 0.9  # of a bar's slot: a hair of white between the bars of a group
HEADROOM = 1.12  # the value axis runs to 112 % of the longest bar: a little room above it
TEXT = QColor("#333333")
TICK = QColor("#999999")
TITLE_HEIGHT = 30
NAMES_WIDTH = 130  # horizontal charts: the names down the left
VALUES_WIDTH = 52  # upright charts: room for 300000 at the left
RIGHT_PAD = 12  # the last value label, centred on the end of the axis, is not cut
TICK_LENGTH = 5


def shown(value: int, unit: str) -> float:
    """Money (fen) is drawn in 万元; everything else as counted."""
    return value / 1_000_000 if unit == MONEY else float(value)


def sized(font: QFont, points: int) -> QFont:
    """The widget's font at `points`, with its fallback families: a font made from `family()` alone would lose the
    fallbacks that draw the rarer characters of a union's name."""
    out = QFont(font)
    out.setPointSize(points)
    return out


def nice_step(span: float, count: int) -> float:
    """The round step (1, 2 or 5 × 10^k) that cuts `span` into at most about `count` parts."""
    if span <= 0 or count < 1:
        return 1.0
    raw = span / count
    magnitude = 10.0 ** math.floor(math.log10(raw))
    for multiple in (1.0, 2.0, 5.0):
        if multiple * magnitude >= raw * (1 - 1e-9):
            return multiple * magnitude
    return 10.0 * magnitude


def value_ticks(extent: float, count: int) -> list[tuple[float, str]]:
    """The round values from 0 up to `extent`, each with its label (as many decimals as the step needs)."""
    step = nice_step(extent, count)
    decimals = max(0, -math.floor(math.log10(step) + 1e-9))
    return [(k * step, f"{k * step:.{decimals}f}") for k in range(int(extent / step + 1e-9) + 1)]


class ChartWidget(QWidget):
    """One chart: grouped bars, category labels along the names' axis, a legend for several series. A click on a bar
    calls `on_drill` with the list behind it; the context menu saves the chart as PNG or copies it."""

    def __init__(self, chart: Chart, on_drill: Callable[[Drill], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart, self.on_drill = chart, on_drill
        unit = "万元" if chart.unit == MONEY else chart.unit
        self.title = f"{chart.title}（{unit}）"
        self.bar_width = GROUP_WIDTH / max(len(chart.series), 1)
        self.horizontal = is_horizontal(chart)
        top = max((shown(v, chart.unit) for s in chart.series for v in s.values), default=0)
        self.extent = top * HEADROOM if top > 0 else 1.0
        self._pressed: tuple[int, int] | None = None
        self.setMinimumHeight(chart_height(chart) if self.horizontal else MIN_HEIGHT)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)  # every pixel is painted: no background first
        self.setMouseTracking(True)  # the pointing hand over a bar
        self.setToolTip(self.tr("Click a bar to open the list behind it; right-click to save or copy the chart"))
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
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

    def plot_area(self) -> QRectF:
        """The bars' rectangle in the widget: below the title, right of the left axis, above the bottom axis."""
        metrics = QFontMetricsF(sized(self.font(), 8))
        left = NAMES_WIDTH if self.horizontal else VALUES_WIDTH
        bottom = metrics.height() + TICK_LENGTH + 6
        top = TITLE_HEIGHT + 1 + self._legend_height()
        return QRectF(left + 1, top, max(1.0, self.width() - left - RIGHT_PAD - 2),
                      max(1.0, self.height() - top - bottom - 2))

    def _along(self, area: QRectF, position: float) -> float:
        """A position on the names' axis (slots from -0.6 to count - 0.4) in widget pixels."""
        fraction = (position + 0.6) / max(len(self.chart.categories), 1)
        if self.horizontal:
            return area.bottom() - fraction * area.height()
        return area.left() + fraction * area.width()

    def _across(self, area: QRectF, value: float) -> float:
        """A value on the value axis in widget pixels."""
        fraction = value / self.extent
        if self.horizontal:
            return area.left() + fraction * area.width()
        return area.bottom() - fraction * area.height()

    def bar_rect(self, series: int, category: int) -> QRectF:
        """The bar's rectangle in the widget's coordinates (no height or width for a zero)."""
        area = self.plot_area()
        half = self.bar_width * BAR_FILL / 2
        place = self.place(category, series)
        start, end = self._along(area, place - half), self._along(area, place + half)
        base = self._across(area, 0)
        tip = self._across(area, max(shown(self.chart.series[series].values[category], self.chart.unit), 0.0))
        if self.horizontal:
            return QRectF(QPointF(base, end), QPointF(tip, start)).normalized()
        return QRectF(QPointF(start, tip), QPointF(end, base)).normalized()

    def bar_rects(self) -> list[list[QRectF]]:
        """Every bar, series by series, category by category."""
        return [[self.bar_rect(j, i) for i in range(len(series.values))] for j, series in enumerate(self.chart.series)]

    def bar_at(self, x: float, y: float) -> tuple[int, int] | None:
        """(series, category) of the bar under the point in the widget's coordinates."""
        point = QPointF(x, y)
        for j, rects in enumerate(self.bar_rects()):
            for i, rect in enumerate(rects):
                if not rect.isEmpty() and rect.contains(point):
                    return j, i
        return None

    def bar_centre(self, series: int, category: int) -> QPointF:
        """The middle of a bar in the widget's coordinates (tests click there)."""
        return self.bar_rect(series, category).center()

    # -- the mouse ------------------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = self.bar_at(event.position().x(), event.position().y())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, self._pressed = self._pressed, None
        # The list opens only when the button is let go over the bar it went down on, as a button does.
        released = self.bar_at(event.position().x(), event.position().y())
        if event.button() == Qt.MouseButton.LeftButton and pressed is not None and released == pressed:
            drill = self.chart.series[pressed[0]].drill(pressed[1])
            if drill is not None:
                self.on_drill(drill)
        super().mouseReleaseEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        on_bar = self.bar_at(event.position().x(), event.position().y()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if on_bar else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    # -- drawing --------------------------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        area = self.plot_area()
        self._draw_title(painter, area)
        painter.setPen(Qt.PenStyle.NoPen)
        for j, rects in enumerate(self.bar_rects()):
            painter.setBrush(QColor(COLOURS[j % len(COLOURS)]))
            for rect in rects:
                if not rect.isEmpty():
                    painter.drawRect(rect)
        self._draw_value_axis(painter, area)
        self._draw_names_axis(painter, area)
        if len(self.chart.series) > 1:
            self._draw_legend(painter, area)
        painter.end()

    def _draw_title(self, painter: QPainter, area: QRectF) -> None:
        font = sized(self.font(), 10)
        painter.setFont(font)
        painter.setPen(TEXT)
        text = QFontMetricsF(font).elidedText(self.title, Qt.TextElideMode.ElideRight, self.width() - 8)
        box = QRectF(0, 1, self.width(), TITLE_HEIGHT)
        # Centred over the bars as long as it fits there, else over the whole chart.
        if QFontMetricsF(font).horizontalAdvance(text) <= area.width():
            box = QRectF(area.left(), 1, area.width(), TITLE_HEIGHT)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    def _draw_value_axis(self, painter: QPainter, area: QRectF) -> None:
        font = sized(self.font(), 8)
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        length = area.width() if self.horizontal else area.height()
        # About one label every 50 px across (room for 300000), every 30 px upright: as dense as the old charts.
        ticks = value_ticks(self.extent, max(2, int(length // (50 if self.horizontal else 30))))
        line = QPen(TEXT, 1)
        light = QPen(TICK, 1)
        for value, label in ticks:
            at = self._across(area, value)
            painter.setPen(light)
            if self.horizontal:
                painter.drawLine(QPointF(at, area.bottom()), QPointF(at, area.bottom() + TICK_LENGTH))
                box = QRectF(at - 40, area.bottom() + TICK_LENGTH + 1, 80, metrics.height())
                painter.setPen(TEXT)
                painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, label)
            else:
                painter.drawLine(QPointF(area.left() - TICK_LENGTH, at), QPointF(area.left(), at))
                box = QRectF(0, at - metrics.height() / 2, area.left() - TICK_LENGTH - 3, metrics.height())
                painter.setPen(TEXT)
                painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        painter.setPen(line)
        if self.horizontal:
            painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()))
        else:
            painter.drawLine(QPointF(area.left(), area.top()), QPointF(area.left(), area.bottom()))

    def _draw_names_axis(self, painter: QPainter, area: QRectF) -> None:
        font = sized(self.font(), 8)
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        count = len(self.chart.categories)
        limit = 10 if self.horizontal else max(3, 40 // max(count, 1))
        slot_size = (area.height() if self.horizontal else area.width()) / max(count, 1)
        for i, name in enumerate(self.chart.categories):
            at = self._along(area, self.slot(i))
            painter.setPen(QPen(TICK, 1))
            if self.horizontal:
                painter.drawLine(QPointF(area.left() - TICK_LENGTH, at), QPointF(area.left(), at))
                room = area.left() - TICK_LENGTH - 6
                text = metrics.elidedText(_short(name, limit), Qt.TextElideMode.ElideRight, room)
                box = QRectF(2, at - metrics.height() / 2, room, metrics.height())
                painter.setPen(TEXT)
                painter.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
            else:
                painter.drawLine(QPointF(at, area.bottom()), QPointF(at, area.bottom() + TICK_LENGTH))
                text = metrics.elidedText(_short(name, limit), Qt.TextElideMode.ElideRight, slot_size - 2)
                box = QRectF(at - slot_size / 2, area.bottom() + TICK_LENGTH + 1, slot_size, metrics.height())
                painter.setPen(TEXT)
                painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, text)
        painter.setPen(QPen(TEXT, 1))
        if self.horizontal:
            painter.drawLine(QPointF(area.left(), area.top()), QPointF(area.left(), area.bottom()))
        else:
            painter.drawLine(QPointF(area.left(), area.bottom()), QPointF(area.right(), area.bottom()))

    def _legend_height(self) -> float:
        return QFontMetricsF(sized(self.font(), 8)).height() + 4 if len(self.chart.series) > 1 else 0.0

    def _draw_legend(self, painter: QPainter, area: QRectF) -> None:
        """A row under the title, ending where the bars end: above them, so that no bar hides a name."""
        font = sized(self.font(), 8)
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        swatch, gap = 14.0, 12.0
        room = area.width() / len(self.chart.series) - swatch - 4 - gap
        names = [metrics.elidedText(s.name, Qt.TextElideMode.ElideRight, room) for s in self.chart.series]
        widths = [swatch + 4 + metrics.horizontalAdvance(n) for n in names]
        x = area.right() - sum(widths) - gap * (len(names) - 1)
        y, height = area.top() - self._legend_height(), metrics.height()
        for j, (name, width) in enumerate(zip(names, widths, strict=True)):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(COLOURS[j % len(COLOURS)]))
            painter.drawRect(QRectF(x, y + (height - 10) / 2, swatch, 10))
            painter.setPen(TEXT)
            painter.drawText(QRectF(x + swatch + 4, y, width, height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
            x += width + gap

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


def _short(label: str, limit: int = 8) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
