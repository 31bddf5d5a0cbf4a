"""The specimen seal shipped in resources/templates/seal.png: a red ring, a five-pointed star, the name on an arc.

An office replaces it with a scan of its own seal in the template editor; this exists so previews and
samples show where the seal falls. It is drawn as vectors and rasterised with a transparent background.
"""

from __future__ import annotations

import io
import math

from reportlab.pdfgen.canvas import Canvas

from unionoffice.documents.fonts import FontSet, Role
from unionoffice.documents.pdf import MM

SEAL_RED = (0.86, 0.07, 0.11)


def draw_seal(canvas: Canvas, fonts: FontSet, cx: float, cy: float, diameter: float, name: str) -> None:
    r = diameter / 2
    canvas.saveState()
    canvas.setStrokeColorRGB(*SEAL_RED)
    canvas.setFillColorRGB(*SEAL_RED)
    canvas.setLineWidth(diameter * 0.035)
    canvas.circle(cx, cy, r - diameter * 0.02, stroke=1, fill=0)
    _star(canvas, cx, cy, r * 0.34)
    size = diameter * 0.16
    span = min(250.0, 26.0 * len(name))  # degrees of arc the name covers, centred on the top
    step = span / max(len(name) - 1, 1)
    text_radius = r * 0.70
    for index, char in enumerate(name):
        angle = -span / 2 + index * step
        rad = math.radians(angle)
        canvas.saveState()
        canvas.translate(cx + text_radius * math.sin(rad), cy + text_radius * math.cos(rad))
        canvas.rotate(-angle)
        text = canvas.beginText(-size / 2, -size * 0.35)
        text.setTextRenderMode(2)  # filled and stroked: seal characters are heavier than any 黑体
        text.setFont(fonts.font_for(Role.HEI, char).fontName, size)
        text.textOut(char)
        canvas.setLineWidth(size * 0.05)
        canvas.drawText(text)
        canvas.restoreState()
    canvas.restoreState()


def _star(canvas: Canvas, cx: float, cy: float, radius: float) -> None:
    inner = radius * 0.382
    path = canvas.beginPath()
    for k in range(10):
        rr = radius if k % 2 == 0 else inner
        angle = math.radians(90 + 36 * k)
        x, y = cx + rr * math.cos(angle), cy + rr * math.sin(angle)
        if k == 0:
            path.moveTo(x, y)
        else:
            path.lineTo(x, y)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def specimen_seal_png(name: str, diameter_mm: float = 42.0, dpi: int = 200) -> bytes:
    """The seal as a PNG with a transparent background (needs pypdfium2 and Pillow, both dependencies)."""
    import pypdfium2

    fonts = FontSet(use_system=False)
    size = diameter_mm * MM
    buffer = io.BytesIO()
    # types-reportlab declares initialFontName a float; reportlab takes the font's name.
    canvas = Canvas(buffer, pagesize=(size, size), initialFontName=fonts.font_name(Role.HEI))  # type: ignore[arg-type]
    draw_seal(canvas, fonts, size / 2, size / 2, size * 0.98, name)
    canvas.showPage()
    canvas.save()
    pdf = pypdfium2.PdfDocument(buffer.getvalue())
    try:
        bitmap = pdf[0].render(scale=dpi / 72.0, fill_color=(255, 255, 255, 0), may_draw_forms=False)
        image = bitmap.to_pil()
        out = io.BytesIO()
        image.save(out, format="PNG", optimize=True)
        return out.getvalue()
    finally:
        pdf.close()
