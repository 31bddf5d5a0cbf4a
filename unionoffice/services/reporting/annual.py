"""The annual work report (年度工作报告): every figure the dashboard shows, with last year's and the change, as an xlsx
workbook (one sheet per section, units in the headers, totals) or a PDF through the document engine (charts as
vectors, a summary written from the figures by the templates of domain/dashboard/summary.py)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from unionoffice.db.engine import Database
from unionoffice.documents.annual_report import AnnualReport, ReportChart, ReportSection, render_annual_report
from unionoffice.domain.common.errors import ValidationError
from unionoffice.domain.common.permissions import Permission
from unionoffice.domain.dashboard.model import MONEY, Dashboard, Figure, Period, Section
from unionoffice.domain.dashboard.summary import Value, sentence, show
from unionoffice.exchange.safe_write import atomic_output
from unionoffice.services.core import audit
from unionoffice.services.core.context import Actor
from unionoffice.services.dashboard.figures import year_dashboard

FORMATS = (".pdf", ".xlsx")


def values(section: Section | None) -> dict[str, Value]:
    return {f.key: Value(f.value, f.unit) for f in section.figures} if section is not None else {}


def summary(now: Dashboard, before: Dashboard) -> list[str]:
    """One paragraph per section that has something to say."""
    out = []
    for section in now.sections:
        text = sentence(section.key, values(section), values(before.section(section.key)))
        if text:
            out.append(text)
    return out


def unit_of(figure: Figure) -> str:
    return {MONEY: "万元", "‰": "%"}.get(figure.unit, figure.unit)


def number(figure: Figure | None) -> float | None:
    if figure is None or figure.value is None:
        return None
    if figure.unit == MONEY:
        return round(figure.value / 1_000_000, 4)
    if figure.unit == "‰":
        return figure.value / 10
    return figure.value


def change_pct(now: float | None, before: float | None) -> float | None:
    if now is None or not before:
        return None
    return round((now - before) * 100 / before, 1)


def _text(value: float | None, figure: Figure) -> str:
    if value is None:
        return "—"
    return show(Value(figure.value, figure.unit)) if figure.unit in (MONEY, "‰") else f"{int(value):,}"


def _rows(section: Section, before: Section | None) -> tuple[tuple[str, str, str, str], ...]:
    rows = []
    for figure in section.figures:
        prior = before.figure(figure.key) if before is not None else None
        a, b = number(figure), number(prior)
        pct = change_pct(a, b)
        rows.append((f"{figure.label}（{unit_of(figure)}）", _text(a, figure),
                     _text(b, prior) if prior is not None else "—", "—" if pct is None else f"{pct:+.1f}%"))
    return tuple(rows)


def report_data(now: Dashboard, before: Dashboard) -> AnnualReport:
    sections = []
    for section in now.sections:
        charts = tuple(ReportChart(f"{c.title}（{'万元' if c.unit == MONEY else c.unit}）", c.categories,
                                   tuple((s.name, tuple(v / 1_000_000 if c.unit == MONEY else float(v)
                                                        for v in s.values)) for s in c.series))
                       for c in section.charts if not c.empty)
        sections.append(ReportSection(section.title, _rows(section, before.section(section.key)), charts,
                                      section.note))
    scope = now.scope + (f"（{'、'.join(now.districts)}）" if now.districts else "")
    return AnnualReport(f"{now.period.label()}工作报告", scope, f"{now.period.label()}，与{before.period.label()}比较",
                        tuple(summary(now, before)), tuple(sections))


def write_annual_report(db: Database, actor: Actor, year: int, path: Path, *, first_month: int = 1,
                        last_month: int = 12, districts: Sequence[str] = ()) -> Path:
    """The report as PDF or xlsx by the file's suffix; complete or absent; audited."""
    actor.require(Permission.EXPORT_DATA)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise ValidationError(f"文件名应以 .pdf 或 .xlsx 结尾：{path.name}", field="输出文件")
    period = Period(year, first_month, last_month)
    now = year_dashboard(db, actor, period, districts)
    before = year_dashboard(db, actor, period.previous_year(), districts)
    with atomic_output(path) as target:
        if suffix == ".pdf":
            render_annual_report(report_data(now, before), target.temp)
        else:
            write_workbook(now, before, target.temp)
    assert target.result is not None
    with db.write() as session:
        audit.record(session, actor, "export", f"年度工作报告 {period.label()}（{path.name}）", entity="dashboard",
                     changes={"file": (None, path.name), "sha256": (None, target.result.sha256)})
    return target.result.path


def write_workbook(now: Dashboard, before: Dashboard, path: Path) -> None:
    """One sheet per section: the figures (本年, 上年, 增减%) with units in the header, then each chart's table with a
    合计 row; a first sheet with the summary."""
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    bold = book.add_format({"bold": True, "bg_color": "#E8EEF8", "border": 1})
    cell = book.add_format({"border": 1})
    num = book.add_format({"border": 1, "num_format": "#,##0.####"})
    title = book.add_format({"bold": True, "font_size": 14})
    first = book.add_worksheet("概述")
    first.set_column(0, 0, 110)
    first.write(0, 0, f"{now.scope}{now.period.label()}工作报告", title)
    for n, text in enumerate(summary(now, before), start=2):
        first.write(n, 0, text)
    for section in now.sections:
        sheet = book.add_worksheet(section.title[:31])
        sheet.set_column(0, 0, 28)
        sheet.set_column(1, 8, 14)
        sheet.write(0, 0, f"{section.title}（{now.period.label()}）", title)
        row = 2
        if section.note:
            sheet.write(1, 0, section.note)
        for col, header in enumerate(("指标", "单位", f"{now.period.year}年", f"{before.period.year}年", "增减（%）")):
            sheet.write(row, col, header, bold)
        prior_section = before.section(section.key)
        for figure in section.figures:
            row += 1
            prior = prior_section.figure(figure.key) if prior_section is not None else None
            a, b = number(figure), number(prior)
            sheet.write(row, 0, figure.label, cell)
            sheet.write(row, 1, unit_of(figure), cell)
            sheet.write(row, 2, a if a is not None else "—", num)
            sheet.write(row, 3, b if b is not None else "—", num)
            pct = change_pct(a, b)
            sheet.write(row, 4, pct if pct is not None else "—", num)
        for chart in section.charts:
            if chart.empty:
                continue
            row += 2
            unit = "万元" if chart.unit == MONEY else chart.unit
            sheet.write(row, 0, f"{chart.title}", bold)
            for col, s in enumerate(chart.series, start=1):
                sheet.write(row, col, f"{s.name}（{unit}）", bold)
            start = row + 1
            for i, category in enumerate(chart.categories):
                row += 1
                sheet.write(row, 0, category, cell)
                for col, s in enumerate(chart.series, start=1):
                    value = s.values[i] / 1_000_000 if chart.unit == MONEY else s.values[i]
                    sheet.write(row, col, value, num)
            row += 1
            sheet.write(row, 0, "合计", bold)
            for col, s in enumerate(chart.series, start=1):
                total = sum(s.values) / 1_000_000 if chart.unit == MONEY else sum(s.values)
                letter = xlsxwriter.utility.xl_col_to_name(col)
                sheet.write_formula(row, col, f"=SUM({letter}{start + 1}:{letter}{row})", num, total)
    book.close()
