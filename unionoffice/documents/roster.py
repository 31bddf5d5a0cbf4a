"""Rosters, sign-in sheets, 公示 lists and payment lists: title, table over pages, totals, signatures, page numbers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas

from unionoffice.documents import text as tx
from unionoffice.documents.fonts import FontSet, Role
from unionoffice.documents.pdf import MM
from unionoffice.documents.table import PlannedRow, TableData, TableGrid
from unionoffice.documents.templates import Template

MARGIN = 18 * MM
FOOTER = 14 * MM  # room under the table for the page number


@dataclass(frozen=True)
class RosterData:
    table: TableData
    values: Mapping[str, str] = field(default_factory=dict)


def page_label(style: str, page: int, pages: int) -> str:
    return f"第 {page} 页 共 {pages} 页" if style == "of_total" else f"— {page} —"


def draw_roster(canvas: Canvas, fonts: FontSet, template: Template, data: RosterData) -> int:
    """Draw every page; returns the number of pages. Pages are planned first so 共 N 页 is known."""
    t = template
    values = {**t.extra, **data.values}
    width_mm, height_mm = t.page_size_mm()
    page_w, page_h = width_mm * MM, height_mm * MM
    body = tx.TextStyle(Role(t.body_role), t.body_size)
    grid = TableGrid(fonts, data.table.columns, page_w - 2 * MARGIN, body,
                     tx.TextStyle(Role.HEI, t.body_size))
    title_style = tx.TextStyle(Role(t.title_role), t.title_size)
    title = tx.fill_fields(t.title, values, where="标题")
    title_lines = tx.balanced_lines(fonts, title, title_style, page_w - 2 * MARGIN)
    subtitle = tx.fill_fields(t.subtitle, values, where="副标题") if t.subtitle else ""
    # A long subtitle (the 公示 period with whom to object to) wraps instead of running off the page.
    subtitle_lines = [line.text for line in tx.wrap(fonts, subtitle, body, page_w - 2 * MARGIN)] if subtitle else []
    head = len(title_lines) * t.title_size * 1.4 + _subtitle_height(subtitle_lines, body) + 4 * MM
    room = page_h - 2 * MARGIN - FOOTER
    rows = grid.plan_rows(data.table)
    pages = grid.paginate(rows, room - head, room)
    signature = tx.fill_fields(t.signature_line, values, where="签字栏") if t.signature_line else ""
    last_bottom = _table_bottom(grid, pages[-1], page_h - MARGIN - (head if len(pages) == 1 else 0))
    extra_page = bool(signature) and last_bottom - body.size * 3 < MARGIN + FOOTER
    total = len(pages) + (1 if extra_page else 0)
    canvas.translate(t.offset_x_mm * MM, -t.offset_y_mm * MM)
    for number, page_rows in enumerate(pages, start=1):
        top = page_h - MARGIN
        if number == 1:
            top = _draw_head(canvas, fonts, title_lines, title_style, subtitle_lines, body, page_w, top)
        bottom = grid.draw(canvas, MARGIN, top, page_rows)
        if number == len(pages) and signature and not extra_page:
            tx.draw_text(canvas, fonts, MARGIN, bottom - body.size * 2.5, signature, body)
        _footer(canvas, fonts, t, number, total, page_w)
        if number < total:
            canvas.showPage()
            canvas.translate(t.offset_x_mm * MM, -t.offset_y_mm * MM)  # showPage reset the offset
    if extra_page:
        tx.draw_text(canvas, fonts, MARGIN, page_h - MARGIN - body.size * 2, signature, body)
        _footer(canvas, fonts, t, total, total, page_w)
    canvas.showPage()
    return total


def _table_bottom(grid: TableGrid, rows: list[PlannedRow], top: float) -> float:
    return top - grid.header.height - sum(r.height for r in rows)


def _subtitle_height(lines: list[str], body: tx.TextStyle) -> float:
    return body.size * (2.2 + 1.5 * (len(lines) - 1)) if lines else 0.0


def _draw_head(canvas: Canvas, fonts: FontSet, title_lines: list[str], title_style: tx.TextStyle,
               subtitle_lines: list[str], body: tx.TextStyle, page_w: float, top: float) -> float:
    """Title lines and the subtitle; returns the top edge of the table (the same arithmetic as `head`)."""
    y = top
    for line in title_lines:
        tx.draw_aligned(canvas, fonts, MARGIN, y - title_style.size, page_w - 2 * MARGIN, line, title_style, "center")
        y -= title_style.size * 1.4
    for index, line in enumerate(subtitle_lines):
        tx.draw_text(canvas, fonts, MARGIN, y - body.size * (1.2 + 1.5 * index), line, body)
    y -= _subtitle_height(subtitle_lines, body)
    return y - 4 * MM


def _footer(canvas: Canvas, fonts: FontSet, template: Template, page: int, pages: int, page_w: float) -> None:
    style = tx.TextStyle(Role.SONG, 10.5)
    label = page_label(template.page_number_style, page, pages)
    tx.draw_aligned(canvas, fonts, MARGIN, MARGIN, page_w - 2 * MARGIN, label, style, "center")
