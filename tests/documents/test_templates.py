"""Default templates, their validation and JSON form, and template images."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image

from unionoffice.documents.images import image_bytes, image_reader, png_data_ref
from unionoffice.documents.office import SAMPLE_OFFICE, for_office
from unionoffice.documents.templates import (
    FIELD_SPECS,
    DocumentKind,
    Paper,
    default_template,
    format_number,
    from_dict,
    specs_for,
)
from unionoffice.domain.common.chinese_dates import DateStyle
from unionoffice.domain.common.errors import ValidationError


@pytest.mark.parametrize("kind", list(DocumentKind))
def test_defaults_load_and_survive_a_json_round_trip(kind: DocumentKind) -> None:
    template = default_template(kind)
    assert template.kind is kind
    assert template.title
    assert from_dict(json.loads(template.to_json())) == template


def test_certificates_use_chinese_numeral_dates_and_letters_arabic() -> None:
    for kind in (DocumentKind.COMPLETION, DocumentKind.HONOUR, DocumentKind.AWARD):
        assert default_template(kind).date_style is DateStyle.CHINESE
    for kind in (DocumentKind.AWARD_LETTER, DocumentKind.DECISION):
        assert default_template(kind).date_style is DateStyle.ARABIC
        assert default_template(kind).paper is Paper.A4_PORTRAIT


def test_number_pattern() -> None:
    template = default_template(DocumentKind.AWARD)
    assert format_number(template, 2024, 123) == "2024-JN-00123"
    letter = default_template(DocumentKind.AWARD_LETTER)
    # the letter's prefix comes from the office settings (issue 13: no sample office on real letters)
    assert format_number(for_office(letter, SAMPLE_OFFICE), 2024, 7) == "示工函〔2024〕7号"


@pytest.mark.parametrize(("change", "field"), [
    ({"number_pattern": "{code}-{serial}"}, "编号格式"),
    ({"number_pattern": "{year}-{nonsense}-{serial}"}, "编号格式"),
    ({"offset_x_mm": 45}, "打印偏移"),
    ({"seal_diameter_mm": 5}, "印章直径"),
    ({"paper": "letter"}, "paper"),
    ({"date_style": "roman"}, "date_style"),
])
def test_invalid_settings_are_refused_naming_the_field(change: dict[str, object], field: str) -> None:
    data = default_template(DocumentKind.AWARD).to_dict()
    data.update(change)
    with pytest.raises(ValidationError) as caught:
        from_dict(data)
    assert field in caught.value.message


def test_unknown_keys_are_ignored_and_missing_ones_defaulted() -> None:
    base = default_template(DocumentKind.HONOUR)
    changed = from_dict({"kind": "honour", "title": "荣誉证", "from_a_future_version": 1}, base=base)
    assert changed.title == "荣誉证"
    assert changed.body == base.body


def test_editor_specs_cover_only_existing_settings() -> None:
    names = set(default_template(DocumentKind.AWARD).to_dict())
    assert all(spec.name in names for spec in FIELD_SPECS)
    assert "doc_number" in {s.name for s in specs_for(DocumentKind.DECISION)}
    assert "doc_number" not in {s.name for s in specs_for(DocumentKind.HONOUR)}


def test_shipped_seal_is_a_png_with_transparency() -> None:
    image = Image.open(io.BytesIO(image_bytes("resource:seal.png")))
    assert image.mode == "RGBA"
    alpha = image.getchannel("A")
    assert alpha.getextrema() == (0, 255)
    corner = image.getpixel((2, 2))
    assert isinstance(corner, tuple)
    assert corner[3] == 0
    red, green, blue, _ = image.getpixel((image.width // 2, image.height // 2))  # type: ignore[misc]
    assert red > 180
    assert green < 80
    assert blue < 80


def test_user_images_must_be_png_and_are_kept_inline() -> None:
    buffer = io.BytesIO()
    Image.new("RGBA", (20, 20), (200, 0, 0, 128)).save(buffer, format="PNG")
    ref = png_data_ref(buffer.getvalue())
    assert ref.startswith("data:image/png;base64,")
    assert image_bytes(ref) == buffer.getvalue()
    assert image_reader(ref) is not None
    with pytest.raises(ValidationError):
        png_data_ref(b"\xff\xd8\xff\xe0 a jpeg")
    with pytest.raises(ValidationError):
        image_bytes("resource:no-such-seal.png")
    with pytest.raises(ValidationError):
        image_reader("data:image/png;base64,bm90IGEgcG5n")  # base64 of "not a png"
