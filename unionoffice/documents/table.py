"""Multi-page tables: wrapped cells, header rows repeated on every page, a totals row, page planning."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from reportlab.pdfgen.canvas import Canvas

from unionoffice.documents import text as tx
from unionoffice.documents.fonts import FontSet
from unionoffice.domain.common.chinese_dates import DateStyle, format_date

PAD = 3.0  # points of space inside each cell


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    weight: float = 1.0  # share of the table width
    align: str = "left"  # left | center | right (numbers and money are right-aligned)
    kind: str = "text"  # text | int | money (integer fen, shown in 元) | date
    total: bool = False  # summed in the totals row


@dataclass(frozen=True)
class TableData:
    columns: Sequence[Column]
    rows: Sequence[Mapping[str, object]]
    total_label: str = "合计"


@dataclass(frozen=True)
class PlannedRow:
    cells: tuple[tuple[str, ...], ...]  # the wrapped lines of each cell
    height: float
    is_total: bool = False
    span: int = 1  # leading columns merged into one cell (the 合计 label)


def format_money(fen: int) -> str:
    """Integer fen as 元 with two decimals and thousands separators: 474369000 → 4,743,690.00."""
    sign = "-" if fen < 0 else ""
    yuan, cents = divmod(abs(fen), 100)
    return f"{sign}{yuan:,}.{cents:02d}"


def cell_text(column: Column, value: object) -> str:
    if value is None:
        return ""
    if column.kind == "money" and isinstance(value, int):
        return format_money(value)
    if column.kind == "date" and isinstance(value, date):
        return format_date(value, DateStyle.ARABIC)
    return str(value)


def _as_int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int | str):
        return 0
    return int(value) if isinstance(value, int) or value.strip().lstrip("-").isdigit() else 0


def totals_row(data: TableData) -> dict[str, object] | None:
    if not any(c.total for c in data.columns):
        return None
    row: dict[str, object] = {data.columns[0].key: data.total_label}
    for column in data.columns:
        if column.total:
            row[column.key] = sum(_as_int(r.get(column.key)) for r in data.rows)
    return row


def is_numeric(column: Column) -> bool:
    return column.kind in ("int", "money")


class TableGrid:
    """Column geometry plus the planning and drawing of rows for one table style."""

    def __init__(self, fonts: FontSet, columns: Sequence[Column], width: float, style: tx.TextStyle,
                 header_style: tx.TextStyle | None = None, total_style: tx.TextStyle | None = None) -> None:
        self.fonts, self.columns, self.width, self.style = fonts, list(columns), width, style
        self.header_style = header_style or style
        self.total_style = total_style or self.header_style
        self.figure_size: dict[str, float] = {}
        total = sum(c.weight for c in columns)
        self.widths = [width * c.weight / total for c in columns]
        self.leading = style.size * 1.35
        self.header = self._plan_row([c.title for c in columns], self.header_style, header=True)

    def _wrap_cell(self, text: str, width: float, style: tx.TextStyle) -> tuple[str, ...]:
        lines: list[str] = []
        for part in text.splitlines() or [""]:
            lines.extend(line.text for line in tx.wrap(self.fonts, part, style, width - 2 * PAD, widow_control=False))
        return tuple(lines) or ("",)

    def _plan_row(self, texts: Sequence[str], style: tx.TextStyle, is_total: bool = False,
                  header: bool = False) -> PlannedRow:
        span = 1
        if is_total:  # the label takes every column before the first summed one
            span = next((i for i, c in enumerate(self.columns) if c.total), len(self.columns)) or 1
        widths = [sum(self.widths[:span]), *self.widths[span:]]
        columns = [self.columns[0], *self.columns[span:]]
        texts = [texts[0], *texts[span:]]
        cells = tuple(
            (t,) if is_numeric(c) and c is not self.columns[0] and not header else self._wrap_cell(t, w, style)
            for c, t, w in zip(columns, texts, widths, strict=True)
        )
        height = max(len(c) for c in cells) * self.leading + 2 * PAD
        return PlannedRow(cells, height, is_total, span)

    def plan_rows(self, data: TableData) -> list[PlannedRow]:
        texts = [[cell_text(c, row.get(c.key)) for c in self.columns] for row in data.rows]
        total = totals_row(data)
        total_texts = [cell_text(c, total.get(c.key)) for c in self.columns] if total is not None else None
        self._size_figures([*texts, *([total_texts] if total_texts else [])])
        planned = [self._plan_row(row, self.style) for row in texts]
        if total_texts is not None:
            planned.append(self._plan_row(total_texts, self.total_style, is_total=True))
        return planned

    def _size_figures(self, rows: Sequence[Sequence[str]]) -> None:
        """One size per column of figures: the largest at which its widest value (the total included) fits, so
        every amount and its total are set alike instead of each shrinking on its own."""
        self.figure_size = {}
        for index, column in enumerate(self.columns):
            if not is_numeric(column) or index == 0:
                continue
            widest = max((r[index] for r in rows), key=lambda t: tx.text_width(self.fonts, t, self.style), default="")
            fitted = tx.fit(self.fonts, widest, self.style, self.widths[index] - 2 * PAD, 6)
            self.figure_size[column.key] = fitted.size

    def paginate(self, rows: Sequence[PlannedRow], first_room: float, room: float) -> list[list[PlannedRow]]:
        """Split rows into pages: every page starts with the header, no row is cut in two, and the 合计 row
        never stands alone under a header: the last row of figures goes over with it."""
        pages: list[list[PlannedRow]] = [[]]
        left = first_room - self.header.height
        for row in rows:
            if row.height > left and pages[-1]:
                carried = [pages[-1].pop()] if row.is_total and len(pages[-1]) > 1 else []
                pages.append(carried)
                left = room - self.header.height - sum(r.height for r in carried)
            pages[-1].append(row)
            left -= row.height
        return pages

    def draw(self, canvas: Canvas, x: float, top: float, rows: Sequence[PlannedRow]) -> float:
        """Header plus `rows` with their top edge at `top`; returns the y of the table's bottom edge."""
        y = self._draw_row(canvas, x, top, self.header, self.header_style, header=True)
        for row in rows:
            y = self._draw_row(canvas, x, y, row, self.total_style if row.is_total else self.style)
        canvas.setLineWidth(0.8)
        canvas.setStrokeColorRGB(0, 0, 0)
        canvas.rect(x, y, self.width, top - y, stroke=1, fill=0)
        return y

    def _draw_row(self, canvas: Canvas, x: float, top: float, row: PlannedRow, style: tx.TextStyle,
                  header: bool = False) -> float:
        bottom = top - row.height
        if header:
            canvas.setFillColorRGB(0.93, 0.93, 0.93)
            canvas.rect(x, bottom, self.width, row.height, stroke=0, fill=1)
        canvas.setLineWidth(0.5)
        canvas.setStrokeColorRGB(0, 0, 0)
        canvas.line(x, bottom, x + self.width, bottom)
        columns = [self.columns[0], *self.columns[row.span:]]
        widths = [sum(self.widths[:row.span]), *self.widths[row.span:]]
        cx = x
        for column, width, lines in zip(columns, widths, row.cells, strict=True):
            align = "center" if header or (row.is_total and column is self.columns[0]) else column.align
            block = len(lines) * self.leading
            y = top - (row.height - block) / 2 - self.leading + (self.leading - style.size) / 2 + style.size * 0.12
            size = self.figure_size.get(column.key) if not header else None
            for line in lines:
                # figures are never broken over lines: a column too narrow for them is set smaller, all alike
                fitted = style.with_size(size) if size is not None else style
                tx.draw_aligned(canvas, self.fonts, cx + PAD, y, width - 2 * PAD, line, fitted, align)
                y -= self.leading
            cx += width
            if cx < x + self.width - 0.1:
                canvas.line(cx, top, cx, bottom)
        return bottom
