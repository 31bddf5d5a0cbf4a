"""Documents in GB/T 9704 layout: the award letter (信函格式) per person and the commendation decision (文件格式)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from reportlab.pdfgen.canvas import Canvas

from unionoffice.documents import text as tx
from unionoffice.documents.fonts import FontSet, Role
from unionoffice.documents.gbt9704 import (
    BLOCK_W,
    BODY_SIZE,
    BOTTOM,
    LEFT,
    PAGE_H,
    PAGE_W,
    PITCH,
    SIGNATURE_LINES,
    TOP,
    GbtComposer,
    baseline,
    red_rule,
)
from unionoffice.documents.name_list import NameSection, draw_name_list
from unionoffice.documents.pdf import MM, PersonDocument
from unionoffice.documents.qr import draw_qr
from unionoffice.documents.table import TableData, TableGrid
from unionoffice.documents.templates import Template
from unionoffice.domain.certificates.verification import format_code, qr_content
from unionoffice.domain.common.chinese_dates import DateStyle, format_date


@dataclass(frozen=True)
class DecisionData:
    """A commendation decision: the values of its fields and the name list attached to it (a table of awardees,
    or names grouped under headings)."""

    issue_date: date
    values: Mapping[str, str] = field(default_factory=dict)
    awardees: TableData | None = None
    name_list: Sequence[NameSection] = ()

    @property
    def has_attachment(self) -> bool:
        return self.awardees is not None or bool(self.name_list)


def _banner(canvas: Canvas, fonts: FontSet, text: str, top: float, size: float) -> float:
    """The red issuer banner, squeezed (not shrunk) to the text-block width; returns its bottom edge."""
    style = tx.TextStyle(Role.BIAOSONG, size, tx.RED, bold=True)
    style = tx.fit(fonts, text, style, BLOCK_W, size)
    base = top - 0.88 * size
    tx.draw_aligned(canvas, fonts, LEFT, base, BLOCK_W, text, style, "center")
    return base - 0.12 * size


class AwardLetterPainter:
    """获奖通知书 in the letter format: banner 30 mm from the top, red double rules 170 mm long."""

    def __init__(self, canvas: Canvas, template: Template, fonts: FontSet) -> None:
        self.canvas, self.template, self.fonts = canvas, template, fonts

    def draw_page(self, item: PersonDocument) -> None:
        c, t = self.canvas, self.template
        values = item.values(t)
        composer = GbtComposer(c, self.fonts, t, number_first_page=False)
        banner_bottom = _banner(c, self.fonts, tx.fill_fields(t.banner or t.issuer, values, where="发文机关标志"),
                                PAGE_H - 30 * MM, 44.0)
        rule_y = banner_bottom - 4 * MM
        self._double_rule(rule_y, thick_first=True)
        self._double_rule(20 * MM + 1.2 * MM, thick_first=False)
        composer.y = rule_y - 1.2 * MM - 2
        if t.show_number:
            style = composer.styles.body
            number = item.number
            if item.reissued_on is not None:  # a reissue says so next to its unchanged number
                number = f"（补发 {format_date(item.reissued_on, DateStyle.ARABIC)}）{number}"
            tx.draw_aligned(c, self.fonts, LEFT, baseline(composer.y, BODY_SIZE), BLOCK_W, number, style,
                            "right")
            composer.skip()
        composer.skip(1)
        composer.centred(tx.fill_fields(t.title, values, where="标题"), composer.styles.title)
        composer.skip(1)
        if t.addressee:
            composer.flush_left(tx.fill_fields(t.addressee, values, where="称呼"))
        body = composer.body_lines(tx.fill_fields(t.body, values), keep=(item.name,))
        composer.place_lines(body, keep_last_with=SIGNATURE_LINES)
        left, bottom = composer.signature(t.issuer, format_date(item.issue_date, t.date_style))
        if t.show_qr and item.code:
            self._qr(item, left, bottom)
        composer.finish_page()
        c.showPage()

    def _double_rule(self, y: float, *, thick_first: bool) -> None:
        left, right = (PAGE_W - 170 * MM) / 2, (PAGE_W + 170 * MM) / 2
        thick, thin = 1.6, 0.6
        red_rule(self.canvas, y, left, right, thick if thick_first else thin)
        red_rule(self.canvas, y - 1.2 * MM, left, right, thin if thick_first else thick)

    def _qr(self, item: PersonDocument, left: float, bottom: float) -> None:
        size = 2.6 * PITCH
        t = self.template
        content = qr_content(item.number, item.code, issuer=t.issuer, kind_name=t.kind_name, url=t.qr_prefix)
        draw_qr(self.canvas, content, left, bottom, size)
        style = tx.TextStyle(Role.SONG, 9.0)
        tx.draw_text(self.canvas, self.fonts, left + size, bottom + size / 2 - 3, f"查验码：{format_code(item.code)}",
                     style)


def draw_decision(canvas: Canvas, fonts: FontSet, template: Template, data: DecisionData) -> int:
    """表彰决定 in the 文件 format, its name list as an attachment and the 版记; returns the page count."""
    t = template
    values = {**t.extra, **data.values}
    date_text = format_date(data.issue_date, t.date_style)
    composer = GbtComposer(canvas, fonts, t)
    banner_bottom = _banner(canvas, fonts, tx.fill_fields(t.banner, values, where="发文机关标志"), TOP - 35 * MM, 58.0)
    composer.y = banner_bottom - 2 * PITCH
    number = tx.fill_fields(t.doc_number, values, where="发文字号")
    tx.draw_aligned(canvas, fonts, LEFT, baseline(composer.y, BODY_SIZE), BLOCK_W, number, composer.styles.body,
                    "center")
    rule_y = baseline(composer.y, BODY_SIZE) - 0.12 * BODY_SIZE - 4 * MM
    red_rule(canvas, rule_y)
    composer.y = rule_y - 2 * PITCH
    composer.centred(tx.fill_fields(t.title, values, where="标题"), composer.styles.title)
    composer.skip(1)
    composer.flush_left(tx.fill_fields(t.addressee, values, where="主送机关"))
    lines = composer.body_lines(tx.fill_fields(t.body, values))
    attachment = tx.fill_fields(t.attachment_title, values, where="附件") if data.has_attachment else ""
    trailer = 0
    if attachment:
        note = tx.wrap(fonts, f"附件：{attachment}", composer.styles.body, BLOCK_W, 2 * BODY_SIZE)
        lines.append(tx.Line("", 0.0, last=True))  # 正文下空一行
        lines.extend(note)
        trailer = 1 + len(note)
    composer.place_lines(lines, keep_last_with=SIGNATURE_LINES, trailer=trailer)
    composer.signature(t.issuer, date_text)
    if attachment:
        _attachment(composer, attachment, data)
    composer.imprint(tx.fill_fields(t.cc, values, where="抄送"), tx.fill_fields(t.printer, values, where="印发机关"),
                     date_text)
    composer.finish_page()
    canvas.showPage()
    return composer.page


def _attachment(composer: GbtComposer, title: str, data: DecisionData) -> None:
    """附件 on a new page: the label top left in 黑体, the title centred on the third line, then the list."""
    composer.new_page()
    composer.flush_left("附件", composer.styles.heading)
    composer.skip(1)
    composer.centred(title, composer.styles.title)
    composer.skip(1)
    if data.awardees is None:
        draw_name_list(composer, data.name_list)
        return
    table = data.awardees
    fonts, canvas = composer.fonts, composer.canvas
    # One size for the whole list: 小四 仿宋 cells, 黑体 headers of the same size (wrapped, never shrunk); the
    # 合计 row in the cells' font, so a total reads in the same figures as the amounts above it.
    style = tx.TextStyle(Role.FANG, 12.0)
    grid = TableGrid(fonts, table.columns, BLOCK_W, style, tx.TextStyle(Role.HEI, 12.0), total_style=style)
    rows = grid.plan_rows(table)
    pages = grid.paginate(rows, composer.y - BOTTOM, TOP - BOTTOM)
    for index, page_rows in enumerate(pages):
        if index:
            composer.new_page()
        bottom = grid.draw(canvas, LEFT, composer.y, page_rows)
        composer.y = bottom - 0.5 * PITCH
