"""Setting Chinese text: font-fallback runs, shrink-to-fit, line breaking with 避头尾 rules, justification."""

from __future__ import annotations

import itertools
import re
import weakref
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from unionoffice.documents import linebreak as lb
from unionoffice.documents.fonts import FontSet, Role
from unionoffice.domain.common.errors import ValidationError

Color = tuple[float, float, float]
BLACK: Color = (0.0, 0.0, 0.0)
RED: Color = (0.784, 0.063, 0.180)  # #C8102E, the union red of docs/architecture.md "Look and feel"

NO_LINE_START = lb.NO_LINE_START  # 避头尾, kept here for callers that import them from text
NO_LINE_END = lb.NO_LINE_END
_FIELD = re.compile(r"\{([^{}\s]+)\}")
# Half a point of slack when filling a line: on the GB/T 9704 grid 28 characters of 3号 measure 442.4 pt against a
# 442.2 pt line (the spacing is set so 28 advances fill it), and justification absorbs the difference.
SLACK = 0.5
MAX_JUSTIFY = 0.25  # the most a justified line spreads each gap, in characters
# A fake bold stroke of 2.5 % of the size thickens a light 宋体 into something close to 小标宋.
FAKE_BOLD_STROKE = 0.025


@dataclass(frozen=True)
class TextStyle:
    role: Role
    size: float
    color: Color = BLACK
    char_space: float = 0.0  # extra points after each character (negative on the GB/T 9704 grid)
    bold: bool = False  # drawn stroked+filled when the role's font is not a real bold face
    horiz_scale: float = 100.0

    def with_size(self, size: float, horiz_scale: float = 100.0) -> TextStyle:
        """The same style at another size; letter spacing scales with it."""
        space = self.char_space * size / self.size if self.size else self.char_space
        return TextStyle(self.role, size, self.color, space, self.bold, horiz_scale)


@dataclass(frozen=True)
class Line:
    text: str
    width: float  # natural advance width, char_space included, trailing char_space excluded
    indent: float = 0.0
    last: bool = False  # the last line of a paragraph is not justified


def fill_fields(template: str, values: Mapping[str, str], *, where: str = "正文") -> str:
    """Replace {字段} with its value. An unknown field is an error naming it, never a silent blank."""

    def replace(match: re.Match[str]) -> str:
        name = match[1]
        if name not in values:
            raise ValidationError(f"字段「{{{name}}}」没有数据", field=where)
        return values[name]

    return _FIELD.sub(replace, template)


def fields_in(template: str) -> list[str]:
    return _FIELD.findall(template)


def text_width(fonts: FontSet, text: str, style: TextStyle) -> float:
    natural = fonts.width(text, style.role, style.size)
    spaced = natural + style.char_space * max(len(text) - 1, 0)
    return spaced * style.horiz_scale / 100.0


def fit(fonts: FontSet, text: str, style: TextStyle, max_width: float, min_size: float) -> TextStyle:
    """Shrink until the text fits `max_width`; below `min_size` squeeze it horizontally instead."""
    width = text_width(fonts, text, style)
    if width <= max_width or not text:
        return style
    size = max(min_size, int(style.size * max_width / width * 2) / 2)  # half-point steps
    smaller = style.with_size(size)
    width = text_width(fonts, text, smaller)
    while width > max_width and size > min_size:
        size = max(min_size, size - 0.5)
        smaller = style.with_size(size)
        width = text_width(fonts, text, smaller)
    if width > max_width:
        smaller = style.with_size(size, 100.0 * max_width / width)
    return smaller


def draw_text(canvas: Canvas, fonts: FontSet, x: float, y: float, text: str, style: TextStyle,
              char_space: float | None = None) -> None:
    """Draw `text` with its left end at x on baseline y, switching fonts wherever a glyph is missing."""
    if not text:
        return
    runs = fonts.runs(text, style.role)
    # A real heavy face (小标宋) is drawn as it is; a run set in a lighter fallback font is thickened by stroking.
    fake = [style.bold and not fonts.is_bold_font(font) for font, _chunk in runs]
    canvas.setFillColorRGB(*style.color)
    if any(fake):
        canvas.setStrokeColorRGB(*style.color)
        canvas.setLineWidth(style.size * FAKE_BOLD_STROKE)
    obj = canvas.beginText(x, y)
    obj.setCharSpace(style.char_space if char_space is None else char_space)
    if style.horiz_scale != 100.0:
        obj.setHorizScale(style.horiz_scale)
    mode = False
    for (font, chunk), stroked in zip(runs, fake, strict=True):
        if stroked != mode:
            mode = stroked
            obj.setTextRenderMode(2 if stroked else 0)
        obj.setFont(font.fontName, style.size)
        obj.textOut(chunk)
    # Tr, Tz and Tc outlive the text object in the PDF graphics state while reportlab assumes defaults,
    # so anything changed here is put back before the next text is drawn.
    if mode:
        obj.setTextRenderMode(0)
    if style.horiz_scale != 100.0:
        obj.setHorizScale(100)
    canvas.drawText(obj)


def draw_aligned(canvas: Canvas, fonts: FontSet, x: float, y: float, width: float, text: str, style: TextStyle,
                 align: str = "left") -> float:
    """Draw within [x, x+width] aligned left, center or right; returns the left x actually used."""
    if align != "left":
        used = text_width(fonts, text, style)
        x += (width - used) / (2.0 if align == "center" else 1.0)
    draw_text(canvas, fonts, x, y, text, style)
    return x


def draw_line(canvas: Canvas, fonts: FontSet, x: float, y: float, width: float, line: Line,
              style: TextStyle) -> None:
    """A wrapped line, justified to exactly `width` unless it ends its paragraph. A line cut short by a long
    unbreakable unit (a date, a name) is spread by at most a quarter of a character per gap, and left ragged
    beyond that: wide gaps between every character read worse than a short line."""
    extra = 0.0
    count = len(line.text)
    if not line.last and count > 1:
        extra = min((width - line.indent - line.width) / (count - 1), MAX_JUSTIFY * style.size)
    draw_text(canvas, fonts, x + line.indent, y, line.text, style, char_space=style.char_space + extra)


def wrap(fonts: FontSet, text: str, style: TextStyle, width: float, first_indent: float = 0.0,
         keep: Sequence[str] = (), *, widow_control: bool = True) -> list[Line]:
    """Break one paragraph into lines no wider than `width` (the first narrower by `first_indent`), between
    words and kept spans only (documents/linebreak.py); `keep` adds words that must stay whole (a name).
    The last line never holds a single character: a word moves down from the line above instead."""
    cs = style.char_space
    rows: list[list[str]] = []
    current: list[str] = []
    current_width = 0.0

    def room() -> float:
        return width - (first_indent if not rows else 0.0) + SLACK

    pending = lb.units(text, keep)
    pending.reverse()
    while pending:
        unit = pending.pop()
        if not current and unit.isspace():
            continue
        w = fonts.width(unit, style.role, style.size) + cs * len(unit)
        if current_width + w - cs <= room():
            current.append(unit)
            current_width += w
        elif current:
            pending.append(unit)
            rows.append(current)
            current, current_width = [], 0.0
        else:  # one unit wider than the line (a very long word or name): cut by characters where allowed
            cut = _longest_prefix(fonts, unit, style, room() - SLACK)
            while not pending and cut > 1 and lb.substance(unit[cut:]) < 2 and lb.cut_allowed(unit, cut - 1):
                cut -= 1  # the paragraph's last piece: leave two characters for the last line
            pending.append(unit[cut:])
            rows.append([unit[:cut]])
    if current or not rows:
        rows.append(current)
    if widow_control:  # prose; a table cell's label ("奖金 / （元）") is better left as the words fall
        _widow(rows, lambda line: text_width(fonts, line, style) <= width + SLACK)
    lines = []
    for index, row in enumerate(rows):
        line_text = "".join(row).rstrip()
        indent = first_indent if index == 0 else 0.0
        lines.append(Line(line_text, text_width(fonts, line_text, style), indent, index == len(rows) - 1))
    return lines


def _widow(rows: list[list[str]], fits: Callable[[str], bool]) -> None:
    """A last line of one character ("子。") takes the last word of the line above along with it; when
    that is the line's only word, or would not fit, the word's shortest tail that 禁则 allow to move."""
    while len(rows) > 1 and lb.substance("".join(rows[-1])) < 2:
        last = "".join(rows[-1])
        if len(rows[-2]) > 1 and fits(rows[-2][-1] + last):
            rows[-1].insert(0, rows[-2].pop())
            continue
        word = rows[-2][-1]
        cut = next((c for c in range(len(word) - 1, 0, -1) if lb.cut_allowed(word, c)), 0)
        if not cut or not fits(word[cut:] + last):
            return
        rows[-2][-1] = word[:cut]
        rows[-1].insert(0, word[cut:])


def _longest_prefix(fonts: FontSet, token: str, style: TextStyle, width: float) -> int:
    """How many characters of `token` fit, moved back so the cut obeys 禁则 (at least one character)."""
    total = 0.0
    fit_count = len(token)
    for index, w in enumerate(fonts.char_widths(token, style.role, style.size)):
        total += w + style.char_space
        if total - style.char_space > width:
            fit_count = max(index, 1)
            break
    if fit_count >= len(token):
        return len(token)
    cut = fit_count
    while cut > 1 and not lb.cut_allowed(token, cut):
        cut -= 1
    return cut if lb.cut_allowed(token, cut) else fit_count


_WrapKey = tuple[str, TextStyle, float, float, tuple[str, ...]]
_wrapped: weakref.WeakKeyDictionary[FontSet, dict[_WrapKey, list[Line]]] = (
    weakref.WeakKeyDictionary())


def wrap_paragraphs(fonts: FontSet, text: str, style: TextStyle, width: float, indent_chars: float = 2.0,
                    keep: Sequence[str] = ()) -> list[Line]:
    """Every paragraph (one per text line) with a first-line indent of `indent_chars` characters. Remembered:
    in a batch most people share a body (the same class, or one of a few prizes)."""
    cache = _wrapped.setdefault(fonts, {})
    keep = tuple(k for k in keep if k and k in text)  # a name the body does not print changes nothing
    key = (text, style, width, indent_chars, keep)
    cached = cache.get(key)
    if cached is None:
        cached = _wrap_paragraphs(fonts, text, style, width, indent_chars, keep)
        if len(cache) > 2000:
            cache.clear()
        cache[key] = cached
    return list(cached)


def _wrap_paragraphs(fonts: FontSet, text: str, style: TextStyle, width: float, indent_chars: float,
                     keep: tuple[str, ...]) -> list[Line]:
    out: list[Line] = []
    indent = indent_chars * (style.size + style.char_space)
    for paragraph in text.splitlines():
        if paragraph.strip():
            out.extend(wrap(fonts, paragraph.strip(), style, width, indent, keep))
    return out


def balanced_lines(fonts: FontSet, text: str, style: TextStyle, width: float, keep: Sequence[str] = ()) -> list[str]:
    """A title that needs several lines, broken between words into lines of balanced length (GB/T 9704:
    never inside a word or proper name; the lines form a 梯形 or 菱形, so the first is the longer on a tie)."""
    if text_width(fonts, text, style) <= width:
        return [text]
    pieces = lb.units(text, keep)
    for count in range(2, min(len(pieces), 6) + 1):
        best: tuple[tuple[float, float], list[str]] | None = None
        for cuts in itertools.combinations(range(1, len(pieces)), count - 1):
            bounds = (0, *cuts, len(pieces))
            lines = ["".join(pieces[i:j]) for i, j in itertools.pairwise(bounds)]
            measured = [text_width(fonts, line, style) for line in lines]
            if max(measured) > width:
                continue
            score = (max(measured) - min(measured), -measured[0])
            if best is None or score < best[0]:
                best = (score, lines)
        if best is not None:
            return best[1]
    return _even_pieces(fonts, text, style, width)


def _even_pieces(fonts: FontSet, text: str, style: TextStyle, width: float) -> list[str]:
    """Last resort for a title with a word longer than the line: equal runs of characters."""
    count = 2
    while True:
        per_line = -(-len(text) // count)
        pieces = [text[i:i + per_line] for i in range(0, len(text), per_line)]
        if all(text_width(fonts, p, style) <= width for p in pieces) or per_line <= 1:
            return pieces
        count += 1
