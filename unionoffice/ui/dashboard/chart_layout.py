"""How much room a chart takes, known before the chart library is imported (the page lays out placeholders of the
same size and draws a chart only when it scrolls into view: docs/charts.md)."""

from __future__ import annotations

from unionoffice.domain.dashboard.model import Chart

MIN_HEIGHT = 230


def is_horizontal(chart: Chart) -> bool:
    """Long names (unions, academies, programmes) read along the left axis, bars running across."""
    return len(chart.categories) > 4 and max(map(len, chart.categories), default=0) > 6


def chart_height(chart: Chart) -> int:
    return max(MIN_HEIGHT, 28 * len(chart.categories) + 60) if is_horizontal(chart) else MIN_HEIGHT
