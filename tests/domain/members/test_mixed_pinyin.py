"""Splitting a typed query into syllables and their first letters (domain/members/pinyin.py)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from unionoffice.domain.members.pinyin import SYLLABLES, pieces_match, query_initials, syllables


def test_the_initials_a_mixed_query_can_mean() -> None:
    assert "zjg" in query_initials("zhangjg")
    assert "zjg" in query_initials("zjguo")
    assert query_initials("zjg") == set()  # pure initials are searched as they are
    assert "z" not in query_initials("zhang")  # one syllable is a full-pinyin prefix, searched as it is
    assert query_initials("张三") == set()


def test_pieces_match_whole_names_and_prefixes() -> None:
    parts = syllables("张建国")
    assert parts == ["zhang", "jian", "guo"]
    for query in ("zhangjg", "zjguo", "zjg", "zhangjianguo", "zhjg"):
        assert pieces_match(query, parts, whole=True)
    assert not pieces_match("zhangj", parts, whole=True)
    assert pieces_match("zhangj", parts, whole=False)
    assert not pieces_match("zhjg", parts, whole=True, strict=True)  # "zh" is neither the syllable nor its letter
    assert not pieces_match("zhangjgx", parts, whole=False)


@given(st.lists(st.sampled_from(sorted(SYLLABLES)), min_size=2, max_size=4), st.data())
def test_any_mix_of_whole_syllables_and_first_letters_matches(parts: list[str], data: st.DataObject) -> None:
    whole = data.draw(st.lists(st.booleans(), min_size=len(parts), max_size=len(parts)))
    query = "".join(p if w else p[0] for p, w in zip(parts, whole, strict=True))
    assert pieces_match(query, parts, whole=True, strict=True)
    initials = "".join(p[0] for p in parts)
    assert initials in query_initials(query) or not any(w and len(p) > 1 for p, w in zip(parts, whole, strict=True))
