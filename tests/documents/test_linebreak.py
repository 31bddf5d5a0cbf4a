"""Chinese line breaking: 禁则, dates, numbers and names whole, words unbroken, no one-character last line."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from unionoffice.documents import linebreak as lb
from unionoffice.documents import text as tx
from unionoffice.documents.fonts import FontSet, Role, default_fonts

BODY = tx.TextStyle(Role.KAI, 20)


def _lines(fonts: FontSet, text: str, width: float, keep: tuple[str, ...] = ()) -> list[str]:
    lines = tx.wrap(fonts, text, BODY, width, keep=keep)
    assert "".join(line.text for line in lines) == text
    return [line.text for line in lines]


@pytest.mark.parametrize("width", [x * 20.0 for x in range(13, 30)])
def test_dates_stay_whole(fonts: FontSet, width: float) -> None:
    text = "王喆同志于二〇二四年十一月二十二日至2024年12月3日参加学习"
    lines = _lines(fonts, text, width)
    assert any("二〇二四年十一月二十二日" in line for line in lines)
    assert any("2024年12月3日" in line for line in lines)


@pytest.mark.parametrize("width", [x * 20.0 for x in range(6, 30)])
def test_words_numbers_and_names_stay_whole(fonts: FontSet, width: float) -> None:
    text = "欧阳䶮同志参加焊工技能提升班学习，实际参加28学时（应到32学时），希望继续发挥示范带动作用。"
    lines = _lines(fonts, text, width, keep=("欧阳䶮",))
    for whole in ("欧阳䶮", "28学时", "32学时", "学习，", "作用。", "示范"):
        assert any(whole in line for line in lines), (whole, lines)


@pytest.mark.parametrize("width", [x * 20.0 for x in range(4, 30)])
def test_no_single_character_last_line(fonts: FontSet, width: float) -> None:
    text = "希望你珍惜荣誉，再接再厉，在本职岗位上发挥示范带动作用，做新时代的好孩子。"
    lines = _lines(fonts, text, width)
    assert lb.substance(lines[-1]) >= 2, lines


def test_the_decision_title_breaks_between_words_in_balanced_lines(fonts: FontSet) -> None:
    style = tx.TextStyle(Role.BIAOSONG, 22, bold=True)
    lines = tx.balanced_lines(fonts, "关于表彰示例区第三届职工职业技能大赛获奖选手的决定", style, 442)
    assert len(lines) == 2
    for word in ("职业技能", "职工", "大赛", "选手", "决定"):
        assert word in lines[0] or word in lines[1], lines  # never "职工职 / 业技能"
    widths = [tx.text_width(fonts, line, style) for line in lines]
    assert max(widths) - min(widths) <= 2 * style.size


def test_an_office_proper_noun_is_never_broken(fonts: FontSet) -> None:
    lb.add_words(["示例区总工会"])
    style = tx.TextStyle(Role.BIAOSONG, 22)
    lines = tx.balanced_lines(fonts, "示例区总工会关于表彰二〇二四年度先进职工之家的决定", style, 300)
    assert any("示例区总工会" in line for line in lines)


CHARS = "学习作用技能职工工会示范带动珍惜荣誉再接再厉子在本岗位上发挥表彰先进决定张堃䶮喆"
PUNCT = "，。、；：？！（）“”《》…"


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    """Words, kept spans and single punctuation marks (never two marks in a row, as in real text)."""
    words = st.one_of(st.text(CHARS, min_size=1, max_size=6),
                      st.sampled_from(["2024年11月22日", "32学时", "二〇二四年十月", "19465名"]))
    parts = draw(st.lists(st.tuples(words, st.one_of(st.just(""), st.sampled_from(list(PUNCT)))),
                          min_size=1, max_size=30))
    return "".join(word + mark for word, mark in parts)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=paragraphs(), chars=st.integers(min_value=4, max_value=30))
def test_wrapped_text_obeys_the_rules(text: str, chars: int) -> None:
    fonts = default_fonts()
    width = chars * BODY.size
    lines = tx.wrap(fonts, text, BODY, width)
    assert "".join(line.text for line in lines) == text
    for line in lines:
        assert line.width <= width + 1, (line.text, width)
    for line in lines[1:]:
        assert line.text[0] not in lb.NO_LINE_START, [li.text for li in lines]
    for line in lines[:-1]:
        assert line.text[-1] not in lb.NO_LINE_END, [li.text for li in lines]
    if len(lines) > 1 and lb.substance(text) >= 4:
        assert lb.substance(lines[-1].text) >= 2, [li.text for li in lines]
