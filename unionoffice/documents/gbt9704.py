"""GB/T 9704-2012 page grid: 156×225 mm text block, 22 lines of 28 characters, signature with seal, page numbers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from unionoffice.documents import text as tx
from unionoffice.documents.fonts import FontSet, Role
from unionoffice.documents.images import image_reader
from unionoffice.documents.pdf import MM
from unionoffice.documents.templates import Template

PAGE_W, PAGE_H = 210 * MM, 297 * MM
LEFT = 28 * MM  # 订口 28 mm
TOP = PAGE_H - 37 * MM  # 天头 37 mm
BLOCK_W, BLOCK_H = 156 * MM, 225 * MM
RIGHT, BOTTOM = LEFT + BLOCK_W, TOP - BLOCK_H
LINES, CHARS = 22, 28
PITCH = BLOCK_H / LINES  # ≈ 28.99 pt: the line grid
BODY_SIZE = 16.0  # 3号
CHAR_SPACE = BLOCK_W / CHARS - BODY_SIZE  # slightly negative: 28 characters of 3号 fill exactly 156 mm
PAGE_NO_SIZE = 14.0  # 4号
SIGNATURE_LINES = 4  # two lines the seal hangs into, then issuer, then date


def baseline(slot_top: float, size: float) -> float:
    """Baseline that centres a character's em box (ascent .88, descent .12) in the line slot below `slot_top`."""
    return slot_top - PITCH / 2 - 0.38 * size


@dataclass(frozen=True)
class Styles:
    body: tx.TextStyle
    title: tx.TextStyle
    banner: tx.TextStyle
    heading: tx.TextStyle
    page_no: tx.TextStyle

    @classmethod
    def for_template(cls, template: Template) -> Styles:
        body = tx.TextStyle(Role(template.body_role), BODY_SIZE, char_space=CHAR_SPACE)
        return cls(
            body=body,
            title=tx.TextStyle(Role(template.title_role), template.title_size, bold=True),
            banner=tx.TextStyle(Role.BIAOSONG, 58.0, tx.RED, bold=True),
            heading=tx.TextStyle(Role.HEI, BODY_SIZE),
            page_no=tx.TextStyle(Role.SONG, PAGE_NO_SIZE),
        )


class GbtComposer:
    """Places lines on the grid page after page; `y` is the top of the next free line slot."""

    def __init__(self, canvas: Canvas, fonts: FontSet, template: Template, *, first_page_number: int = 1,
                 number_first_page: bool = True) -> None:
        self.canvas, self.fonts, self.template = canvas, fonts, template
        self.styles = Styles.for_template(template)
        self.page = first_page_number
        self.number_first_page = number_first_page
        self.y = TOP
        self._shift()

    def _shift(self) -> None:
        # showPage resets the graphics state, so the printer offset is applied again on every page.
        self.canvas.translate(self.template.offset_x_mm * MM, -self.template.offset_y_mm * MM)

    # -- pages -------------------------------------------------------------------------------------------
    def slots_left(self) -> int:
        return int((self.y - BOTTOM) / PITCH + 1e-6)

    def new_page(self) -> None:
        self.finish_page()
        self.canvas.showPage()
        self.page += 1
        self.y = TOP
        self._shift()

    def finish_page(self) -> None:
        if self.page > 1 or self.number_first_page:
            self.draw_page_number()

    def draw_page_number(self) -> None:
        """— 1 —: 4号 宋体, 7 mm below the text block; odd pages right, even pages left, one character in."""
        label = f"— {self.page} —"
        style = self.styles.page_no
        y = BOTTOM - 7 * MM - 0.35 * style.size  # the dashes' middle sits 7 mm below the block
        odd = self.page % 2 == 1
        x = RIGHT - style.size - tx.text_width(self.fonts, label, style) if odd else LEFT + style.size
        tx.draw_text(self.canvas, self.fonts, x, y, label, style)

    def skip(self, lines: int = 1) -> None:
        self.y -= lines * PITCH

    def ensure(self, lines: int) -> None:
        if self.slots_left() < lines:
            self.new_page()

    # -- text --------------------------------------------------------------------------------------------
    def centred(self, text: str, style: tx.TextStyle) -> None:
        """A title: balanced lines, each centred, one grid line apiece."""
        for piece in tx.balanced_lines(self.fonts, text, style, BLOCK_W):
            self.ensure(1)
            tx.draw_aligned(self.canvas, self.fonts, LEFT, baseline(self.y, style.size), BLOCK_W, piece, style,
                            "center")
            self.skip()

    def flush_left(self, text: str, style: tx.TextStyle | None = None, indent_chars: float = 0) -> None:
        style = style or self.styles.body
        for line in tx.wrap(self.fonts, text, style, BLOCK_W, indent_chars * BODY_SIZE):
            self.ensure(1)
            tx.draw_line(self.canvas, self.fonts, LEFT, baseline(self.y, style.size), BLOCK_W, line, style)
            self.skip()

    def body_lines(self, body: str, keep: tuple[str, ...] = ()) -> list[tx.Line]:
        return tx.wrap_paragraphs(self.fonts, body, self.styles.body, BLOCK_W, indent_chars=2, keep=keep)

    def place_lines(self, lines: Sequence[tx.Line], *, keep_last_with: int = 0, trailer: int = 0) -> None:
        """Body lines on the grid. The last two lines of 正文 — plus the `trailer` lines after them that are
        not 正文 (the blank line and the 附件 note) — stay with the `keep_last_with` lines that follow (the
        signature block), so the signature and seal never stand on a page without 正文 (GB/T 9704 7.3.5)."""
        style = self.styles.body
        keep = min(2, max(len(lines) - trailer, 0)) + trailer
        for index, line in enumerate(lines):
            remaining = len(lines) - index
            if keep_last_with and remaining == min(keep, len(lines)):
                self.ensure(remaining + keep_last_with)
            self.ensure(1)
            tx.draw_line(self.canvas, self.fonts, LEFT, baseline(self.y, style.size), BLOCK_W, line, style)
            self.skip()

    # -- signature ---------------------------------------------------------------------------------------
    def signature(self, issuer: str, date_text: str) -> tuple[float, float]:
        """Issuer centred above the date; date right-indented four characters; the seal centred over both,
        its top just under the last line of text. Returns the (left, bottom) corner free for a QR code."""
        style = self.styles.body
        char = BODY_SIZE + CHAR_SPACE
        date_w = tx.text_width(self.fonts, date_text, style)
        date_right = RIGHT - 4 * char
        centre = date_right - date_w / 2
        text_bottom = self.y
        issuer_slot = self.y - 2 * PITCH
        issuer_style = tx.fit(self.fonts, issuer, style, 2 * (RIGHT - centre), 10)
        issuer_w = tx.text_width(self.fonts, issuer, issuer_style)
        tx.draw_text(self.canvas, self.fonts, centre - issuer_w / 2, baseline(issuer_slot, BODY_SIZE), issuer,
                     issuer_style)
        tx.draw_text(self.canvas, self.fonts, date_right - date_w, baseline(issuer_slot - PITCH, BODY_SIZE),
                     date_text, style)
        self._seal(centre, text_bottom)
        self.y = issuer_slot - 2 * PITCH
        return LEFT, self.y

    def _seal(self, centre_x: float, text_bottom: float) -> None:
        t = self.template
        seal = image_reader(t.seal_image)
        if seal is None:
            return
        d = t.seal_diameter_mm * MM
        top = text_bottom - 0.25 * PITCH  # within one line of the text above
        cx = centre_x + t.seal_dx_mm * MM
        cy = top - d / 2 - t.seal_dy_mm * MM
        self.canvas.drawImage(seal, cx - d / 2, cy - d / 2, d, d, mask="auto", preserveAspectRatio=True)

    # -- 版记 ---------------------------------------------------------------------------------------------
    def imprint(self, cc: str, printer: str, date_text: str) -> None:
        """抄送 and 印发 lines between text-block-wide rules; the last rule lies on the text block's bottom."""
        rows = [r for r in ((f"抄送：{cc}" if cc else ""), "imprint") if r]
        needed = len(rows)
        # The 版记 stands on the last page, which is an even page (GB/T 9704 10.1 and 封四): an odd last page
        # is followed by a page holding only the 版记.
        if self.slots_left() < needed or self.page % 2 == 1:
            self.new_page()
        c, style = self.canvas, tx.TextStyle(Role.FANG, 14.0)
        y = BOTTOM + needed * PITCH
        c.setStrokeColorRGB(0, 0, 0)
        c.setLineWidth(0.35 * MM)
        c.line(LEFT, y, RIGHT, y)
        for index, row in enumerate(rows):
            slot_top = y - index * PITCH
            base = baseline(slot_top, style.size)
            if row == "imprint":
                tx.draw_text(c, self.fonts, LEFT + style.size, base, printer, style)
                label = f"{date_text}印发"
                tx.draw_text(c, self.fonts, RIGHT - style.size - tx.text_width(self.fonts, label, style), base,
                             label, style)
            else:
                tx.draw_text(c, self.fonts, LEFT + style.size, base, row, style)
            if index < needed - 1:
                c.setLineWidth(0.25 * MM)
                c.line(LEFT, slot_top - PITCH, RIGHT, slot_top - PITCH)
        c.setLineWidth(0.35 * MM)
        c.line(LEFT, BOTTOM, RIGHT, BOTTOM)
        self.y = BOTTOM


def red_rule(canvas: Canvas, y: float, left: float = LEFT, right: float = RIGHT, width: float = 1.5) -> None:
    canvas.setStrokeColorRGB(*tx.RED)
    canvas.setLineWidth(width)
    canvas.line(left, y, right, y)
