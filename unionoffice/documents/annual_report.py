"""The annual work report as a PDF: title, the summary written from the figures, then per section a table of figures
with last year's and the change, and its charts drawn as vectors with reportlab's own graphics (small and sharp)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib.colors import HexColor, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from unionoffice.documents.fonts import FontSet, Role, default_fonts
from unionoffice.documents.text import TextStyle, draw_line, draw_text, text_width, wrap_paragraphs

COLOURS = ("#4472c4", "#ed7d31", "#70ad47", "#ffc000", "#5b9bd5", "#a5a5a5")
MARGIN = 20 * mm
TITLE = TextStyle(Role.BIAOSONG, 20)
HEADING = TextStyle(Role.HEI, 14)
BODY = TextStyle(Role.FANG, 13)
CELL = TextStyle(Role.SONG, 9.5)


@dataclass(frozen=True)
class ReportChart:
    title: str  # with its unit
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float, ...]], ...]


@dataclass(frozen=True)
class ReportSection:
    title: str
    rows: tuple[tuple[str, str, str, str], ...]  # 指标（单位）, 本年, 上年, 增减
    charts: tuple[ReportChart, ...]
    note: str = ""


@dataclass(frozen=True)
class AnnualReport:
    title: str
    office: str
    period: str
    summary: tuple[str, ...]  # paragraphs
    sections: tuple[ReportSection, ...]


class _Pages:
    def __init__(self, canvas: Canvas, fonts: FontSet) -> None:
        self.c, self.fonts = canvas, fonts
        self.width, self.height = A4
        self.y = self.height - MARGIN
        self.page = 1

    def need(self, height: float) -> None:
        if self.y - height < MARGIN + 10 * mm:
            self.new_page()

    def new_page(self) -> None:
        self.footer()
        self.c.showPage()
        self.page += 1
        self.y = self.height - MARGIN

    def footer(self) -> None:
        text = f"— {self.page} —"
        w = text_width(self.fonts, text, CELL)
        draw_text(self.c, self.fonts, (self.width - w) / 2, MARGIN / 2, text, CELL)


def _font_name(fonts: FontSet, role: Role) -> str:
    return str(fonts.runs("会员", role)[0][0].fontName)


def _fit(fonts: FontSet, label: str, size: float, room: float) -> str:
    """The label, shortened with … until it fits under its bars."""
    if fonts.width(label, Role.SONG, size) <= room:
        return label
    while len(label) > 1 and fonts.width(label + "…", Role.SONG, size) > room:
        label = label[:-1]
    return label + "…"


def _chart(chart: ReportChart, fonts: FontSet, width: float) -> Drawing:
    height = 62 * mm
    drawing = Drawing(width, height)
    name = _font_name(fonts, Role.SONG)
    drawing.add(String(width / 2, height - 12, chart.title, fontName=_font_name(fonts, Role.HEI), fontSize=10,
                       textAnchor="middle"))
    bars = VerticalBarChart()
    bars.x, bars.y = 40, 30
    bars.width, bars.height = int(width - 60), int(height - 55)
    bars.data = [list(values) for _, values in chart.series] or [[0]]
    size = 6 if len(chart.categories) > 8 else 7
    slot = (width - 60) / max(len(chart.categories), 1) - 2  # the room under one bar group
    bars.categoryAxis.categoryNames = [_fit(fonts, c, size, slot) for c in chart.categories]
    bars.categoryAxis.labels.fontName = name
    bars.categoryAxis.labels.fontSize = size
    bars.valueAxis.labels.fontName = name
    bars.valueAxis.labels.fontSize = 7
    bars.valueAxis.valueMin = 0
    bars.barSpacing = 1
    bars.groupSpacing = 6
    for i in range(len(chart.series)):
        bars.bars[i].fillColor = HexColor(COLOURS[i % len(COLOURS)])
        bars.bars[i].strokeColor = None
    drawing.add(bars)
    if len(chart.series) > 1:
        x = 40.0
        for i, (series_name, _) in enumerate(chart.series):
            drawing.add(String(x + 8, 6, series_name, fontName=name, fontSize=7))
            from reportlab.graphics.shapes import Rect

            swatch = Rect(x, 5, 6, 6)
            swatch.fillColor = HexColor(COLOURS[i % len(COLOURS)])
            swatch.strokeColor = None
            drawing.add(swatch)
            x += 14 + len(series_name) * 8
    return drawing


def _table(pages: _Pages, rows: Sequence[tuple[str, str, str, str]]) -> None:
    widths = (0.43, 0.2, 0.2, 0.17)
    usable = pages.width - 2 * MARGIN
    row_h = 6.2 * mm
    header = ("指标（单位）", "本年", "上年", "增减")
    for n, row in enumerate((header, *rows)):
        pages.need(row_h)
        x = MARGIN
        if n == 0:
            pages.c.setFillColor(HexColor("#e8eef8"))
            pages.c.rect(MARGIN, pages.y - row_h, usable, row_h, stroke=0, fill=1)
            pages.c.setFillColor(black)
        for i, cell in enumerate(row):
            w = widths[i] * usable
            text_x = x + 2 * mm if i == 0 else x + w - 2 * mm - text_width(pages.fonts, cell, CELL)
            draw_text(pages.c, pages.fonts, text_x, pages.y - row_h + 2 * mm, cell, CELL)
            x += w
        pages.c.setLineWidth(0.3)
        pages.c.line(MARGIN, pages.y - row_h, MARGIN + usable, pages.y - row_h)
        pages.y -= row_h
    pages.y -= 4 * mm


def render_annual_report(report: AnnualReport, path: Path, fonts: FontSet | None = None) -> None:
    from reportlab.graphics import renderPDF

    fonts = fonts or default_fonts()
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setTitle(report.title)
    pages = _Pages(canvas, fonts)
    usable = pages.width - 2 * MARGIN
    w = text_width(fonts, report.title, TITLE)
    draw_text(canvas, fonts, (pages.width - w) / 2, pages.y - 20, report.title, TITLE)
    pages.y -= 34
    sub = f"{report.office}　{report.period}"
    w = text_width(fonts, sub, CELL)
    draw_text(canvas, fonts, (pages.width - w) / 2, pages.y - 10, sub, CELL)
    pages.y -= 26
    for line in wrap_paragraphs(fonts, "\n".join(report.summary), BODY, usable):
        pages.need(BODY.size * 1.9)
        draw_line(canvas, fonts, MARGIN + line.indent, pages.y - BODY.size, usable - line.indent, line, BODY)
        pages.y -= BODY.size * 1.9
    pages.y -= 6 * mm
    for section in report.sections:
        pages.need(HEADING.size * 2 + 30 * mm)
        draw_text(canvas, fonts, MARGIN, pages.y - HEADING.size, section.title, HEADING)
        pages.y -= HEADING.size * 2
        if section.note:
            draw_text(canvas, fonts, MARGIN, pages.y - CELL.size, section.note, CELL)
            pages.y -= CELL.size * 2
        _table(pages, section.rows)
        half = (usable - 6 * mm) / 2
        for i in range(0, len(section.charts), 2):  # two charts side by side
            pair = [_chart(chart, fonts, half) for chart in section.charts[i:i + 2]]
            height = max(d.height for d in pair)
            pages.need(height + 4 * mm)
            for n, drawing in enumerate(pair):
                renderPDF.draw(drawing, canvas, MARGIN + n * (half + 6 * mm), pages.y - drawing.height)
            pages.y -= height + 4 * mm
    pages.footer()
    canvas.save()
