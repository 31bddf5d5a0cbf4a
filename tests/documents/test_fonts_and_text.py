"""Font fallback per character, Windows fonts preferred when present, line breaking, shrink-to-fit."""

from __future__ import annotations

from pathlib import Path

import pytest
from fontTools import subset
from fontTools.ttLib import TTFont

from unionoffice.documents import text as tx
from unionoffice.documents.fonts import FontSet, Role
from unionoffice.domain.common.errors import ValidationError
from unionoffice.paths import resource

RARE = "张堃𠇔喆䶮陈𠮷祥·"


@pytest.mark.parametrize("role", list(Role))
def test_every_rare_character_goes_to_a_font_that_has_it(fonts: FontSet, role: Role) -> None:
    for font, chunk in fonts.runs(RARE, role):
        for char in chunk:
            assert ord(char) in font.face.charToGlyph, (role, char, font.fontName)
    assert fonts.missing(RARE, role) == []


def test_extension_b_falls_back_to_hanamin(fonts: FontSet) -> None:
    # 宋体 (Noto Serif SC, UMing) lacks 𠮷; the Ming-style HanaMinB draws it. The 楷体 role keeps it in 楷体,
    # since LXGW WenKai has the glyph (issue 13: no mixed styles where a same-style font has it).
    runs = fonts.runs("陈𠮷祥", Role.SONG)
    assert [chunk for _, chunk in runs] == ["陈", "𠮷", "祥"]
    assert "HanaMinB" in runs[1][0].fontName
    assert runs[0][0] is runs[2][0] is fonts.primary(Role.SONG)
    assert fonts.runs("陈𠮷祥", Role.KAI) == [(fonts.primary(Role.KAI), "陈𠮷祥")]


def test_a_character_no_font_has_is_reported(fonts: FontSet) -> None:
    assert fonts.missing("张\U0010fffd", Role.SONG) == ["\U0010fffd"]


def _fake_windows_font(folder: Path, name: str, chars: str) -> Path:
    """A small real TrueType font named like a Windows one: AR PL UKai cut down to a few characters."""
    font = TTFont(resource("fonts", "ukai.ttc"), fontNumber=0)
    options = subset.Options()
    options.name_IDs = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=chars)
    subsetter.subset(font)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    font.save(path)
    return path


def test_installed_windows_font_is_preferred_and_gaps_fall_back(tmp_path: Path) -> None:
    system = tmp_path / "Fonts"
    _fake_windows_font(system, "SIMKAI.TTF", "证书张三")  # case differs, as on a real Windows install
    fonts = FontSet(system_dir=system)
    assert fonts.font_name(Role.KAI).startswith("UO-sys-SIMKAI")
    runs = fonts.runs("张三堃", Role.KAI)
    assert runs[0][1] == "张三"
    assert runs[0][0] is fonts.primary(Role.KAI)
    assert runs[1][1] == "堃"
    assert runs[1][0] is not fonts.primary(Role.KAI)
    # roles without a Windows font keep the bundled one
    assert fonts.font_name(Role.HEI).startswith("UO-wqymicrohei")


def test_damaged_windows_font_is_ignored(tmp_path: Path) -> None:
    system = tmp_path / "Fonts"
    system.mkdir()
    (system / "simhei.ttf").write_bytes(b"not a font at all" * 100)
    assert FontSet(system_dir=system).font_name(Role.HEI).startswith("UO-wqymicrohei")


def test_wrapped_lines_fit_and_never_open_with_closing_punctuation(fonts: FontSet) -> None:
    style = tx.TextStyle(Role.FANG, 16)
    text = "为表彰先进、树立典型，经研究，决定对张堃等四十名获奖选手予以表彰。" * 6
    for width in (200.0, 213.0, 250.0, 300.0, 442.0):
        lines = tx.wrap(fonts, text, style, width, first_indent=32)
        assert "".join(line.text for line in lines) == text
        for line in lines:
            assert line.width <= width - line.indent + 0.01
            assert line.text[0] not in tx.NO_LINE_START
            assert line.text[-1] not in tx.NO_LINE_END
        assert lines[-1].last
        assert not any(line.last for line in lines[:-1])


def test_latin_words_and_numbers_are_not_split(fonts: FontSet) -> None:
    style = tx.TextStyle(Role.SONG, 12)
    lines = tx.wrap(fonts, "完成全部120学时课程，证书编号2024-JN-00123请妥善保管", style, 100)
    joined = [line.text for line in lines]
    assert any("2024-JN-00123" in line for line in joined)
    assert any("120" in line for line in joined)


def test_long_names_shrink_then_squeeze(fonts: FontSet) -> None:
    style = tx.TextStyle(Role.KAI, 22)
    name = "阿卜杜热合曼·买买提依明·吐尔逊托合提同志："
    fitted = tx.fit(fonts, name, style, 300, 14)
    assert tx.text_width(fonts, name, fitted) <= 300 + 0.01
    assert fitted.size < 22
    assert fitted.horiz_scale == 100
    squeezed = tx.fit(fonts, name, style, 200, 14)
    assert squeezed.size == 14
    assert squeezed.horiz_scale < 100
    assert tx.text_width(fonts, name, squeezed) <= 200 + 0.01
    assert tx.fit(fonts, "张三", style, 300, 14) is style


def test_letter_spacing_scales_with_size() -> None:
    style = tx.TextStyle(Role.KAI, 40, char_space=24)
    assert style.with_size(20).char_space == 12


def test_fields_are_filled_and_unknown_ones_named() -> None:
    assert tx.fields_in("{姓名}同志在{赛事名称}中") == ["姓名", "赛事名称"]
    assert tx.fill_fields("{姓名}同志", {"姓名": "王喆"}) == "王喆同志"
    with pytest.raises(ValidationError, match="学时"):
        tx.fill_fields("完成{学时}学时", {})


def test_wrapped_titles_are_balanced(fonts: FontSet) -> None:
    style = tx.TextStyle(Role.BIAOSONG, 22)
    title = "关于表彰示例区第三届职工职业技能大赛获奖选手的决定"
    lines = tx.balanced_lines(fonts, title, style, 442)
    assert "".join(lines) == title
    assert len(lines) == 2
    assert abs(len(lines[0]) - len(lines[1])) <= 1
