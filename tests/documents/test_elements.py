"""Free placement: elements at millimetre positions, saved with the template, drawn where they were put."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.helpers.pdfcheck import char_boxes, image_boxes, pdftotext
from unionoffice.documents.certificate import elements_from_layout
from unionoffice.documents.elements import Element, ElementType
from unionoffice.documents.fonts import Role
from unionoffice.documents.samples import render_sample
from unionoffice.documents.templates import DocumentKind, default_template, from_dict
from unionoffice.domain.common.errors import ValidationError

NAME_AT = (40.0, 70.0)


def preprinted() -> object:
    """A bought sheet with "____同志" printed on it: only the name, the date and the number are printed."""
    return default_template(DocumentKind.HONOUR).with_changes(
        paper="preprinted", sheet_width_mm=260, sheet_height_mm=185, elements=[
            Element(ElementType.FIELD, *NAME_AT, 50, 12, text="姓名", role=Role.KAI, size=24),
            Element(ElementType.DATE, 160, 150, 80, 10, size=16, align="center"),
            Element(ElementType.NUMBER, 20, 15, 90, 8, size=10),
        ])


def test_a_field_is_printed_where_it_was_placed(tmp_path: Path) -> None:
    path = tmp_path / "pre.pdf"
    render_sample(DocumentKind.HONOUR, 1, path, preprinted())  # type: ignore[arg-type]
    boxes = char_boxes(path, 0, loose=True)
    first = next(b for b in boxes if b.char == "张")
    assert first.left == pytest.approx(NAME_AT[0], abs=0.6)
    assert first.top == pytest.approx(NAME_AT[1], abs=1.5)
    text = pdftotext(path)
    assert "二〇二四年十月十九日" in text
    assert "荣誉证书" not in text  # nothing else is printed on pre-printed stock


def test_elements_survive_json_and_are_checked() -> None:
    template = preprinted()
    again = from_dict(template.to_dict())  # type: ignore[attr-defined]
    assert again == template
    with pytest.raises(ValidationError, match="超出了纸张"):
        template.with_changes(elements=[Element(ElementType.QR, 500, 10, 30, 30)])  # type: ignore[attr-defined]
    with pytest.raises(ValidationError, match="颜色"):
        template.with_changes(elements=[Element(ElementType.TEXT, 10, 10, 30, 30, color="red")])  # type: ignore[attr-defined]


def test_the_standard_layout_as_elements_prints_the_same_content(tmp_path: Path) -> None:
    template = default_template(DocumentKind.HONOUR)
    placed = replace(template, elements=elements_from_layout(template))
    path = tmp_path / "placed.pdf"
    render_sample(DocumentKind.HONOUR, 1, path, placed)
    text = "".join(pdftotext(path).split())
    for words in ("荣誉证书", "张堃同志：", "优秀工会积极分子", "示例区总工会", "二〇二四年十月十九日", "查验码"):
        assert words in text
    assert len(image_boxes(path, 0)) >= 1  # the seal


def test_two_seals_for_a_jointly_issued_certificate(tmp_path: Path) -> None:
    template = default_template(DocumentKind.HONOUR).with_changes(second_issuer="示例区人力资源和社会保障局",
                                                                  second_seal_image="resource:seal.png")
    path = tmp_path / "joint.pdf"
    render_sample(DocumentKind.HONOUR, 1, path, template)
    assert "示例区人力资源和社会保障局" in "".join(pdftotext(path).split())
    assert len(image_boxes(path, 0)) == 2


@pytest.mark.parametrize("paper", ["a3-landscape", "a3-portrait", "a4-portrait"])
def test_text_scales_with_the_sheet(tmp_path: Path, paper: str) -> None:
    path = tmp_path / f"{paper}.pdf"
    render_sample(DocumentKind.HONOUR, 1, path, default_template(DocumentKind.HONOUR).with_changes(paper=paper))
    boxes = char_boxes(path, 0, loose=True)
    title = next(b for b in boxes if b.char == "荣")
    a4 = tmp_path / "a4.pdf"
    render_sample(DocumentKind.HONOUR, 1, a4)
    a4_title = next(b for b in char_boxes(a4, 0, loose=True) if b.char == "荣")
    ratio = (title.bottom - title.top) / (a4_title.bottom - a4_title.top)
    expected = {"a3-landscape": 297 / 210, "a3-portrait": 297 / 210, "a4-portrait": 1.0}[paper]
    assert ratio == pytest.approx(expected, rel=0.08)
