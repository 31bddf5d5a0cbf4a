"""Characters the glyph tests draw: the empty glyphs of AR PL UKai, rare-name sets, ink on a rendered page."""

from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

# The 47 CJK characters AR PL UKai CN maps to glyphs without outlines (it printed "欧阳䶮" as "欧阳　").
UKAI_EMPTY = ("㖞㘎㤘㧏㧐㧟㩳㭎㱮㳠䁖䅟䌷䎬䏝䓖䙌䙡䜣䜩䞍䥺䥽䦂䦃䦅䦆䦛䦶䦷䲟䲠䲡䲢䲣䴓䴔䴕䴖䴗䴘䴙䶮"
              "\U00020089\U000215D7\U0002298F\U000241FE")
# GB 18030-2022 implementation level 2 requires CJK Extension A, where most rare given-name characters are;
# with the Extension B characters of real names the project knows (docs/domain.md (f) 5).
EXTENSION_A = "".join(chr(code) for code in range(0x3400, 0x4DC0))
RARE_NAME_CHARS = EXTENSION_A + "堃喆犇淼鑫昇璟玥珺𠇔𠮷·"

CELL = 36.0  # points per character cell on the ink test page
PER_ROW = 12


def ink_per_cell(pdf: bytes, count: int, dpi: int = 100) -> list[int]:
    """Dark pixels inside each character cell of a page drawn by `draw_cells`."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[0].render(scale=dpi / 72.0).to_pil().convert("L")
    finally:
        document.close()
    scale = dpi / 72.0
    out = []
    for index in range(count):
        row, col = divmod(index, PER_ROW)
        left, top = (20 + col * CELL) * scale, (20 + row * CELL) * scale
        box = image.crop((int(left), int(top), int(left + CELL * scale), int(top + CELL * scale)))
        out.append(sum(box.point(lambda v: 255 if v < 128 else 0).histogram()[255:]))
    return out


def cell_origin(index: int, page_height: float) -> tuple[float, float]:
    """Left end and baseline of character `index` (24 pt) inside its cell."""
    row, col = divmod(index, PER_ROW)
    return 20 + col * CELL + 6, page_height - (20 + row * CELL) - 28


def blank_canvas(initial_font: str) -> tuple[Canvas, io.BytesIO]:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(20 * 2 + PER_ROW * CELL, 842), initialFontName=initial_font)  # type: ignore[arg-type]
    return canvas, buffer
