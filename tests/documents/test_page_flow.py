"""GB/T 9704 page flow of the decision: body with the signature, 版记 on an even page, one font per table."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from tests.helpers.pdfcheck import char_boxes, page_count
from unionoffice.documents import gbt9704 as g
from unionoffice.documents.fonts import FontSet
from unionoffice.documents.samples import render_sample
from unionoffice.documents.templates import DocumentKind, default_template

PARAGRAPH = "为表彰先进、树立典型，进一步激发广大职工学技术、钻业务、强技能的热情，经研究，决定对获奖选手予以表彰。"


def _text(path: Path, page: int) -> str:
    return "".join(b.char for b in char_boxes(path, page))


def test_the_attachment_note_and_signature_keep_body_text_on_their_page(fonts: FontSet) -> None:
    canvas = Canvas(io.BytesIO(), initialFontName=fonts.font_name("fang"))
    composer = g.GbtComposer(canvas, fonts, default_template(DocumentKind.DECISION))
    composer.y = g.BOTTOM + 6 * g.PITCH + 1  # room for the note, the blank line and the signature, not for body
    lines = composer.body_lines("甲" * 28 * 4 + "乙")
    note = [*composer.body_lines("附件：获奖选手名单")]
    composer.place_lines([*lines, *note[:0], g.tx.Line("", 0.0, last=True), *note], keep_last_with=g.SIGNATURE_LINES,
                         trailer=1 + len(note))
    assert composer.page == 2
    assert composer.slots_left() == g.LINES - 2 - 1 - len(note)  # two body lines went over with them


@pytest.mark.parametrize("paragraphs", range(1, 16))
def test_no_page_has_the_signature_without_body_text(tmp_path: Path, paragraphs: int) -> None:
    template = replace(default_template(DocumentKind.DECISION), body="\n".join([PARAGRAPH * 2] * paragraphs))
    path = tmp_path / "decision.pdf"
    render_sample(DocumentKind.DECISION, 12, path, template)
    signed = [p for p in range(page_count(path)) if "附件：" in _text(path, p)]
    assert len(signed) == 1
    before_note = _text(path, signed[0]).split("附件：")[0]
    assert len(before_note) >= 10, (paragraphs, before_note)  # 正文 on the page of the note, signature and seal
    assert page_count(path) % 2 == 0  # the 版记 ends the document on an even page
    last = _text(path, page_count(path) - 1)
    assert "印发" in last


def test_the_title_metadata_is_filled(tmp_path: Path) -> None:
    path = tmp_path / "d.pdf"
    render_sample(DocumentKind.DECISION, 3, path)
    title = PdfReader(path).metadata.title
    assert "{" not in title
    assert "示例区第三届职工职业技能大赛" in title


def test_totals_are_set_in_the_font_of_the_amounts(tmp_path: Path) -> None:
    """Issue 13: amounts in one font and size, their 合计 in the same (it used to be 黑体 and another size)."""
    import pypdfium2 as pdfium

    path = tmp_path / "d.pdf"
    render_sample(DocumentKind.DECISION, 12, path)
    document = pdfium.PdfDocument(str(path))
    try:
        page = next(i for i in range(page_count(path)) if "合计" in document[i].get_textpage().get_text_range())
        textpage = document[page].get_textpage()
        text = textpage.get_text_range()
        total_at = text.index("合计")

        def looks(start: int, end: int) -> set[tuple[float, str]]:
            out = set()
            for index in range(start, end):
                if text[index].isdigit():
                    size = round(pdfium.raw.FPDFText_GetFontSize(textpage.raw, index), 1)
                    buffer = (pdfium.raw.ctypes.c_char * 128)()
                    pdfium.raw.FPDFText_GetFontInfo(textpage.raw, index, buffer, 128, None)
                    out.add((size, buffer.value.decode("latin-1").split("+")[-1]))
            return out

        amounts = list(re.finditer(r"\d[\d,]*\.\d\d", text[:total_at]))
        last = amounts[-1]
        total = re.compile(r"\d[\d,]*\.\d\d").search(text, total_at)
        assert total is not None
        assert looks(total.start(), total.end()) == looks(last.start(), last.end())
        assert len(looks(last.start(), last.end())) == 1
    finally:
        document.close()
