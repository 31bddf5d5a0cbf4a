"""GB/T 9704-2012 layout of the decision and the award letter, measured on the PDF itself."""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from tests.helpers.pdfcheck import CharBox, char_boxes, image_boxes, pdftotext
from unionoffice.documents import gbt9704 as g
from unionoffice.documents.fonts import FontSet
from unionoffice.documents.samples import render_sample
from unionoffice.documents.templates import DocumentKind, default_template

LEFT, RIGHT, TOP, BOTTOM = 28.0, 184.0, 37.0, 297.0 - 35.0  # text block 156 × 225 mm
PITCH_MM = 225 / 22
PARAGRAPH = "为表彰先进、树立典型，进一步激发广大职工学技术、钻业务、强技能的热情，经研究，决定对获奖选手予以表彰。"


def _lines(boxes: list[CharBox]) -> list[list[CharBox]]:
    rows: dict[int, list[CharBox]] = defaultdict(list)
    for box in boxes:
        rows[round(box.top * 2)].append(box)
    return [sorted(row, key=lambda b: b.left) for _, row in sorted(rows.items())]


@pytest.fixture
def long_decision(tmp_path: Path) -> Path:
    """A decision whose body fills whole pages, so page 2 is nothing but the line grid."""
    template = replace(default_template(DocumentKind.DECISION), body="\n".join([PARAGRAPH * 2] * 15))
    path = tmp_path / "long.pdf"
    render_sample(DocumentKind.DECISION, 5, path, template)
    return path


def test_body_page_has_22_lines_of_28_characters_in_the_text_block(long_decision: Path) -> None:
    boxes = [b for b in char_boxes(long_decision, 1, loose=True) if b.top < BOTTOM]  # page numbers excluded
    lines = _lines(boxes)
    assert len(lines) == 22
    assert min(b.left for b in boxes) == pytest.approx(LEFT, abs=1.0)
    assert max(b.right for b in boxes) == pytest.approx(RIGHT, abs=1.0)
    full = [line for line in lines if line[-1].right > RIGHT - 1 and line[0].left < LEFT + 1]
    assert full
    # 28 characters fill a line exactly; a line that ends before a word which would not fit (issue 13: words
    # are not broken) is justified to the full width with one or two characters fewer.
    assert any(len(line) == 28 for line in full)
    assert all(26 <= len(line) <= 28 for line in full)
    # 225 mm from the first line's slot top to the last line's slot bottom: 21 pitches between the lines
    assert lines[-1][0].top - lines[0][0].top == pytest.approx(21 * PITCH_MM, abs=0.5)
    assert TOP <= lines[0][0].top <= TOP + PITCH_MM
    assert BOTTOM - PITCH_MM <= lines[-1][0].bottom <= BOTTOM


def test_page_numbers_alternate_sides_7mm_below_the_block(long_decision: Path) -> None:
    for page in (0, 1):
        numbers = [b for b in char_boxes(long_decision, page, loose=True) if b.top > BOTTOM]
        label = "".join(b.char for b in numbers)
        assert label == f"—{page + 1}—"
        dash = numbers[0]
        middle = (dash.top + dash.bottom) / 2
        assert middle == pytest.approx(BOTTOM + 7, abs=1.5)
        one_char = 14 / 72 * 25.4  # 4号 = 14 pt
        if page % 2 == 0:  # odd page: right, one character in
            assert numbers[-1].right == pytest.approx(RIGHT - one_char, abs=1.0)
        else:
            assert numbers[0].left == pytest.approx(LEFT + one_char, abs=1.0)


def test_decision_head_banner_number_rule_title(tmp_path: Path) -> None:
    path = tmp_path / "d.pdf"
    render_sample(DocumentKind.DECISION, 5, path)
    lines = _lines(char_boxes(path, 0, loose=True))
    banner, number = lines[0], lines[1]
    assert "".join(b.char for b in banner) == "示例区总工会文件"
    assert banner[0].top == pytest.approx(TOP + 35, abs=2.0)  # banner top edge 35 mm below the block top
    assert banner[0].left >= LEFT - 0.5
    assert banner[-1].right <= RIGHT + 0.5
    assert "".join(b.char for b in number) == "示工发〔2024〕12号"
    centre = (number[0].left + number[-1].right) / 2
    assert centre == pytest.approx((LEFT + RIGHT) / 2, abs=1.0)
    text = "".join(pdftotext(path).split())
    assert text.index("示工发〔2024〕12号") < text.index("关于表彰") < text.index("各基层工会：")


def test_signature_seal_within_one_line_of_the_text(tmp_path: Path) -> None:
    path = tmp_path / "d.pdf"
    render_sample(DocumentKind.DECISION, 5, path)
    # the signature is on the page that has an image and the date
    for page in range(4):
        images = image_boxes(path, page)
        if images:
            break
    left, top, right, bottom = images[0]
    assert bottom - top == pytest.approx(42, abs=0.5)
    lines = _lines(char_boxes(path, page, loose=True))
    texts = ["".join(b.char for b in line) for line in lines]
    date_line = lines[texts.index("2024年10月19日")]
    issuer_line = lines[texts.index("示例区总工会")]
    above = [line for line in lines if line[0].bottom < top + 0.1]
    assert top - above[-1][0].bottom <= PITCH_MM  # seal top within one line of the text
    centre_y = (top + bottom) / 2
    assert issuer_line[0].top > centre_y - PITCH_MM / 2
    assert date_line[0].top > centre_y
    char = (16 + g.CHAR_SPACE) / 72 * 25.4
    assert date_line[-1].right == pytest.approx(RIGHT - 4 * char, abs=1.0)  # date right-indented 4 characters
    issuer_centre = (issuer_line[0].left + issuer_line[-1].right) / 2
    date_centre = (date_line[0].left + date_line[-1].right) / 2
    assert issuer_centre == pytest.approx(date_centre, abs=1.0)
    assert left < date_centre < right


def test_seal_never_stands_alone_on_a_page(fonts: FontSet) -> None:
    """With three free lines left, the last two body lines move over with the four signature lines."""
    canvas = Canvas(io.BytesIO(), initialFontName=fonts.font_name("fang"))
    composer = g.GbtComposer(canvas, fonts, default_template(DocumentKind.DECISION))
    composer.y = g.BOTTOM + 3 * g.PITCH + 1
    lines = composer.body_lines("甲" * 28 * 4 + "乙")
    assert len(lines) == 5
    composer.place_lines(lines, keep_last_with=g.SIGNATURE_LINES)
    assert composer.page == 2
    assert composer.slots_left() == g.LINES - 2  # two body lines went over with the signature's room


def test_award_letter_layout(render: Callable[..., Path]) -> None:
    path = render(DocumentKind.AWARD_LETTER, 1)
    lines = _lines(char_boxes(path, 0, loose=True))
    banner = lines[0]
    assert banner[0].top == pytest.approx(30, abs=2.0)  # 信函格式: banner 30 mm from the top edge
    texts = ["".join(b.char for b in line) for line in lines]
    number = lines[texts.index("示工函〔2024〕1号")]
    assert number[-1].right == pytest.approx(RIGHT, abs=1.0)  # 发文字号 flush right under the rule
    body = [line for text, line in zip(texts, lines, strict=True) if text.startswith("经示例区")]
    assert body[0][0].left == pytest.approx(LEFT + 2 * 156 / 28, abs=1.0)  # first-line indent of two characters
    assert not [b for b in char_boxes(path, 0) if b.char == "—"]  # a letter's first page shows no page number
