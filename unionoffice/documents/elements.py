"""Free placement: a certificate drawn from a list of elements, each at a position and size in millimetres.

A clerk lines up the blanks of pre-printed stock ("____同志") by dragging elements on the preview or typing
millimetres (ui/certificates/placement.py). A template without elements keeps the standard layout
(documents/certificate.py); `elements_from_layout` turns that layout into elements to start from.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from datetime import date
from enum import StrEnum
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from unionoffice.documents import text as tx
from unionoffice.documents.fonts import FontSet, Role
from unionoffice.documents.images import image_reader
from unionoffice.documents.qr import draw_qr
from unionoffice.domain.certificates.verification import format_code, qr_content
from unionoffice.domain.common.chinese_dates import DateStyle, format_date
from unionoffice.domain.common.errors import ValidationError

MM = float(mm)


class ElementType(StrEnum):
    TEXT = "text"  # text with {字段}, wrapped inside the box
    FIELD = "field"  # one field's value on one line (shrinks to fit)
    DATE = "date"  # the issue date in the template's date style
    NUMBER = "number"  # 证书编号 (with 补发 and its date on a reissue)
    CODE = "code"  # 查验码
    QR = "qr"  # the verification QR code
    IMAGE = "image"  # a picture: logo, photo frame, decoration
    SEAL = "seal"  # the office's seal, or the image given
    SIGNATURE = "signature"  # a scanned signature (负责人签名)
    BORDER = "border"  # a double frame


ELEMENT_NAMES = {ElementType.TEXT: "文字", ElementType.FIELD: "字段", ElementType.DATE: "日期",
                 ElementType.NUMBER: "编号", ElementType.CODE: "查验码", ElementType.QR: "二维码",
                 ElementType.IMAGE: "图片", ElementType.SEAL: "印章", ElementType.SIGNATURE: "签名图片",
                 ElementType.BORDER: "边框"}


@dataclass(frozen=True)
class Element:
    type: ElementType
    x_mm: float  # left edge, from the sheet's left edge
    y_mm: float  # top edge, from the sheet's top edge
    w_mm: float
    h_mm: float
    text: str = ""  # TEXT: the text; FIELD: the field's name; IMAGE/SEAL/SIGNATURE: an image reference
    role: Role = Role.KAI
    size: float = 20.0  # points
    color: str = "#000000"
    align: str = "left"  # left | center | right

    def moved(self, x_mm: float, y_mm: float) -> Element:
        return replace(self, x_mm=round(x_mm, 1), y_mm=round(y_mm, 1))

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["type"], data["role"] = self.type.value, self.role.value
        return data


def element_from_dict(data: Mapping[str, Any]) -> Element:
    try:
        return Element(type=ElementType(data["type"]), x_mm=float(data["x_mm"]), y_mm=float(data["y_mm"]),
                       w_mm=float(data["w_mm"]), h_mm=float(data["h_mm"]), text=str(data.get("text", "")),
                       role=Role(data.get("role", Role.KAI.value)), size=float(data.get("size", 20.0)),
                       color=str(data.get("color", "#000000")), align=str(data.get("align", "left")))
    except (KeyError, ValueError, TypeError) as exc:
        raise ValidationError(f"版面元素无法识别：{exc}", field="版面元素") from None


def check_element(element: Element, sheet_mm: tuple[float, float], index: int) -> None:
    width, height = sheet_mm
    where = f"第 {index + 1} 个元素（{ELEMENT_NAMES[element.type]}）"
    if element.w_mm <= 0 or element.h_mm <= 0:
        raise ValidationError(f"{where}的宽和高应大于 0", field="版面元素")
    if element.x_mm < -5 or element.y_mm < -5 or element.x_mm > width or element.y_mm > height:
        raise ValidationError(f"{where}超出了纸张", field="版面元素")
    if not 4 <= element.size <= 120:
        raise ValidationError(f"{where}的字号应在 4～120 之间", field="版面元素")
    if element.align not in ("left", "center", "right"):
        raise ValidationError(f"{where}的对齐方式无效", field="版面元素")
    _rgb(element.color, where)


def _rgb(color: str, where: str = "颜色") -> tx.Color:
    value = color.strip().lstrip("#")
    if len(value) != 6 or any(c not in "0123456789abcdefABCDEF" for c in value):
        raise ValidationError(f"{where}的颜色应写成 #RRGGBB", field="版面元素")
    return (int(value[0:2], 16) / 255, int(value[2:4], 16) / 255, int(value[4:6], 16) / 255)


@dataclass(frozen=True)
class PageFacts:
    """What one page prints besides the template's fields."""

    values: Mapping[str, str]
    name: str
    number: str
    code: str
    issue_date: date
    reissued_on: date | None
    issuer: str
    kind_name: str
    qr_url: str
    date_style: DateStyle
    seal_image: str


class ElementDrawer:
    """Draws elements on a canvas whose origin is the sheet's bottom-left corner."""

    def __init__(self, canvas: Canvas, fonts: FontSet, sheet_mm: tuple[float, float]) -> None:
        self.canvas, self.fonts = canvas, fonts
        self.height = sheet_mm[1] * MM

    def draw(self, element: Element, facts: PageFacts) -> None:
        kind = element.type
        if kind is ElementType.BORDER:
            self._border(element)
        elif kind in (ElementType.IMAGE, ElementType.SEAL, ElementType.SIGNATURE):
            ref = element.text or (facts.seal_image if kind is ElementType.SEAL else "")
            self._image(element, ref)
        elif kind is ElementType.QR:
            if facts.code:
                side = min(element.w_mm, element.h_mm) * MM
                content = qr_content(facts.number, facts.code, issuer=facts.issuer, kind_name=facts.kind_name,
                                     url=facts.qr_url)
                draw_qr(self.canvas, content, element.x_mm * MM, self.height - element.y_mm * MM - side, side)
        elif kind is ElementType.TEXT:
            self._paragraphs(element, tx.fill_fields(element.text, facts.values, where="版面文字"), facts.name)
        else:
            self._line(element, self._line_text(element, facts))

    @staticmethod
    def _line_text(element: Element, facts: PageFacts) -> str:
        if element.type is ElementType.FIELD:
            return tx.fill_fields(f"{{{element.text}}}", facts.values, where="版面字段")
        if element.type is ElementType.DATE:
            return format_date(facts.issue_date, facts.date_style)
        if element.type is ElementType.CODE:
            return f"查验码：{format_code(facts.code)}" if facts.code else ""
        number = f"证书编号：{facts.number}"
        if facts.reissued_on is not None:
            number += f"（补发 {format_date(facts.reissued_on, facts.date_style)}）"
        return number

    def _style(self, element: Element) -> tx.TextStyle:
        return tx.TextStyle(element.role, element.size, _rgb(element.color))

    def _line(self, element: Element, text: str) -> None:
        if not text:
            return
        width = element.w_mm * MM
        style = tx.fit(self.fonts, text, self._style(element), width, 6)
        baseline = self.height - element.y_mm * MM - style.size * 0.88
        tx.draw_aligned(self.canvas, self.fonts, element.x_mm * MM, baseline, width, text, style, element.align)

    def _paragraphs(self, element: Element, text: str, name: str) -> None:
        style = self._style(element)
        width = element.w_mm * MM
        # Paragraphs typed with a leading 全角 double space get the usual two-character first-line indent.
        indent = 2.0 if text.startswith("　　") else 0.0
        text = "\n".join(p.removeprefix("　　") for p in text.splitlines())
        lines = tx.wrap_paragraphs(self.fonts, text, style, width, indent_chars=indent, keep=(name,))
        y = self.height - element.y_mm * MM - style.size * 0.88
        for line in lines:
            if element.align == "left":
                tx.draw_line(self.canvas, self.fonts, element.x_mm * MM, y, width, line, style)
            else:
                tx.draw_aligned(self.canvas, self.fonts, element.x_mm * MM, y, width, line.text, style, element.align)
            y -= style.size * 1.6

    def _image(self, element: Element, ref: str) -> None:
        reader = image_reader(ref) if ref else None
        if reader is None:
            return
        w, h = element.w_mm * MM, element.h_mm * MM
        self.canvas.drawImage(reader, element.x_mm * MM, self.height - element.y_mm * MM - h, w, h, mask="auto",
                              preserveAspectRatio=True, anchor="c")

    def _border(self, element: Element) -> None:
        c = self.canvas
        x, y = element.x_mm * MM, self.height - (element.y_mm + element.h_mm) * MM
        w, h = element.w_mm * MM, element.h_mm * MM
        c.setStrokeColorRGB(*_rgb(element.color))
        c.setLineWidth(2.5)
        c.rect(x, y, w, h)
        c.setLineWidth(0.8)
        inset = 4 * MM
        if w > 2 * inset and h > 2 * inset:
            c.rect(x + inset, y + inset, w - 2 * inset, h - 2 * inset)
