"""Certificates (结业证书, 荣誉证书, 获奖证书): frame, title, addressee, body, issuer and date under the seal, QR."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from unionoffice.documents import text as tx
from unionoffice.documents.elements import Element, ElementDrawer, ElementType, PageFacts
from unionoffice.documents.fonts import FontSet, Role
from unionoffice.documents.images import image_reader
from unionoffice.documents.pdf import MM, PersonDocument
from unionoffice.documents.qr import draw_qr
from unionoffice.documents.templates import Template
from unionoffice.domain.certificates.verification import format_code, qr_content
from unionoffice.domain.common.chinese_dates import format_date

GOLD: tx.Color = (0.72, 0.53, 0.04)
_FORM_NAMES = itertools.count()


@dataclass(frozen=True)
class Layout:
    """Positions in points from the bottom-left corner, derived from the sheet size."""

    width: float
    height: float
    margin: float
    title_y: float
    text_left: float
    text_right: float
    addressee_y: float
    issuer_x: float  # centre line of issuer name and date
    issuer_y: float
    qr_size: float

    @classmethod
    def for_sheet(cls, width_mm: float, height_mm: float) -> Layout:
        w, h = width_mm * MM, height_mm * MM
        landscape = w >= h
        margin = min(w, h) * 0.07
        return cls(
            width=w, height=h, margin=margin,
            title_y=h * (0.77 if landscape else 0.80),
            text_left=w * (0.135 if landscape else 0.15),
            text_right=w * (0.865 if landscape else 0.85),
            addressee_y=h * (0.61 if landscape else 0.66),
            issuer_x=w * (0.745 if landscape else 0.69),
            issuer_y=h * (0.255 if landscape else 0.26),
            qr_size=min(w, h) * 0.125,
        )


class CertificatePainter:
    """Draws certificate pages onto one canvas; parts shared by every page are PDF forms drawn once."""

    def __init__(self, canvas: Canvas, template: Template, fonts: FontSet) -> None:
        self.canvas, self.template, self.fonts = canvas, template, fonts
        self.layout = Layout.for_sheet(*template.page_size_mm())
        # Sizes are set for A4; an A3 sheet (or an A5 card) scales text and seal with the sheet.
        self.scale = min(template.page_size_mm()) / 210.0
        body_size = template.body_size * self.scale
        self.title_style = tx.TextStyle(Role(template.title_role), template.title_size * self.scale, tx.RED, bold=True)
        self.body_style = tx.TextStyle(Role(template.body_role), body_size)
        self.small_style = tx.TextStyle(Role(template.body_role), max(9.0, body_size * 0.5))
        self.date_y = self.layout.issuer_y - body_size * 1.6
        self._forms: dict[str, str] = {}  # key → PDF form name (names must be ASCII)

    def draw_page(self, item: PersonDocument) -> None:
        c, t = self.canvas, self.template
        c.saveState()
        c.translate(t.offset_x_mm * MM, -t.offset_y_mm * MM)
        if t.elements:
            self._draw_elements(item)
            c.restoreState()
            c.showPage()
            return
        if t.draw_frame:
            self._use_form("frame", self._draw_frame)
        values = item.values(t)
        body_top = self._draw_addressee(tx.fill_fields(t.addressee, values, where="称呼"))
        self._draw_body(tx.fill_fields(t.body, values), body_top, (item.name,))
        if t.show_number:
            self._draw_number(item.number)
        if item.reissued_on is not None:
            self._draw_reissue(item.reissued_on)
        if t.show_qr and item.code:
            self._draw_qr(item)
        date_text = format_date(item.issue_date, t.date_style)
        self._use_form(f"sign-{date_text}", lambda: self._draw_signature(date_text))
        c.restoreState()
        c.showPage()

    def _draw_elements(self, item: PersonDocument) -> None:
        t = self.template
        facts = PageFacts(item.values(t), item.name, item.number, item.code if t.show_qr else "", item.issue_date,
                          item.reissued_on, t.issuer, t.kind_name, t.qr_prefix, t.date_style, t.seal_image)
        drawer = ElementDrawer(self.canvas, self.fonts, t.page_size_mm())
        for element in t.elements:
            drawer.draw(element, facts)

    def _use_form(self, key: str, draw: Callable[[], None]) -> None:
        # What every page shares is drawn once as a PDF form and referenced per page: the seal image alone
        # would otherwise be hashed by reportlab on each page. A batch of reprints makes one form per date.
        name = self._forms.get(key)
        if name is None:
            name = f"uo{next(_FORM_NAMES)}"  # unique per process: two painters may share one canvas
            self.canvas.beginForm(name)
            draw()
            self.canvas.endForm()
            self._forms[key] = name
        self.canvas.doForm(name)

    def _draw_frame(self) -> None:
        c, lay, t = self.canvas, self.layout, self.template
        background = image_reader(t.background_image)
        if background is not None:
            c.drawImage(background, 0, 0, lay.width, lay.height, mask="auto")
        else:
            self._draw_border()
        style = self.title_style
        if len(t.title) <= 5:  # 荣 誉 证 书: short titles are letter-spaced (by Tc, so the text still reads 荣誉证书)
            style = tx.TextStyle(style.role, style.size, style.color, style.size * 0.6, style.bold)
        style = tx.fit(self.fonts, t.title, style, lay.width - 2 * lay.text_left * 0.8, 18 * self.scale)
        tx.draw_aligned(self.canvas, self.fonts, 0, lay.title_y, lay.width, t.title, style, "center")

    def _draw_border(self) -> None:
        c, lay = self.canvas, self.layout
        m = lay.margin
        c.setStrokeColorRGB(*GOLD)
        c.setLineWidth(3)
        c.rect(m, m, lay.width - 2 * m, lay.height - 2 * m)
        c.setLineWidth(0.8)
        inner = m + 5 * MM
        c.rect(inner, inner, lay.width - 2 * inner, lay.height - 2 * inner)
        c.setStrokeColorRGB(*tx.RED)
        c.setLineWidth(1.2)
        edge = m + 2.5 * MM
        c.rect(edge, edge, lay.width - 2 * edge, lay.height - 2 * edge)
        # corner ornaments: a small diamond in each corner between the two gold lines
        c.setFillColorRGB(*tx.RED)
        for x in (edge, lay.width - edge):
            for y in (edge, lay.height - edge):
                path = c.beginPath()
                d = 2.2 * MM
                path.moveTo(x, y + d)
                path.lineTo(x + d, y)
                path.lineTo(x, y - d)
                path.lineTo(x - d, y)
                path.close()
                c.drawPath(path, stroke=0, fill=1)

    def _draw_addressee(self, addressee: str) -> float:
        """Returns the baseline of the body's first line."""
        lay = self.layout
        if not addressee:
            return lay.addressee_y
        style = self.body_style.with_size(self.body_style.size + 2 * self.scale)
        style = tx.fit(self.fonts, addressee, style, lay.text_right - lay.text_left, 10)
        tx.draw_text(self.canvas, self.fonts, lay.text_left, lay.addressee_y, addressee, style)
        return lay.addressee_y - self.body_style.size * 2.0

    def _draw_body(self, body: str, top: float, keep: tuple[str, ...]) -> None:
        lay = self.layout
        width = lay.text_right - lay.text_left
        room = top - (lay.issuer_y + self.body_style.size * 1.6)
        style = self.body_style
        lines = tx.wrap_paragraphs(self.fonts, body, style, width, keep=keep)
        # A long body (a long course name, a 15-character name) shrinks until it clears the signature.
        while len(lines) * style.size * 1.75 > room and style.size > 10:
            style = style.with_size(style.size - 1)
            lines = tx.wrap_paragraphs(self.fonts, body, style, width, keep=keep)
        y = top
        for line in lines:
            tx.draw_line(self.canvas, self.fonts, lay.text_left, y, width, line, style)
            y -= style.size * 1.75

    def _draw_number(self, number: str) -> None:
        lay = self.layout
        label = f"证书编号：{number}"
        x = lay.margin + 9 * MM
        y = lay.height - lay.margin - 9 * MM - self.small_style.size
        tx.draw_text(self.canvas, self.fonts, x, y, label, self.small_style)

    def _draw_reissue(self, on: date) -> None:
        """补发 and its date under the number, in red: a reissue never passes for the original."""
        lay = self.layout
        label = f"补发　{format_date(on, self.template.date_style)}"
        style = tx.TextStyle(self.small_style.role, self.small_style.size * 1.3, tx.RED, bold=True)
        x = lay.margin + 9 * MM
        y = lay.height - lay.margin - 9 * MM - self.small_style.size * 2.9
        tx.draw_text(self.canvas, self.fonts, x, y, label, style)

    def _draw_qr(self, item: PersonDocument) -> None:
        lay, t = self.layout, self.template
        x = lay.margin + 7 * MM
        y = lay.margin + 7 * MM
        content = qr_content(item.number, item.code, issuer=t.issuer, kind_name=t.kind_name, url=t.qr_prefix)
        draw_qr(self.canvas, content, x, y, lay.qr_size, white_behind=bool(t.background_image))
        label = f"查验码：{format_code(item.code)}"
        tx.draw_text(self.canvas, self.fonts, x + lay.qr_size + 1 * MM, y + lay.qr_size * 0.3, label,
                     self.small_style)

    def _draw_signature(self, date_text: str) -> None:
        """Issuer and date centred on one axis; the seal straddles the year and covers the month (骑年盖月)."""
        c, lay, t = self.canvas, self.layout, self.template
        half = (lay.width - lay.text_left) - lay.issuer_x
        box = 2 * min(half, lay.issuer_x - lay.width / 2)
        style = tx.fit(self.fonts, t.issuer, self.body_style, box, 10)
        tx.draw_aligned(c, self.fonts, lay.issuer_x - box / 2, lay.issuer_y, box, t.issuer, style, "center")
        tx.draw_aligned(c, self.fonts, lay.issuer_x - box / 2, self.date_y, box, date_text, self.body_style, "center")
        d = t.seal_diameter_mm * MM * self.scale
        # The seal centre sits a little above the midpoint of the two lines, so both read "below centre".
        cy = (lay.issuer_y + self.date_y) / 2 + self.body_style.size * 0.6 - t.seal_dy_mm * MM
        self._seal(t.seal_image, lay.issuer_x + t.seal_dx_mm * MM, cy, d)
        if t.second_issuer:
            # Jointly issued: the second body signs to the left on the issuer line, its seal over its name.
            x = lay.issuer_x - box - d * 0.35
            second = tx.fit(self.fonts, t.second_issuer, self.body_style, box, 10)
            tx.draw_aligned(c, self.fonts, x - box / 2, lay.issuer_y, box, t.second_issuer, second, "center")
            self._seal(t.second_seal_image, x + t.seal_dx_mm * MM, cy, d)

    def _seal(self, ref: str, cx: float, cy: float, d: float) -> None:
        seal = image_reader(ref)
        if seal is not None:
            self.canvas.drawImage(seal, cx - d / 2, cy - d / 2, d, d, mask="auto", preserveAspectRatio=True)


def elements_from_layout(template: Template) -> tuple[Element, ...]:
    """The standard layout as elements in millimetres: where free placement starts from."""
    t, (width_mm, height_mm) = template, template.page_size_mm()
    lay, scale = Layout.for_sheet(width_mm, height_mm), min(width_mm, height_mm) / 210.0
    body, title, role = t.body_size * scale, t.title_size * scale, Role(t.body_role)

    def box_top(baseline: float, size: float) -> float:  # a baseline in points from the bottom → top in mm
        return (lay.height - baseline - size * 0.88) / MM

    def at(kind: ElementType, x: float, y: float, w: float, h: float, **style: Any) -> Element:
        return Element(kind, round(x, 1), round(y, 1), round(w, 1), round(h, 1), **style)

    left, text_w, margin, qr = lay.text_left / MM, (lay.text_right - lay.text_left) / MM, lay.margin / MM, \
        lay.qr_size / MM
    issuer_w = 2 * min(lay.width - lay.text_left - lay.issuer_x, lay.issuer_x - lay.width / 2) / MM
    issuer_left, date_y = lay.issuer_x / MM - issuer_w / 2, lay.issuer_y - body * 1.6
    seal = t.seal_diameter_mm * scale
    seal_top = (lay.height - (lay.issuer_y + date_y) / 2 - body * 0.6) / MM - seal / 2
    small = max(9.0, body * 0.5)
    paragraphs = "　　" + t.body.replace("\n", "\n　　")
    return (
        at(ElementType.BORDER, margin, margin, width_mm - 2 * margin, height_mm - 2 * margin, color="#B8870A"),
        at(ElementType.TEXT, left, box_top(lay.title_y, title), text_w, title / MM * 1.3, text=t.title,
           role=Role(t.title_role), size=title, color="#C8102E", align="center"),
        at(ElementType.NUMBER, margin + 9, margin + 9, 90, 8, role=role, size=small),
        at(ElementType.TEXT, left, box_top(lay.addressee_y, body + 2), text_w, 12, text=t.addressee, role=role,
           size=body + 2),
        at(ElementType.TEXT, left, box_top(lay.addressee_y - body * 2, body), text_w, 60, text=paragraphs,
           role=role, size=body),
        at(ElementType.TEXT, issuer_left, box_top(lay.issuer_y, body), issuer_w, 10, text="{发证单位}", role=role,
           size=body, align="center"),
        at(ElementType.DATE, issuer_left, box_top(date_y, body), issuer_w, 10, role=role, size=body, align="center"),
        at(ElementType.SEAL, lay.issuer_x / MM - seal / 2, seal_top, seal, seal),
        at(ElementType.QR, margin + 7, height_mm - margin - 7 - qr, qr, qr),
        at(ElementType.CODE, margin + 8 + qr, height_mm - margin - 7 - qr * 0.45, 60, 6, role=role, size=small),
    )
