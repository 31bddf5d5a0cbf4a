"""Render docs/用户手册.md (headings, lists, tables, notes, images) to the PDF shipped with the installer."""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Table,
    TableStyle,
)

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from unionoffice import __version__  # noqa: E402
from unionoffice.documents.fonts import FontSet, Role  # noqa: E402

SOURCE = ROOT / "docs" / "用户手册.md"
ACCENT = colors.HexColor("#C8102E")
FRAME_WIDTH = A4[0] - 40 * mm
MAX_IMAGE_HEIGHT = 115 * mm
# Screenshots are drawn at 144 dpi (half a point per pixel): a 1180-pixel window fills the text width and a small
# dialog stays small, as on screen.
POINTS_PER_PIXEL = 0.5


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    title: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    note: ParagraphStyle
    cell: ParagraphStyle
    caption: ParagraphStyle
    song: str
    hei: str


def make_styles() -> Styles:
    # The bundled fonts, not Windows ones: the guide built on any machine looks the same and embeds its subset.
    fonts = FontSet(use_system=False)
    song, hei = fonts.font_name(Role.SONG), fonts.font_name(Role.HEI)
    body = ParagraphStyle("body", fontName=song, fontSize=10.5, leading=17, wordWrap="CJK", spaceAfter=5)
    return Styles(
        body=body,
        title=ParagraphStyle("title", parent=body, fontName=hei, fontSize=22, leading=30, spaceAfter=4,
                             textColor=ACCENT),
        h1=ParagraphStyle("h1", parent=body, fontName=hei, fontSize=16, leading=22, spaceBefore=10, spaceAfter=6,
                          textColor=ACCENT, keepWithNext=1),
        h2=ParagraphStyle("h2", parent=body, fontName=hei, fontSize=12.5, leading=18, spaceBefore=8, spaceAfter=4,
                          keepWithNext=1),
        h3=ParagraphStyle("h3", parent=body, fontName=hei, fontSize=11, leading=16, spaceBefore=6, spaceAfter=3,
                          keepWithNext=1),
        note=ParagraphStyle("note", parent=body, backColor=colors.HexColor("#FBEFF1"), borderPadding=(5, 6, 5, 6),
                            borderColor=ACCENT, borderWidth=0.5, spaceBefore=4, spaceAfter=9),
        cell=ParagraphStyle("cell", parent=body, fontSize=9.5, leading=14, spaceAfter=0),
        caption=ParagraphStyle("caption", parent=body, fontSize=9, leading=12, alignment=1,
                               textColor=colors.HexColor("#555555"), spaceAfter=8),
        song=song,
        hei=hei,
    )


def inline(text: str, styles: Styles) -> str:
    """Markdown inline marks → reportlab paragraph markup (bold → 黑体, code → 黑体 in grey, links → their text)."""
    out = escape(text)
    out = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", out)
    out = re.sub(r"\*\*(.+?)\*\*", rf'<font name="{styles.hei}">\1</font>', out)
    return re.sub(r"`([^`]+)`", rf'<font name="{styles.hei}" color="#444444">\1</font>', out)


def image(alt: str, ref: str, base: Path, styles: Styles) -> Flowable:
    path = (base / ref).resolve()
    if not path.is_file():
        raise SystemExit(f"{SOURCE.name}: image {ref} not found")
    picture = Image(str(path))
    scale = min(FRAME_WIDTH / picture.imageWidth, MAX_IMAGE_HEIGHT / picture.imageHeight, POINTS_PER_PIXEL)
    picture.drawWidth, picture.drawHeight = picture.imageWidth * scale, picture.imageHeight * scale
    picture.hAlign = "CENTER"
    return KeepTogether([picture, Paragraph(inline(alt, styles), styles.caption)])


def table(lines: list[str], styles: Styles) -> Table:
    rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in lines]
    rows = [r for r in rows if not all(re.fullmatch(r":?-{3,}:?", c) for c in r)]  # drop the |---| rule
    data = [[Paragraph(inline(c, styles), styles.cell) for c in row] for row in rows]
    grid = Table(data, colWidths=[FRAME_WIDTH / len(rows[0])] * len(rows[0]), repeatRows=1, hAlign="LEFT")
    grid.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#999999")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#F2F2F2")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return grid


def listing(items: list[str], ordered: bool, styles: Styles) -> ListFlowable:
    return ListFlowable([ListItem(Paragraph(inline(i, styles), styles.body), leftIndent=14) for i in items],
                        bulletType="1" if ordered else "bullet", start="1" if ordered else "•",
                        bulletFontName=styles.song, bulletFontSize=9, leftIndent=14)


BLOCK_START = re.compile(r"^(#{1,3} |!\[|\||- |\d+\. |> |---\s*$)")


def flowables(markdown: str, base: Path, styles: Styles) -> list[Flowable]:
    """One pass over the lines: a block ends at a blank line or where another kind of block starts."""
    lines = markdown.splitlines()
    story: list[Flowable] = []
    i = 0
    while i < len(lines):
        line = lines[i].rstrip()
        if not line.strip():
            i += 1
            continue
        if line.startswith("# "):
            story += [Paragraph(inline(line[2:], styles), styles.title),
                      Paragraph(f"UnionOffice {__version__}", styles.caption)]
        elif line.startswith("## "):
            story.append(Paragraph(inline(line[3:], styles), styles.h1))
        elif line.startswith("### "):
            story.append(Paragraph(inline(line[4:], styles), styles.h2))
        elif line.strip() == "---":
            story.append(PageBreak())
        elif match := re.match(r"^!\[([^\]]*)\]\(([^)]+)\)", line):
            story.append(image(match.group(1), match.group(2), base, styles))
        else:
            kind, block, i = _collect(lines, i)
            story.append(_block(kind, block, styles))
            continue
        i += 1
    return story


def _collect(lines: list[str], start: int) -> tuple[str, list[str], int]:
    first = lines[start]
    kind = ("table" if first.startswith("|") else "ul" if first.startswith("- ") else
            "ol" if re.match(r"^\d+\. ", first) else "note" if first.startswith("> ") else "p")
    block: list[str] = []
    i = start
    while i < len(lines) and lines[i].strip():
        line = lines[i].rstrip()
        if i > start and BLOCK_START.match(line) and not _continues(kind, line):
            break
        block.append(line)
        i += 1
    return kind, block, i


def _continues(kind: str, line: str) -> bool:
    return ((kind == "table" and line.startswith("|")) or (kind == "ul" and line.startswith("- "))
            or (kind == "ol" and re.match(r"^\d+\. ", line) is not None) or (kind == "note" and line.startswith("> ")))


def _block(kind: str, block: list[str], styles: Styles) -> Flowable:
    if kind == "table":
        return table(block, styles)
    if kind in ("ul", "ol"):
        items: list[str] = []
        for line in block:
            marker = re.match(r"^(- |\d+\. )", line)
            if marker:
                items.append(line[marker.end():])
            else:  # a wrapped item line
                items[-1] += line.strip()
        return listing(items, kind == "ol", styles)
    if kind == "note":
        return Paragraph(inline("".join(line[2:] for line in block), styles), styles.note)
    return Paragraph(inline("".join(line.strip() for line in block), styles), styles.body)


def _page_number(canvas, doc) -> None:  # type: ignore[no-untyped-def]  # reportlab's callback signature
    canvas.saveState()
    canvas.setFont(doc.song, 9)
    canvas.drawCentredString(A4[0] / 2, 12 * mm, f"— {canvas.getPageNumber()} —")
    canvas.restoreState()


def render(source: Path, target: Path) -> int:
    styles = make_styles()
    target.parent.mkdir(parents=True, exist_ok=True)
    doc = SimpleDocTemplate(str(target), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                            bottomMargin=20 * mm, title="UnionOffice 用户手册", author="UnionOffice",
                            creator=f"UnionOffice {__version__}", initialFontName=styles.song)
    doc.song = styles.song
    doc.build(flowables(source.read_text(encoding="utf-8"), source.parent, styles), onFirstPage=_page_number,
              onLaterPages=_page_number)
    return int(doc.page)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "installer" / "用户手册.pdf")
    args = parser.parse_args(argv)
    pages = render(args.source, args.out)
    print(f"{args.out}: {pages} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
