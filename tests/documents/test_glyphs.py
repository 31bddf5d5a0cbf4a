"""A character is drawn by a font whose glyph has outlines: never a blank that still extracts as text."""

from __future__ import annotations

from pathlib import Path

import pytest
from fontTools import subset
from fontTools.ttLib import TTFont

from tests.helpers.glyphs import RARE_NAME_CHARS, UKAI_EMPTY, blank_canvas, cell_origin, ink_per_cell
from unionoffice.documents import text as tx
from unionoffice.documents.fonts import FontSet, Role, empty_codepoints
from unionoffice.documents.samples import SPECIAL_NAMES
from unionoffice.paths import resource
from unionoffice.services.demo import names


def _demo_name_chars() -> str:
    material = [names.SURNAMES, *names.COMPOUND, names.GIVEN_MALE, names.GIVEN_FEMALE, *names.RARE_GIVEN,
                *names.MINORITY_NAMES, *SPECIAL_NAMES]
    return "".join(sorted(set("".join(material))))


def test_ukai_really_has_the_47_empty_glyphs() -> None:
    """The premise of the fallback: AR PL UKai's cmap claims these characters but draws nothing."""
    empty = empty_codepoints(resource("fonts", "ukai.ttc"))
    assert {ord(c) for c in UKAI_EMPTY} <= empty
    assert len(UKAI_EMPTY) == 47


@pytest.mark.parametrize("role", list(Role))
def test_every_demo_and_rare_name_character_has_outlines_in_every_role(fonts: FontSet, role: Role) -> None:
    text = _demo_name_chars() + RARE_NAME_CHARS + UKAI_EMPTY
    assert fonts.missing(text, role) == []
    for char in set(text):
        font = fonts.font_for(role, char)
        assert fonts.draws(font, char), (role, char, font.fontName)


def _ukai_as_windows_kai(folder: Path, chars: str) -> None:
    """UKai cut down to `chars` and named like Windows' 楷体: a system font with empty glyphs."""
    font = TTFont(resource("fonts", "ukai.ttc"), fontNumber=0)
    options = subset.Options()
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=chars)
    subsetter.subset(font)
    folder.mkdir(parents=True, exist_ok=True)
    font.save(folder / "simkai.ttf")


def _draw_each(fonts: FontSet, role: Role, chars: str) -> bytes:
    canvas, buffer = blank_canvas(fonts.font_name(role))
    height = canvas._pagesize[1]
    style = tx.TextStyle(role, 24)
    for index, char in enumerate(chars):
        x, y = cell_origin(index, height)
        tx.draw_text(canvas, fonts, x, y, char, style)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.mark.parametrize("system", [False, True], ids=["bundled", "windows-kai-with-empty-glyphs"])
def test_the_47_empty_glyph_characters_leave_ink_on_the_page(tmp_path: Path, system: bool) -> None:
    if system:
        folder = tmp_path / "Fonts"
        _ukai_as_windows_kai(folder, UKAI_EMPTY + "欧阳张")
        fonts = FontSet(system_dir=folder)
        assert fonts.font_name(Role.KAI).startswith("UO-sys-simkai")
        assert fonts.font_for(Role.KAI, "张") is fonts.primary(Role.KAI)
    else:
        fonts = FontSet(use_system=False)
    for role in (Role.KAI, Role.SONG, Role.HEI):
        ink = ink_per_cell(_draw_each(fonts, role, UKAI_EMPTY), len(UKAI_EMPTY))
        blank = [char for char, dark in zip(UKAI_EMPTY, ink, strict=True) if dark < 20]
        assert blank == [], (role, blank)


def test_a_name_stays_in_kai_when_a_kai_font_has_every_glyph(fonts: FontSet) -> None:
    runs = fonts.runs("欧阳䶮", Role.KAI)
    assert runs == [(fonts.primary(Role.KAI), "欧阳䶮")]
