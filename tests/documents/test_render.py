"""Every kind renders; fonts are embedded; the text reads back as the same Chinese; batches and cancel."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tests.helpers.pdfcheck import char_boxes, image_boxes, page_count, pdffonts, pdftotext, pypdf_text
from unionoffice.documents.fonts import FontSet
from unionoffice.documents.pdf import PersonDocument
from unionoffice.documents.render import file_name, render_people, render_people_to_folder
from unionoffice.documents.samples import SPECIAL_NAMES, sample_people
from unionoffice.documents.templates import DocumentKind, Paper, default_template
from unionoffice.domain.certificates.verification import format_code
from unionoffice.domain.common.errors import CancelledError
from unionoffice.services.core.tasks import CancelToken

Render = Callable[..., Path]
EXPECTED = {
    DocumentKind.COMPLETION: ["结业证书", "准予结业", "二〇二四年十月十九日", "2024-JY-00001"],
    DocumentKind.HONOUR: ["荣誉证书", "优秀工会积极分子", "二〇二四年十月十九日", "2024-RY-00007"],
    DocumentKind.AWARD: ["获奖证书", "荣获一等奖", "二〇二四年十月十九日", "2024-JN-00005"],
    DocumentKind.AWARD_LETTER: ["获奖通知书", "示工函〔2024〕1号", "2024年10月19日", "特此通知"],
    DocumentKind.DECISION: ["示例区总工会文件", "示工发〔2024〕12号", "关于表彰", "各基层工会：", "附件", "抄送：",
                            "2024年10月19日印发", "— 1 —"],
    DocumentKind.ROSTER: ["获奖选手名单", "填报单位（盖章）", "合计", "填报人：", "— 1 —"],
}


def _flat(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_every_kind_embeds_all_fonts_and_reads_back(render: Render, kind: DocumentKind) -> None:
    path = render(kind, 8 if kind.is_numbered else 40)
    fonts = pdffonts(path)
    assert fonts, "no fonts at all"
    for row in fonts:
        assert row.embedded, row
        assert row.subset, row
        assert row.unicode, row
        assert "Helvetica" not in row.name
        assert "Times" not in row.name
    text = _flat(pdftotext(path))
    for expected in EXPECTED[kind]:
        assert _flat(expected) in text, expected
    # 堃, 𠇔, 喆, 䶮, 𠮷, "·" and a nineteen-character name: never a box or a blank. In a table long names
    # wrap inside their cell, so text extraction interleaves them with the next column.
    for name in SPECIAL_NAMES if kind.is_numbered else [n for n in SPECIAL_NAMES if len(n) <= 5]:
        assert name in text, name


def test_pypdf_reads_the_same_names(render: Render) -> None:
    pages = pypdf_text(render(DocumentKind.AWARD, len(SPECIAL_NAMES)))
    for page, name in zip(pages, SPECIAL_NAMES, strict=True):
        assert f"{name}同志：" in page.replace("\n", "")


def test_two_hundred_rare_characters_round_trip(tmp_path: Path, fonts: FontSet) -> None:
    """docs/reliability.md D6: a certificate whose name field holds 200 rare characters."""
    pool = "堃𠇔喆䶮𠮷淼犇骉鑫焱垚昇珺玥琤翀翯甡禤"
    name = "".join(pool[i % len(pool)] for i in range(200))
    template = default_template(DocumentKind.HONOUR)
    item = PersonDocument("2024-RY-00001", name, date(2024, 10, 19), "ABCDE12345", {"年度": "2024", "荣誉称号": "先进"})
    path = tmp_path / "rare.pdf"
    render_people(template, [item], path)
    assert fonts.missing(name, template.body_role) == []
    assert all(row.embedded for row in pdffonts(path))
    assert name in _flat(pdftotext(path))


def test_certificate_carries_its_number_and_code(render: Render) -> None:
    template = default_template(DocumentKind.AWARD)
    people = list(sample_people(template, 3))
    text = _flat(pdftotext(render(DocumentKind.AWARD, 3)))
    for person in people:
        assert f"证书编号：{person.number}" in text
        assert f"查验码：{format_code(person.code)}" in text


def test_one_file_per_person_named_number_and_name(tmp_path: Path) -> None:
    template = default_template(DocumentKind.AWARD)
    people = list(sample_people(template, 8))
    progress: list[tuple[int, int]] = []
    paths = render_people_to_folder(template, people, tmp_path / "out", progress=lambda d, t: progress.append((d, t)))
    assert [p.name for p in paths] == [f"{p.number}_{p.name}.pdf" for p in people]
    for path in paths:
        assert path.stat().st_size < 60 * 1024, (path.name, path.stat().st_size)
        assert page_count(path) == 1
        assert all(row.embedded for row in pdffonts(path))
    assert progress[0] == (0, 8)
    assert progress[-1] == (8, 8)
    assert not list((tmp_path / "out").glob("*.part"))


def test_file_names_are_valid_on_windows() -> None:
    item = PersonDocument('2024/JN:1*?"<>|', "张三", date(2024, 1, 1))
    assert file_name(item) == "2024_JN_1" + "_" * 6 + "_张三.pdf"


def test_cancel_leaves_no_file_of_the_run(tmp_path: Path) -> None:
    template = default_template(DocumentKind.HONOUR)
    token = CancelToken()

    def progress(done: int, total: int) -> None:
        if done == 3:
            token.cancel()

    with pytest.raises(CancelledError):
        render_people_to_folder(template, list(sample_people(template, 10)), tmp_path / "out", progress=progress,
                                cancel=token)
    assert list((tmp_path / "out").iterdir()) == []


def test_preprinted_sheet_prints_only_the_variable_text_with_offsets(tmp_path: Path) -> None:
    base = default_template(DocumentKind.HONOUR)
    sheet = replace(base, paper=Paper.PREPRINTED, sheet_width_mm=260, sheet_height_mm=185, draw_frame=False)
    shifted = replace(sheet, offset_x_mm=5, offset_y_mm=3)
    person = next(sample_people(base, 1))
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    render_people(sheet, [person], first)
    render_people(shifted, [person], second)
    assert "荣誉证书" not in _flat(pdftotext(first))
    assert person.name in _flat(pdftotext(first))
    a = next(b for b in char_boxes(first, 0) if b.char == person.name[0])
    b = next(b for b in char_boxes(second, 0) if b.char == person.name[0])
    assert b.left - a.left == pytest.approx(5, abs=0.05)
    assert b.top - a.top == pytest.approx(3, abs=0.05)
    from pypdf import PdfReader

    box = PdfReader(str(first)).pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (260, 185)


def test_seal_sits_over_issuer_and_date(render: Render) -> None:
    """骑年盖月: the seal covers the issuer name and straddles the date, both below its centre."""
    path = render(DocumentKind.AWARD, 1)
    images = image_boxes(path, 0)
    assert images, "no seal image drawn"
    seal = images[0]
    centre_y = (seal[1] + seal[3]) / 2
    boxes = char_boxes(path, 0)
    text = "".join(b.char for b in boxes)
    start = text.index("示例区总工会", text.index("荣获"))
    issuer = boxes[start:start + 6]
    month = boxes[text.index("十月")]
    issuer_x = (issuer[0].left + issuer[-1].right) / 2
    assert seal[0] < issuer_x < seal[2]
    assert seal[1] < issuer[0].top < seal[3]
    assert seal[0] < month.left < month.right < seal[2]
    assert seal[1] < month.top < month.bottom < seal[3]
    # both lines sit at or below the seal's centre, as on a stamped certificate
    assert issuer[0].bottom > centre_y - 2
    assert month.top > centre_y


def test_long_lists_repeat_the_header_on_every_page_and_total_at_the_end(render: Render) -> None:
    path = render(DocumentKind.ROSTER, 120)
    pages = [_flat(text) for text in pypdf_text(path)]
    assert len(pages) >= 3
    for number, text in enumerate(pages, start=1):
        assert "序号" in text, number
        assert "奖金（元）" in text, number
        assert f"—{number}—" in text
    assert "合计" in pages[-1]
    assert "合计" not in "".join(pages[:-1])
    assert "填报人：" in pages[-1]


def test_background_image_replaces_the_drawn_border(tmp_path: Path) -> None:
    import io as _io

    from PIL import Image

    from unionoffice.documents.images import png_data_ref

    buffer = _io.BytesIO()
    Image.new("RGB", (297, 210), (250, 240, 215)).save(buffer, format="PNG")
    template = default_template(DocumentKind.AWARD).with_changes(background_image=png_data_ref(buffer.getvalue()))
    path = tmp_path / "bg.pdf"
    render_people(template, list(sample_people(template, 2)), path)
    images = image_boxes(path, 1)
    assert len(images) == 2  # the full-page background and the seal
    assert max(right - left for left, _, right, _ in images) == pytest.approx(297, abs=0.5)
    assert "获奖证书" in _flat(pdftotext(path))
